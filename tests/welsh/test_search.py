"""Search in Welsh (/cy/search/): it finds what the Welsh pages say, the Welsh of each text
or its English where none was written, matched word for word (PostgreSQL's `simple`
configuration: no English stemming of Welsh words), letters such as ŵ and ŷ included; the
English search is as it was."""

from django.urls import reverse
from django.utils import translation

from reports.search import search_capped
from tests.factories import ActionFactory, SubgroupFactory


def found(query: str, language: str) -> set[tuple[str, str]]:
    with translation.override(language):
        return {(result.kind, result.title) for result in search_capped(query)[0]}


def test_welsh_words_are_found_in_welsh_only(bilingual_plan):
    assert ("Priority", "Lleihau trais") in found("trais", "cy")
    assert ("Delivery area", "Troseddau cyllyll") in found("troseddau cyllyll", "cy")
    assert found("trais", "en-gb") == set()
    assert ("Priority", "Reduce violence") in found("violence", "en-gb")


def test_letters_with_a_to_bach_are_found(bilingual_plan):
    ActionFactory(
        strategy=bilingual_plan,
        priority=bilingual_plan.priorities.get(),
        delivery_en="Talks for young people",
        delivery_cy="Sgyrsiau i bobl ifanc am ŵyl a thŷ",
    )
    assert ("Action", "Sgyrsiau i bobl ifanc am ŵyl a thŷ") in found("thŷ", "cy")
    assert found("thy", "cy") == set()  # a different word in Welsh


def test_text_with_no_welsh_is_searched_in_its_english(bilingual_plan):
    SubgroupFactory(partnership=bilingual_plan.partnership, name_en="Safer Roads Group")
    assert ("Subgroup", "Safer Roads Group") in {
        (kind, title.split(" (")[0]) for kind, title in found("roads", "cy")
    }


def test_the_welsh_search_page_shows_the_welsh_hit_highlighted(client, bilingual_plan):
    with translation.override("cy"):
        search = reverse("reports:search")
    assert search == "/cy/search/"
    page = client.get(search, {"q": "trais"}).content.decode()
    assert '<html lang="cy"' in page
    assert "Lleihau trais" in page
    assert "Reduce violence" not in page
