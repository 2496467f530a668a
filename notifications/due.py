"""What falls due on a day, and for whom: one plain function a kind of reminder, each
returning `Due` items (recipient, subject key, context). The same items make the e-mails
(`send_reminders`) and the workspace's "needs your attention".

A reminder falls due on a day (`context["due_on"]`) and stays due for a few days after it
(`settings.REMINDER_CATCH_UP_DAYS`), so a run of the command that was missed is made up by
the next; the sent-log's key has the day it fell due, so it is sent once."""

import datetime
from collections import defaultdict
from typing import NamedTuple

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from csp_portal.fiscal import Quarter
from monitoring.models import ProgressUpdate
from partnerships.models import Partnership
from reports.checklist import DUE_SOON, NOT_MET, statutory_checklist
from strategies.models import Action, Milestone, Strategy

from .models import Kind
from .people import APPROVERS, EDITORS, STAFF, Recipient, editors_in_place, lead_contacts
from .people import people_by_role as people

MILESTONE_DAYS = 14
# The checklist's rows (shared/STATUTE.md) with a date to keep: the strategic assessment,
# the yearly refresh, publishing the plan and sending it to the PCC, and scrutiny.
STATUTORY_ROWS = (6, 7, 9, 10, 15)


class Due(NamedTuple):
    recipient: Recipient
    key: str  # what it is about: with the kind and the day it fell due, the sent-log's key
    context: dict  # kind, partnership_id, partnership, due_on, subject, lead, items, path


def catch_up() -> datetime.timedelta:
    return datetime.timedelta(days=settings.REMINDER_CATCH_UP_DAYS)


def is_due(due_on: datetime.date, day: datetime.date, until: datetime.date | None = None):
    """Whether a reminder that fell due on `due_on` is still to be sent on `day`."""
    last = due_on + catch_up()
    return due_on <= day <= (min(last, until) if until else last)


def reminder_context(kind, partnership: Partnership, due_on, subject, lead, items, path, **more):
    return {
        "kind": kind,
        "partnership_id": partnership.pk,
        "partnership": partnership.display_name,
        "due_on": due_on,
        "subject": subject,
        "lead": lead,
        "items": items,
        "path": path,
        **more,
    }


def _actions(count: int) -> str:
    return ngettext("%(count)s action", "%(count)s actions", count) % {"count": count}


def _written(day: datetime.date) -> str:
    return date_format(day, "j F Y")


def progress_occasions(day: datetime.date):
    """(quarter, "before" or "after", the day it falls due) of the quarterly reminders still
    due on `day`: some days before a quarter closes, and as many after."""
    days = datetime.timedelta(days=settings.REMINDER_PROGRESS_DAYS)
    quarter = Quarter.of(day + days)
    for closing in (quarter.previous().previous(), quarter.previous(), quarter):
        for phase, due_on in (
            ("before", closing.ends_on - days),
            ("after", closing.ends_on + days),
        ):
            if is_due(due_on, day, until=closing.ends_on if phase == "before" else None):
                yield closing, phase, due_on


def _missing_progress(quarter: Quarter, partnership_ids):
    """{strategy: its actions with no progress for the quarter}, of the published plans in
    force during it."""
    strategies = Strategy.objects.filter(status=Strategy.Status.PUBLISHED).select_related(
        "partnership"
    )
    if partnership_ids is not None:
        strategies = strategies.filter(partnership_id__in=partnership_ids)
    in_force = {
        s.pk: s
        for s in strategies
        if s.starts_on <= quarter.ends_on and s.ends_on >= quarter.starts_on
    }
    updated = ProgressUpdate.objects.filter(
        action=OuterRef("pk"), year=quarter.year, quarter=quarter.number
    )
    actions = (
        Action.objects.filter(strategy_id__in=in_force)
        .filter(~Exists(updated))
        .select_related("lead_organisation", "lead_subgroup")
    )
    found = defaultdict(list)
    for action in actions:
        found[in_force[action.strategy_id]].append(action)
    return found


def _action_line(action) -> str:
    lead = action.lead_label or _("lead not recorded")
    return _("%(action)s (lead: %(lead)s)") % {"action": action.delivery[:100], "lead": lead}


def progress_due(day: datetime.date, partnership_ids=None) -> list[Due]:
    """To each action's lead contact (or, where it has none with an e-mail address, the
    strategy's editors): the actions with no progress for a quarter that closes soon or
    has closed."""
    dues = []
    for quarter, phase, due_on in progress_occasions(day):
        missing = _missing_progress(quarter, partnership_ids)
        ids = {strategy.partnership_id for strategy in missing}
        contacts = lead_contacts(ids)
        editors, approvers = people(ids, EDITORS), people(ids, APPROVERS)
        for strategy, actions in missing.items():
            pid = strategy.partnership_id
            mine = defaultdict(list)
            for action in actions:
                leads = contacts.get((pid, action.lead_organisation_id), [])
                for person in leads or editors_in_place(editors[pid], approvers[pid]):
                    mine[person].append((action, not leads))
            for person, listed in mine.items():
                named = {"closes": _written(quarter.ends_on), "quarter": quarter.short_label}
                lead = (
                    _(
                        "Record the progress of these actions by %(closes)s, when %(quarter)s "
                        "closes."
                    )
                    % named
                    if phase == "before"
                    else _("%(quarter)s closed on %(closes)s.") % named
                    + " "
                    + _("Record the progress of these actions now: they have none for it.")
                )
                dues.append(
                    Due(
                        person,
                        f"progress:{strategy.pk}:{quarter.year}-Q{quarter.number}:{phase}",
                        reminder_context(
                            Kind.PROGRESS,
                            strategy.partnership,
                            due_on,
                            _("Progress due for %(quarter)s: %(actions)s of %(title)s")
                            % {
                                "quarter": quarter.short_label,
                                "actions": _actions(len(listed)),
                                "title": strategy.title,
                            },
                            lead,
                            [_action_line(action) for action, _ in listed],
                            reverse("monitoring_editor:progress", kwargs={"pk": strategy.pk}),
                            in_place_of_lead=any(in_place for _, in_place in listed),
                        ),
                    )
                )
    return dues


