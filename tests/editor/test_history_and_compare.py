"""History and compare: who changed what, deleted parts restored, revisions compared in
plain language."""

import pytest
from django.urls import reverse

from strategies.compare import compare_revisions
from strategies.models import Action, DeliveryArea, StrategicPriority, Strategy
from tests.browsing import Visitor
from tests.editor.helpers import edit_form_data
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    PriorityFactory,
    StrategyFactory,
    user_with_role,
)

pytestmark = pytest.mark.django_db


def test_deleting_a_priority_asks_first_says_what_goes_with_it_and_can_be_restored(
    client, draft_a, editor
):
    client.force_login(editor)
    priority = draft_a.priorities.get(title="Reduce violence")
    DeliveryAreaFactory(strategy=draft_a, priority=priority, title="Knife crime")
    DeliveryAreaFactory(strategy=draft_a, priority=priority, title="Night-time economy")
    ActionFactory(strategy=draft_a, priority=priority, delivery="Weapons sweeps")
    url = reverse(
        "strategies_editor:priority_delete",
        kwargs={"pk": draft_a.pk, "record_pk": priority.pk},
    )
    page = client.get(url).content.decode()
    assert "Delete the priority ‘Reduce violence’?" in page
    assert "its 2 delivery areas will be deleted too" in page
    assert "its 1 action will stay in the action plan" in page
    assert StrategicPriority.objects.filter(pk=priority.pk).exists()  # asking deletes nothing

    client.post(url)
    assert not StrategicPriority.objects.filter(pk=priority.pk).exists()
    assert not DeliveryArea.objects.filter(title="Knife crime").exists()
    assert Action.objects.get(delivery="Weapons sweeps").priority is None

    history = client.get(
        reverse("strategies_editor:history", kwargs={"pk": draft_a.pk})
    ).content.decode()
    assert "deleted ‘Reduce violence’" in history
    assert "deleted ‘Knife crime’" in history
    record = StrategicPriority.history.get(id=priority.pk, history_type="-")
    response = client.post(
        reverse(
            "strategies_editor:priority_restore",
            kwargs={"pk": draft_a.pk, "history_id": record.history_id},
        )
    )
    assert response.status_code == 302
    assert StrategicPriority.objects.get(pk=priority.pk).title == "Reduce violence"
    area = DeliveryArea.history.get(title="Knife crime", history_type="-")
    client.post(
        reverse(
            "strategies_editor:delivery_area_restore",
            kwargs={"pk": draft_a.pk, "history_id": area.history_id},
        )
    )
    assert DeliveryArea.objects.get(title="Knife crime").priority_id == priority.pk
    # Restoring twice is refused with a message, not an error page.
    response = client.post(
        reverse(
            "strategies_editor:priority_restore",
            kwargs={"pk": draft_a.pk, "history_id": record.history_id},
        ),
        follow=True,
    )
    assert "That part has already been restored." in response.content.decode()


def test_history_says_who_changed_what(client, draft_a, editor):
    client.force_login(editor)
    priority = draft_a.priorities.get(title="Reduce violence")
    client.post(
        reverse(
            "strategies_editor:priority_edit",
            kwargs={"pk": draft_a.pk, "record_pk": priority.pk},
        ),
        {"title": "Reduce serious violence", "subtitle": "Knives and weapons"},
    )
    page = client.get(
        reverse("strategies_editor:history", kwargs={"pk": draft_a.pk})
    ).content.decode()
    assert "changed title, subtitle of ‘Reduce serious violence’" in page
    assert "alex" in page


