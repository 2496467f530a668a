"""E-mails in each person's own language, against the real SMTP server: a person with a role
in a partnership that publishes in Welsh and English may choose Cymraeg on their reminders
page, and is then sent reminders and the weekly digest in Welsh (subject, body, the HTML's
lang, the Content-Language header, links to the Welsh pages); everyone else in English."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from notifications.models import Delivery, Kind, PersonLanguage, Preference
from notifications.services import language_of, language_save
from partnerships.models import Partnership

from .conftest import BEFORE_Q2, parts, run
from .test_pages import PAGE, signed_in

pytestmark = pytest.mark.django_db
SITE = "https://csp.example.gov.uk"
FRIDAY = BEFORE_Q2 + datetime.timedelta(days=4)


@pytest.fixture
def bilingual_a(world):
    """Partnership A publishes in Welsh and English (any test data); B in English only."""
    Partnership.objects.filter(pk=world["a"].pk).update(
        nation="wales", languages=Partnership.Languages.BILINGUAL
    )
    return world


def progress_address(plan, language) -> str:
    with translation.override(language):
        return SITE + reverse("monitoring_editor:progress", kwargs={"pk": plan.pk})


def test_a_welsh_reader_gets_a_welsh_reminder_and_an_english_one_english(inbox, bilingual_a):
    world = bilingual_a
    language_save(email="Editor-A@example.org", language="cy")
    run(BEFORE_Q2)
    # Editor A stands in for the council's lead, who has no address: in Welsh.
    [welsh] = inbox.to("editor-a@example.org")
    assert welsh["Subject"].startswith("Cynnydd yn ddyledus ar gyfer ")
    assert welsh["Subject"].endswith(": 1 cam gweithredu o Plan A")
    assert welsh["Content-Language"] == "cy"
    text, html = parts(welsh)
    assert text.startswith("Cofnodwch gynnydd y camau gweithredu hyn erbyn 30 Medi 2024")
    assert "Light the alleys (arweinydd: Borough A Council)" in text
    assert f"Cofnodi cynnydd: {progress_address(world['plan a'], 'cy')}" in text
    assert "Anfonir hwn atoch fel golygydd Borough A" in text
    assert "I atal y negeseuon e-bost hyn:" in text
    assert '<html lang="cy">' in html
    assert f'href="{progress_address(world["plan a"], "cy")}"' in html
    assert "Record" not in text
    assert "Stop these e-mails" not in html
    # The police's contact and B's editor chose nothing: English, as before.
    for address in ("lee.lead@police.example.org", "editor-b@example.org"):
        [english] = inbox.to(address)
        assert english["Subject"].startswith("Progress due for Q2 2024/25: 1 action of Plan")
        assert english["Content-Language"] == "en"
        text, html = parts(english)
        assert text.startswith("Record the progress of these actions by 30 September 2024")
        assert '<html lang="en">' in html
    [lead] = inbox.to("lee.lead@police.example.org")
    assert f"Record progress: {progress_address(world['plan a'], 'en-gb')}" in parts(lead)[0]


def test_the_weekly_digest_is_written_in_the_readers_language(inbox, bilingual_a, settings):
    world = bilingual_a
    settings.REMINDER_DIGEST_WEEKDAY = FRIDAY.weekday()
    language_save(email="editor-a@example.org", language="cy")
    for kind in (Kind.PROGRESS, Kind.MILESTONES):
        Preference.objects.create(
            email="editor-a@example.org",
            partnership=world["a"],
            kind=kind,
            delivery=Delivery.DIGEST,
        )
    world["plan a"].milestones.create(kind="review", title="Review", planned_on=FRIDAY)
    run(BEFORE_Q2)
    inbox.take()  # the statutory duties, not chosen as a digest
    run(FRIDAY)
    [digest] = inbox.to("editor-a@example.org")
    assert digest["Subject"] == "Eich nodiadau atgoffa yr wythnos hon: 2 i weithredu arnynt"
    assert digest["Content-Language"] == "cy"
    text, html = parts(digest)
    assert text.startswith("Gweithredwch ar y 2 nodyn atgoffa hyn yr wythnos hon.")
    assert "Carreg filltir yn ddyledus" in html
    assert '<html lang="cy">' in html


def test_welsh_is_offered_only_to_a_person_of_a_bilingual_partnership(client, bilingual_a):
    signed_in(client, "approver-b")  # B publishes in English only
    assert 'name="language"' not in client.get(PAGE).content.decode()
    signed_in(client, "approver-a")
    page = client.get(PAGE).content.decode()
    assert page.count('name="language"') == 2  # English, the default, and Cymraeg
    assert 'name="language" type="radio" value="en" checked' in page
    assert 'lang="cy">Cymraeg</label>' in page  # named in itself, in its own language
    a = bilingual_a["a"].pk
    kinds = {f"kinds_{a}": list(Kind.values), f"delivery_{a}": "single"}
    assert client.post(PAGE, {**kinds, "language": "cy"}).status_code == 302
    assert language_of("approver-a@example.org") == "cy"
    assert 'name="language" type="radio" value="cy" checked' in client.get(PAGE).content.decode()
    assert client.post(PAGE, {**kinds, "language": "fr"}).status_code == 400
    assert language_of("approver-a@example.org") == "cy"


def test_a_person_offered_no_choice_keeps_english(client, bilingual_a):
    signed_in(client, "approver-b")
    b = bilingual_a["b"].pk
    response = client.post(PAGE, {f"kinds_{b}": [], f"delivery_{b}": "single", "language": "cy"})
    assert response.status_code == 302
    assert not PersonLanguage.objects.exists()
    assert language_of("approver-b@example.org") == "en"
