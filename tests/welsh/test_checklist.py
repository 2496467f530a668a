"""The Welsh Language Standards row of the statutory checklist, for a partnership in Wales:
met when every public text of the plan in force is in both languages, none awaiting review."""

import datetime

from django.utils import timezone

from csp_portal.dates import PartialDate
from partnerships.models import Partnership
from reports.checklist import MET, NOT_MET, NOT_RECORDED, statutory_checklist
from tests.factories import PartnershipFactory, PriorityFactory, StrategyFactory

WELSH_LANGUAGE = 21


def row(partnership, as_at=None):
    checks = {check.row: check for check in statutory_checklist(partnership, as_at)}
    return checks.get(WELSH_LANGUAGE)


def test_met_when_every_text_is_in_both_languages(bilingual_plan):
    check = row(bilingual_plan.partnership)
    assert check.status == MET, check.evidence
    assert "SI 2015/996" in check.source

    PriorityFactory(strategy=bilingual_plan, title_en="Protect children", title_cy="")
    check = row(bilingual_plan.partnership)
    assert check.status == NOT_MET
    assert "1 of the texts of ‘Community Safety Strategy’ is not ready" in check.evidence[0]
    assert "Protect children" in check.evidence[0]


def test_not_recorded_as_at_an_earlier_day(bilingual_plan):
    earlier = timezone.localdate() - datetime.timedelta(days=30)
    published = earlier - datetime.timedelta(days=30)
    bilingual_plan.published = PartialDate.of(published.year, published.month, published.day)
    bilingual_plan.save()
    assert row(bilingual_plan.partnership, earlier).status == NOT_RECORDED


def test_a_welsh_partnership_publishing_in_english_only_does_not_meet_it(db):
    partnership = PartnershipFactory(nation="wales", languages=Partnership.Languages.ENGLISH)
    StrategyFactory(partnership=partnership)
    check = row(partnership)
    assert check.status == NOT_MET
    assert "publishes in English only" in check.evidence[0]


def test_an_english_partnership_has_no_such_row(db):
    partnership = PartnershipFactory()
    StrategyFactory(partnership=partnership)
    assert row(partnership) is None
