"""Kinds of record that an editor adds, changes and deletes in the same way: a strategy's
priorities and actions, a partnership's members and funding, a subgroup's members ...

An app describes each kind once (`Kind`), routes it (`kind_routes`), and gives its views the
owner (from the access gate) and the service that saves and deletes. The pages, the
messages and the confirmation before a delete are the same for every kind.
"""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.db import models
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.views import View
from django.views.generic.base import ContextMixin

from .editor import RecordFormView
from .nouns import in_words
from .records import existing_or_new


@dataclass(frozen=True)
class Kind:
    name: str  # in URL names: member_add, member_edit, member_delete
    segment: str  # in the address: .../members/add/
    model: type[models.Model]
    form: type[forms.ModelForm]
    noun: str  # in sentences: "Add a member", "The member was deleted."
    list_page: str  # the URL name of the page that lists them (its arguments: the owner's)
    anchor: str = ""  # and the section there
    article: str = "a"
    another: bool = False  # offer "Save and add another" (a long list typed from a paper)

    def __str__(self):
        return self.noun


def record_routes(
    at: str, name: str, form_view, delete_view=None, *, pk: str = "record_pk", **initkwargs
) -> list:
    """Add and change (and delete, with a `delete_view`) one kind of record at `at`: the
    names `<name>_add`, `<name>_edit` and `<name>_delete`, a record named by `pk`."""
    one = f"{at}/<id:{pk}>"
    routes = [
        path(f"{at}/add/", form_view.as_view(**initkwargs), name=f"{name}_add"),
        path(f"{one}/", form_view.as_view(**initkwargs), name=f"{name}_edit"),
    ]
    if delete_view:
        routes.append(
            path(f"{one}/delete/", delete_view.as_view(**initkwargs), name=f"{name}_delete")
        )
    return routes


def move_routes(one: str, name: str, move_view) -> list:
    """Move the record at `one` up or down among its siblings: `<name>_up`, `<name>_down`."""
    return [
        path(
            f"{one}/move-{direction}/",
            move_view.as_view(),
            {"direction": direction},
            name=f"{name}_{direction}",
        )
        for direction in ("up", "down")
    ]


def kind_routes(kind: Kind, owner: str, form_view, delete_view, *extra) -> list:
    """Add, change and delete one kind, under `owner` (e.g. 'partnerships/<slug:slug>')."""
    at = f"{owner}/{kind.segment}"
    return [*record_routes(at, kind.name, form_view, delete_view, kind=kind), *extra]


class KindMixin:
    """With an access gate that sets `self.scoped`, the owner of the records. Subclasses say
    which field of the record names its owner, and how the owner's pages are addressed."""

    kind: Kind | None = None  # given by the URL pattern
    owner_field = "partnership"

    def owner(self):
        return self.scoped

    def owner_url_kwargs(self) -> dict:
        raise NotImplementedError

    @cached_property
    def record(self):
        """The record named in the address, of this owner (404 otherwise), or a new one."""
        return existing_or_new(
            self.kind.model, self.kwargs.get("record_pk"), **{self.owner_field: self.owner()}
        )

    @property
    def adding(self) -> bool:
        return self.record.pk is None

    def list_url(self) -> str:
        url = reverse(self.kind.list_page, kwargs=self.owner_url_kwargs())
        return f"{url}#{self.kind.anchor}" if self.kind.anchor else url

    def caption(self) -> str:
        """Above the heading: what the record belongs to."""
        return str(self.owner())

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            kind=self.kind,
            record=self.record,
            back_url=self.list_url(),
            caption=self.caption(),
            **kwargs,
        )


class KindFormView(KindMixin, RecordFormView):
    """Add or change one record (form_page.html); the form is given the owner too."""

    template_name = "form_page.html"

    def get_form_class(self):
        return self.kind.form

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": self.record,
            self.owner_field: self.owner(),
        }

    def changing(self):
        return None if self.adding else self.record

    def record_noun(self) -> str:
        return in_words(self.kind.noun)

    def get_heading(self) -> str:
        if self.adding:
            return (
                gettext("Add an %(noun)s")
                if self.kind.article == "an"
                else gettext("Add a %(noun)s")
            ) % {"noun": in_words(self.kind.noun)}
        return gettext("Change the %(noun)s") % {"noun": in_words(self.kind.noun)}

    def form_valid(self, form):
        self.was_added = self.adding
        return super().form_valid(form)

    def get_success_message(self) -> str:
        if self.was_added:
            return gettext("The %(noun)s was added.") % {"noun": in_words(self.kind.noun)}
        return gettext("The %(noun)s was changed.") % {"noun": in_words(self.kind.noun)}

    def get_success_url(self) -> str:
        if self.was_added and "_another" in self.request.POST:
            return self.request.path
        return self.list_url()


class KindDeleteView(KindMixin, ContextMixin, View):
    """Asks first, says what goes with it (`goes_with`), then deletes (`delete`)."""

    template_name = "delete_page.html"

    def goes_with(self) -> list[str]:
        return []

    def delete(self) -> None:
        raise NotImplementedError

    def deleted_message(self) -> str:
        return gettext("The %(noun)s was deleted.") % {"noun": in_words(self.kind.noun)}

    def get(self, request, *args, **kwargs):
        if self.adding:
            return redirect(self.list_url())
        return render(
            request,
            self.template_name,
            self.get_context_data(goes_with=self.goes_with()),
        )

    def post(self, request, *args, **kwargs):
        if not self.adding:
            self.delete()
            messages.success(request, self.deleted_message())
        return redirect(self.list_url())
