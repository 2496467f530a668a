"""How an editor page's form names, finds and saves the record it is about, for pages of the
editor toolkit (csp_portal.editor's RecordFormView, csp_portal.kinds): the page's own
object or one of its records, added or changed, saved and deleted by the app's services."""

from collections.abc import Callable

from django.db.models import Model
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext

from .forms import model_data
from .nouns import in_words
from .records import existing_or_new


class RecordChangeMixin:
    """A page with a form (RecordFormView) changing one stored record, by default the
    page's own object (`scoped`): the form's instance, checked for someone else's change
    meanwhile, and named `noun` when there was one."""

    noun: str

    def changing(self):
        return self.scoped

    def record_noun(self) -> str:
        return self.noun

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.changing()}


class ServiceRecordMixin:
    """A page of one record of an owner (csp_portal.kinds, or one that says its `owner()` and
    `owner_field`) that the app's services save and delete, given by the view:
    `saves_with(<owner_field>=owner, <record_name>=record, data=..., by=user)` and
    `deletes_with(<record_name>=record, by=user)`."""

    record_name = "record"
    saves_with: Callable
    deletes_with: Callable

    def save(self, form) -> None:
        self.saves_with(
            **{self.owner_field: self.owner(), self.record_name: form.instance},
            data=model_data(form),
            by=self.request.user,
        )

    def delete(self) -> None:
        self.deletes_with(**{self.record_name: self.record}, by=self.request.user)


class OwnedRecordMixin(ServiceRecordMixin):
    """A page with a form (RecordFormView) adding one `model` record to the page's object
    (`scoped`, named on the record by `owner_field`), or changing one of its records (its
    pk in the address as `pk_kwarg`); the record is in the context as `record_name`."""

    model: type[Model]
    pk_kwarg: str

    def owner(self):
        return self.scoped

    @cached_property
    def record(self):
        return existing_or_new(
            self.model, self.kwargs.get(self.pk_kwarg), **{self.owner_field: self.owner()}
        )

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": self.record,
            self.owner_field: self.owner(),
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(**{self.record_name: self.record}, **kwargs)


class AddOrChangeMixin(OwnedRecordMixin):
    """An OwnedRecordMixin page that says which it does ("Add a question", "Change the
    question"), and refuses to save over a change someone else made meanwhile."""

    noun: str
    article = "a"

    def get_heading(self) -> str:
        if self.record.pk:
            return gettext("Change the %(noun)s") % {"noun": in_words(self.noun)}
        return (
            gettext("Add an %(noun)s") if self.article == "an" else gettext("Add a %(noun)s")
        ) % {"noun": in_words(self.noun)}

    def changing(self):
        return self.record if self.record.pk else None

    def record_noun(self) -> str:
        return in_words(self.noun)


def deleted_too(count: int, noun: str) -> list[str]:
    """What goes with a record deleted, in words: its `count` `noun`s."""
    if not count:
        return []
    if noun == "member":
        words = ngettext(
            "its %(count)s member will be deleted too",
            "its %(count)s members will be deleted too",
            count,
        )
    elif noun == "recommendation":
        words = ngettext(
            "its %(count)s recommendation will be deleted too",
            "its %(count)s recommendations will be deleted too",
            count,
        )
    else:
        return [f"its {count} {noun}{'s' if count != 1 else ''} will be deleted too"]
    return [words % {"count": count}]
