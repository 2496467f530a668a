"""The editor toolkit: the one gate every editor page passes, and the one way a page with a
form saves it.

The gate, in this order:

1. Signed in, or off to the sign-in page.
2. The object the page is about, found only among the user's own partnerships' records:
   otherwise 404, never a hint that it exists (`get_scoped`).
3. The role the page needs in that object's partnership (`needs`): otherwise 403.
4. For pages that change a plan's content (`changes_content`), that the plan is not frozen:
   otherwise back to it, with a message.

The rules themselves stay with the data: each app says how its objects are found for a user
and which partnership they belong to; partnerships.permissions says what a role allows. This
module knows no app: a `Need` is anything with `allows(user, partnership_id)`.

Beside the gate: an editor page's address at a section (`url_at`), and a POST-only step
calling its one service (`carry_out`). How a page's form names and saves its record is in
csp_portal.record_pages.
"""

import datetime
import secrets
from collections.abc import Callable
from typing import Protocol

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import AccessMixin
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.views.generic import FormView

from .bilingual import add_welsh_fields, form_translations_written
from .forms import in_plain_words
from .models import SentForm
from .records import changed_fields, record_state


class Need(Protocol):
    def allows(self, user, partnership_id: int) -> bool: ...


class EditorAccessMixin(AccessMixin):
    """For class-based editor views. Sets `self.scoped` before any handler runs."""

    needs: Need
    changes_content = False
    frozen_message = "A published strategy can no longer be edited."

    def get_scoped(self):
        """The object the page is about, from a queryset scoped to the user (Http404)."""
        raise NotImplementedError

    def partnership_id(self) -> int:
        return self.scoped.partnership_id

    def is_frozen(self) -> bool:
        return False

    def frozen_url(self) -> str:
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.scoped = self.get_scoped()
        if not self.needs.allows(request.user, self.partnership_id()):
            raise PermissionDenied
        if self.changes_content and self.is_frozen():
            messages.error(request, self.frozen_message)
            return redirect(self.frozen_url())
        return super().dispatch(request, *args, **kwargs)


class PortalPageMixin(EditorAccessMixin):
    """A page of the whole portal, of no one partnership (the dashboard, the portal
    administrators' pages): only what it `needs` of the user is checked."""

    def get_scoped(self):
        return None

    def partnership_id(self) -> None:
        return None


def url_at(name: str, anchor: str = "", **kwargs) -> str:
    """The address of an editor page (a URL name and its arguments), at a section."""
    url = reverse(name, kwargs=kwargs)
    return f"{url}#{anchor}" if anchor else url


