"""A portal administrator suspends a partnership's public pages: every public address of the
partnership (its page, strategies, subgroups, PDFs, consultations, results, documents) is
not found, search and the home page no longer list it, and its staff keep their workspace.
Shown again, everything is back."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from partnerships.permissions import PORTAL_ADMINISTRATORS
from strategies.models import Document
from tests.browsing import Visitor
from tests.factories import (
    ActionFactory,
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
    SubgroupFactory,
    UserFactory,
    open_consultation,
    user_with_role,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n% a paper of the partnership\n"


@pytest.fixture
def eastmoor(statutory_themes):
    """A partnership with something behind every public address."""
    partnership = PartnershipFactory(
        slug="eastmoor", name="Eastmoor Community Safety Partnership", area="Eastmoor"
    )
    plan = StrategyFactory(partnership=partnership, slug="plan", title="Eastmoor Plan")
    PriorityFactory(strategy=plan, title="Quieter Eastmoor streets")
    ActionFactory(strategy=plan, delivery="Zanzibar patrols along the quayside")
    now = timezone.now()
    held = open_consultation(plan, title="Eastmoor survey")
    held.opens_at, held.closes_at = now - datetime.timedelta(days=30), now - datetime.timedelta(1)
    held.results_published = True
    held.save()
    draft = StrategyFactory(
        partnership=partnership, slug="next-plan", title="Next Plan", status="consultation"
    )
    PriorityFactory(strategy=draft, title="Safer nights")
    consultation = open_consultation(draft, title="Have your say on the next plan")
    subgroup = SubgroupFactory(partnership=partnership, slug="vrg", name="Violence Group")
    documents = [
        Document.objects.create(partnership=partnership, title="Annual report", kind="other"),
        Document.objects.create(
            partnership=partnership, strategy=plan, title="Equality impact", kind="eia"
        ),
    ]
    for document in documents:
        document.file.save("paper.pdf", ContentFile(PDF))
    slug, plan_kwargs = partnership.slug, {"partnership_slug": "eastmoor", "slug": "plan"}
    draft_kwargs = {"partnership_slug": "eastmoor", "slug": "next-plan"}
    urls = [
        reverse("reports:partnership", kwargs={"slug": slug}),
        reverse("reports:strategy", kwargs=plan_kwargs),
        reverse("reports:strategy_pdf", kwargs=plan_kwargs),
        reverse("reports:consultation_draft", kwargs=draft_kwargs),
        reverse("reports:consultation_draft_pdf", kwargs=draft_kwargs),
        reverse("reports:subgroup", kwargs={"partnership_slug": slug, "slug": subgroup.slug}),
        reverse("consultations:respond", kwargs={"partnership_slug": slug, "pk": consultation.pk}),
        # (Not the page after a response is sent: it is drawn from its signed address alone,
        # so that a database away just then cannot make it say nothing was saved.)
        reverse("consultations:results", kwargs={"partnership_slug": slug, "pk": held.pk}),
        *(reverse("strategies:document", kwargs={"pk": d.pk}) for d in documents),
    ]
    return partnership, urls


LISTINGS = ["home", "search for an action", "search for the partnership"]


def listed(client) -> dict[str, bool]:
    """Whether the home page and search show the partnership and its plan."""
    home = client.get(reverse("reports:home")).content.decode()
    found = client.get(reverse("reports:search"), {"q": "Zanzibar"}).content.decode()
    by_name = client.get(reverse("reports:search"), {"q": "Eastmoor"}).content.decode()
    name = "Eastmoor Community Safety Partnership"
    found_in = [name in home, "Zanzibar patrols" in found, name in by_name]
    return dict(zip(LISTINGS, found_in, strict=True))


def test_suspending_takes_every_public_page_down_and_showing_them_brings_them_back(
    client, eastmoor, django_capture_on_commit_callbacks
):
    partnership, urls = eastmoor
    # Before: every address answers, and the visitor's pages are cached.
    assert {url: client.get(url).status_code for url in urls} == dict.fromkeys(urls, 200)
    assert listed(client) == dict.fromkeys(LISTINGS, True)

    administrator = UserFactory(username="portal-admin")
    administrator.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
    staff = user_with_role(partnership, "viewer")
    page = reverse("partnerships_editor:portal_partnership", kwargs={"slug": partnership.slug})

    def press(button: str) -> None:
        client.force_login(administrator)
        with django_capture_on_commit_callbacks(execute=True):
            Visitor(client).submit(page, button=button)
        client.logout()

    press("Suspend its public pages")
    partnership.refresh_from_db()
    assert partnership.is_suspended
    assert {url: client.get(url).status_code for url in urls} == dict.fromkeys(urls, 404)
    assert listed(client) == dict.fromkeys(LISTINGS, False)
    # Its people still work on it, and read its papers, in the workspace.
    client.force_login(staff)
    workspace = reverse("reports_editor:partnership", kwargs={"slug": partnership.slug})
    assert client.get(workspace).status_code == 200
    assert client.get(urls[-1]).status_code == 200
    client.logout()

    press("Show its public pages again")
    assert {url: client.get(url).status_code for url in urls} == dict.fromkeys(urls, 200)
    assert listed(client) == dict.fromkeys(LISTINGS, True)
