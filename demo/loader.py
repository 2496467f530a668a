"""Load the demo partnerships: five real CSPs, with the facts of their published papers.

Each module in `demo/data/` holds one partnership as a plain dict, `DATA`, in the shape
that package describes; names of other records in it are resolved here.
"""

import importlib
import pkgutil
from decimal import Decimal

from django.db import transaction

from consultations.models import Consultation, ConsultationChange, Question
from consultations.questions import standard_questions
from csp_portal import pagecache
from partnerships.models import (
    BoardMeeting,
    BoardPost,
    Contact,
    Funding,
    GovernanceLink,
    Membership,
    Organisation,
    Partnership,
)
from scrutiny.models import ScrutinyReview
from strategies.models import (
    Action,
    DeliveryArea,
    Document,
    Milestone,
    PolicyLink,
    Risk,
    StrategicAssessment,
    StrategicPriority,
    Strategy,
    Theme,
)
from subgroups.models import Subgroup, SubgroupMember

from . import data as demo_data
from .monitoring import add_illustrative_monitoring
from .values import dated, fields, period

# Partnerships that get illustrative (made-up, and labelled so) progress and indicators.
ILLUSTRATIVE_MONITORING = {"woking"}


def demo_datasets() -> list[dict]:
    """Every partnership in `demo/data`, in module-name order."""
    names = sorted(m.name for m in pkgutil.iter_modules(demo_data.__path__))
    return [importlib.import_module(f"{demo_data.__name__}.{name}").DATA for name in names]


def demo_load(*, reset: bool = False) -> dict[str, str]:
    """Load every demo partnership that is not in the database yet.

    A partnership already there is left alone, so that running the loader again (as
    `make run` does) never overwrites what a manager has edited. With `reset`, the demo
    partnerships are deleted and loaded afresh. Returns what happened to each, by slug.
    """
    outcome = {}
    for data in demo_datasets():
        slug = data["partnership"]["slug"]
        with transaction.atomic():
            existing = Partnership.objects.filter(slug=slug).first()
            if existing and not reset:
                outcome[slug] = "already loaded"
                continue
            if existing:
                _delete_partnership(existing)
            _Loader(data).load()
            if slug in ILLUSTRATIVE_MONITORING:
                add_illustrative_monitoring(slug)
            outcome[slug] = "reloaded" if existing else "loaded"
    # Bulk inserts send no signals: retire cached pages and PDFs explicitly.
    pagecache.content_changed()
    return outcome


def _delete_partnership(partnership: Partnership) -> None:
    # Strategies refer to each other (supersedes) with PROTECT: break the chain first.
    partnership.strategies.update(supersedes=None)
    partnership.delete()


