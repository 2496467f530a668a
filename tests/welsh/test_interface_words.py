"""The words the portal itself writes on a bilingual partnership's public pages (its plan's
period, the roles of its members, the kinds of body it works with, dates, the trend of an
indicator) read in Welsh on the Welsh page, and as before on the English one."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from csp_portal.dates import PartialDate
from csp_portal.fiscal import Quarter
from csp_portal.imports import Problems
from monitoring.models import Indicator, IndicatorValue
from partnerships.models import GovernanceLink, Membership
from strategies.bilingual import check_fully_translated, translation_gaps
from tests.factories import ActionFactory, MembershipFactory, OrganisationFactory, PriorityFactory


def pages(client, url: str) -> tuple[str, str]:
    english = client.get(url)
    welsh = client.get(f"/cy{url}")
    assert english.status_code == welsh.status_code == 200
    return english.content.decode(), welsh.content.decode()


def test_the_partnership_page_names_roles_links_and_dates_in_welsh(client, bilingual_plan):
    partnership = bilingual_plan.partnership
    police = MembershipFactory(partnership=partnership, organisation=OrganisationFactory())
    police.left = PartialDate.of(2021, 7, 25)
    police.save()
    MembershipFactory(
        partnership=partnership,
        organisation=OrganisationFactory(),
        role=Membership.Role.CO_OPERATING_BODY,
    )
    GovernanceLink.objects.create(
        partnership=partnership, body="Bwrdd Iechyd", kind=GovernanceLink.Kind.WORKS_WITH
    )
    GovernanceLink.objects.create(
        partnership=partnership, body="Pwyllgor Craffu", kind=GovernanceLink.Kind.SCRUTINISED_BY
    )
    english, welsh = pages(client, partnership.get_absolute_url())

    assert "Awdurdod cyfrifol" in welsh  # one responsible authority: the singular
    assert "Corff cydweithredol" in welsh
    assert "until 25 July 2021" in english
    assert "tan 25 Gorffennaf 2021" in welsh  # the portal's July, not Django's "Gorffenaf"
    assert "Yn gweithio gyda:" in welsh
    assert "Craffir arni gan:" in welsh
    assert "yn atebol i gyrff: 1; yn gweithio gyda chyrff: 1; is-grwpiau: 0." in welsh
    for words in ("Responsible authority", "Co-operating body", "Works with", "July"):
        assert words in english
        assert words not in welsh


def test_the_strategy_page_gives_its_period_and_indicator_trend_in_welsh(client, bilingual_plan):
    indicator = Indicator.objects.create(
        strategy=bilingual_plan,
        name_en="Burglaries",
        name_cy="Bwrgleriaethau",
        unit="offences",
        direction=Indicator.Direction.LOWER,
        target=40,
    )
    for quarter, value in ((1, 52), (2, 39)):
        IndicatorValue.objects.create(indicator=indicator, year=2021, quarter=quarter, value=value)
    english, welsh = pages(client, bilingual_plan.get_absolute_url())

    assert "2021 to 2024" in english
    assert "2021 i 2024" in welsh
    assert "2021 to 2024" not in welsh
    assert "Lower is better" in english
    assert "Gorau po isaf" in welsh
    assert "yn gwella; targed wedi&#x27;i gyrraedd" in welsh
    assert "Llinell sylfaen" not in english
    assert "Lower is better" not in welsh


def test_a_date_reads_in_the_language_of_the_page():
    day = PartialDate.of(2021, 9, 3)
    month = PartialDate(datetime.date(2020, 12, 1), "month")
    with translation.override("en"):
        assert (str(day), day.short(), str(month)) == (
            "3 September 2021",
            "3 Sep 2021",
            "December 2020",
        )
    with translation.override("cy"):
        assert (str(day), str(month)) == ("3 Medi 2021", "Rhagfyr 2020")


def test_the_action_plan_says_what_an_action_lacks_in_welsh(client, bilingual_plan):
    ActionFactory(strategy=bilingual_plan, delivery_en="Cut burglary", delivery_cy="Lleihau")
    url = reverse(
        "reports:action_plan",
        kwargs={"partnership_slug": bilingual_plan.partnership.slug, "slug": bilingual_plan.slug},
    )
    english, welsh = pages(client, url)
    assert "Not stated" in english
    assert "Heb ei nodi" in welsh
    assert "Not stated" not in welsh


def test_a_plan_lacking_welsh_is_refused_in_the_language_of_the_page(bilingual_plan):
    PriorityFactory(strategy=bilingual_plan, title_en="Protect children", order=2)
    gap = translation_gaps(bilingual_plan)[0]
    assert str(gap) == "Strategic priority ‘Protect children’: the Welsh of its title is missing"
    with translation.override("cy"):
        assert str(gap) == (
            "Blaenoriaeth strategol ‘Protect children’: mae’r Gymraeg ar gyfer y maes ‘teitl’ ar "
            "goll"
        )
        with pytest.raises(ValidationError) as refused:
            check_fully_translated(bilingual_plan)
    assert "nid yw 1 o’i destunau’n barod yn y ddwy iaith" in refused.value.messages[0]
    assert "Mae tudalen y strategaeth yn eu rhestru i gyd." in refused.value.messages[0]


def test_an_import_on_a_welsh_page_reads_roles_in_english_or_welsh():
    with translation.override("cy"):
        line = Problems(2)
        roles = Membership.Role.choices
        assert line.choice("Role", "Responsible authority", roles) == "responsible_authority"
        assert line.choice("Role", "Corff cydweithredol", roles) == "co_operating_body"
        assert line.choice("Role", "Chair", roles) == ""
        assert line.messages == [
            "Llinell 2, Role: nid yw ‘Chair’ yn un o’r rhain: Awdurdod cyfrifol, "
            "Corff cydweithredol, Aelod arall"
        ]


def test_a_quarter_is_named_in_welsh():
    quarter = Quarter(2024, 2)
    with translation.override("cy"):
        assert quarter.short_label == "Ch2 2024/25"
    assert quarter.short_label == "Q2 2024/25"
