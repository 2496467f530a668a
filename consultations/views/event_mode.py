"""The workspace page that gives today's event link (consultations.events)."""

from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views import View

from partnerships import permissions

from .. import events
from ..access import ConsultationAccessMixin


class EventModeView(ConsultationAccessMixin, View):
    """What event mode is, for anyone in the partnership; the link, for its editors."""

    needs = permissions.READ

    def get(self, request, pk):
        consultation = self.consultation
        link = ""
        if consultation.is_open() and permissions.can_edit(request.user, self.partnership_id()):
            link = request.build_absolute_uri(
                reverse(
                    "consultations:event_link",
                    kwargs={
                        "partnership_slug": consultation.strategy.partnership.slug,
                        "pk": consultation.pk,
                        "code": events.link_code(consultation, timezone.localdate()),
                    },
                )
            )
        return render(
            request,
            "consultations/editor/event_mode.html",
            self.context(
                link=link,
                today=timezone.localdate(),
                device_cap=events.DEVICE_DAILY_CAP,
                devices=events.DEVICES_A_DAY,
            ),
        )
