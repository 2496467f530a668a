"""Records whose public text is written in Welsh and English (django-modeltranslation): a
column a language beside the original field (title_en, title_cy). The apps register their
public fields in their own translation.py; this knows no app."""

import copy
import hashlib
from functools import partial

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Case, Subquery, TextField, Value, When
from django.db.models.functions import Coalesce, NullIf
from django.db.models.lookups import Exact
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import TranslationOptions, translator
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model

from .models import TranslationStamp

LANGUAGES = ("en", "cy")
# The box to say a text was checked against the other language's newer text, by language.
CHECKED_WORDS = {
    "en": {
        "label": _("I have checked the English: it says what the Welsh now says"),
        "help_text": _("The Welsh changed after this English was written."),
    },
    "cy": {
        "label": _("I have checked the Welsh: it says what the English now says"),
        "help_text": _("The English changed after this Welsh was written."),
    },
}


def register_translated(model, *fields: str) -> None:
    """Give the model's public `fields` a column in each language, and its history model
    (django-simple-history) the same columns, so the history keeps both languages."""
    options = type(f"{model.__name__}Translation", (TranslationOptions,), {"fields": fields})
    translator.register(model, options)
    _empty_by_default(model, fields)
    try:
        history = get_history_model_for_model(model)
    except NotHistoricalModelError:
        return
    translator.register(history, options)
    _empty_by_default(history, fields)


def _empty_by_default(model, fields) -> None:
    """A text not given is empty, as the original field's is, not NULL: the portal's
    queries for an empty text (an action that lacks a target) still find it. Not where the
    text is unique among others (an indicator's name): NULLs are distinct, '' not."""
    unique = {name for c in model._meta.constraints for name in getattr(c, "fields", ())}
    for name in fields:
        for language in LANGUAGES:
            field = model._meta.get_field(in_language(name, language))
            if isinstance(field, models.CharField | models.TextField) and field.name not in unique:
                field.default = ""


def translated_fields(model) -> tuple[str, ...]:
    """The model's fields that have a version in each language ((), for none)."""
    if model not in translator.get_registered_models():
        return ()
    return tuple(translator.get_options_for_model(model).fields)


def in_language(field: str, language: str) -> str:
    """title, cy -> title_cy."""
    return f"{field}_{language}"


def read_in_page_language(queryset, field: str, output_field) -> models.Expression:
    """A subquery of the first row's translated `field`, as a page in the active language
    reads it: the Welsh on a Welsh page, the English where there is no Welsh (as
    django-modeltranslation's fallback does for a record; its own rewriting of `field`
    gives a subquery two columns)."""
    english = Subquery(queryset.values(in_language(field, "en"))[:1], output_field=output_field)
    if translation.get_language() != "cy":
        return english
    welsh = Subquery(queryset.values(in_language(field, "cy"))[:1], output_field=output_field)
    return Coalesce(NullIf(welsh, Value("")), english, output_field=output_field)


def fallback_in_page(queryset, field: str) -> models.Expression:
    """'en-GB' where a Welsh page shows the English of the first row's `field` (no Welsh
    was written: `read_in_page_language`), for the element's lang attribute; '' otherwise."""
    if translation.get_language() != "cy":
        return Value("")
    welsh = Subquery(queryset.values(in_language(field, "cy"))[:1], output_field=TextField())
    return Case(
        When(Exact(Coalesce(welsh, Value(""), output_field=TextField()), ""), then=Value("en-GB")),
        default=Value(""),
        output_field=TextField(),
    )


def fallback_language(record, field: str) -> str:
    """'en-GB' where a Welsh page shows a record's English `field` (django-modeltranslation's
    fallback: no Welsh was written), for the element's lang attribute; '' otherwise."""
    if record is None or translation.get_language() != "cy":
        return ""
    if text_in(record, field, "cy") or not text_in(record, field, "en"):
        return ""
    return "en-GB"


def other(language: str) -> str:
    return "en" if language == "cy" else "cy"


def text_hash(text: str | None) -> str:
    """The hash of a text as the stamps keep it (white space at the ends aside)."""
    return hashlib.sha256((text or "").strip().encode()).hexdigest()


def text_in(record, field: str, language: str) -> str:
    return (getattr(record, in_language(field, language)) or "").strip()


def _stamps(record) -> dict[tuple[str, str], TranslationStamp]:
    content_type = ContentType.objects.get_for_model(type(record), for_concrete_model=False)
    found = TranslationStamp.objects.filter(content_type=content_type, object_id=record.pk)
    return {(stamp.field, stamp.language): stamp for stamp in found}


