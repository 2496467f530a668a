"""The monitoring and consultation pages in a real browser: axe finds nothing."""

import pytest

from consultations.models import Consultation
from strategies.models import Strategy
from tests.factories import user_with_role

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery staple"


@pytest.fixture
def woking(live_server, statutory_themes):
    from partnerships.demo import demo_load

    demo_load()
    strategy = Strategy.objects.get(partnership__slug="woking", status="published")
    manager = user_with_role(strategy.partnership, "approver", username="manager")
    manager.set_password(PASSWORD)
    manager.save()
    from partnerships.models import Partnership, PartnershipRole

    PartnershipRole.objects.create(
        user=manager, partnership=Partnership.objects.get(slug="wokingham"), role="approver"
    )
    return strategy


def test_monitoring_and_consultation_pages_pass_axe(
    live_server, woking, page, axe_check, structure_check, screenshot
):
    url = live_server.url
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_username", "manager")
    page.fill("#id_password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(f"{url}/editor/")
    action = woking.actions.first()
    consultation = Consultation.objects.get(strategy__partnership__slug="wokingham")
    paths = {
        "progress": f"/editor/strategies/{woking.pk}/progress/?quarter=2021-Q4",
        "progress-form": f"/editor/strategies/{woking.pk}/actions/{action.pk}/progress/",
        "indicators": f"/editor/strategies/{woking.pk}/indicators/",
        "indicator-form": f"/editor/strategies/{woking.pk}/indicators/add/",
        "indicator-import": f"/editor/strategies/{woking.pk}/indicators/import/",
        "checklist": "/editor/partnerships/woking/checklist/",
        "scrutiny": "/editor/partnerships/woking/scrutiny/",
        "consultation": f"/editor/consultations/{consultation.pk}/",
        "consultation-results": f"/editor/consultations/{consultation.pk}/results/",
        "consultation-comments": f"/editor/consultations/{consultation.pk}/comments/",
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
    assert "Line 2: no indicator called" in page.inner_text("main")
    structure_check(page)
    axe_check(page)
