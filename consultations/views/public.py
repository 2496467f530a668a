"""Residents answer an open consultation (no account), and read the published results."""

import datetime
import logging
import secrets

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views import View

from csp_portal import pagecache, ratelimit

from .. import events, services
from ..disclosure import published
from ..forms import ResponseForm
from ..models import Consultation
from ..results import consultation_results
from ..selectors import public_consultation, with_reported

logger = logging.getLogger(__name__)
REFERENCE_SALT = "consultation-reference"


def _consultation(partnership_slug, pk) -> Consultation:
    try:
        return public_consultation(partnership_slug, pk)
    except Consultation.DoesNotExist:
        raise Http404("No such consultation") from None


class RespondView(View):
    template_name = "consultations/respond.html"

    def dispatch(self, request, partnership_slug, pk):
        self.consultation = _consultation(partnership_slug, pk)
        self.now = timezone.now()
        return super().dispatch(request, partnership_slug, pk)

    def show(self, form=None, status=200, problem="", csrf_token=None):
        consultation = self.consultation
        is_open = consultation.is_open(self.now)
        context = {"csrf_token": csrf_token} if csrf_token else {}
        return render(
            self.request,
            self.template_name if is_open or form else "consultations/closed.html",
            {
                "consultation": consultation,
                "strategy": consultation.strategy,
                "partnership": consultation.strategy.partnership,
                "crumbs": [
                    (
                        consultation.strategy.partnership.display_name,
                        consultation.strategy.partnership.get_absolute_url(),
                    )
                ],
                "form": form,
                "problem": problem,
                "not_yet_open": self.now < consultation.opens_at,
                "event_mode": events.event_device(self.request, consultation, self.now),
                **context,
            },
            status=status,
        )

    def questions(self):
        return self.consultation.questions.select_related("priority")

    def get(self, request, partnership_slug, pk):
        if not self.consultation.is_open(self.now):
            return self.show()
        if events.event_device(request, self.consultation, self.now):
            return self.show(ResponseForm(questions=self.questions()))
        # The blank form is the same for every resident but for the CSRF token and the
        # one-time submission id: rendered once, kept as a public page is, and filled in.
        return pagecache.cached_form_page(
            request,
            [pagecache.partnership_scope(partnership_slug)],
            self.blank_form,
            {"csrf": lambda: get_token(request), "submission": lambda: secrets.token_urlsafe(24)},
        )

    def blank_form(self, values: dict):
        form = ResponseForm(questions=self.questions())
        form.initial["submission"] = values["submission"]
        return self.show(form, csrf_token=values["csrf"])

    def post(self, request, partnership_slug, pk):
        if int(request.META.get("CONTENT_LENGTH") or 0) > settings.CONSULTATION_MAX_BODY:
            return render(request, "consultations/too_large.html", status=413)
        if not self.consultation.is_open(self.now):
            return self.show(status=403)
        form = ResponseForm(request.POST, questions=self.questions())
        if not form.is_valid():
            return self.show(form)
        if form.is_bot:
            logger.info("Consultation %s: honeypot filled; response dropped", pk)
            return redirect("consultations:thanks", partnership_slug=partnership_slug, pk=pk)
        quota = events.quota(request, self.consultation, self.now)
        if not ratelimit.take(quota.key, quota.rate):
            return self.show(form, status=429, problem=quota.refused)
        try:
            response, stored = services.response_submit(
                consultation=self.consultation,
                answers=form.answers(),
                email=form.cleaned_data.get("email", ""),
                now=self.now,
                channel=quota.channel,
                submission=form.cleaned_data.get("submission", ""),
                language="cy" if translation.get_language() == "cy" else "en",
            )
        except services.ConsultationClosed:
            ratelimit.give_back(quota.key, quota.rate)  # nothing stored: the place is theirs
            return self.show(status=403)
        except Exception:
            ratelimit.give_back(quota.key, quota.rate)
            raise
        if not stored:  # the same form sent again: its first sending was stored
            ratelimit.give_back(quota.key, quota.rate)
        return redirect(thanks_url(self.consultation, response))


def thanks_url(consultation: Consultation, response) -> str:
    """The confirmation's address, carrying (signed) all its page says: once the response
    is stored, nothing else needs the database before the respondent is told, so a
    database going away just then cannot make the page say that nothing was saved."""
    partnership = consultation.strategy.partnership
    told = {
        "reference": response.reference,
        "title": consultation.title,
        "closes": consultation.closes_at.isoformat(),
        "partnership": partnership.display_name,
        "bilingual": partnership.is_bilingual,
    }
    thanks = reverse(
        "consultations:thanks",
        kwargs={"partnership_slug": partnership.slug, "pk": consultation.pk},
    )
    return f"{thanks}?sent={signing.dumps(told, salt=REFERENCE_SALT, compress=True)}"


class ThanksView(View):
    """'Answers sent', from what the address carries alone: no database."""

    def get(self, request, partnership_slug, pk):
        try:
            told = signing.loads(
                request.GET.get("sent", ""), salt=REFERENCE_SALT, max_age=60 * 60 * 24
            )
        except signing.BadSignature:
            raise Http404("No response sent from here") from None
        return render(
            request,
            "consultations/thanks.html",
            {
                **told,
                "closes": datetime.datetime.fromisoformat(told["closes"]),
                "partnership_slug": partnership_slug,
                "pk": pk,
                "event_mode": events.event_device(request, pk),
                "bilingual_page": told.get("bilingual", False),
            },
        )


class EventLinkView(View):
    """The day's event link, opened by staff on a device at a kiosk or drop-in event: the
    device sends responses without the limit on its address until midnight (events.py)."""

    def get(self, request, partnership_slug, pk, code):
        consultation = _consultation(partnership_slug, pk)
        context = {"consultation": consultation, "partnership": consultation.strategy.partnership}
        if not events.link_is_valid(consultation, code):
            return render(request, "consultations/event_link.html", context, status=404)
        form = reverse(
            "consultations:respond", kwargs={"partnership_slug": partnership_slug, "pk": pk}
        )
        if not consultation.is_open():
            return redirect(form)
        response = redirect(form)
        if not events.enrol(response, consultation):
            context["full"] = True
            return render(request, "consultations/event_link.html", context, status=429)
        return response


class PublicResultsView(View):
    def get(self, request, partnership_slug, pk):
        consultation = _consultation(partnership_slug, pk)
        if not consultation.results_are_public:
            raise Http404("The results are not published")
        with_reported([consultation])
        return render(
            request,
            "consultations/results_public.html",
            {
                "consultation": consultation,
                "partnership": consultation.strategy.partnership,
                "results": published(consultation_results(consultation)),
                "changes": consultation.changes.select_related("priority"),
            },
        )
