"""Load the demo partnerships: five real CSPs, with the facts of their published papers.

Each module in `demo/data/` holds one partnership as a plain dict, `DATA`, in the
shape below. Keys that name another record (an organisation's name, a priority's `key`, a
subgroup's `slug`) are resolved here, so the data files stay readable.

    DATA = {
        "partnership": {name, local_name, slug, area, nation, description, board_name,
                        board_meets, contact_email, contact_phone, website},
        "organisations": [{name, short_name, kind, notes}],
        "memberships": [{organisation, role, representative, member_from, member_until}],
        "contacts": [{name, role, organisation, email, phone, is_public}],
        "funding": [{name, source, source_description, amount, financial_year, purpose}],
        "councils": [organisation names],           # the councils whose area it covers
        "board_posts": [{post, holder, organisation, held_from, held_until, note}],
        "board_meetings": [{held_on, note}],
        "governance_links": [{body, kind, description}],
        "strategic_assessments": [{key, title, completed_on, data_period, summary}],
        "strategies": [{
            key, title, slug, period_start_year, period_end_year, revision, supersedes, status,
            summary, vision, aims, priorities_ranked, delivery_approach, strategic_assessment,
            published_on, sent_to_pcc_on,
            "priorities": [{key, title, subtitle, description, themes,
                            "delivery_areas": [{key, title, description, themes}]}],
            "delivery_areas": [{key, title, description, themes}],   # at strategy level
            "actions": [{priority, delivery_area, area, year, delivery, success_measure, target,
                         lead_organisation, lead_subgroup, lead_description, four_p, due_on}],
            "milestones": [{kind, title, body, planned_on, actual_on, note}],
            "risks": [{title, description, mitigation, rating}],
            "policy_links": [{kind, title, note, url}],
            "documents": [{title, kind, url, dated, description}],
            "consultations": [{title, opens_at, closes_at, channel, audience, introduction,
                               summary, response_count, results_published, standard_questions,
                               "changes": [{priority, you_said, we_did}]}],
            "scrutiny_reviews": [{committee, meeting_on, purpose, outcome, recommendations,
                                  report_author}],
        }],
        "subgroups": [{name, acronym, slug, kind, overview, chair_role, deputy_chair_role,
                       meeting_frequency, meeting_length, run_by,
                       "members": [{name, organisation}],
                       "priorities": [priority keys], "delivery_areas": [delivery area keys]}],
        "documents": [...],          # partnership-level, as above
        "scrutiny_reviews": [...],   # partnership-level, as above
    }

Dates are ISO strings as precise as the paper: "2021-07-01", "2021-07" or "2021". Date-times
are ISO strings read in Europe/London; a consultation held outside the portal
("held_elsewhere": True) has dates instead.
Any key may be left out where the document is silent.
"""

import datetime
import importlib
import pkgutil
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from consultations.models import Consultation, ConsultationChange, Question
from consultations.questions import standard_questions
from csp_portal import pagecache
from csp_portal.dates import PartialDate
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


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _dated(row: dict, name: str) -> dict:
    """A date as the paper gives it ('2021-07-01', '2021-07' or '2021'), for the field
    `name` and its precision; nothing where the paper gives none."""
    value = row.get(name)
    if not value:
        return {}
    day = PartialDate.parse(value)
    return {name: day.start, f"{name}_precision": day.precision}


def _datetime(value):
    naive = datetime.datetime.fromisoformat(value)
    return timezone.make_aware(naive) if timezone.is_naive(naive) else naive


def _period(row: dict) -> dict:
    """A consultation's opening and closing: times ('2021-02-22T00:00:00') for one the
    portal runs, dates as the paper gives them ('2018-07') for one held elsewhere."""
    period = {}
    for name in ("opens_at", "closes_at"):
        if "T" in row[name]:
            period[name] = _datetime(row[name])
        else:
            day = PartialDate.parse(row[name])
            period[name] = _datetime(day.start.isoformat() + "T00:00:00")
            period[f"{name}_precision"] = day.precision
    return period