def needing_review(record, stamps: dict | None = None) -> list[tuple[str, str]]:
    """(field, language) of each text written against a version of the other language that
    has changed since: the Welsh of a title whose English changed after the Welsh was
    written (or the reverse), until someone checks it."""
    stamps = _stamps(record) if stamps is None else stamps
    flagged = []
    for (field, language), stamp in stamps.items():
        source = text_in(record, field, other(language))
        if text_in(record, field, language) and source and stamp.source_hash != text_hash(source):
            flagged.append((field, language))
    return sorted(flagged)


def translations_written(record, written: set[tuple[str, str]]) -> None:
    """After `record` was saved with the texts `written` ((field, language) whose text
    changed, or that someone ticked as checked): each is now the translation of the other
    language as it stands. A text in the other language that was there before and had no
    stamp is taken as the one translated from (a baseline): it needs review only when this
    one changes again."""
    content_type = ContentType.objects.get_for_model(type(record), for_concrete_model=False)
    stamps = _stamps(record)
    for field, language in written:
        for this, source in ((language, other(language)), (other(language), language)):
            settled = (field, this) in written or (field, this) in stamps
            if this != language and (settled or not text_in(record, field, this)):
                continue
            TranslationStamp.objects.update_or_create(
                content_type=content_type,
                object_id=record.pk,
                field=field,
                language=this,
                defaults={"source_hash": text_hash(text_in(record, field, source))},
            )


def add_welsh_fields(form) -> None:
    """A bilingual partnership's form: beside each translated field (its English), the same
    field in Welsh; where one language's text changed after the other's was written, a box
    to say the other was checked. The view's template sets each pair side by side
    (`form.bilingual_pairs`); `model_data` hands the Welsh to the service."""
    model, record = form._meta.model, form.instance
    flagged = set(needing_review(record)) if record.pk else set()
    fields, pairs = {}, {}
    for name, field in form.fields.items():
        fields[name] = field
        if name not in translated_fields(model):
            continue
        welsh = in_language(name, "cy")
        fields[welsh] = copy.deepcopy(field)
        fields[welsh].required = False  # the workflow, not the form, asks for every Welsh
        fields[welsh].label = f"{field.label or name.replace('_', ' ').capitalize()} (Cymraeg)"
        fields[welsh].help_text = ""
        # Each box says the language of its text, for screen readers and spelling (WCAG 3.1.2).
        fields[welsh].widget.attrs["lang"] = "cy"
        field.widget.attrs["lang"] = "en-GB"
        form.initial.setdefault(welsh, getattr(record, welsh) or "")
        checks = []
        for language in ("en", "cy"):
            if (name, language) in flagged:
                check = f"{in_language(name, language)}_checked"
                fields[check] = forms.BooleanField(required=False, **CHECKED_WORDS[language])
                checks.append(check)
        pairs[name] = (welsh, checks)
        field.label = f"{field.label or name.replace('_', ' ').capitalize()} (English)"
    form.fields = fields
    form.bilingual_pairs = pairs
    form.bilingual_rows = partial(_rows, form)


def _rows(form) -> list[dict]:
    """The form's fields for its template: a translated one with its Welsh beside it and the
    boxes to say either was checked; any other alone."""
    pairs = _pairs(form)
    paired = {welsh for welsh, _ in pairs.values()}
    paired |= {check for _, checks in pairs.values() for check in checks}
    rows = []
    for name in form.fields:
        if name in pairs:
            welsh, checks = pairs[name]
            rows.append({"english": form[name], "welsh": form[welsh],
                         "checks": [form[check] for check in checks]})  # fmt: skip
        elif name not in paired:
            rows.append({"field": form[name]})
    return rows


def welsh_data(form) -> dict:
    """The Welsh of a valid form of add_welsh_fields, for the service."""
    return {welsh: form.cleaned_data.get(welsh, "") for welsh, _ in _pairs(form).values()}


def form_translations_written(form, record) -> None:
    """After a form of add_welsh_fields saved `record`: stamp what was written or checked."""
    written = set()
    for name, (welsh, checks) in _pairs(form).items():
        if name in form.changed_data:
            written.add((name, "en"))
        if welsh in form.changed_data:
            written.add((name, "cy"))
        for check in checks:
            if form.cleaned_data.get(check):
                written.add((name, check.removesuffix("_checked").rsplit("_", 1)[1]))
    if written:
        translations_written(record, written)


def _pairs(form) -> dict:
    return getattr(form, "bilingual_pairs", {})
