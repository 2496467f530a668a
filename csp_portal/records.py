"""Saving plain data onto a model instance, the same way for every service."""

from django.db import models
from django.shortcuts import get_object_or_404


def save_with(instance: models.Model, data: dict) -> models.Model:
    """Set the fields in `data` on the instance, check it (`full_clean`), save it, then set
    its many-to-many fields from `data`. The caller holds the transaction."""
    many = {}
    for name, value in data.items():
        if instance._meta.get_field(name).many_to_many:
            many[name] = value
        else:
            setattr(instance, name, value)
    instance.full_clean()
    instance.save()
    for name, value in many.items():
        getattr(instance, name).set(value)
    return instance


def existing_or_new(model: type[models.Model], pk: int | None, **owner) -> models.Model:
    """The record `pk` of its owner (Http404 if it is another's or none), or a new, unsaved
    one of that owner when there is no `pk`: the add-or-change pages' one lookup."""
    if pk is None:
        return model(**owner)
    return get_object_or_404(model, pk=pk, **owner)
