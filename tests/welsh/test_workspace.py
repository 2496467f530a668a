"""The workspace in Welsh, under /cy/ as the public pages are: a bilingual partnership's
officer signs in, works and is sent back in Welsh, and every editor page the resolver knows
answers in Welsh as it does in English. English partnerships' officers see no Welsh."""

import re

from django.core import mail
from django.urls import reverse

from partnerships.models import Partnership
from tests.factories import PartnershipFactory, user_with_role
from tests.sweep import one_of_everything, swept_urls

LANGUAGE_NAVIGATION = 'class="portal-language-select"'


def html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page).group(1)


def make_bilingual(partnership):
    Partnership.objects.filter(pk=partnership.pk).update(
        nation="wales", languages=Partnership.Languages.BILINGUAL
    )
    partnership.refresh_from_db()


def test_an_officer_signs_in_and_works_in_welsh(client, partnership_a):
    make_bilingual(partnership_a)
    user_with_role(partnership_a, "approver", username="swyddog")
    dashboard = reverse("reports_editor:dashboard")
    profile = reverse("partnerships_editor:profile", kwargs={"slug": partnership_a.slug})

    response = client.get(f"/cy{dashboard}")
    assert response.status_code == 302
    assert response["Location"].startswith("/cy/accounts/login/?next=/cy/editor/")

    page = client.get(response["Location"]).content.decode()
    assert html_lang(page) == "cy"
    assert LANGUAGE_NAVIGATION in page  # the sign-in page serves every partnership
    response = client.post(
        f"/cy/accounts/login/?next=/cy{dashboard}",
        {"username": "swyddog", "password": "a-long-test-password"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"/cy{dashboard}"

    page = client.get(f"/cy{dashboard}").content.decode()
    assert html_lang(page) == "cy"
    assert "Eich rôl: cymeradwywr." in page
    nav = page[page.index(LANGUAGE_NAVIGATION) :]
    assert re.search(rf'<a href="{dashboard}" hreflang="en-GB"', nav)

    page = client.get(f"/cy{profile}").content.decode()
    assert html_lang(page) == "cy"
    assert f'href="{profile}"' in page  # the same page in English


def test_an_english_partnerships_officer_sees_no_welsh(client, partnership_a):
    user = user_with_role(partnership_a, "approver")
    client.force_login(user)
    dashboard = reverse("reports_editor:dashboard")
    assert LANGUAGE_NAVIGATION not in client.get(dashboard).content.decode()
    profile = reverse("partnerships_editor:profile", kwargs={"slug": partnership_a.slug})
    assert LANGUAGE_NAVIGATION not in client.get(profile).content.decode()
    response = client.get(f"/cy{profile}")
    assert response.status_code == 302
    assert response["Location"] == profile


def test_a_person_of_both_kinds_of_partnership_sees_the_choice_on_the_dashboard(
    client, partnership_a
):
    welsh = PartnershipFactory(slug="bro-prawf")
    make_bilingual(welsh)
    user = user_with_role(partnership_a, "approver")
    user.partnership_roles.create(partnership=welsh, role="viewer")
    client.force_login(user)
    assert LANGUAGE_NAVIGATION in client.get(reverse("reports_editor:dashboard")).content.decode()
    profile = reverse("partnerships_editor:profile", kwargs={"slug": partnership_a.slug})
    assert LANGUAGE_NAVIGATION not in client.get(profile).content.decode()


def test_every_workspace_page_answers_in_welsh(client, partnership_a, draft_a):
    """Each editor URL, for an approver of a bilingual partnership: the Welsh address
    answers as the English one does, in Welsh (lang="cy" on an HTML page)."""
    make_bilingual(partnership_a)
    client.force_login(user_with_role(partnership_a, "approver"))
    refused, checked = {}, 0
    for name, url, _named, _view in swept_urls(one_of_everything(partnership_a, draft_a)):
        english, welsh = client.get(url), client.get(f"/cy{url}")
        if welsh.status_code != english.status_code:
            refused[name] = f"{welsh.status_code}, English {english.status_code}"
        elif welsh.status_code == 302 and not welsh["Location"].startswith("/cy/"):
            refused[name] = f"sent to {welsh['Location']}"
        elif welsh.status_code == 200 and welsh["content-type"].startswith("text/html"):
            checked += 1
            if html_lang(welsh.content.decode()) != "cy":
                refused[name] = "not lang=cy"
    assert checked > 80
    assert not refused, "\n".join(f"{name}: {why}" for name, why in refused.items())


def test_the_workspace_offers_each_pdf_in_the_other_language(client, partnership_a, draft_a):
    make_bilingual(partnership_a)
    client.force_login(user_with_role(partnership_a, "approver"))
    overview = reverse("reports_editor:strategy", kwargs={"pk": draft_a.pk})
    scrutiny = reverse(
        "reports:scrutiny_report_pdf",
        kwargs={"partnership_slug": partnership_a.slug, "slug": draft_a.slug},
    )
    page = client.get(overview).content.decode()
    assert f'href="/cy{scrutiny}" hreflang="cy"' in page
    page = client.get(f"/cy{overview}").content.decode()
    assert f'href="{scrutiny}" hreflang="en-GB"' in page
    assert "Adroddiad craffu (PDF), yn yr iaith arall:" in page


def test_an_invitation_to_a_bilingual_partnership_is_in_welsh_then_english(
    client, partnership_a, django_capture_on_commit_callbacks
):
    """The person has chosen no language yet: the invitation says it in both, Welsh first,
    each with its link in its language; the Welsh link opens the Welsh page."""
    make_bilingual(partnership_a)
    client.force_login(user_with_role(partnership_a, "approver"))
    people = reverse("partnerships_editor:people", kwargs={"slug": partnership_a.slug})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(people, {"email": "swyddog.newydd@cyngor.example", "role": "editor"})
    message = mail.outbox[-1]
    welsh, english = message.subject.split(" / ")
    assert welsh.startswith("Rydych wedi cael gwahoddiad i ")
    assert english.startswith("You have been invited to ")
    cymraeg, saesneg = message.body.split("\n----\n")
    assert "wedi rhoi rôl" in cymraeg
    welsh_link = re.search(r"http://testserver(/cy/accounts/reset/\S+)", cymraeg).group(1)
    assert re.search(r"http://testserver/accounts/reset/\S+", saesneg)
    client.logout()
    page = client.get(welsh_link, follow=True).content.decode()
    assert html_lang(page) == "cy"


def test_an_invitation_to_an_english_partnership_is_in_english_only(
    client, partnership_a, django_capture_on_commit_callbacks
):
    client.force_login(user_with_role(partnership_a, "approver"))
    people = reverse("partnerships_editor:people", kwargs={"slug": partnership_a.slug})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(people, {"email": "new.officer@council.example", "role": "editor"})
    message = mail.outbox[-1]
    assert " / " not in message.subject
    assert "----" not in message.body
    assert "/cy/" not in message.body


def test_a_welsh_form_says_what_to_enter_in_welsh_and_the_english_is_unchanged(
    client, partnership_a
):
    make_bilingual(partnership_a)
    client.force_login(user_with_role(partnership_a, "approver"))
    profile = reverse("partnerships_editor:profile", kwargs={"slug": partnership_a.slug})
    welsh = client.post(f"/cy{profile}", {"name": ""}).content.decode()
    assert "Rhowch enw" in welsh
    assert "Enter the name" not in welsh
    assert "Gallwch ddechrau llinell gyda -" in client.get(f"/cy{profile}").content.decode()
    english = client.post(profile, {"name": ""}).content.decode()
    assert "Enter the name" in english
    assert "You can start a line with -" in client.get(profile).content.decode()
