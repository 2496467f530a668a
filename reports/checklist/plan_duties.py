"""The duties the partnership's plan evidences: the plan in force on the day, what it covers,
its annual revision, the consultation on it, its publication and the commissioner's copy."""

from collections.abc import Callable
from functools import wraps

from django.db.models import Count
from django.utils import dateformat
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from consultations.models import Consultation
from partnerships.models import Partnership
from strategies.bilingual import translation_gaps
from strategies.models import DeliveryArea, Milestone, Strand, StrategicPriority, Strategy

from .rules import MET, NOT_MET, AsAt, Check, names, written, yearly

PLAN_REGULATIONS = (
    "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007"
)


def plan_on(partnership: Partnership, at: AsAt) -> Strategy | None:
    """The plan of record on the day: the newest published by then (a plan whose
    publication is not dated counts only as at today)."""
    published = [
        plan
        for plan in Strategy.objects.filter(
            partnership=partnership,
            status__in=[Strategy.Status.PUBLISHED, Strategy.Status.SUPERSEDED],
        )
        if at.knows(plan.published)
    ]
    return max(published, key=lambda p: (p.period_start_year, p.revision), default=None)


def plan_duty(row: int, duty: str, source: str, source_url: str, *, as_summarised=False):
    """A duty judged on the plan in force (the decorated function fills in its check);
    with no plan published, the duty is not recorded, and says so."""

    def judged_on_plan(judge: Callable[[Strategy, AsAt, Check], None]):
        @wraps(judge)
        def check_on(plan: Strategy | None, at: AsAt) -> Check:
            check = Check(row, duty, source, source_url, as_summarised=as_summarised)
            if plan is None:
                check.evidence.append(gettext("No plan is recorded as published."))
            else:
                judge(plan, at, check)
            return check

        return check_on

    return judged_on_plan


@plan_duty(
    3,
    _(
        "The plan covers the four strands: crime and disorder (including anti-social "
        "behaviour), substance misuse, reoffending, and serious violence"
    ),
    "Crime and Disorder Act 1998, s.6(1), as amended by the Police, Crime, Sentencing and "
    "Courts Act 2022, s.20",
    "https://www.legislation.gov.uk/ukpga/1998/37/section/6",
)
def four_strands(plan: Strategy, at: AsAt, check: Check) -> None:
    """Covered by the themes ticked on the plan's priorities and delivery areas, each of
    which says on its form which strands it counts for."""
    tagged = [
        *StrategicPriority.objects.filter(strategy=plan).values_list("title", "themes__strands"),
        *DeliveryArea.objects.filter(strategy=plan).values_list("title", "themes__strands"),
    ]
    covering: dict[int, list[str]] = {}
    for title, strand in tagged:
        if strand is not None and title not in covering.setdefault(strand, []):
            covering[strand].append(title)
    if not covering:
        check.evidence.append(
            gettext("No themes are tagged on the priorities or delivery areas of ‘%(title)s’.")
            % {"title": plan.title}
        )
        return
    strands = [
        s for s in Strand.objects.all() if s.in_force_from is None or s.in_force_from <= at.day
    ]
    for strand in strands:
        by = covering.get(strand.pk)
        check.evidence.append(
            gettext("%(name)s: covered by %(by)s") % {"name": strand.name, "by": names(by)}
            if by
            else gettext("%(name)s: not covered") % {"name": strand.name}
        )
    check.status = MET if all(s.pk in covering for s in strands) else NOT_MET


@plan_duty(
    7,
    _("A current partnership plan, revised every year"),
    f"{PLAN_REGULATIONS}, regs 10 and 11 (explanatory note)",
    "https://www.legislation.gov.uk/uksi/2007/1830/note/made",
    as_summarised=True,
)
def plan_refreshed(plan: Strategy, at: AsAt, check: Check) -> None:
    check.evidence.append(
        gettext("‘%(title)s’ (%(period_label)s), revision %(revision)s")
        % {"title": plan.title, "period_label": plan.period_label, "revision": plan.revision}
    )
    if plan.ends_on < at.day:
        check.status = NOT_MET
        check.evidence.append(
            gettext("Its period ended on %(ends_on)s, and no later plan is recorded.")
            % {"ends_on": dateformat.format(plan.ends_on, "j F Y")}
        )
        return
    check.status = yearly(plan.published, at.day)
    check.evidence.append(
        gettext("Published %(published)s") % {"published": written(plan.published)}
    )