def _fields(row: dict, names: list[str]) -> dict:
    return {name: row[name] for name in names if row.get(name) is not None}


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
                **_dated(row, "member_from"),
                **_dated(row, "member_until"),
                order=order,
            )
        for order, row in enumerate(d.get("contacts", [])):
            Contact.objects.create(
                partnership=self.partnership,
                organisation=self._organisation(row.get("organisation")),
                order=order,
                **_fields(row, ["name", "role", "email", "phone", "is_public"]),
            )
        for row in d.get("funding", []):
            Funding.objects.create(
                partnership=self.partnership,
                source=self._organisation(row.get("source")),
                amount=Decimal(str(row["amount"])),
                **_fields(row, ["name", "source_description", "financial_year", "purpose"]),
            )
        for row in d.get("board_posts", []):
            BoardPost.objects.create(
                partnership=self.partnership,
                organisation=self._organisation(row.get("organisation")),
                **_dated(row, "held_from"),
                **_dated(row, "held_until"),
                **_fields(row, ["post", "holder", "note"]),
            )
        for row in d.get("board_meetings", []):
            BoardMeeting.objects.create(
                partnership=self.partnership,
                **_dated(row, "held_on"),
                **_fields(row, ["note"]),
            )
        if d.get("councils"):
            self.partnership.local_authorities.set(
                self._organisation(name) for name in d["councils"]
            )
        for order, row in enumerate(d.get("governance_links", [])):
            GovernanceLink.objects.create(
                partnership=self.partnership,
                order=order,
                **_fields(row, ["body", "kind", "description"]),
            )
        for row in d.get("strategic_assessments", []):
            self.assessments[row["key"]] = StrategicAssessment.objects.create(
                partnership=self.partnership,
                **_dated(row, "completed_on"),
                **_fields(row, ["title", "data_period", "summary"]),
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
            defaults = _fields(row or {}, ["short_name", "kind", "notes", "website"])
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
            **_dated(row, "published_on"),
            **_dated(row, "sent_to_pcc_on"),
            **_fields(
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
                    "priorities_ranked",
                    "delivery_approach",
                ],
            ),
        )
        self.strategies[row["key"]] = strategy
        area_order = 0
        for order, p in enumerate(row.get("priorities", []), start=1):
            priority = StrategicPriority.objects.create(
                strategy=strategy, order=order, **_fields(p, ["title", "subtitle", "description"])
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
            **_fields(row, ["title", "description"]),
        )
        area.themes.set(self._themes(row.get("themes", [])))
        self.delivery_areas[row["key"]] = area

    def _subgroup(self, row: dict, order: int) -> None:
        subgroup = Subgroup.objects.create(
            partnership=self.partnership,
            run_by=self._organisation(row.get("run_by")),
            order=order,
            **_fields(
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
                due_on=_date(a.get("due_on")),
                order=i,
                **_fields(
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
                **_dated(m, "planned_on"),
                **_dated(m, "actual_on"),
                **_fields(m, ["kind", "title", "body", "note"]),
            )
            for m in row.get("milestones", [])
        )
        Risk.objects.bulk_create(
            Risk(
                strategy=strategy,
                order=i,
                **_fields(r, ["title", "description", "mitigation", "rating"]),
            )
            for i, r in enumerate(row.get("risks", []))
        )
        PolicyLink.objects.bulk_create(
            PolicyLink(strategy=strategy, order=i, **_fields(p, ["kind", "title", "note", "url"]))
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
                **_period(c),
                **_fields(
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
            **_dated(row, "dated"),
            **_fields(row, ["title", "kind", "url", "description"]),
        )

    def _scrutiny_review(self, row: dict, strategy: Strategy | None) -> None:
        ScrutinyReview.objects.create(
            partnership=self.partnership,
            strategy=strategy,
            **_dated(row, "meeting_on"),
            **_fields(row, ["committee", "purpose", "outcome", "recommendations", "report_author"]),
        )
