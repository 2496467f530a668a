"""The annual refresh: a new draft revision of the published plan, for its next year."""

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext

from csp_portal.fiscal import Quarter, financial_year_label
from partnerships import permissions

from ..models import (
    Action,
    Document,
    Milestone,
    PolicyLink,
    Risk,
    Strategy,
    StrategyTransition,
)
from .edits import free_slug

Status = Strategy.Status


@dataclass(frozen=True)
class Proposal:
    """What a refresh proposes: the plan year it is for, and the new revision's title,
    period and address, all of which the approver may change."""

    year: int  # the financial year the refresh is for: 2022 for 2022/23
    title: str
    period_start_year: int
    period_end_year: int
    slug: str

    @property
    def year_label(self) -> str:
        return financial_year_label(self.year)


def refresh_proposal(strategy: Strategy, today: datetime.date | None = None) -> Proposal:
    """The refresh for the plan's next year: a 2021 to 2024 plan refreshed during 2021/22
    is refreshed for 2022/23, over the same period. In its last year it is followed by a
    plan of the same length from the next year, and once its period is over by one from
    this year; the title's years changed to match ('Plan 2021-2024' -> 'Plan 2024-2027')."""
    today = today or timezone.localdate()
    current = Quarter.of(today).year
    start, end = strategy.period_start_year, strategy.period_end_year
    last_year = max(start, end - 1)  # the plan's last financial year
    year = current if current > last_year else max(current + 1, start + 1)
    title = strategy.title
    if year > last_year:
        length = max(end - start, 1)
        start, end = year, year + length
        title = renamed(
            strategy.title, strategy.period_start_year, strategy.period_end_year, start, end
        )
    slug_text = f"{strategy.slug[:90]}-{financial_year_label(year).replace('/', '-')}"
    if (start, end) != (strategy.period_start_year, strategy.period_end_year):
        slug_text = slugify(title) or slug_text
    return Proposal(year, title, start, end, free_slug(strategy.partnership, slug_text))


def renamed(title: str, old_start: int, old_end: int, start: int, end: int) -> str:
    """The title with its period's years changed: '2021-2024', '2021-24', '2021 to 2024'."""
    pattern = rf"\b{old_start}(\s*(?:-|–|to)\s*)({old_end}|{old_end % 100:02d})\b"

    def years(match) -> str:
        last = str(end) if len(match.group(2)) == 4 else f"{end % 100:02d}"
        return f"{start}{match.group(1)}{last}"

    return re.sub(pattern, years, title)


class RefreshInProgress(ValidationError):
    """A refresh of the plan was started already (by someone else, or a click before)."""

    def __init__(self, draft: Strategy):
        super().__init__(f"A refresh of this strategy is already in progress: ‘{draft.title}’.")
        self.draft = draft