def consultation(partnership: Partnership, at: AsAt) -> Check:
    """The latest consultation begun by the day: on the portal, held elsewhere and recorded
    with its figures, or a consultation step done on a plan's timeline."""
    check = Check(
        8,
        gettext("Residents consulted on crime and disorder and on the priorities"),
        f"{PLAN_REGULATIONS}, reg 12",
        "https://www.legislation.gov.uk/uksi/2007/1830/regulation/12/made",
    )
    held = []
    for c in Consultation.objects.filter(strategy__partnership=partnership).annotate(
        online=Count("responses")
    ):
        if at.knows(c.opens):
            responses = c.online + (c.response_count or 0)
            where = "" if c.run_by_portal else f", held elsewhere ({c.get_channel_display()})"
            held.append(
                (
                    c.closes,
                    c.closes.end >= at.day,
                    f"‘{c.title}’, {c.opens} to "
                    f"{c.closes}{where}, {responses} response{'s' if responses != 1 else ''} "
                    "recorded",
                )
            )
    for step in Milestone.objects.filter(
        strategy__partnership=partnership, kind=Milestone.Kind.CONSULTATION, actual_on__isnull=False
    ).select_related("strategy"):
        if at.knows(step.actual):
            held.append(
                (
                    step.actual,
                    False,
                    f"{step.title}, {step.actual} (on the timeline of ‘{step.strategy.title}’)",
                )
            )
    if not held:
        check.evidence.append(gettext("No consultation is recorded."))
        return check
    closes, running, said = max(held, key=lambda h: h[0])
    check.status = MET if running else yearly(closes, at.day)
    check.evidence.append(said)
    return check


@plan_duty(
    9,
    _("The plan, or a summary of it, published"),
    f"{PLAN_REGULATIONS}, reg 13",
    "https://www.legislation.gov.uk/uksi/2007/1830/contents/made",
    as_summarised=True,
)
def published(plan: Strategy, at: AsAt, check: Check) -> None:
    check.status = MET
    where = (
        gettext("Published before the portal") if plan.published_elsewhere else gettext("Published")
    )
    check.evidence.append(
        gettext("%(where)s, %(published)s; on this portal at %(plan)s")
        % {"where": where, "published": written(plan.published), "plan": plan.get_absolute_url()}
    )


@plan_duty(
    10,
    _("The plan sent to the police and crime commissioner"),
    f"{PLAN_REGULATIONS}, reg 13A (inserted by SI 2012/2660)",
    "https://www.legislation.gov.uk/uksi/2012/2660/made",
)
def sent_to_pcc(plan: Strategy, at: AsAt, check: Check) -> None:
    if plan.sent_to_pcc and at.knows(plan.sent_to_pcc):
        check.status = MET
        check.evidence.append(
            gettext("‘%(title)s’ sent %(sent_to_pcc)s")
            % {"title": plan.title, "sent_to_pcc": written(plan.sent_to_pcc)}
        )
    else:
        check.evidence.append(
            gettext("No date is recorded for sending ‘%(title)s’.") % {"title": plan.title}
        )


@plan_duty(
    21,
    _(
        "Every public text of the plan in Welsh and in English, the Welsh pages working as "
        "fully as the English and linking to them, as the Welsh Language Standards ask of the "
        "councils and police a Welsh partnership publishes for"
    ),
    "Welsh Language Standards (No. 1) Regulations 2015 (SI 2015/996), standards 52 and 53, "
    "made under the Welsh Language (Wales) Measure 2011",
    "https://www.legislation.gov.uk/wsi/2015/996/contents/made",
    as_summarised=True,
)
def welsh_language(plan: Strategy, at: AsAt, check: Check) -> None:
    """Judged on the texts as they are today (the portal keeps no day-by-day record of
    which language each text was in): as at an earlier day, not recorded."""
    if not plan.partnership.is_bilingual:
        check.status = NOT_MET
        check.evidence.append(
            gettext(
                "The partnership publishes in English only: its pages have no Welsh version. "
                "Its languages are set on its profile."
            )
        )
        return
    if at.day != at.today:
        check.evidence.append(
            gettext(
                "Whether every text was in both languages on %(day)s is not recorded; the "
                "checklist as at today says how they are now."
            )
            % {"day": dateformat.format(at.day, "j F Y")}
        )
        return
    gaps = translation_gaps(plan)
    if gaps:
        check.status = NOT_MET
        check.evidence.append(
            ngettext(
                "%(count)s of the texts of ‘%(title)s’ is not ready in both languages. "
                "The first: %(first)s.",
                "%(count)s of the texts of ‘%(title)s’ are not ready in both languages. "
                "The first: %(first)s.",
                len(gaps),
            )
            % {"count": len(gaps), "title": plan.title, "first": gaps[0]}
        )
    else:
        check.status = MET
        check.evidence.append(
            gettext(
                "Every public text of ‘%(title)s’ is in Welsh and English, none awaiting review."
            )
            % {"title": plan.title}
        )
