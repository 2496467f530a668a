"""The preferences page (signed in), and the unsubscribe page an e-mail's link opens (no
signing in: the link's signed token says who and what)."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from csp_portal.editor import PortalPageMixin
from partnerships import permissions
from partnerships.models import Partnership

from .forms import PreferencesForm
from .models import Kind
from .services import (
    language_of,
    language_save,
    preference_unsubscribe,
    preferences_of,
    preferences_save,
)
from .tokens import read_token


class PreferencesView(PortalPageMixin, View):
    """Which reminders the signed-in person is e-mailed, for each of their partnerships."""

    needs = permissions.SIGNED_IN
    template = "notifications/preferences.html"

    def partnerships(self):
        return Partnership.objects.filter(roles__user=self.request.user).order_by("name")

    def form(self, data=None):
        partnerships = list(self.partnerships())
        email = self.request.user.email
        current = preferences_of(email, [p.pk for p in partnerships])
        # Welsh is offered to those with a role in a partnership that publishes in it.
        offered = email and any(p.is_bilingual for p in partnerships)
        language = language_of(email) if offered else None
        return PreferencesForm(data, partnerships=partnerships, current=current, language=language)

    def get(self, request):
        return render(request, self.template, {"form": self.form()})

    def post(self, request):
        if not request.user.email:
            return render(request, self.template, {"form": self.form()}, status=400)
        form = self.form(request.POST)
        if not form.is_valid():
            return render(request, self.template, {"form": form}, status=400)
        preferences_save(email=request.user.email, choices=form.choices())
        if form.language_field() is not None:
            language_save(email=request.user.email, language=form.cleaned_data["language"])
        messages.success(request, _("Your reminder choices are saved."))
        return redirect("notifications_editor:preferences")


class UnsubscribeView(View):
    """Confirm, then stop one kind of reminder of one partnership for the link's person."""

    def dispatch(self, request, token):
        found = read_token(token)
        self.partnership = None
        if found and found[2] in Kind.values:
            self.email, partnership_id, self.kind = found
            self.partnership = Partnership.objects.filter(pk=partnership_id).first()
        if self.partnership is None:
            return render(request, "notifications/unsubscribe_invalid.html", status=404)
        return super().dispatch(request, token)

    def page(self, request, done: bool):
        context = {
            "partnership": self.partnership,
            "kind_label": Kind(self.kind).label,
            "email": self.email,
            "done": done,
        }
        return render(request, "notifications/unsubscribe.html", context)

    def get(self, request, token):
        return self.page(request, done=False)

    def post(self, request, token):
        preference_unsubscribe(email=self.email, partnership=self.partnership, kind=self.kind)
        return self.page(request, done=True)
