"""Welsh under /cy/, English at today's addresses; the language navigation on a bilingual
partnership's pages only, linking to the same page in the other language."""

import re

import pytest
from django.urls import reverse

LANGUAGE_NAVIGATION = 'class="portal-language-select"'


def html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


def other_language_link(page: str) -> str:
    nav = page[page.index(LANGUAGE_NAVIGATION) :]
    return re.search(r'<a href="([^"]+)" hreflang', nav).group(1)


def test_a_welsh_page_is_in_welsh_and_links_to_the_same_page_in_english(client, bilingual_plan):
    english = bilingual_plan.get_absolute_url()
    welsh = f"/cy{english}"
    page = client.get(welsh).content.decode()
    assert html_lang(page) == "cy"
    assert "Strategaeth Diogelwch Cymunedol" in page
    assert "Lleihau trais" in page
    assert "Troseddau cyllyll" in page
    assert "Community Safety Strategy</" not in page
    assert other_language_link(page) == english

    page = client.get(english).content.decode()
    assert html_lang(page) == "en-GB"
    assert "Community Safety Strategy" in page
    assert "Reduce violence" in page
    assert "Lleihau trais" not in page
    assert other_language_link(page) == welsh


@pytest.mark.parametrize("name", ["reports:partnership"])
def test_every_page_of_the_partnership_has_the_navigation(client, bilingual, name):
    english = reverse(name, kwargs={"slug": bilingual.slug})
    for address in (english, f"/cy{english}"):
        page = client.get(address).content.decode()
        assert LANGUAGE_NAVIGATION in page, address
    assert "Bro Prawf" in client.get(f"/cy{english}").content.decode()


def test_an_english_partnership_shows_no_navigation_and_no_welsh_address(client, english_only):
    english = english_only.get_absolute_url()
    response = client.get(english)
    assert response.status_code == 200, (response.status_code, response.get("Location"))
    page = response.content.decode()
    assert html_lang(page) == "en-GB"
    assert LANGUAGE_NAVIGATION not in page
    response = client.get(f"/cy{english}?q=1")
    assert response.status_code == 302
    assert response["Location"] == f"{english}?q=1"


def test_pages_of_the_portal_itself_show_no_navigation(client, bilingual_plan):
    for address in ("/", "/search/", "/accessibility/"):
        page = client.get(address).content.decode()
        assert html_lang(page) == "en-GB"
        assert LANGUAGE_NAVIGATION not in page, address


def test_the_browser_language_does_not_change_an_english_address(client, bilingual_plan):
    page = client.get(bilingual_plan.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="cy").content.decode()
    assert html_lang(page) == "en-GB"
    assert "Community Safety Strategy" in page
