"""The editor's pages: forms and their errors, two managers at once, delete and restore,
safe Markdown, the action plan's filters and CSV, and queries that do not grow with the plan."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.http import HttpRequest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation
from strategies.models import DeliveryArea, Milestone
from tests.editor.helpers import edit_form_data
from tests.factories import (
    ActionFactory,
    DeliveryAreaFactory,
    PriorityFactory,
    StrategyFactory,
    UserFactory,
    user_with_role,
)
from tests.pages import assert_page_says

pytestmark = pytest.mark.django_db


def test_a_stale_form_is_refused_shows_what_changed_and_keeps_the_input(client, draft_a, editor):
    other = user_with_role(draft_a.partnership, "editor", username="sam")
    url = reverse("strategies_editor:edit", kwargs={"pk": draft_a.pk})
    opened = edit_form_data(draft_a)  # both open the form at the same version

    client.force_login(other)
    response = client.post(url, {**opened, "vision": "A safer borough for everyone"})
    assert response.status_code == 302

    client.force_login(editor)
    response = client.post(url, {**opened, "summary": "My careful summary"})
    assert response.status_code == 409
    page = response.content.decode()
    assert "There is a problem" in page
    assert "Someone else saved changes to this strategy" in page
    assert "My careful summary" in page  # the user's input is kept
    changed = page[page.index('id="changed-meanwhile"') :]
    assert "Vision" in changed
    assert "A safer borough for everyone" in changed
    assert "sam" in changed
    draft_a.refresh_from_db()
    assert draft_a.vision == "A safer borough for everyone"
    assert draft_a.summary == ""

    # Saving again from the refreshed form (it now carries the new version) works.
    version = re.search(r'name="version" value="(\d+)"', page).group(1)
    response = client.post(
        url,
        {**opened, "vision": draft_a.vision, "summary": "My careful summary", "version": version},
    )
    assert response.status_code == 302
    draft_a.refresh_from_db()
    assert (draft_a.vision, draft_a.summary) == (
        "A safer borough for everyone",
        "My careful summary",
    )


def test_validation_errors_are_summarised_and_shown_by_the_field(client, draft_a, editor):
    client.force_login(editor)
    url = reverse("strategies_editor:priority_add", kwargs={"pk": draft_a.pk})
    response = client.post(url, {"title": "", "subtitle": "Kept as typed", "description": "x"})
    assert_page_says(
        response,
        "<title>Error: Add a priority",
        'class="govuk-error-summary"',
        'href="#id_title"',
        'id="id_title-error"',
        "Enter the title",
        'value="Kept as typed"',
    )
    response = client.post(url, {"title": "x" * 301})
    assert "Ensure this value has at most 300 characters" in response.content.decode()
    assert draft_a.priorities.count() == 2


def test_the_years_of_the_period_are_checked(client, draft_a, editor):
    client.force_login(editor)
    response = client.post(
        reverse("strategies_editor:edit", kwargs={"pk": draft_a.pk}),
        edit_form_data(draft_a, period_start_year=2024, period_end_year=2021),
    )
    assert "The last year must be the same as or after the first year." in (
        response.content.decode()
    )


def test_adding_a_delivery_area_under_a_priority(client, draft_a, editor):
    client.force_login(editor)
    priority = draft_a.priorities.get(title="Reduce violence")
    response = client.post(
        reverse("strategies_editor:delivery_area_add", kwargs={"pk": draft_a.pk}),
        {"title": "Knife crime in the town centre", "priority": priority.pk},
    )
    assert response.status_code == 302
    area = DeliveryArea.objects.get(title="Knife crime in the town centre")
    assert (area.strategy, area.priority) == (draft_a, priority)
    page = client.get(reverse("reports_editor:preview", kwargs={"pk": draft_a.pk})).content.decode()
    assert "Knife crime in the town centre" in page
    assert "This is how the public page will look. It is not published." in page


def test_a_priority_of_another_strategy_cannot_be_chosen(client, draft_a, editor):
    client.force_login(editor)
    foreign = PriorityFactory(strategy=StrategyFactory(status="draft"))
    response = client.post(
        reverse("strategies_editor:delivery_area_add", kwargs={"pk": draft_a.pk}),
        {"title": "Smuggled", "priority": foreign.pk},
    )
    assert "Select a valid choice" in response.content.decode()
    assert not DeliveryArea.objects.filter(title="Smuggled").exists()


def test_reordering_priorities_without_javascript(client, draft_a, editor):
    client.force_login(editor)
    second = draft_a.priorities.get(title="Protect the vulnerable")
    response = client.post(
        reverse("strategies_editor:priority_up", kwargs={"pk": draft_a.pk, "record_pk": second.pk})
    )
    assert response.status_code == 302
    assert list(draft_a.priorities.values_list("title", flat=True)) == [
        "Protect the vulnerable",
        "Reduce violence",
    ]
    page = client.get(reverse("reports_editor:preview", kwargs={"pk": draft_a.pk})).content.decode()
    assert page.index("Protect the vulnerable") < page.index("Reduce violence")


def test_markdown_from_an_editor_never_carries_script(client, draft_a, editor):
    client.force_login(editor)
    priority = draft_a.priorities.first()
    client.post(
        reverse(
            "strategies_editor:priority_edit",
            kwargs={"pk": draft_a.pk, "record_pk": priority.pk},
        ),
        {
            "title": "Safe <b>title</b>",
            # Mid-paragraph: in CommonMark a line that starts with <script> is a block of
            # HTML to its end (and nh3 drops it), links and all.
            "description": "Read <script>alert('x')</script> [the plan](javascript:alert(1)) "
            "and [the council](https://www.example.gov.uk/) <img src=x onerror=alert(2)>",
        },
    )
    page = client.get(reverse("reports_editor:preview", kwargs={"pk": draft_a.pk})).content.decode()
    assert "<script>alert" not in page
    assert 'href="javascript:' not in page  # a link markdown-it refuses stays as its words
    assert "onerror" not in page
    assert "Safe &lt;b&gt;title&lt;/b&gt;" in page
    assert '<a href="https://www.example.gov.uk/"' in page


def test_a_published_strategy_is_frozen_in_the_editor(client, editor, draft_a):
    published = StrategyFactory(partnership=draft_a.partnership, status="published")
    priority = PriorityFactory(strategy=published, title="As published")
    client.force_login(user_with_role(published.partnership, "approver"))
    page = client.get(
        reverse("reports_editor:strategy", kwargs={"pk": published.pk})
    ).content.decode()
    assert "can no longer be edited" in page
    assert "Change the details" not in page
    assert "Start the" in page
    assert "refresh" in page
    response = client.post(
        reverse(
            "strategies_editor:priority_edit",
            kwargs={"pk": published.pk, "record_pk": priority.pk},
        ),
        {"title": "Rewritten after publication"},
        follow=True,
    )
    assert "is published and can no longer be edited" in response.content.decode()
    priority.refresh_from_db()
    assert priority.title == "As published"


def test_action_plan_filters_and_exports_csv(client, draft_a, editor):
    violence = draft_a.priorities.get(title="Reduce violence")
    ActionFactory(strategy=draft_a, priority=violence, delivery="Weapons sweeps", four_p="prevent")
    ActionFactory(strategy=draft_a, delivery='=HYPERLINK("http://evil")', four_p="pursue")
    ActionFactory(strategy=draft_a, delivery="Youth diversion", year=2022, four_p="prevent")
    client.force_login(editor)
    url = reverse("strategies_editor:actions", kwargs={"pk": draft_a.pk})
    page = client.get(url, {"four_p": "prevent"}).content.decode()
    assert "Weapons sweeps" in page
    assert "Youth diversion" in page
    assert "HYPERLINK" not in page
    page = client.get(url, {"priority": violence.pk}).content.decode()
    assert "Weapons sweeps" in page
    assert "Youth diversion" not in page
    page = client.get(url, {"year": 2022}).content.decode()
    assert "Youth diversion" in page
    assert "Weapons sweeps" not in page

    response = client.get(url, {"_export": "csv", "four_p": "pursue"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    body = response.content.decode("utf-8-sig")
    lines = body.strip().splitlines()
    assert (
        lines[0] == "Priority,Delivery area,Area,Year,Delivery,Success measure,Target,Lead,4P,Due"
    )
    assert len(lines) == 2
    assert ",\"'=HYPERLINK" in lines[1]  # defused for spreadsheets


def test_dashboard_shows_what_needs_attention(client, draft_a, editor):
    today = timezone.localdate()
    Milestone.objects.create(
        strategy=draft_a,
        kind="other",
        title="Board sign-off",
        planned_on=today + datetime.timedelta(days=10),
    )
    Milestone.objects.create(
        strategy=draft_a,
        kind="other",
        title="Far away",
        planned_on=today + datetime.timedelta(days=90),
    )
    now = timezone.now()
    draft_a.status = "consultation"  # a consultation takes responses only while it is out
    draft_a.save()
    Consultation.objects.create(
        strategy=draft_a,
        title="Have your say on our priorities",
        opens_at=now - datetime.timedelta(days=1),
        closes_at=now + datetime.timedelta(days=20),
    )
    client.force_login(editor)
    page = client.get(reverse("reports_editor:dashboard")).content.decode()
    assert "Board sign-off" in page
    assert "Far away" not in page
    assert "Have your say on our priorities" in page
    assert "Your role: editor" in page


def _build_plan(strategy, size):
    for n in range(size):
        priority = PriorityFactory(strategy=strategy)
        DeliveryAreaFactory(strategy=strategy, priority=priority)
        ActionFactory(strategy=strategy, priority=priority)
        ActionFactory(strategy=strategy)
        Milestone.objects.create(strategy=strategy, kind="other", title=f"Milestone {n}")


@pytest.mark.parametrize(
    "page",
    [
        "reports_editor:strategy",
        "strategies_editor:actions",
        "strategies_editor:history",
        "reports_editor:preview",
    ],
)
def test_editor_queries_do_not_grow_with_the_plan(client, page):
    counts = []
    for size in (3, 30):
        strategy = StrategyFactory(status="draft")
        _build_plan(strategy, size)
        client.force_login(UserFactory(is_superuser=True))
        url = reverse(page, kwargs={"pk": strategy.pk})
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    print(f"{page}: {counts[0]} queries at 3 priorities, {counts[1]} at 30")
    assert counts[0] == counts[1], counts
    assert counts[1] <= 30, counts


def test_an_approver_gives_roles_and_invites_people(client, draft_a):
    approver = user_with_role(draft_a.partnership, "approver")
    existing = UserFactory(email="kim@police.example")
    client.force_login(approver)
    url = reverse("partnerships_editor:people", kwargs={"slug": draft_a.partnership.slug})
    response = client.post(url, {"email": "KIM@police.example", "role": "viewer"})
    assert response.status_code == 302
    assert existing.partnership_roles.get().role == "viewer"
    assert mail.outbox == []

    response = client.post(url, {"email": "new.officer@council.example", "role": "editor"})
    assert response.status_code == 302
    invited = existing.__class__.objects.get(email="new.officer@council.example")
    assert not invited.has_usable_password()
    assert invited.partnership_roles.get().role == "editor"


def test_an_invitation_email_carries_a_working_link(
    client, draft_a, django_capture_on_commit_callbacks
):
    approver = user_with_role(draft_a.partnership, "approver")
    client.force_login(approver)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("partnerships_editor:people", kwargs={"slug": draft_a.partnership.slug}),
            {"email": "new.officer@council.example", "role": "editor"},
        )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["new.officer@council.example"]
    assert draft_a.partnership.display_name in message.subject
    link = re.search(r"http://testserver(/accounts/reset/\S+)", message.body).group(1)
    client.logout()
    response = client.get(link, follow=True)
    assert "Choose your password" in response.content.decode()
    set_password_url = response.redirect_chain[-1][0]
    response = client.post(
        set_password_url,
        {
            "new_password1": "a long council passphrase",
            "new_password2": "a long council passphrase",
        },
    )
    assert response.status_code == 302
    assert client.login(
        request=HttpRequest(),
        username="new.officer@council.example",
        password="a long council passphrase",
    )


def test_people_pages_are_for_the_partnerships_approvers_only(client, draft_a, people):
    url = reverse("partnerships_editor:people", kwargs={"slug": draft_a.partnership.slug})
    for who, expected in [("viewer A", 403), ("editor A", 403), ("editor B", 404)]:
        client.force_login(people[who])
        assert client.get(url).status_code == expected, who
        assert client.post(url, {"email": "x@example.org", "role": "approver"}).status_code == (
            expected
        )
    client.force_login(people["approver A"])
    assert client.get(url).status_code == 200
    own = people["approver A"].partnership_roles.get()
    response = client.post(
        reverse(
            "partnerships_editor:role_remove",
            kwargs={"slug": draft_a.partnership.slug, "role_pk": own.pk},
        ),
        follow=True,
    )
    assert "You cannot remove your own role." in response.content.decode()
    assert people["approver A"].partnership_roles.exists()


def test_the_editor_page_loads_its_script_once_and_not_in_the_title(client, draft_a, editor):
    client.force_login(editor)
    page = client.get(
        reverse("reports_editor:strategy", kwargs={"pk": draft_a.pk})
    ).content.decode()
    title = page[page.index("<title>") : page.index("</title>")]
    assert "<script" not in title
    assert page.count("js/editor.js") == 1
