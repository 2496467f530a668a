"""The committee's recommendations, recorded by the scrutiny officers and councillors (the
viewer's role): added, changed and deleted, with a meeting known only to the month named as
the papers name it."""

import pytest
from django.urls import reverse

from csp_portal.dates import PartialDate
from scrutiny.models import ScrutinyRecommendation, ScrutinyReview
from tests.browsing import Visitor
from tests.factories import PartnershipFactory, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def review(partnership_a):
    review = ScrutinyReview(partnership=partnership_a, committee="Overview and Scrutiny")
    review.meeting = PartialDate.of(2021, 3)
    review.save()
    return review


def test_a_month_only_meeting_is_named_as_the_papers_name_it(review):
    assert str(review) == "Overview and Scrutiny, March 2021"


def test_a_viewer_adds_changes_and_deletes_a_recommendation(client, partnership_a, review):
    viewer = user_with_role(partnership_a, "viewer")
    client.force_login(viewer)
    visitor = Visitor(client)
    on_review = {"slug": partnership_a.slug, "review_pk": review.pk}
    add = reverse("scrutiny_editor:recommendation_add", kwargs=on_review)
    page = visitor.page(add)
    assert "Overview and Scrutiny, March 2021" in page  # the meeting, as the papers date it
    response = visitor.submit(
        add, {"text": "Report knife crime every quarter", "status": "open"}, button="Save and"
    )
    assert response["Location"] == add  # a long list typed from the minutes, one after another
    visitor.submit(add, {"text": "Consult young people", "status": "open"})
    first, second = review.recommendation_items.order_by("order")
    assert (first.text, second.text) == ("Report knife crime every quarter", "Consult young people")

    change = reverse(
        "scrutiny_editor:recommendation_edit", kwargs={**on_review, "record_pk": first.pk}
    )
    assert "What became of the recommendation" in visitor.page(change)
    visitor.submit(change, {"status": "accepted", "response": "Figures go to every board meeting."})
    first.refresh_from_db()
    assert (first.status, first.response) == ("accepted", "Figures go to every board meeting.")

    reviews = reverse("scrutiny_editor:reviews", kwargs={"slug": partnership_a.slug})
    delete = reverse(
        "scrutiny_editor:recommendation_delete", kwargs={**on_review, "record_pk": second.pk}
    )
    assert delete in visitor.page(reviews)  # linked beside each recommendation
    confirm = visitor.page(delete)
    assert "Delete the recommendation ‘Consult young people’?" in confirm
    response = visitor.submit(delete, button="Delete the recommendation")
    assert response["Location"] == f"{reviews}#review-{review.pk}"
    assert list(review.recommendation_items.all()) == [first]
    deleted = ScrutinyRecommendation.history.filter(id=second.pk).latest("history_date")
    assert (deleted.history_type, deleted.history_user) == ("-", viewer)
    page = visitor.page(reviews)
    assert "The recommendation was deleted." in page
    assert "Consult young people" not in page


def test_nobody_from_another_partnership_deletes_a_recommendation(client, partnership_a, review):
    item = ScrutinyRecommendation.objects.create(review=review, text="Report yearly")
    client.force_login(user_with_role(PartnershipFactory(), "approver"))
    kwargs = {"slug": partnership_a.slug, "review_pk": review.pk, "record_pk": item.pk}
    response = client.post(reverse("scrutiny_editor:recommendation_delete", kwargs=kwargs))
    assert response.status_code == 404
    assert ScrutinyRecommendation.objects.filter(pk=item.pk).exists()
