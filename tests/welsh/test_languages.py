"""A partnership's languages: English only by default; Welsh and English only in Wales,
set by its approver in the profile or by a portal administrator."""

from django.urls import reverse

from partnerships.models import Organisation, Partnership
from tests.browsing import Visitor
from tests.factories import PartnershipFactory, user_with_role


def profile(client, partnership):
    partnership.local_authorities.add(Organisation.objects.create(name="A Council"))
    client.force_login(user_with_role(partnership, "approver"))
    return Visitor(client), reverse(
        "partnerships_editor:profile", kwargs={"slug": partnership.slug}
    )


def test_english_only_by_default(db):
    assert PartnershipFactory().languages == Partnership.Languages.ENGLISH


def test_an_approver_in_wales_makes_the_partnership_bilingual(client, db):
    partnership = PartnershipFactory(nation="wales")
    visitor, url = profile(client, partnership)
    visitor.submit(url, {"languages": "cy-en"})
    partnership.refresh_from_db()
    assert partnership.is_bilingual


def test_a_partnership_in_england_cannot_be_bilingual(client, db):
    partnership = PartnershipFactory(nation="england", area="Surrey Heath")
    visitor, url = profile(client, partnership)
    response = visitor.submit(url, {"languages": "cy-en"}, expect=200)
    page = response.content.decode()
    assert "Only a partnership in Wales can publish in Welsh and English" in page
    assert 'value="Surrey Heath"' in page  # what was typed is kept
    partnership.refresh_from_db()
    assert partnership.languages == Partnership.Languages.ENGLISH
