"""The statutory checklist: what the law asks of a CSP that the portal's own records can
evidence. One function a duty, each with its source (from shared/STATUTE.md, by row).

Every check answers met, due soon (within 60 days of lapsing), not met (the records show the
duty lapsed) or not recorded (the portal holds nothing to judge by either way), with the
evidence it used. A check never guesses: where a record lacks a date, the answer says so.

The duties are judged as at a day: today, or the day of the scrutiny meeting a pack is
for. Only what was recorded as done by that day counts. Duties that do not apply to the
partnership (its nation, its councils' tier, a duty not yet in force on the day) are not
shown."""

import datetime

from django.utils import timezone

from partnerships.models import Partnership

from . import partnership_duties as duties
from . import plan_duties as plans
from .rules import DUE_SOON, LABELS, MET, NOT_MET, NOT_RECORDED, AsAt, Check, yearly

__all__ = [
    "DUE_SOON",
    "LABELS",
    "MET",
    "NOT_MET",
    "NOT_RECORDED",
    "Check",
    "statutory_checklist",
    "yearly",
]

WELSH_REGULATIONS = (
    "Crime and Disorder (Formulation and Implementation of Strategy) (Wales) Regulations 2007 "
    "(SI 2007/3076), the Welsh equivalent of the English regulation"
)
WELSH_ROWS = (5, 6, 7, 8, 9, 10)


def statutory_checklist(
    partnership: Partnership, as_at: datetime.date | None = None
) -> list[Check]:
    today = timezone.localdate()
    at = AsAt(as_at or today, today)
    partnership = Partnership.objects.prefetch_related(
        "memberships__organisation",
        "board_posts__organisation",
        "board_meetings",
        "strategic_assessments",
        "local_authorities",
    ).get(pk=partnership.pk)
    documents = list(partnership.documents.all())  # newest first, undated last
    plan = plans.plan_on(partnership, at)
    checks = [
        duties.responsible_authorities(partnership, at),
        plans.four_strands(plan, at),
        duties.strategy_group(partnership, at),
        duties.strategic_assessment(partnership, at),
        plans.plan_refreshed(plan, at),
        plans.consultation(partnership, at),
        plans.published(plan, at),
        plans.sent_to_pcc(plan, at),
        duties.scrutiny(partnership, at),
        duties.serious_violence(partnership, at, documents),
        duties.domestic_abuse(partnership, at, documents),
        duties.nation(partnership, at),
        # The portal's own row (not in shared/STATUTE.md): for a partnership in Wales.
        plans.welsh_language(plan, at) if partnership.nation == Partnership.Nation.WALES else None,
    ]
    checks = [check for check in checks if check is not None]
    if partnership.nation == Partnership.Nation.WALES:
        for check in checks:
            if check.row in WELSH_ROWS:
                check.source = WELSH_REGULATIONS
                check.source_url = "https://www.legislation.gov.uk/uksi/2007/3076/made"
    return checks
