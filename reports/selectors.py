"""Reads that combine apps, for the public pages, the PDFs and the workspace: a fixed number
of queries whatever the size of the plan or the portal."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, OuterRef, Prefetch, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy

from consultations.models import Consultation
from monitoring.models import QuarterPublication
from partnerships import permissions
from partnerships.models import BoardPost, Membership, Partnership
from strategies.models import DeliveryArea, Document, Milestone, StrategicPriority, Strategy
from strategies.selectors import strategy_with_parts
from subgroups.models import Subgroup

from .attention import attention_items

# A person's role, as the dashboard names it in a sentence ("Your role: approver.").
ROLE_NAMES = {
    "viewer": pgettext_lazy("a role", "viewer"),
    "editor": pgettext_lazy("a role", "editor"),
    "approver": pgettext_lazy("a role", "approver"),
    "superuser": pgettext_lazy("a role", "superuser"),
}


def strategy_page_queryset(*, all_actions: bool = True):
    """Strategies with every part their page and PDF show (strategies.selectors), and the
    newest quarter whose progress is public."""
    return with_progress_quarter(strategy_with_parts(all_actions=all_actions))


def with_progress_quarter(strategies):
    """The strategies, each with the newest quarter whose progress is public
    (monitoring.selectors.latest_published_quarter reads it)."""
    newest = QuarterPublication.objects.filter(strategy=OuterRef("pk")).order_by(
        "-year", "-quarter"
    )
    return strategies.annotate(
        progress_year=Subquery(newest.values("year")[:1]),
        progress_quarter=Subquery(newest.values("quarter")[:1]),
    )


def public_strategy_page(*, partnership_slug: str, slug: str) -> Strategy:
    """A published (or superseded) strategy with all its parts; 404 otherwise, so a draft
    cannot be reached by guessing its URL. Its actions are read by the page, the first of
    each priority (reports.pages)."""
    return get_object_or_404(
        strategy_page_queryset(all_actions=False).published(),
        partnership__slug=partnership_slug,
        slug=slug,
    )


def public_action_plan(*, partnership_slug: str, slug: str) -> Strategy:
    """A published (or superseded) strategy, for the page of its action plan: the actions
    are read a page at a time (reports.action_plan), not with the strategy."""
    return get_object_or_404(
        with_progress_quarter(Strategy.objects.published().select_related("partnership")),
        partnership__slug=partnership_slug,
        slug=slug,
    )


def consultation_draft_page(*, partnership_slug: str, slug: str) -> tuple[Strategy, Consultation]:
    """A draft strategy out for consultation, readable by anyone while a consultation on it
    is open, with that consultation; 404 before it opens and once it closes."""
    now = timezone.now()
    strategy = get_object_or_404(
        strategy_page_queryset().filter(
            status=Strategy.Status.CONSULTATION, partnership__suspended_at__isnull=True
        ),
        partnership__slug=partnership_slug,
        slug=slug,
    )
    consultation = Consultation.objects.open_at(now).filter(strategy=strategy).order_by("closes_at")
    consultation = consultation.first()
    if consultation is None:
        raise Http404("No consultation on this draft is open")
    return strategy, consultation


def partnerships_with_current_strategies():
    """Every listed partnership, each with `published_strategies` (current first, then
    superseded)."""
    return Partnership.objects.listed().prefetch_related(
        Prefetch(
            "strategies",
            # "published" sorts before "superseded": the current strategy comes first.
            queryset=Strategy.objects.published().order_by(
                "status", "-period_start_year", "-revision"
            ),
            to_attr="published_strategies",
        )
    )


def partnership_page(slug: str) -> Partnership:
    """A partnership with everything its public page shows, prefetched."""
    return get_object_or_404(
        partnerships_with_current_strategies().prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.select_related("organisation__replaced_by").order_by(
                    "order", "pk"
                ),
            ),
            Prefetch(
                "subgroups",
                queryset=Subgroup.objects.filter(is_public=True).order_by("order", "name"),
            ),
            "local_authorities",
            Prefetch("board_posts", queryset=BoardPost.objects.select_related("organisation")),
            "board_meetings",
            "funding__source",
            "governance_links",
            "contacts",
            Prefetch("documents", queryset=Document.objects.filter(strategy=None)),
        ),
        slug=slug,
    )


def subgroup_page(*, partnership_slug: str, slug: str) -> Subgroup:
    """A subgroup with its members, and the priorities and delivery areas it delivers of
    published strategies only (what the public may see)."""
    public = Strategy.objects.published()
    return get_object_or_404(
        Subgroup.objects.select_related("partnership", "run_by").prefetch_related(
            "members__organisation",
            Prefetch(
                "priorities",
                queryset=StrategicPriority.objects.filter(strategy__in=public).select_related(
                    "strategy__partnership"
                ),
            ),
            Prefetch(
                "delivery_areas",
                queryset=DeliveryArea.objects.filter(strategy__in=public).select_related(
                    "strategy__partnership"
                ),
            ),
        ),
        partnership__slug=partnership_slug,
        partnership__suspended_at__isnull=True,
        is_public=True,
        slug=slug,
    )


def partnership_workspace(partnership: Partnership) -> Partnership:
    """A partnership with every record its workspace page lists, prefetched."""
    return Partnership.objects.prefetch_related(
        Prefetch(
            "memberships",
            queryset=Membership.objects.select_related("organisation__replaced_by"),
        ),
        Prefetch("board_posts", queryset=BoardPost.objects.select_related("organisation")),
        "board_meetings",
        "contacts__organisation",
        "funding__source",
        "governance_links",
        "local_authorities",
        Prefetch("subgroups", queryset=Subgroup.objects.annotate(people=Count("members"))),
        Prefetch(
            "strategies",
            queryset=Strategy.objects.order_by("-period_start_year", "-revision"),
        ),
        "strategic_assessments",
        Prefetch("documents", queryset=Document.objects.filter(strategy=None)),
    ).get(pk=partnership.pk)


@dataclass
class Step:
    label: str
    done: bool
    url: str


def first_steps(partnership: Partnership) -> list[Step]:
    """What a partnership new to the portal does first, each step linking to its page. For
    one fetched with partnership_workspace."""
    slug = {"slug": partnership.slug}
    page = reverse("reports_editor:partnership", kwargs=slug)
    return [
        Step(
            gettext("Say what the partnership is and how to reach it"),
            bool(partnership.description and (partnership.contact_email or partnership.website)),
            reverse("partnerships_editor:profile", kwargs=slug),
        ),
        Step(
            gettext("Add its members: the responsible authorities and the others"),
            bool(partnership.memberships.all()),
            reverse("partnerships_editor:member_add", kwargs=slug),
        ),
        Step(
            gettext("Say who chairs its board and when it meets"),
            bool(partnership.board_posts.all() or partnership.board_meetings.all()),
            f"{page}#board",
        ),
        Step(
            gettext("Add its subgroups"),
            bool(partnership.subgroups.all()),
            reverse("subgroups_editor:subgroup_add", kwargs=slug),
        ),
        Step(
            gettext("Add its first strategy"),
            bool(partnership.strategies.all()),
            reverse("strategies_editor:add", kwargs=slug),
        ),
    ]


MILESTONES_AHEAD = datetime.timedelta(days=30)


def dashboard(user) -> dict:
    """The workspace's first page: the user's partnerships, with their role in each and
    their strategies, the consultations open now and the milestones due in 30 days."""
    ids = permissions.partnership_ids_visible_to(user)
    partnerships = Partnership.objects.order_by("name")
    if ids is not None:
        partnerships = partnerships.filter(pk__in=ids)
    strategies = Strategy.objects.visible_to(user)
    by_partnership: dict[int, list[Strategy]] = {}
    for strategy in strategies.order_by("-period_start_year", "-revision"):
        by_partnership.setdefault(strategy.partnership_id, []).append(strategy)
    today, now = timezone.localdate(), timezone.now()
    partnerships = partnerships.prefetch_related(
        "memberships", "board_posts", "board_meetings", "subgroups", "strategies"
    )
    return {
        "is_portal_administrator": permissions.is_portal_administrator(user),
        "partnerships": [
            (
                p,
                ROLE_NAMES[permissions.role_for(user, p) or "superuser"],
                permissions.can_manage_roles(user, p.pk),
                by_partnership.get(p.pk, []),
                [step for step in first_steps(p) if not step.done]
                if permissions.can_manage_roles(user, p.pk)
                else [],
            )
            for p in partnerships
        ],
        "open_consultations": Consultation.objects.open_at(now)
        .filter(strategy__in=strategies)
        .select_related("strategy__partnership"),
        "milestones_due": Milestone.objects.filter(
            strategy__in=strategies.exclude(status=Strategy.Status.SUPERSEDED),
            actual_on__isnull=True,
            planned_on__range=(today, today + MILESTONES_AHEAD),
        ).select_related("strategy__partnership"),
        "reminders": attention_items(user, today),
    }
