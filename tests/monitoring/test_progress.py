"""Quarterly progress: recording, lateness, RAG counts, overdue, publication and pages."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from csp_portal.fiscal import Quarter
from monitoring.models import ProgressUpdate, QuarterPublication
from monitoring.selectors import progress_overview, rag_totals
from monitoring.services import progress_record, quarter_publish
from tests.factories import StrategyFactory, user_with_role

pytestmark = pytest.mark.django_db
D = datetime.date


def record(plan, delivery, quarter, rag, by, today):
    action = plan.actions.get(delivery=delivery)
    return progress_record(
        action=action,
        quarter=quarter,
        data={"rag": rag, "commentary": f"{rag} in {quarter}"},
        by=by,
        today=today,
    )


def test_an_update_after_the_quarter_closed_is_kept_and_marked_late(plan):
    editor = user_with_role(plan.partnership, "editor")
    on_time = record(plan, "Violence action 0", Quarter(2021, 1), "green", editor, D(2021, 6, 30))
    late = record(plan, "Violence action 1", Quarter(2021, 1), "amber", editor, D(2021, 7, 1))
    assert (on_time.late, late.late) == (False, True)
    # A second entry for the same quarter replaces the first.
    again = record(plan, "Violence action 0", Quarter(2021, 1), "red", editor, D(2021, 7, 2))
    assert again.pk == on_time.pk
    assert (again.rag, again.late) == ("red", True)
    assert ProgressUpdate.objects.count() == 2
    with pytest.raises(ValidationError, match="has not begun"):
        record(plan, "ASB action 0", Quarter(2021, 2), "green", editor, D(2021, 6, 30))


def test_only_editors_record_and_only_approvers_publish(plan):
    viewer = user_with_role(plan.partnership, "viewer")
    editor = user_with_role(plan.partnership, "editor")
    with pytest.raises(PermissionDenied):
        record(plan, "ASB action 0", Quarter(2021, 1), "green", viewer, D(2021, 6, 1))
    with pytest.raises(PermissionDenied):
        quarter_publish(strategy=plan, quarter=Quarter(2021, 1), by=editor)
    approver = user_with_role(plan.partnership, "approver")
    quarter_publish(strategy=plan, quarter=Quarter(2021, 1), by=approver)
    assert QuarterPublication.objects.get().by == approver


def test_rag_counts_latest_status_and_overdue_against_known_data(plan):
    editor = user_with_role(plan.partnership, "editor")
    q1, q2 = Quarter(2021, 1), Quarter(2021, 2)
    record(plan, "Violence action 0", q1, "red", editor, D(2021, 6, 1))
    record(plan, "Violence action 0", q2, "amber", editor, D(2021, 9, 1))
    record(plan, "Violence action 1", q1, "green", editor, D(2021, 6, 1))
    record(plan, "Violence action 2", q1, "complete", editor, D(2021, 6, 1))
    record(plan, "ASB action 0", q2, "red", editor, D(2021, 9, 1))
    # Looking at Q3 2021/22 on 1 November 2021: the last closed quarter is Q2.
    groups = progress_overview(plan, Quarter(2021, 3), today=D(2021, 11, 1))
    violence, asb = groups
    assert violence.title == "Reduce violence"
    assert violence.counts == {
        "red": 0,
        "amber": 1,
        "green": 1,
        "complete": 1,
        "not_started": 0,
        "none": 0,
    }
    assert asb.counts["red"] == 1
    assert asb.counts["none"] == 1
    overdue = {item.action.delivery for group in groups for item in group.overdue}
    # Violence action 1 has nothing for Q2; action 2 is complete; ASB action 1 has nothing.
    assert overdue == {"Violence action 1", "ASB action 1"}
    # As at Q1, the latest of action 0 is its Q1 red.
    q1_view = progress_overview(plan, q1, today=D(2021, 11, 1))
    assert q1_view[0].actions[0].latest.rag == "red"
    assert rag_totals(q1_view)["none"] == 2


def test_progress_pages_and_the_public_summary(client, plan):
    editor = user_with_role(plan.partnership, "editor", username="officer")
    client.force_login(editor)
    action = plan.actions.get(delivery="ASB action 0")
    url = reverse(
        "monitoring_editor:progress_update", kwargs={"pk": plan.pk, "action_pk": action.pk}
    )
    response = client.post(url, {"quarter": "2021-Q1", "commentary": "", "rag": ""})
    page = response.content.decode()
    assert "Choose the status" in page
    assert "Enter the commentary" in page
    response = client.post(
        url, {"quarter": "2021-Q1", "rag": "amber", "commentary": "Patrols started late"}
    )
    assert response.status_code == 302
    page = client.get(
        reverse("monitoring_editor:progress", kwargs={"pk": plan.pk}), {"quarter": "2021-Q1"}
    ).content.decode()
    assert "Patrols started late" in page
    assert ", late, by officer" in page  # entered years after Q1 2021/22 closed

    # Not on the public page until an approver publishes the quarter.
    assert "Patrols started late" not in client.get(plan.get_absolute_url()).content.decode()
    client.force_login(user_with_role(plan.partnership, "approver"))
    client.post(
        reverse("monitoring_editor:progress_publish", kwargs={"pk": plan.pk}),
        {"quarter": "2021-Q1"},
    )
    public = client.get(plan.get_absolute_url()).content.decode()
    assert "Up to Q1 2021/22 (April to June 2021)" in public
    assert "Patrols started late" in public


def test_progress_permissions(client, plan):
    action = plan.actions.first()
    url = reverse(
        "monitoring_editor:progress_update", kwargs={"pk": plan.pk, "action_pk": action.pk}
    )
    data = {"quarter": "2021-Q1", "rag": "green", "commentary": "x"}
    from tests.factories import PartnershipFactory

    client.force_login(user_with_role(PartnershipFactory(), "editor"))
    assert (
        client.get(reverse("monitoring_editor:progress", kwargs={"pk": plan.pk})).status_code == 404
    )
    assert client.post(url, data).status_code == 404
    client.force_login(user_with_role(plan.partnership, "viewer"))
    assert (
        client.get(reverse("monitoring_editor:progress", kwargs={"pk": plan.pk})).status_code == 200
    )
    assert client.post(url, data).status_code == 403
    publish = reverse("monitoring_editor:progress_publish", kwargs={"pk": plan.pk})
    assert client.post(publish, {"quarter": "2021-Q1"}).status_code == 403
    assert not ProgressUpdate.objects.exists()


def test_quarters_asked_in_turn_of_one_prefetched_plan_do_not_mix(plan):
    from reports.selectors import strategy_page_queryset

    editor = user_with_role(plan.partnership, "editor")
    record(plan, "ASB action 0", Quarter(2021, 1), "red", editor, D(2021, 6, 1))
    record(plan, "ASB action 0", Quarter(2021, 2), "green", editor, D(2021, 9, 1))
    prefetched = strategy_page_queryset().get(pk=plan.pk)
    first = rag_totals(progress_overview(prefetched, Quarter(2021, 1), today=D(2021, 11, 1)))
    second = rag_totals(progress_overview(prefetched, Quarter(2021, 2), today=D(2021, 11, 1)))
    assert (first["red"], first["green"]) == (1, 0)
    assert (second["red"], second["green"]) == (0, 1)


def test_the_progress_page_opens_on_the_latest_quarter_with_updates(client, plan):
    """The plan ran to March 2024: its page opened on Q4 2023/24, empty, though the
    partnership had reported up to Q2 2022/23."""
    editor = user_with_role(plan.partnership, "editor")
    record(plan, "ASB action 0", Quarter(2022, 2), "amber", editor, D(2022, 10, 1))
    client.force_login(editor)
    url = reverse("monitoring_editor:progress", kwargs={"pk": plan.pk})
    page = client.get(url).content.decode()
    assert '<option value="2022-Q2" selected>' in page
    assert "amber in Q2 2022/23" in page
    # The Overdue tag says which quarter's update is missing.
    assert "Overdue for Q2 2022/23" in page
    assert ">Overdue</strong>" not in page
    assert (
        '<option value="2023-Q4" selected>'
        in client.get(url, {"quarter": "2023-Q4"}).content.decode()
    )


def test_progress_is_published_only_for_a_closed_quarter_of_a_published_plan(client, plan):
    approver = user_with_role(plan.partnership, "approver")
    current = Quarter.current()
    with pytest.raises(ValidationError, match="once the quarter has closed"):
        quarter_publish(strategy=plan, quarter=current, by=approver)
    q3 = Quarter(2021, 3)
    with pytest.raises(ValidationError, match="from 1 January 2022"):
        quarter_publish(strategy=plan, quarter=q3, by=approver, today=D(2021, 12, 31))
    quarter_publish(strategy=plan, quarter=q3, by=approver, today=D(2022, 1, 1))

    plan.status = "draft"
    plan.save()
    with pytest.raises(ValidationError, match="once the plan is published"):
        quarter_publish(strategy=plan, quarter=Quarter(2021, 4), by=approver)
    assert QuarterPublication.objects.count() == 1


def test_the_page_offers_to_publish_only_what_may_be(client, plan):
    client.force_login(user_with_role(plan.partnership, "approver"))
    url = reverse("monitoring_editor:progress", kwargs={"pk": plan.pk})
    page = client.get(url, {"quarter": "2021-Q3"}).content.decode()
    assert "Publish progress up to Q3 2021/22" in page

    plan.status = "draft"
    plan.save()
    page = client.get(url, {"quarter": "2021-Q3"}).content.decode()
    assert "Publish progress up to" not in page
    assert "Progress can be made public once the plan is published." in page
    response = client.post(
        reverse("monitoring_editor:progress_publish", kwargs={"pk": plan.pk}),
        {"quarter": "2021-Q3"},
        follow=True,
    )
    assert "Progress can be made public once the plan is published." in response.content.decode()
    assert not QuarterPublication.objects.exists()


def test_the_current_quarter_is_offered_once_it_has_closed(client):
    """A plan running now: its current quarter is open, so only the one before is offered."""
    now = Quarter.current()
    running = StrategyFactory(period_start_year=now.year - 1, period_end_year=now.year + 2)
    client.force_login(user_with_role(running.partnership, "approver"))
    url = reverse("monitoring_editor:progress", kwargs={"pk": running.pk})
    page = client.get(url, {"quarter": now.slug}).content.decode()
    assert f"Publish progress up to {now.short_label}" not in page
    opens = now.ends_on + datetime.timedelta(days=1)
    assert f"can be made public once the quarter has closed, from {opens:%-d %B %Y}" in page
    before = now.previous()
    page = client.get(url, {"quarter": before.slug}).content.decode()
    assert f"Publish progress up to {before.short_label}" in page


def test_a_published_quarters_updates_are_changed_by_an_approver_only(client, plan):
    """What residents read changes only through an approver: an editor rewriting a published
    quarter's commentary made it public at once."""
    editor = user_with_role(plan.partnership, "editor")
    approver = user_with_role(plan.partnership, "approver")
    record(plan, "ASB action 0", Quarter(2021, 1), "amber", editor, D(2021, 7, 1))
    quarter_publish(strategy=plan, quarter=Quarter(2021, 1), by=approver, today=D(2021, 7, 2))
    with pytest.raises(PermissionDenied, match="published: only an approver"):
        record(plan, "ASB action 0", Quarter(2021, 1), "green", editor, D(2021, 7, 3))
    record(plan, "ASB action 0", Quarter(2021, 2), "green", editor, D(2021, 10, 1))  # not yet
    record(plan, "ASB action 0", Quarter(2021, 1), "green", approver, D(2021, 7, 3))
    client.force_login(editor)
    url = reverse("monitoring_editor:progress", kwargs={"pk": plan.pk})
    page = client.get(url, {"quarter": "2021-Q1"}).content.decode()
    assert "an approver changes them" in page
    update = reverse(
        "monitoring_editor:progress_update",
        kwargs={"pk": plan.pk, "action_pk": plan.actions.get(delivery="ASB action 0").pk},
    )
    assert update not in page
    assert update in client.get(url, {"quarter": "2021-Q2"}).content.decode()
