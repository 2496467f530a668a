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
"""

from typing import Protocol

from django.contrib import messages
from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.views.generic import FormView


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


class RecordFormView(FormView):
    """A workspace page with one form (form_page.html): a GET shows it, a valid POST calls one
    service (`save`) and goes back with a message; a ValidationError the service raises is
    shown on the form, with everything typed kept. Views give the `heading`, the form's
    arguments (`get_form_kwargs`) and where to go next (`get_success_url`)."""

    heading = ""
    success_message = ""

    def get_heading(self) -> str:
        return self.heading

    def save(self, form) -> None:
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.save(form)
        except ValidationError as error:
            return self.refused(form, error)
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url())

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
