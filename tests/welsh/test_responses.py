"""A resident answers a bilingual partnership's consultation in either language: the
response records which, and the results count both together and by language."""

import datetime

from consultations.models import Response
from consultations.results import consultation_results
from tests.consultations.conftest import respond_url as url
from tests.consultations.test_responding import answers
from tests.factories import PriorityFactory, StrategyFactory, open_consultation


def test_responses_record_their_language_and_results_break_down_by_it(client, bilingual):
    strategy = StrategyFactory(partnership=bilingual, status="consultation")
    PriorityFactory(strategy=strategy, title_en="Reduce violence", title_cy="Lleihau trais")
    PriorityFactory(strategy=strategy, title_en="Protect children", title_cy="Diogelu plant")
    consultation = open_consultation(strategy)

    english = url(consultation)
    welsh = client.post(f"/cy{english}", answers(consultation))
    assert welsh.status_code == 302
    assert welsh["Location"].startswith("/cy/")  # the thank-you page in Welsh too
    assert client.post(english, answers(consultation)).status_code == 302

    assert sorted(Response.objects.values_list("language", flat=True)) == ["cy", "en"]
    results = consultation_results(consultation)
    assert results.responses == 2
    assert results.by_language == {"en": 1, "cy": 1}


def test_an_english_partnership_has_no_breakdown_by_language(client, db):
    strategy = StrategyFactory(status="consultation")
    PriorityFactory(strategy=strategy)
    PriorityFactory(strategy=strategy)
    consultation = open_consultation(strategy)
    assert client.post(url(consultation), answers(consultation)).status_code == 302
    assert Response.objects.get().language == "en"
    assert consultation_results(consultation).by_language == {}


def test_the_welsh_form_offers_its_answers_and_says_its_errors_in_welsh(client, bilingual):
    strategy = StrategyFactory(partnership=bilingual, status="consultation")
    PriorityFactory(strategy=strategy, title_en="Reduce violence", title_cy="Lleihau trais")
    consultation = open_consultation(strategy)
    english = url(consultation)

    page = client.get(f"/cy{english}").content.decode()
    assert "Ddim yn cytuno nac yn anghytuno" in page
    assert "Neither agree nor disagree" not in page
    assert "Neither agree nor disagree" in client.get(english).content.decode()

    refused = client.post(f"/cy{english}", {}).content.decode()
    assert "Atebwch o leiaf un cwestiwn" in refused
    assert "Answer at least one question" not in refused


def test_the_welsh_form_says_until_which_day_with_the_weekday_mutated(client, bilingual):
    strategy = StrategyFactory(partnership=bilingual, status="consultation")
    PriorityFactory(strategy=strategy, title_en="Reduce violence", title_cy="Lleihau trais")
    consultation = open_consultation(strategy)
    consultation.closes_at = datetime.datetime(2026, 12, 10, 17, 0, tzinfo=datetime.UTC)
    consultation.save()
    english = url(consultation)
    page = client.get(f"/cy{english}").content.decode()
    assert "Ar agor tan ddydd Iau 10 Rhagfyr 2026 am 17:00." in page
    page = client.get(english).content.decode()
    assert "Open until Thursday 10 December 2026 at 17:00." in page