def test_refresh_then_compare_in_plain_language(client, draft_a):
    published = StrategyFactory(partnership=draft_a.partnership, status="published")
    PriorityFactory(strategy=published, title="Tackle anti-social behaviour", order=1)
    PriorityFactory(strategy=published, title="Reduce reoffending", order=2)
    ActionFactory(strategy=published, delivery="Run a weapons amnesty", target="50 weapons")
    approver = user_with_role(published.partnership, "approver")
    client.force_login(approver)
    response = Visitor(client).submit(
        reverse("strategies_editor:refresh", kwargs={"pk": published.pk})
    )
    draft = Strategy.objects.get(supersedes=published)
    assert response["Location"] == reverse("reports_editor:strategy", kwargs={"pk": draft.pk})
    assert draft.status == "draft"
    assert draft.revision == published.revision + 1

    draft.priorities.filter(title="Reduce reoffending").delete()
    draft.priorities.filter(title="Tackle anti-social behaviour").update(
        title="Tackle anti-social behaviour and its causes"
    )
    draft.priorities.create(title="Tackle violence against women and girls", order=3)
    draft.actions.update(target="80 weapons")
    page = client.get(
        reverse("strategies_editor:compare", kwargs={"pk": draft.pk})
    ).content.decode()
    assert "Added: ‘Tackle violence against women and girls’" in page
    assert "Removed: ‘Reduce reoffending’" in page
    assert (
        "Reworded: ‘Tackle anti-social behaviour’ is now "
        "‘Tackle anti-social behaviour and its causes’" in page
    )
    assert "‘Run a weapons amnesty’: target changed" in page


def test_transitions_are_shown_as_a_timeline_with_their_comments(client, draft_a):
    approver = user_with_role(draft_a.partnership, "approver", username="chair")
    client.force_login(approver)
    client.post(
        reverse("strategies_editor:transition", kwargs={"pk": draft_a.pk}),
        {"to": "consultation", "comment": "Agreed at the board on 3 March"},
    )
    response = client.post(
        reverse("strategies_editor:transition", kwargs={"pk": draft_a.pk}), {"to": "published"}
    )
    assert "cannot be moved to published" in response.content.decode()  # refused, saying why
    page = client.get(reverse("reports_editor:strategy", kwargs={"pk": draft_a.pk}))
    page = page.content.decode()
    assert "Out for consultation</strong> from draft" in page
    assert "Agreed at the board on 3 March" in page
    assert "by chair" in page


def test_compare_says_what_changed_in_the_strategy_itself_and_the_priorities_order(draft_a):
    older = StrategyFactory(partnership=draft_a.partnership, status="published", title="Plan",
                            vision="Safe\nand sound", summary="Old summary")  # fmt: skip
    first = PriorityFactory(strategy=older, title="Violence", order=1)
    second = PriorityFactory(strategy=older, title="Burglary", order=2)
    newer = StrategyFactory(partnership=draft_a.partnership, status="draft", supersedes=older,
                            title="Plan, refreshed", period_start_year=2024, period_end_year=2027,
                            vision="Safe\r\nand sound ", summary="New summary")  # fmt: skip
    PriorityFactory(strategy=newer, title="Burglary", order=1, copied_from=second)
    PriorityFactory(strategy=newer, title="Violence", order=2, copied_from=first)
    itself, priorities, *_ = compare_revisions(older, newer)
    assert itself.reworded == [("Plan", "Plan, refreshed")]
    assert itself.changed == [
        "Its period, 2021 to 2024, is now 2024 to 2027",
        "Its summary was rewritten",  # and not its vision: the same text but line endings
    ]
    assert priorities.changed == ["They stand in a new order: 1. Burglary; 2. Violence"]


def test_saving_the_same_text_again_records_no_change(client, draft_a, editor):
    client.force_login(editor)
    url = reverse("strategies_editor:edit", kwargs={"pk": draft_a.pk})
    data = edit_form_data(draft_a, summary="Line one\r\nLine two")
    assert client.post(url, data).status_code == 302
    draft_a.refresh_from_db()
    assert draft_a.summary == "Line one\nLine two"  # one kind of line ending
    records = draft_a.history.count()
    again = edit_form_data(draft_a, summary="Line one\r\nLine two")
    assert client.post(url, again).status_code == 302
    assert draft_a.history.count() == records
