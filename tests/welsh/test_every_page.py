"""Every public page of a partnership the resolver knows, in Welsh, for one that publishes in both
languages: it answers as the English page does (never a server error), says lang="cy", and
links to the same page in English.

The demo's Woking is made bilingual in the test's database only (any test data: no real
Welsh partnership's facts); what its people wrote has no Welsh, so the pages show the
English of the content under the Welsh interface."""

import re

from django.test import Client
from django.urls import reverse

from monitoring.models import ProgressUpdate, QuarterPublication
from partnerships.models import Partnership
from tests.factories import ActionFactory
from tests.sweep import public_records, swept_public_urls


def test_every_public_page_answers_in_welsh(demo, statutory_themes):
    records = public_records()
    Partnership.objects.filter(pk=records["partnership"].pk).update(
        nation="wales", languages=Partnership.Languages.BILINGUAL
    )
    Partnership.objects.filter(slug="wokingham").update(
        nation="wales", languages=Partnership.Languages.BILINGUAL
    )
    records["open_consultation"].strategy.partnership.refresh_from_db()  # its thank-you page
    client, refused, checked = Client(), {}, 0
    partnerships = (f"/{records['partnership'].slug}/", "/wokingham/")
    for name, url, _view in swept_public_urls(records):
        if not url.startswith(partnerships):  # the portal's own pages and the accounts'
            continue
        english = client.get(url)
        welsh = client.get(f"/cy{url}")
        if welsh.status_code != english.status_code:
            refused[f"{name} /cy{url}"] = f"{welsh.status_code}, English {english.status_code}"
            continue
        if welsh.status_code != 200 or not welsh["content-type"].startswith("text/html"):
            continue
        page = welsh.content.decode()
        if not re.search(r'<html[^>]* lang="cy"', page):
            refused[f"{name} /cy{url}"] = "not lang=cy"
        elif f'href="{url.split("?")[0]}' not in page:
            refused[f"{name} /cy{url}"] = "no link to the same page in English"
        checked += 1
    assert checked >= 7  # the partnership, its plan and action plan, a subgroup, a consultation ...
    assert not refused, "\n".join(f"{url}: {why}" for url, why in refused.items())


def test_the_welsh_action_plan_gives_the_welsh_commentary_and_the_english_marked_where_none(
    client, bilingual_plan
):
    priority = bilingual_plan.priorities.get()
    written, unwritten = (
        ActionFactory(strategy=bilingual_plan, priority=priority, delivery_en=f"Action {n}")
        for n in (1, 2)
    )
    ProgressUpdate.objects.create(action=written, year=2024, quarter=1, rag="green",
        commentary_en="On track.", commentary_cy="Ar y trywydd iawn.")  # fmt: skip
    ProgressUpdate.objects.create(action=unwritten, year=2024, quarter=1, rag="amber",
        commentary_en="Delayed by the election.", commentary_cy="")  # fmt: skip
    QuarterPublication.objects.create(strategy=bilingual_plan, year=2024, quarter=1)
    english = reverse(
        "reports:action_plan",
        kwargs={"partnership_slug": bilingual_plan.partnership.slug, "slug": bilingual_plan.slug},
    )
    plan = bilingual_plan.get_absolute_url()
    welsh = client.get(f"/cy{english}").content.decode()
    assert "Ar y trywydd iawn." in welsh
    assert "Delayed by the election." in welsh
    # English in a Welsh page says so, for screen readers (WCAG 3.1.2, language of parts).
    assert '<span class="govuk-body-s portal-block">Ar y trywydd iawn.' in welsh
    assert '<span class="govuk-body-s portal-block" lang="en-GB">Delayed by the election.' in welsh
    strategy = client.get(f"/cy{plan}").content.decode()
    assert '<span lang="en-GB">Delayed by the election.</span>' in strategy
    assert '<span lang="en-GB">Ar y trywydd' not in strategy
    page = client.get(english).content.decode()
    assert "On track." in page
    assert "Ar y trywydd iawn." not in page
