"""What changed in a partnership's records, newest first, from the history each app keeps
(django-simple-history): its profile, members, board, contacts, funding and governance
links (partnerships), its subgroups and their members (subgroups), its strategic
assessments and documents (strategies), and its scrutiny meetings and recommendations
(scrutiny). Changes to a strategy and its parts are on that strategy's history page
(strategies.history). One query a kind of record, whatever the number of changes."""

from dataclasses import dataclass

from csp_portal.dates import partial
from csp_portal.fiscal import financial_year_label
from csp_portal.history import changes
from partnerships.models import (
    BoardMeeting,
    BoardPost,
    Contact,
    Funding,
    GovernanceLink,
    Membership,
    Partnership,
)
from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from strategies.models import Document, StrategicAssessment
from subgroups.models import Subgroup, SubgroupMember

RECORDS_PER_KIND = 200
ENTRIES = 300


@dataclass
class Entry:
    record: object  # a historical record
    noun: str  # what kind of record: "member", "board meeting"
    description: str


def partnership_history(partnership: Partnership) -> list[Entry]:
    """The newest changes to the partnership's records, merged, newest first."""
    own = {"partnership_id": partnership.pk}
    subgroups = Subgroup.history.filter(**own).values("id")  # deleted ones too
    reviews = ScrutinyReview.history.filter(**own).values("id")
    kinds = [
        (
            "profile",
            Partnership.history.filter(id=partnership.pk),
            lambda r: r.local_name or r.name,
        ),
        (
            "member",
            Membership.history.filter(**own).select_related("organisation"),
            lambda r: r.organisation.name if r.organisation else "an organisation",
        ),
        ("chair or vice-chair", BoardPost.history.filter(**own), lambda r: r.holder),
        (
            "board meeting",
            BoardMeeting.history.filter(**own),
            lambda r: f"the meeting of {partial(r.held_on, r.held_on_precision)}",
        ),
        ("contact", Contact.history.filter(**own), lambda r: r.name),
        (
            "budget or grant",
            Funding.history.filter(**own),
            lambda r: f"{r.name} {financial_year_label(r.financial_year)}",
        ),
        ("body the partnership works with", GovernanceLink.history.filter(**own), lambda r: r.body),
        ("subgroup", Subgroup.history.filter(**own), lambda r: r.name),
        (
            "member of a subgroup",
            SubgroupMember.history.filter(subgroup_id__in=subgroups).select_related("subgroup"),
            lambda r: f"{r.name}, of {r.subgroup.name}" if r.subgroup else r.name,
        ),
        ("strategic assessment", StrategicAssessment.history.filter(**own), lambda r: r.title),
        ("document", Document.history.filter(**own), lambda r: r.title),
        (
            "meeting of the scrutiny committee",
            ScrutinyReview.history.filter(**own),
            lambda r: f"{r.committee}, {partial(r.meeting_on, r.meeting_on_precision)}",
        ),
        (
            "recommendation of the scrutiny committee",
            ScrutinyRecommendation.history.filter(review_id__in=reviews),
            lambda r: r.text[:80],
        ),
    ]
    entries = [
        Entry(record, noun, description)
        for noun, history, name in kinds
        for record, description in changes(history, name=name, limit=RECORDS_PER_KIND)
    ]
    entries.sort(key=lambda e: e.record.history_date, reverse=True)
    return entries[:ENTRIES]
