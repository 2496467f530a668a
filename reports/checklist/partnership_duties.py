"""The duties the partnership's own records evidence: its members, its strategy group, its
assessments, scrutiny, and the serious violence and domestic abuse duties."""

import datetime

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from partnerships.models import Membership, Organisation, Partnership
from scrutiny.models import ScrutinyReview
from strategies.models import Document, Milestone

from .rules import DUE_SOON, MET, NOT_MET, NOT_RECORDED, AsAt, Check, written, yearly

SERIOUS_VIOLENCE_DUTY_FROM = datetime.date(2023, 1, 31)

RESPONSIBLE_KINDS = {
    Organisation.Kind.LOCAL_AUTHORITY: _("the council"),
    Organisation.Kind.POLICE: _("the police"),
    Organisation.Kind.PROBATION: _("probation"),
    Organisation.Kind.FIRE_AND_RESCUE: _("fire and rescue"),
    Organisation.Kind.HEALTH: _("health (the integrated care board; in Wales the health board)"),
}


def members_on(partnership: Partnership, at: AsAt, role: str) -> list[Membership]:
    return [
        m for m in partnership.memberships.all() if m.role == role and at.within(m.joined, m.left)
    ]


def responsible_authorities(partnership: Partnership, at: AsAt) -> Check:
    check = Check(
        1,
        gettext(
            "Every responsible authority is a member: council, police, probation, fire and "
            "rescue, health"
        ),
        "Crime and Disorder Act 1998, s.5(1)",
        "https://www.legislation.gov.uk/ukpga/1998/37/section/5",
    )
    members = members_on(partnership, at, Membership.Role.RESPONSIBLE_AUTHORITY)
    if not members:
        check.evidence.append(gettext("No responsible authorities are recorded among the members."))
        return check
    present = {m.organisation.kind for m in members}
    for kind, name in RESPONSIBLE_KINDS.items():
        found = ", ".join(m.organisation.name for m in members if m.organisation.kind == kind)
        name = str(name)
        check.evidence.append(f"{name[0].upper()}{name[1:]}: {found or gettext('missing')}")
    check.status = MET if set(RESPONSIBLE_KINDS) <= present else NOT_MET
    return check


def strategy_group(partnership: Partnership, at: AsAt) -> Check:
    """Two or more people appointed by the responsible authorities: the named
    representatives of the responsible authorities, and the board's chairs in post."""
    check = Check(
        5,
        gettext("A strategy group of two or more people appointed by the responsible authorities"),
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, "
        "reg 3, as substituted by SI 2011/1230",
        "https://www.legislation.gov.uk/uksi/2011/1230/made",
    )
    group = partnership.board_name or gettext("The strategy group")
    posts = [p for p in partnership.board_posts.all() if at.within(p.began, p.ended)]
    representatives = [
        m
        for m in members_on(partnership, at, Membership.Role.RESPONSIBLE_AUTHORITY)
        if m.representative
    ]
    for post in posts:
        of = f", {post.organisation.name}" if post.organisation else ""
        check.evidence.append(f"{group}: {post.get_post_display().lower()} {post.holder}{of}")
    if representatives:
        listed = "; ".join(f"{m.representative} ({m.organisation.name})" for m in representatives)
        check.evidence.append(
            gettext("Named representatives of the responsible authorities: %(listed)s")
            % {"listed": listed}
        )
    meetings = [m for m in partnership.board_meetings.all() if at.knows(m.held)]
    check.evidence.append(
        gettext("Last meeting recorded: %(meetings)s") % {"meetings": max(m.held for m in meetings)}
        if meetings
        else gettext("No meeting of it is recorded.")
    )
    people = {p.holder for p in posts} | {m.representative for m in representatives}
    if len(people) >= 2:
        check.status = MET
    else:
        check.evidence.insert(0, gettext("Fewer than two of its people are recorded."))
    return check


def strategic_assessment(partnership: Partnership, at: AsAt) -> Check:
    check = Check(
        6,
        gettext("A strategic assessment every year"),
        "Crime and Disorder (Formulation and Implementation of Strategy) Regulations 2007, "
        "regs 5 to 7 (explanatory note)",
        "https://www.legislation.gov.uk/uksi/2007/1830/note/made",
        as_summarised=True,
    )
    # Newest first, undated last.
    latest = next(
        (a for a in partnership.strategic_assessments.all() if at.knows(a.completed)), None
    )
    if latest is None:
        check.evidence.append(gettext("No strategic assessment is recorded."))
        return check
    check.status = yearly(latest.completed, at.day)
    check.evidence.append(
        f"‘{latest.title}’, completed {written(latest.completed)}"
        + (f", data for {latest.data_period}" if latest.data_period else "")
    )
    return check


def scrutiny(partnership: Partnership, at: AsAt) -> Check:
    """The committee's meetings recorded on the scrutiny page, and scrutiny steps done on
    a plan's timeline (a meeting recorded only there, as papers often give it)."""
    check = Check(
        15,
        gettext("Scrutiny by the crime and disorder committee at least once every 12 months"),
        "Crime and Disorder (Overview and Scrutiny) Regulations 2009 (SI 2009/942), reg 4, "
        "as councils' terms of reference give it",
        "https://www.legislation.gov.uk/uksi/2009/942/contents/made",
        as_summarised=True,
    )
    held = [
        (
            review.meeting,
            f"{review.committee}, {review.meeting}: {review.get_outcome_display().lower()}",
        )
        for review in ScrutinyReview.objects.filter(partnership=partnership)
        if at.knows(review.meeting)
    ] + [
        (step.actual, f"{step.title} ({step.body or 'on the plan’s timeline'}), {step.actual}")
        for step in Milestone.objects.filter(
            strategy__partnership=partnership, kind=Milestone.Kind.SCRUTINY, actual_on__isnull=False
        )
        if at.knows(step.actual)
    ]
    if not held:
        check.evidence.append(gettext("No scrutiny meeting is recorded."))
        return check
    last, said = max(held, key=lambda h: h[0])
    check.status = yearly(last, at.day)
    check.evidence.append(said)
    return check