@transaction.atomic
def strategy_start_refresh(
    *,
    strategy: Strategy,
    by: User,
    title: str | None = None,
    period: tuple[int, int] | None = None,
    slug: str | None = None,
    copy: Sequence[str] = (),
) -> tuple[Strategy, list[str]]:
    """The annual refresh: a new draft revision of the published plan, with its priorities,
    delivery areas and actions, and its timeline's steps carried forward to be planned
    again (their dates are the new year's to give). Its risks, policy links and documents
    are copied only when asked (`copy` names them). Returns the draft and what was copied,
    in words."""
    if not permissions.can_move_status(by, strategy.partnership_id):
        raise PermissionDenied(gettext("Only an approver of the partnership can start a refresh."))
    # Two approvers (or a double click) at once: the second waits here for the first to
    # commit, then finds its refresh.
    strategy = Strategy.objects.select_for_update().get(pk=strategy.pk)
    if strategy.status != Status.PUBLISHED:
        raise ValidationError(gettext("Only the current published strategy can be refreshed."))
    if started := Strategy.objects.filter(supersedes=strategy).first():
        raise RefreshInProgress(started)
    proposal = refresh_proposal(strategy)
    start, end = period or (proposal.period_start_year, proposal.period_end_year)
    if end < start:
        raise ValidationError(
            {
                "period_end_year": gettext(
                    "The last year must be the same as or after the first year."
                )
            }
        )
    slug = slugify(slug or proposal.slug)
    if Strategy.objects.filter(partnership=strategy.partnership_id, slug=slug).exists():
        raise ValidationError(
            {
                "slug": gettext(
                    "Another strategy of the partnership is at ‘%(slug)s’: choose another"
                )
                % {"slug": slug}
            }
        )
    draft = Strategy.objects.create(
        partnership=strategy.partnership,
        title=title or proposal.title,
        slug=slug,
        period_start_year=start,
        period_end_year=end,
        revision=strategy.revision + 1,  # this plan's next, whatever other plans there are
        supersedes=strategy,
        status=Status.DRAFT,
        summary=strategy.summary,
        vision=strategy.vision,
        aims=strategy.aims,
        priorities_ranked=strategy.priorities_ranked,
        strategy_level_areas_heading=strategy.strategy_level_areas_heading,
        delivery_approach=strategy.delivery_approach,
        strategic_assessment=strategy.strategic_assessment,
    )
    priorities, areas = {}, {}
    for priority in strategy.priorities.prefetch_related("themes", "subgroups"):
        priorities[priority.pk] = _copy_tagged(
            priority, strategy_id=draft.pk, copied_from_id=priority.pk
        )
    for area in strategy.delivery_areas.prefetch_related("themes", "subgroups"):
        areas[area.pk] = _copy_tagged(
            area,
            strategy_id=draft.pk,
            priority_id=_pk(priorities.get(area.priority_id)),
            copied_from_id=area.pk,
        )
    actions = Action.objects.bulk_create(
        _copy(
            action,
            strategy_id=draft.pk,
            priority_id=_pk(priorities.get(action.priority_id)),
            delivery_area_id=_pk(areas.get(action.delivery_area_id)),
            copied_from_id=action.pk,
        )
        for action in strategy.actions.all()
    )
    steps = Milestone.objects.bulk_create(
        Milestone(
            strategy=draft,
            kind=step.kind,
            title=step.title,
            body=step.body,
            note=f"Carried forward from revision {strategy.revision}: give its date.",
        )
        for step in strategy.milestones.all()
    )
    copied = [
        _some(len(priorities), "priority", "priorities"),
        _some(len(areas), "delivery area"),
        _some(len(actions), "action"),
        _some(len(steps), "step of the timeline", "steps of the timeline") + ", to be dated",
    ]
    if "risks" in copy:
        risks = Risk.objects.bulk_create(
            _copy(r, strategy_id=draft.pk) for r in strategy.risks.all()
        )
        copied.append(_some(len(risks), "risk"))
    if "policy_links" in copy:
        links = PolicyLink.objects.bulk_create(
            _copy(link, strategy_id=draft.pk) for link in strategy.policy_links.all()
        )
        copied.append(_some(len(links), "policy link"))
    if "documents" in copy:
        documents = Document.objects.bulk_create(
            _copy(d, strategy_id=draft.pk) for d in strategy.documents.all()
        )
        copied.append(_some(len(documents), "document"))
    StrategyTransition.objects.create(
        strategy=draft,
        from_status=Status.DRAFT,
        to_status=Status.DRAFT,
        by=by,
        comment=f"The {financial_year_label(proposal.year)} refresh of {strategy.title}, "
        f"revision {strategy.revision}. Copied: {', '.join(copied)}.",
    )
    return draft, copied


def _some(n: int, noun: str, nouns: str = "") -> str:
    return f"{n:,} {noun if n == 1 else nouns or noun + 's'}"


def _copy(part: models.Model, **changes) -> models.Model:
    """An unsaved copy of a part for the new revision: every field of its own, but those in
    `changes` (by attribute name: strategy_id, priority_id ...)."""
    values = {
        field.attname: getattr(part, field.attname)
        for field in part._meta.concrete_fields
        if not field.primary_key
    }
    return type(part)(**{**values, **changes})


def _copy_tagged(part: models.Model, **changes) -> models.Model:
    """A saved copy of a priority or delivery area, with its themes and subgroups."""
    copy = _copy(part, **changes)
    copy.save()
    copy.themes.set(part.themes.all())
    copy.subgroups.set(part.subgroups.all())
    return copy


def _pk(record: models.Model | None) -> int | None:
    return record.pk if record is not None else None
