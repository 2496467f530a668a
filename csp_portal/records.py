"""Saving plain data onto a model instance, the same way for every service; and what a
record held when someone opened it, to refuse a save over another person's change."""

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


def record_state(instance: models.Model | None, many: tuple[str, ...] = ()) -> dict[str, str]:
    """What the record holds, field by field, as text: every stored field but those that
    change by themselves (auto_now), and the many-to-many fields named. None, or a record
    not stored yet, holds nothing."""
    if instance is None or instance.pk is None:
        return {}
    state = {
        field.name: field.value_to_string(instance)
        for field in instance._meta.concrete_fields
        if not getattr(field, "auto_now", False)
    }
    for name in many:
        pks = sorted(getattr(instance, name).values_list("pk", flat=True))
        state[name] = ",".join(str(pk) for pk in pks)
    return state


def changed_fields(model: type[models.Model], before: dict, after: dict) -> list[str]:
    """The fields whose text differs, by their names as people read them."""
    names = []
    for name in sorted(set(before) | set(after)):
        if before.get(name) != after.get(name):
            field = model._meta.get_field(name)
            label = str(getattr(field, "verbose_name", name))
            if label.endswith(" precision"):
                label = label.removesuffix(" precision")
            if label not in names:
                names.append(label)
    return names
