"""The monitoring and consultation pages in a real browser: axe finds nothing."""

import pytest
from django.urls import reverse

from consultations.models import Consultation
from strategies.models import Strategy
from tests.browser.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def woking(demo_site, person):
    person("manager", "approver", "woking", "wokingham")
    return Strategy.objects.get(partnership__slug="woking", status="published")


def test_monitoring_and_consultation_pages_pass_axe(
    live_server, woking, page, sign_in, axe_check, structure_check, screenshot
):
    url = live_server.url
    sign_in(page, "manager", PASSWORD)
    action = woking.actions.first()
    consultation = {"pk": Consultation.objects.get(strategy__partnership__slug="wokingham").pk}
    plan, slug = {"pk": woking.pk}, {"slug": "woking"}
    paths = {
        "progress": reverse("monitoring_editor:progress", kwargs=plan) + "?quarter=2021-Q4",
        "progress-form": reverse(
            "monitoring_editor:progress_update", kwargs={**plan, "action_pk": action.pk}
        ),
        "indicators": reverse("monitoring_editor:indicators", kwargs=plan),
        "indicator-form": reverse("monitoring_editor:indicator_add", kwargs=plan),
        "indicator-import": reverse("monitoring_editor:indicator_import", kwargs=plan),
        "checklist": reverse("reports_editor:checklist", kwargs=slug),
        "scrutiny": reverse("scrutiny_editor:reviews", kwargs=slug),
        "consultation": reverse("consultations_editor:detail", kwargs=consultation),
        "consultation-results": reverse("consultations_editor:results", kwargs=consultation),
        "consultation-comments": reverse("consultations_editor:comments", kwargs=consultation),
        "public-strategy": woking.get_absolute_url(),
    }
    for name, path in paths.items():
        page.goto(url + path)
        structure_check(page)
        axe_check(page)
        if name in ("progress", "indicators", "checklist"):
            screenshot(page, f"monitoring-{name}")

    # A bad CSV: the error summary and the rows with errors, still no violations.
    page.goto(url + paths["indicator-import"])
    page.set_input_files(
        "#id_file",
        files=[
            {
                "name": "figures.csv",
                "mimeType": "text/csv",
                "buffer": b"indicator,year,quarter,value\nKnife crime,2021,1,4\n",
            }
        ],
    )
    page.click("button:has-text('Import')")
    assert "Line 2, Indicator: no indicator called" in page.inner_text("main")
    structure_check(page)
    axe_check(page)