def _latest(documents, kind, at: AsAt) -> Document | None:
    return next((d for d in documents if d.kind == kind and at.knows(d.date)), None)


def _document_line(name: str, document: Document | None) -> str:
    if document is None:
        return gettext("%(name)s: none recorded") % {"name": name}
    review = (
        gettext(", review due %(review)s") % {"review": document.review} if document.review else ""
    )
    return f"{name}: ‘{document.title}’, {written(document.date)}{review}"


def _review_passed(strategy: Document | None, at: AsAt) -> bool:
    return bool(strategy and strategy.review and strategy.review.end < at.day)


def serious_violence(partnership: Partnership, at: AsAt, documents) -> Check | None:
    """From 31 January 2023: a needs assessment and a strategy, reviewed when it says."""
    if at.day < SERIOUS_VIOLENCE_DUTY_FROM:
        return None  # not in force on the day
    check = Check(
        16,
        gettext("Serious Violence Duty: a needs assessment, and a strategy kept under review"),
        "Police, Crime, Sentencing and Courts Act 2022, s.8",
        "https://www.legislation.gov.uk/ukpga/2022/32/part/2/chapter/1",
    )
    assessment = _latest(documents, Document.Kind.SERIOUS_VIOLENCE_ASSESSMENT, at)
    strategy = _latest(documents, Document.Kind.SERIOUS_VIOLENCE_STRATEGY, at)
    check.evidence += [
        _document_line(gettext("Needs assessment"), assessment),
        _document_line(gettext("Strategy"), strategy),
    ]
    if _review_passed(strategy, at):
        check.status = NOT_MET
        check.evidence.append(
            gettext("The strategy's review was due %(review)s.") % {"review": strategy.review}
        )
    elif assessment and strategy:
        check.status = MET
    return check


def top_tier_councils(partnership: Partnership) -> tuple[list, list]:
    """The councils of the area on the top tier in England, and those whose tier is not
    recorded."""
    councils = list(partnership.local_authorities.all())
    top = [c for c in councils if c.council_tier in Organisation.TOP_TIER]
    unknown = [c for c in councils if not c.council_tier]
    return top, unknown


def domestic_abuse(partnership: Partnership, at: AsAt, documents) -> Check | None:
    """Part 4 of the Domestic Abuse Act 2021: the duty of a top-tier English council, which
    the partnership supports. Not shown where it does not apply: in Wales, or where every
    council of the area is recorded as on another tier."""
    if partnership.nation == Partnership.Nation.WALES:
        return None
    top, unknown = top_tier_councils(partnership)
    if not top and not unknown and partnership.local_authorities.exists():
        return None
    check = Check(
        17,
        gettext(
            "Domestic Abuse Act 2021, Part 4: a needs assessment and a strategy for support in "
            "safe accommodation, kept under review, and a return to government each year"
        ),
        "Domestic Abuse Act 2021, Part 4 (ss.57 and 58)",
        "https://www.legislation.gov.uk/ukpga/2021/17/part/4",
    )
    if not top:
        check.evidence.append(
            gettext(
                "Whether the duty applies is not recorded: record which kind of council "
                "%(councils)s is (top-tier councils in England hold it)."
            )
            % {"councils": ", ".join(c.name for c in unknown) or gettext("the area's council")}
        )
        return check
    check.evidence.append(
        gettext("The duty of %(top)s (a top-tier council), which the partnership supports.")
        % {"top": ", ".join(c.name for c in top)}
    )
    assessment = _latest(documents, Document.Kind.SAFE_ACCOMMODATION_ASSESSMENT, at)
    strategy = _latest(documents, Document.Kind.SAFE_ACCOMMODATION_STRATEGY, at)
    annual_return = _latest(documents, Document.Kind.DOMESTIC_ABUSE_RETURN, at)
    check.evidence += [
        _document_line(gettext("Needs assessment"), assessment),
        _document_line(gettext("Strategy"), strategy),
        _document_line(gettext("Annual return (as summarised)"), annual_return),
    ]
    returned = yearly(annual_return.date, at.day) if annual_return else NOT_RECORDED
    if _review_passed(strategy, at):
        check.status = NOT_MET
        check.evidence.append(
            gettext("The strategy's review was due %(review)s.") % {"review": strategy.review}
        )
    elif returned == NOT_MET:
        check.status = NOT_MET
    elif assessment and strategy:
        check.status = DUE_SOON if returned == DUE_SOON else MET
    return check


def nation(partnership: Partnership, at: AsAt) -> Check:
    check = Check(
        20,
        gettext(
            "England or Wales recorded: Wales has its own regulations, and Part 4 of the "
            "Domestic Abuse Act 2021 does not apply there"
        ),
        "Crime and Disorder (Formulation and Implementation of Strategy) (Wales) Regulations "
        "2007 (SI 2007/3076)",
        "https://www.legislation.gov.uk/uksi/2007/3076/made",
    )
    check.status = MET
    check.evidence.append(f"{partnership.get_nation_display()}.")
    return check