class _Loader:
    def __init__(self, data: dict):
        self.data = data
        self.organisations: dict[str, Organisation] = {}
        self.priorities: dict[str, StrategicPriority] = {}
        self.delivery_areas: dict[str, DeliveryArea] = {}
        self.subgroups: dict[str, Subgroup] = {}
        self.assessments: dict[str, StrategicAssessment] = {}
        self.strategies: dict[str, Strategy] = {}
        self.themes = {t.slug: t for t in Theme.objects.all()}

    def load(self) -> Partnership:
        d = self.data
        self.partnership = Partnership.objects.create(**d["partnership"])
        for row in d.get("organisations", []):
            self._organisation(row["name"], row)
        for order, row in enumerate(d.get("memberships", [])):
            Membership.objects.create(
                partnership=self.partnership,
                organisation=self._organisation(row["organisation"]),
                role=row["role"],
                representative=row.get("representative", ""),
                staff_note=row.get("staff_note", ""),
                **dated(row, "member_from"),
                **dated(row, "member_until"),
                order=order,
            )
        for order, row in enumerate(d.get("contacts", [])):
            Contact.objects.create(
                partnership=self.partnership,
                organisation=self._organisation(row.get("organisation")),
                order=order,
                **fields(row, ["name", "role", "email", "phone", "is_public"]),
            )
        for row in d.get("funding", []):
            Funding.objects.create(
                partnership=self.partnership,
                source=self._organisation(row.get("source")),
                amount=Decimal(str(row["amount"])),
                **fields(
                    row, ["name", "source_description", "financial_year", "purpose", "staff_note"]
                ),
            )
        for row in d.get("board_posts", []):
            BoardPost.objects.create(
                partnership=self.partnership,
                organisation=self._organisation(row.get("organisation")),
                **dated(row, "held_from"),
                **dated(row, "held_until"),
                **fields(row, ["post", "holder", "note"]),
            )
        for row in d.get("board_meetings", []):
            BoardMeeting.objects.create(
                partnership=self.partnership,
                **dated(row, "held_on"),
                **fields(row, ["note", "staff_note"]),
            )
        if d.get("councils"):
            self.partnership.local_authorities.set(
                self._organisation(name) for name in d["councils"]
            )
        for order, row in enumerate(d.get("governance_links", [])):
            GovernanceLink.objects.create(
                partnership=self.partnership,
                order=order,
                **fields(row, ["body", "kind", "description", "staff_note"]),
            )
        for row in d.get("strategic_assessments", []):
            self.assessments[row["key"]] = StrategicAssessment.objects.create(
                partnership=self.partnership,
                **dated(row, "completed_on"),
                **fields(row, ["title", "data_period", "summary", "staff_note"]),
            )
        for row in d.get("strategies", []):
            self._strategy(row)
        for order, row in enumerate(d.get("subgroups", [])):
            self._subgroup(row, order)
        for row in d.get("strategies", []):
            self._strategy_children(self.strategies[row["key"]], row)
        for row in d.get("documents", []):
            self._document(row, strategy=None)
        for row in d.get("scrutiny_reviews", []):
            self._scrutiny_review(row, strategy=None)
        return self.partnership

    def _organisation(self, name: str | None, row: dict | None = None) -> Organisation | None:
        if not name:
            return None
        if name not in self.organisations:
            defaults = fields(row or {}, ["short_name", "kind", "council_tier", "notes", "website"])
            organisation, created = Organisation.objects.get_or_create(name=name, defaults=defaults)
            if not created and defaults:
                # The same body described by two partnerships: keep the fuller record.
                for field, value in defaults.items():
                    if value and not getattr(organisation, field):
                        setattr(organisation, field, value)
                organisation.save()
            self.organisations[name] = organisation
        return self.organisations[name]

    def _themes(self, slugs: list[str]) -> list[Theme]:
        return [self.themes[slug] for slug in slugs]

    def _strategy(self, row: dict) -> None:
        strategy = Strategy.objects.create(
            partnership=self.partnership,
            supersedes=self.strategies.get(row.get("supersedes")),
            strategic_assessment=self.assessments.get(row.get("strategic_assessment")),
            **dated(row, "published_on"),
            **dated(row, "sent_to_pcc_on"),
            **fields(
                row,
                [
                    "title",
                    "slug",
                    "period_start_year",
                    "period_end_year",
                    "revision",
                    "status",
                    "summary",
                    "vision",
                    "aims",
                    "staff_note",
                    "priorities_ranked",
                    "delivery_approach",
                ],
            ),
        )
        self.strategies[row["key"]] = strategy
        area_order = 0
        for order, p in enumerate(row.get("priorities", []), start=1):
            priority = StrategicPriority.objects.create(
                strategy=strategy, order=order, **fields(p, ["title", "subtitle", "description"])
            )
            priority.themes.set(self._themes(p.get("themes", [])))
            self.priorities[p["key"]] = priority
            for a in p.get("delivery_areas", []):
                area_order += 1
                self._delivery_area(strategy, a, area_order, priority)
        for a in row.get("delivery_areas", []):
            area_order += 1
            self._delivery_area(strategy, a, area_order, None)

    def _delivery_area(self, strategy, row, order, priority) -> None:
        area = DeliveryArea.objects.create(
            strategy=strategy,
            priority=priority,
            order=order,
            **fields(row, ["title", "description"]),
        )
        area.themes.set(self._themes(row.get("themes", [])))
        self.delivery_areas[row["key"]] = area

    def _subgroup(self, row: dict, order: int) -> None:
        subgroup = Subgroup.objects.create(
            partnership=self.partnership,
            run_by=self._organisation(row.get("run_by")),
            order=order,
            **fields(
                row,
                [
                    "name",
                    "acronym",
                    "slug",
                    "kind",
                    "overview",
                    "chair_role",
                    "deputy_chair_role",
                    "meeting_frequency",
                    "meeting_length",
                ],
            ),
        )
        SubgroupMember.objects.bulk_create(
            SubgroupMember(
                subgroup=subgroup,
                name=m["name"],
                organisation=self._organisation(m.get("organisation")),
                order=i,
            )
            for i, m in enumerate(row.get("members", []))
        )
        # The subgroup's side of the relation the priorities and delivery areas hold.
        subgroup.priorities.set(self.priorities[k] for k in row.get("priorities", []))
        subgroup.delivery_areas.set(self.delivery_areas[k] for k in row.get("delivery_areas", []))
        self.subgroups[row["slug"]] = subgroup

    def _strategy_children(self, strategy: Strategy, row: dict) -> None:
        Action.objects.bulk_create(
            Action(
                strategy=strategy,
                priority=self.priorities.get(a.get("priority")),
                delivery_area=self.delivery_areas.get(a.get("delivery_area")),
                lead_organisation=self._organisation(a.get("lead_organisation")),
                lead_subgroup=self.subgroups.get(a.get("lead_subgroup")),
                **dated(a, "due_on"),
                order=i,
                **fields(
                    a,
                    [
                        "area",
                        "year",
                        "delivery",
                        "success_measure",
                        "target",
                        "lead_description",
                        "four_p",
                    ],
                ),
            )
            for i, a in enumerate(row.get("actions", []))
        )
        Milestone.objects.bulk_create(
            Milestone(
                strategy=strategy,
                **dated(m, "planned_on"),
                **dated(m, "actual_on"),
                **fields(m, ["kind", "title", "body", "note", "staff_note"]),
            )
            for m in row.get("milestones", [])
        )
        Risk.objects.bulk_create(
            Risk(
                strategy=strategy,
                order=i,
                **fields(r, ["title", "description", "mitigation", "rating", "staff_note"]),
            )
            for i, r in enumerate(row.get("risks", []))
        )
        PolicyLink.objects.bulk_create(
            PolicyLink(
                strategy=strategy,
                order=i,
                **fields(p, ["kind", "title", "note", "url", "staff_note"]),
            )
            for i, p in enumerate(row.get("policy_links", []))
        )
        for d in row.get("documents", []):
            self._document(d, strategy=strategy)
        for s in row.get("scrutiny_reviews", []):
            self._scrutiny_review(s, strategy=strategy)
        for c in row.get("consultations", []):
            consultation = Consultation.objects.create(
                strategy=strategy,
                run_by_portal=not c.get("held_elsewhere"),
                **period(c),
                **fields(
                    c,
                    [
                        "title",
                        "channel",
                        "audience",
                        "introduction",
                        "summary",
                        "response_count",
                        "results_published",
                    ],
                ),
            )
            if c.get("standard_questions"):
                Question.objects.bulk_create(standard_questions(consultation))
            ConsultationChange.objects.bulk_create(
                ConsultationChange(
                    consultation=consultation,
                    priority=self.priorities.get(ch.get("priority")),
                    you_said=ch["you_said"],
                    we_did=ch["we_did"],
                    order=i,
                )
                for i, ch in enumerate(c.get("changes", []))
            )

    def _document(self, row: dict, strategy: Strategy | None) -> None:
        Document.objects.create(
            partnership=self.partnership,
            strategy=strategy,
            **dated(row, "dated"),
            **fields(row, ["title", "kind", "url", "description", "staff_note"]),
        )

    def _scrutiny_review(self, row: dict, strategy: Strategy | None) -> None:
        ScrutinyReview.objects.create(
            partnership=self.partnership,
            strategy=strategy,
            **dated(row, "meeting_on"),
            **fields(
                row,
                [
                    "committee",
                    "purpose",
                    "outcome",
                    "recommendations",
                    "report_author",
                    "staff_note",
                ],
            ),
        )
