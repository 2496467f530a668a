"""Saving plain data onto a model instance, the same way for every service."""

from django.db import models
from django.shortcuts import get_object_or_404


def save_with(instance: models.Model, data: dict) -> models.Model:
    """Set the fields in `data` on the instance, check it (`full_clean`), save it, then set
    its many-to-many fields from `data`. Text keeps one kind of line ending (a browser sends
    CR LF); a record whose fields come back as they are stored is not saved again, so its
    history records no change that is none. The caller holds the transaction."""
    many, fields = {}, []
    for name, value in data.items():
        field = instance._meta.get_field(name)
        if field.many_to_many:
            many[name] = value
        else:
            setattr(
                instance, name, value.replace("\r\n", "\n") if isinstance(value, str) else value
            )
            fields.append(field)
    instance.full_clean()
    if not _unchanged(instance, fields, many):
        instance.save()
        for name, value in many.items():
            getattr(instance, name).set(value)
    return instance


def _unchanged(instance: models.Model, fields: list, many: dict) -> bool:
    if instance.pk is None or instance._state.adding:
        return False
    stored = (
        type(instance)
        ._base_manager.filter(pk=instance.pk)
        .values(*(f.attname for f in fields))
        .first()
    )
    if stored is None or any(stored[f.attname] != getattr(instance, f.attname) for f in fields):
        return False
    for name, value in many.items():
        now = set(getattr(instance, name).values_list("pk", flat=True))
        if now != {item.pk for item in value}:
            return False
    return True


def existing_or_new(model: type[models.Model], pk: int | None, **owner) -> models.Model:
    """The record `pk` of its owner (Http404 if it is another's or none), or a new, unsaved
    one of that owner when there is no `pk`: the add-or-change pages' one lookup."""
    if pk is None:
        return model(**owner)
    return get_object_or_404(model, pk=pk, **owner)