def carry_out(request, service: Callable, done: str = "", **arguments) -> None:
    """A workflow step of a POST-only page: the one service it calls, what the service
    refuses said as an error, and what was `done` (if anything is said) as a success."""
    try:
        service(**arguments, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if done:
            messages.success(request, done)


LOADED = "loaded_state"
ONCE = "sent_once"


class StaleRecord(Exception):
    """The record changed (or went) after the form was opened."""

    def __init__(self, changed: list[str], current: dict):
        super().__init__(changed)
        self.changed, self.current = changed, current


class RecordFormView(FormView):
    """A workspace page with one form (form_page.html): a GET shows it, a valid POST calls one
    service (`save`) and goes back with a message; a ValidationError the service raises is
    shown on the form, with everything typed kept. Views give the `heading`, the form's
    arguments (`get_form_kwargs`) and where to go next (`get_success_url`).

    A page that changes a stored record says which (`changing`): what it held when the form
    was opened travels with the form (signed), and a save over a change someone else made
    since, or over a record they deleted, is refused with 409, the change named and
    everything typed kept; the row is locked while it is compared and saved. A page that
    adds carries a one-time token instead: the same form sent twice (a double click) adds
    once, and the second sending is led where the first went."""

    heading = ""
    success_message = ""

    def get_heading(self) -> str:
        return self.heading

    def save(self, form) -> None:
        raise NotImplementedError

    def changing(self):
        """The stored record the form changes; None for a new one (or an unsaved one where
        the form changes a record if there is one, none being what was seen)."""
        return None

    def record_noun(self) -> str:
        return "record"

    def bilingual(self) -> bool:
        """Whether the page's record is of a partnership that publishes in Welsh and English
        (the apps' access mixins say): its translated fields then show both languages."""
        return False

    def get_form(self, form_class=None):
        form = in_plain_words(super().get_form(form_class))
        if self.bilingual() and isinstance(form, forms.ModelForm):
            add_welsh_fields(form)
        record = self.changing()
        if record is not None:
            form.fields[LOADED] = forms.CharField(widget=forms.HiddenInput, required=False)
            if not form.is_bound:
                form.initial[LOADED] = _signed(self._state(record, form))
        else:
            form.fields[ONCE] = forms.CharField(
                widget=forms.HiddenInput, required=False, max_length=40
            )
            if not form.is_bound:
                form.initial[ONCE] = secrets.token_urlsafe(24)
        return form

    def _state(self, record, form) -> dict:
        if record is None:
            return {}
        many = tuple(f.name for f in record._meta.many_to_many if f.name in form.fields)
        return record_state(record, many)

    def _check_not_stale(self, form) -> None:
        """Within the transaction that saves: the record as stored now, locked, against what
        it held when the form was opened (a form sent without that, by a script, is not
        checked)."""
        record = self.changing()
        if record is None:
            return
        try:
            loaded = signing.loads(form.cleaned_data.get(LOADED) or "", salt=LOADED)
        except signing.BadSignature:
            return
        model = type(record)
        if record.pk is None:  # none was there when the form was opened
            current = None
        else:
            current = model._base_manager.select_for_update().filter(pk=record.pk).first()
            if current is None:
                raise StaleRecord(["it was deleted"], {})
        now = self._state(current, form)
        if changed := changed_fields(model, loaded, now):
            raise StaleRecord(changed, now)

    def form_valid(self, form):
        token = form.cleaned_data.get(ONCE, "")
        try:
            with transaction.atomic():
                if token and (earlier := _sent_before(token)) is not None:
                    messages.info(
                        self.request, gettext("That form was sent twice: it was saved once.")
                    )
                    return redirect(earlier or self.request.path)
                self._check_not_stale(form)
                self.save(form)
                self._stamp_translations(form)
                url = self.get_success_url()
                if token:
                    SentForm.objects.filter(token=token).update(led_to=url)
        except StaleRecord as stale:
            return self.stale(form, stale)
        except ValidationError as error:
            return self.refused(form, error)
        messages.success(self.request, self.get_success_message())
        return redirect(url)

    def _stamp_translations(self, form) -> None:
        """What the save wrote in each language is now the other's translation (the record
        as stored: a service may have saved its own copy)."""
        record = self.changing() or getattr(form, "instance", None)
        if getattr(form, "bilingual_pairs", None) and record is not None and record.pk:
            form_translations_written(form, type(record)._base_manager.get(pk=record.pk))

    def stale(self, form, stale: StaleRecord):
        """The form again (409), saying what someone else changed meanwhile; saving again
        saves over it, knowingly."""
        what = ", ".join(stale.changed)
        form.add_error(
            None,
            gettext(
                "Someone else changed this %(record_noun)s while you were editing it "
                "(%(what)s). Your changes are below, not saved: check what changed, then save "
                "again."
            )
            % {"record_noun": self.record_noun(), "what": what},
        )
        form.data = form.data.copy()
        form.data[LOADED] = _signed(stale.current)
        return self.render_to_response(self.get_context_data(form=form), status=409)

    def refused(self, form, error: ValidationError):
        """The form again, with what the service refused: by field where it names them."""
        fields = getattr(error, "error_dict", {})
        if fields and set(fields) <= set(form.fields):
            form.add_error(None, error)
        else:
            for message in error.messages:
                form.add_error(None, message)
        return self.form_invalid(form)

    def get_success_message(self) -> str:
        return self.success_message

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=self.get_heading(), **kwargs)


def _sent_before(token: str) -> str | None:
    """Where the form of this token led when it was sent before (or "" if it is being sent
    now, by a request not finished yet); None the first time, when the token is taken, in
    the transaction that saves (it is given back if the save fails). A second sending at
    the same moment waits here for the first to commit."""
    SentForm.objects.filter(at__lt=timezone.now() - datetime.timedelta(days=2)).delete()
    try:
        with transaction.atomic():
            SentForm.objects.create(token=token)
    except IntegrityError:
        return SentForm.objects.get(token=token).led_to
    return None


def _signed(state: dict) -> str:
    return signing.dumps(state, salt=LOADED, compress=True)
