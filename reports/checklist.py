"""The statutory checklist: what the law asks of a CSP that the portal's own records can
evidence. One function a duty, each with its source (from shared/STATUTE.md, by row).

Every check answers met, due soon (within 60 days of lapsing), not met, or not recorded (the
portal holds nothing to judge by), with the evidence it used. A check never guesses: where a
record lacks a date, the answer says so."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count
from django.utils import timezone

from consultations.models import Consultation
from csp_portal.dates import PartialDate, Precision
from csp_portal.fiscal import add_months
from partnerships.models import Membership, Organisation, Partnership
from strategies.models import DeliveryArea, Document, Strand, StrategicPriority, Strategy

MET, DUE_SOON, NOT_MET, NOT_RECORDED = "met", "due_soon", "not_met", "not_recorded"
LABELS = {
    MET: "Met",
    DUE_SOON: "Due soon",
    NOT_MET: "Not met",
    NOT_RECORDED: "Not recorded",
}
DUE_SOON_DAYS = 60
SERIOUS_VIOLENCE_DUTY_FROM = datetime.date(2023, 1, 31)


@dataclass
class Check:
    row: int
    duty: str
    source: str
    source_url: str
    status: str = NOT_RECORDED
    evidence: list[str] = field(default_factory=list)
    as_summarised: bool = False  # the wording comes from a summary, not the legislation

    @property
    def label(self) -> str:
        return LABELS[self.status]


def yearly(last: PartialDate | datetime.date | None, today: datetime.date) -> str:
    """Met, due soon or not met for something that must happen every 12 months. A date
    known only to the month (or year) lapses once 12 months have passed since the end of
    that month (or year), and is due soon from 12 months after its start, less 60 days: the
    checklist never calls overdue what may not be."""
    if last is None:
        return NOT_RECORDED
    if isinstance(last, datetime.date):
        last = PartialDate(last)
    if last.precision == Precision.DAY:
        lapses = add_months(last.start, 12)
    else:
        lapses = add_months(last.end, 12) + datetime.timedelta(days=1)
    if today >= lapses:
        return NOT_MET
    if today >= add_months(last.start, 12) - datetime.timedelta(days=DUE_SOON_DAYS):
        return DUE_SOON
    return MET


def _date(day: PartialDate | datetime.date | None) -> str:
    if isinstance(day, datetime.date):
        day = PartialDate(day)
    return str(day) if day else "date not recorded"


RESPONSIBLE_KINDS = {
    Organisation.Kind.LOCAL_AUTHORITY: "the council",
    Organisation.Kind.POLICE: "the police",
    Organisation.Kind.PROBATION: "probation",
    Organisation.Kind.FIRE_AND_RESCUE: "fire and rescue",
    Organisation.Kind.HEALTH: "health (the integrated care board; in Wales the health board)",
}


def responsible_authorities(partnership: Partnership, today) -> Check:
    check = Check(
        1,
        "Every responsible authority is a member: council, police, probation, fire and rescue, "
        "health",
        "Crime and Disorder Act 1998, s.5(1)",
        "https://www.legislation.gov.uk/ukpga/1998/37/section/5",
    )
    members = [
        m
        for m in partnership.memberships.all()
        if m.role == Membership.Role.RESPONSIBLE_AUTHORITY
        and (m.member_until is None or m.member_until >= today)
    ]
    if not members:
        check.evidence.append("No responsible authorities are recorded among the members.")
        return check
    present = {m.organisation.kind for m in members}
    for kind, name in RESPONSIBLE_KINDS.items():
        names = ", ".join(m.organisation.name for m in members if m.organisation.kind == kind)
        check.evidence.append(f"{name[0].upper()}{name[1:]}: {names or 'missing'}")
    check.status = MET if set(RESPONSIBLE_KINDS) <= present else NOT_MET
    return check


def current_plan(partnership: Partnership):
    return (
        Strategy.objects.filter(partnership=partnership, status=Strategy.Status.PUBLISHED)
        .order_by("-period_start_year", "-revision")
        .first()
    )


def four_strands(partnership: Partnership, plan, today) -> Check:
    check = Check(
        3,
        "The plan covers the four strands: crime and disorder (including anti-social "
        "behaviour), substance misuse, reoffending, and serious violence",
        "Crime and Disorder Act 1998, s.6(1), as amended by the Police, Crime, Sentencing and "
        "Courts Act 2022, s.20",
        "https://www.legislation.gov.uk/ukpga/1998/37/section/6",
    )
    if plan is None:
        check.evidence.append("There is no current published plan.")
        return check
    strands = [
        s for s in Strand.objects.all() if s.in_force_from is None or s.in_force_from <= today
    ]
    covered = set(
        StrategicPriority.objects.filter(strategy=plan).values_list("themes__strands", flat=True)
    ) | set(DeliveryArea.objects.filter(strategy=plan).values_list("themes__strands", flat=True))
    covered.discard(None)
    if not covered:
        check.evidence.append(
            f"No themes are tagged on the priorities or delivery areas of ‘{plan.title}’."
        )
        return check
    for strand in strands:
        check.evidence.append(
            f"{strand.name}: {'covered' if strand.pk in covered else 'not covered'}"
        )
    check.status = MET if all(s.pk in covered for s in strands) else NOT_MET
    return check


def strategic_assessment(partnership: Partnership, today) -> Check:
    check = Check(
        6,
        "A strategic assessment every year",
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, "
        "regs 5 to 7 (explanatory note)",
        "https://www.legislation.gov.uk/uksi/2007/1830/note/made",
        as_summarised=True,
    )
    latest = partnership.strategic_assessments.first()  # newest first, undated last
    if latest:
        check.status = yearly(latest.completed, today)
        check.evidence.append(
            f"‘{latest.title}’, completed {_date(latest.completed)}"
            + (f", data for {latest.data_period}" if latest.data_period else "")
        )
    else:
        check.evidence.append("No strategic assessment is recorded.")
    return check


def plan_refreshed(partnership: Partnership, plan, today) -> Check:
    check = Check(
        7,
        "A current partnership plan, revised every year",
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, "
        "regs 10 and 11 (explanatory note)",
        "https://www.legislation.gov.uk/uksi/2007/1830/note/made",
        as_summarised=True,
    )
    if plan is None:
        check.status = NOT_MET
        check.evidence.append("There is no current published plan.")
        return check
    check.evidence.append(f"‘{plan.title}’ ({plan.period_label}), revision {plan.revision}")
    if plan.period_end_year < today.year:
        check.status = NOT_MET
        check.evidence.append(f"Its period ended in {plan.period_end_year}.")
        return check
    check.status = yearly(plan.published, today)
    check.evidence.append(f"Published {_date(plan.published)}")
    return check


def consultation(partnership: Partnership, plan, today) -> Check:
    check = Check(
        8,
        "Residents consulted on crime and disorder and on the priorities",
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, reg 12",
        "https://www.legislation.gov.uk/uksi/2007/1830/regulation/12/made",
    )
    latest = (
        Consultation.objects.filter(strategy__partnership=partnership)
        .filter(opens_at__lte=timezone.now())
        .annotate(online=Count("responses"))
        .order_by("-closes_at")
        .first()
    )
    if latest is None:
        check.evidence.append("No consultation is recorded.")
        return check
    closed = latest.closes
    check.status = MET if closed.end >= today else yearly(closed, today)
    responses = latest.online + (latest.response_count or 0)
    check.evidence.append(
        f"‘{latest.title}’, {_date(latest.opens)} to "
        f"{_date(closed)}, {responses} response{'s' if responses != 1 else ''} recorded"
    )
    return check


def published(partnership: Partnership, plan, today) -> Check:
    check = Check(
        9,
        "The plan, or a summary of it, published",
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, reg 13",
        "https://www.legislation.gov.uk/uksi/2007/1830/contents/made",
        as_summarised=True,
    )
    if plan is None:
        check.status = NOT_MET
        check.evidence.append("No plan is published on the portal.")
        return check
    check.status = MET
    check.evidence.append(
        f"Published on this portal at {plan.get_absolute_url()}, {_date(plan.published)}"
    )
    return check


def sent_to_pcc(partnership: Partnership, plan, today) -> Check:
    check = Check(
        10,
        "The plan sent to the police and crime commissioner",
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, "
        "reg 13A (inserted by SI 2012/2660)",
        "https://www.legislation.gov.uk/uksi/2012/2660/made",
    )
    if plan is None:
        check.evidence.append("There is no current plan to send.")
        return check
    if plan.sent_to_pcc_on:
        check.status = MET
        check.evidence.append(f"‘{plan.title}’ sent {_date(plan.sent_to_pcc)}")
    else:
        check.evidence.append(f"No date is recorded for sending ‘{plan.title}’.")
    return check


def scrutiny(partnership: Partnership, today) -> Check:
    check = Check(
        15,
        "Scrutiny by the crime and disorder committee at least once every 12 months",
        "Crime and Disorder (Overview and Scrutiny) Regulations 2009 (SI 2009/942), reg 4, "
        "as councils' terms of reference give it",
        "https://www.legislation.gov.uk/uksi/2009/942/contents/made",
        as_summarised=True,
    )
    latest = (
        partnership.scrutiny_reviews.filter(meeting_on__lte=today).order_by("-meeting_on").first()
    )
    if latest is None:
        check.evidence.append("No scrutiny meeting is recorded.")
        return check
    check.status = yearly(latest.meeting, today)
    check.evidence.append(
        f"{latest.committee}, {_date(latest.meeting)}: {latest.get_outcome_display().lower()}"
    )
    return check


def serious_violence(partnership: Partnership, today) -> Check:
    check = Check(
        16,
        "Serious Violence Duty: a needs assessment and a strategy (from 31 January 2023)",
        "Police, Crime, Sentencing and Courts Act 2022, s.8",
        "https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/1",
    )
    if today < SERIOUS_VIOLENCE_DUTY_FROM:
        check.status = MET
        check.evidence.append("The duty starts on 31 January 2023.")
        return check
    documents = {
        kind: partnership.documents.filter(kind=kind).order_by("-dated").first()
        for kind in (
            Document.Kind.SERIOUS_VIOLENCE_ASSESSMENT,
            Document.Kind.SERIOUS_VIOLENCE_STRATEGY,
        )
    }
    for kind, document in documents.items():
        name = Document.Kind(kind).label
        check.evidence.append(
            f"{name}: ‘{document.title}’, {_date(document.date)}"
            if document
            else f"{name}: none recorded"
        )
    if all(documents.values()):
        check.status = MET
    elif any(documents.values()):
        check.status = NOT_MET
    return check


def nation(partnership: Partnership, today) -> Check:
    check = Check(
        20,
        "England or Wales recorded: Wales has its own regulations, and Part 4 of the Domestic "
        "Abuse Act 2021 does not apply there",
        "Crime and Disorder (Formulation and Implementation of Strategy) (Wales) Regulations "
        "2007 (SI 2007/3076)",
        "https://www.legislation.gov.uk/uksi/2007/3076/made",
    )
    check.status = MET
    check.evidence.append(f"{partnership.get_nation_display()}.")
    return check


def statutory_checklist(
    partnership: Partnership, today: datetime.date | None = None
) -> list[Check]:
    today = today or timezone.localdate()
    partnership = Partnership.objects.prefetch_related("memberships__organisation").get(
        pk=partnership.pk
    )
    plan = current_plan(partnership)
    checks = [
        responsible_authorities(partnership, today),
        four_strands(partnership, plan, today),
        strategic_assessment(partnership, today),
        plan_refreshed(partnership, plan, today),
        consultation(partnership, plan, today),
        published(partnership, plan, today),
        sent_to_pcc(partnership, plan, today),
        scrutiny(partnership, today),
        serious_violence(partnership, today),
        nation(partnership, today),
    ]
    if partnership.nation == Partnership.Nation.WALES:
        for check in checks:
            if check.row in (6, 7, 8, 9, 10):
                check.source = (
                    "Crime and Disorder (Formulation and Implementation of Strategy) (Wales) "
                    "Regulations 2007 (SI 2007/3076), the Welsh equivalent of the English "
                    "regulation"
                )
                check.source_url = "https://www.legislation.gov.uk/uksi/2007/3076/made"
    return checks
