"""The workspace's "needs your attention", from the same due items as the e-mails
(connected to reports.attention in NotificationsConfig.ready). The dashboard lists open
consultations and milestones due in 30 days itself; these add the rest."""

import datetime

from django.utils.translation import gettext_lazy as _

from partnerships.models import PartnershipRole
from reports.attention import Attention

from .due import progress_due, progress_summary, statutory_duties
from .events import consultation_events, workflow_events
from .models import Kind

ON_THE_DASHBOARD_ALREADY = ("consultation:", "milestone:")
HEADINGS = {
    Kind.PROGRESS: _("Quarterly progress due"),
    Kind.CONSULTATIONS: _("Consultation results to analyse"),
    Kind.WORKFLOW: _("Strategies awaiting approval, returned or published"),
    Kind.STATUTORY: _("Statutory duties due or lapsed"),
}


def due_for_user(user, today: datetime.date) -> list[Attention]:
    ids = set(
        PartnershipRole.objects.filter(
            user=user, role__in=[PartnershipRole.Role.EDITOR, PartnershipRole.Role.APPROVER]
        ).values_list("partnership_id", flat=True)
    )
    if not ids:
        return []
    email = user.email.lower()
    items = []
    for reminder in (
        progress_due,
        progress_summary,
        consultation_events,
        workflow_events,
        statutory_duties,
    ):
        for due in reminder(today, ids):
            person, context = due.recipient, due.context
            if person.user_id != user.pk and not (email and person.email == email):
                continue
            if due.key.startswith(ON_THE_DASHBOARD_ALREADY) and not due.key.endswith(":closed"):
                continue
            items.append(
                Attention(
                    HEADINGS[context["kind"]],
                    context["subject"],
                    context["path"],
                    context["partnership"],
                )
            )
    return list(dict.fromkeys(items))