def progress_summary(day: datetime.date, partnership_ids=None) -> list[Due]:
    """To the approvers, once a quarter has closed: whose actions have no progress for it."""
    dues = []
    for quarter, phase, due_on in progress_occasions(day):
        if phase != "after":
            continue
        missing = _missing_progress(quarter, partnership_ids)
        approvers = people({s.partnership_id for s in missing}, APPROVERS)
        for strategy, actions in missing.items():
            by_lead = defaultdict(int)
            for action in actions:
                by_lead[action.lead_label or _("Lead not recorded")] += 1
            items = [f"{lead}: {_actions(n)}" for lead, n in sorted(by_lead.items())]
            for person in approvers[strategy.partnership_id]:
                dues.append(
                    Due(
                        person,
                        f"progress-summary:{strategy.pk}:{quarter.year}-Q{quarter.number}",
                        reminder_context(
                            Kind.PROGRESS,
                            strategy.partnership,
                            due_on,
                            ngettext(
                                "%(count)s action of %(title)s has no progress for %(quarter)s",
                                "%(count)s actions of %(title)s have no progress for %(quarter)s",
                                len(actions),
                            )
                            % {
                                "count": len(actions),
                                "title": strategy.title,
                                "quarter": quarter.short_label,
                            },
                            _("Ask these leads for their progress: %(quarter)s closed on %(day)s.")
                            % {"quarter": quarter.short_label, "day": _written(quarter.ends_on)},
                            items,
                            reverse("monitoring_editor:progress", kwargs={"pk": strategy.pk}),
                        ),
                    )
                )
    return dues


def milestones_due(day: datetime.date, partnership_ids=None) -> list[Due]:
    """To the editors and approvers: milestones planned within 14 days, not yet done."""
    milestones = (
        Milestone.objects.filter(
            actual_on__isnull=True,
            planned_on__range=(day, day + datetime.timedelta(days=MILESTONE_DAYS)),
        )
        .exclude(strategy__status=Strategy.Status.SUPERSEDED)
        .select_related("strategy__partnership")
    )
    if partnership_ids is not None:
        milestones = milestones.filter(strategy__partnership_id__in=partnership_ids)
    staff = people({m.strategy.partnership_id for m in milestones}, STAFF)
    return [
        Due(
            person,
            f"milestone:{milestone.pk}:{milestone.planned_on}",
            reminder_context(
                Kind.MILESTONES,
                milestone.strategy.partnership,
                milestone.planned_on - datetime.timedelta(days=MILESTONE_DAYS),
                _("Milestone due %(planned)s: %(title)s")
                % {"planned": milestone.planned, "title": milestone.title},
                _(
                    "Get ready for ‘%(title)s’ of %(plan)s, planned for %(planned)s, and record "
                    "it when it happens."
                )
                % {
                    "title": milestone.title,
                    "plan": milestone.strategy.title,
                    "planned": milestone.planned,
                },
                [],
                reverse("reports_editor:strategy", kwargs={"pk": milestone.strategy_id})
                + "#milestones",
            ),
        )
        for milestone in milestones
        for person in staff[milestone.strategy.partnership_id]
    ]


def statutory_duties(day: datetime.date, partnership_ids=None) -> list[Due]:
    """To the editors and approvers, once a month while any is so: the statutory duties
    with a date (assessment, refresh, publication, scrutiny) due within 60 days or lapsed.
    A new duty falling due, or one lapsing, is a new reminder that month."""
    staff = people(partnership_ids, STAFF)
    partnerships = Partnership.objects.filter(pk__in=list(staff))
    dues = []
    for partnership in partnerships:
        checks = [
            check
            for check in statutory_checklist(partnership, as_at=day)
            if check.row in STATUTORY_ROWS and check.status in (DUE_SOON, NOT_MET)
        ]
        if not checks:
            continue
        lapsed = sum(check.status == NOT_MET for check in checks)
        subject = ngettext(
            "%(count)s statutory duty due or lapsed: %(partnership)s",
            "%(count)s statutory duties due or lapsed: %(partnership)s",
            len(checks),
        ) % {"count": len(checks), "partnership": partnership.display_name}
        key = "-".join(f"{check.row}{check.status}" for check in checks)
        for person in staff[partnership.pk]:
            dues.append(
                Due(
                    person,
                    f"statutory:{partnership.pk}:{key}",
                    reminder_context(
                        Kind.STATUTORY,
                        partnership,
                        day.replace(day=1),
                        subject,
                        ngettext(
                            "Plan how to meet these duties: %(count)s has lapsed.",
                            "Plan how to meet these duties: %(count)s have lapsed.",
                            lapsed,
                        )
                        % {"count": lapsed}
                        if lapsed
                        else _("Plan how to meet these duties before they lapse."),
                        [f"{check.label}: {check.duty}" for check in checks],
                        reverse("reports_editor:checklist", kwargs={"slug": partnership.slug}),
                    ),
                )
            )
    return dues
