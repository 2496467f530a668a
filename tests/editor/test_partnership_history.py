"""The history of a partnership's records in the workspace: who changed what, and when, in
its profile, members, board, funding, contacts, governance, subgroups and their members,
assessments, documents and scrutiny; in a fixed number of queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from partnerships.models import BoardMeeting, Contact, Funding, GovernanceLink
from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from strategies.models import Document, StrategicAssessment
from subgroups.models import Subgroup, SubgroupMember
from tests.browsing import Visitor
from tests.factories import PartnershipFactory, user_with_role

pytestmark = pytest.mark.django_db


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def history_url(partnership) -> str:
    return reverse("reports_editor:partnership_history", kwargs={"slug": partnership.slug})


def test_the_history_says_who_changed_what_in_each_record(client, partnership_a):
    slug = {"slug": partnership_a.slug}
    manager = user_with_role(partnership_a, "approver", username="manager")
    councillor = user_with_role(partnership_a, "viewer", username="councillor")
    client.force_login(manager)
    visitor = Visitor(client)
    visitor.submit(
        reverse("partnerships_editor:profile", kwargs=slug),
        {"board_meets": "Monthly", "councils": "Borough A Council"},
    )
    visitor.submit(
        reverse("partnerships_editor:member_add", kwargs=slug),
        {"new_organisation": "Borough A Police", "role": "responsible_authority"},
    )
    member = partnership_a.memberships.get()
    visitor.submit(
        reverse("partnerships_editor:member_edit", kwargs={**slug, "record_pk": member.pk}),
        {"representative": "Chief Inspector"},
    )
    visitor.submit(
        reverse("partnerships_editor:funding_add", kwargs=slug),
        {"name": "Community Safety Fund", "amount": "25000", "financial_year": "2024"},
    )
    funding = Funding.objects.get(partnership=partnership_a)
    visitor.submit(
        reverse("partnerships_editor:funding_delete", kwargs={**slug, "record_pk": funding.pk}),
        button="Delete",
    )
    visitor.submit(
        reverse("subgroups_editor:subgroup_add", kwargs=slug),
        {"name": "Violence Reduction Group", "acronym": "VRG"},
    )
    group = {**slug, "subgroup_pk": Subgroup.objects.get(partnership=partnership_a).pk}
    visitor.submit(reverse("subgroups_editor:subgroup_member_add", kwargs=group), {"name": "NHS"})
    visitor.submit(
        reverse("strategies_editor:assessment_add", kwargs=slug), {"title": "Assessment 2024"}
    )
    client.force_login(councillor)  # the scrutiny committee's officer records its meeting
    visitor.submit(
        reverse("scrutiny_editor:review_add", kwargs=slug),
        {
            "committee": "Overview and Scrutiny",
            "meeting_on_1": "3",
            "meeting_on_2": "2024",
            "outcome": "recommendations",
        },
    )
    review = ScrutinyReview.objects.get(partnership=partnership_a)
    visitor.submit(
        reverse("scrutiny_editor:recommendation_add", kwargs={**slug, "review_pk": review.pk}),
        {"text": "Publish the figures", "status": "open"},
    )
    # Another partnership's changes are not this one's.
    other = PartnershipFactory(slug="borough-b")
    Contact.objects.create(partnership=other, name="Someone Else", role="Manager")

    page = text_of(visitor.page(history_url(partnership_a)))  # a viewer reads it too
    name = partnership_a.name
    for who, what in [
        ("manager", f"Profile: changed board meets of ‘{name}’"),
        ("manager", "Member: added ‘Borough A Police’"),
        ("manager", "Member: changed representative of ‘Borough A Police’"),
        ("manager", "Budget or grant: added ‘Community Safety Fund 2024/25’"),
        ("manager", "Budget or grant: deleted ‘Community Safety Fund 2024/25’"),
        ("manager", "Subgroup: added ‘Violence Reduction Group’"),
        ("manager", "Member of a subgroup: added ‘NHS, of Violence Reduction Group’"),
        ("manager", "Strategic assessment: added ‘Assessment 2024’"),
        (
            "councillor",
            "Meeting of the scrutiny committee: added ‘Overview and Scrutiny, March 2024’",
        ),
        ("councillor", "Recommendation of the scrutiny committee: added ‘Publish the figures’"),
    ]:
        assert re.search(rf"\d{{4}}, \d\d:\d\d {who} {re.escape(what)}", page), (who, what)
    assert page.index("Publish the figures") < page.index("Borough A Police")  # newest first
    assert "Someone Else" not in page


def test_the_history_takes_the_same_queries_for_ten_changes_or_a_hundred(client, partnership_a):
    client.force_login(user_with_role(partnership_a, "viewer"))

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(history_url(partnership_a)).status_code == 200
        return len(captured)

    def change_everything(times: int) -> None:
        for i in range(times):
            BoardMeeting.objects.create(partnership=partnership_a, held_on=f"2024-01-{i + 1:02d}")
            GovernanceLink.objects.create(
                partnership=partnership_a, body=f"Board {i}", kind="works_with"
            )
            subgroup = Subgroup.objects.create(
                partnership=partnership_a, name=f"G{i}", slug=f"g{i}"
            )
            SubgroupMember.objects.create(subgroup=subgroup, name=f"Member {i}")
            Document.objects.create(partnership=partnership_a, title=f"Paper {i}", kind="other")
            StrategicAssessment.objects.create(partnership=partnership_a, title=f"SA {i}")
            review = ScrutinyReview.objects.create(
                partnership=partnership_a, committee=f"Committee {i}", meeting_on="2024-03-01"
            )
            ScrutinyRecommendation.objects.create(review=review, text=f"Do {i}")
            subgroup.delete()

    change_everything(2)
    few = queries()
    change_everything(20)
    assert queries() == few
