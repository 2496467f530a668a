"""An indicator's figures entered, corrected and deleted one at a time, with their history:
a wrong figure no longer stays on the public chart."""

from decimal import Decimal

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from monitoring.forms import IndicatorForm
from monitoring.models import IndicatorValue, QuarterPublication
from tests.factories import IndicatorFactory, user_with_role

pytestmark = pytest.mark.django_db


@pytest.fixture
def burglaries(plan):
    QuarterPublication.objects.create(strategy=plan, year=2021, quarter=4)
    return IndicatorFactory(strategy=plan, name="Residential burglaries")


@pytest.fixture
def editor(client, plan):
    user = user_with_role(plan.partnership, "editor")
    client.force_login(user)
    return user


def figure_url(indicator, name="figure_add", **kwargs):
    kwargs = {"pk": indicator.strategy_id, "indicator_pk": indicator.pk, **kwargs}
    return reverse(f"monitoring_editor:{name}", kwargs=kwargs)


def test_a_figure_is_entered_and_corrected_with_its_history(client, plan, burglaries, editor):
    page = client.get(figure_url(burglaries))
    assertContains(page, "Add a figure")
    assertContains(page, '<option value="" selected>Choose the quarter</option>', html=True)
    assertContains(page, "Q4 2023/24 (January to March 2024)")  # the plan's last quarter
    assertNotContains(page, "---------")

    response = client.post(figure_url(burglaries), {"period": "2021-Q1", "value": "3,460"})
    indicators = reverse("monitoring_editor:indicators", kwargs={"pk": plan.pk})
    assert response.status_code == 302
    assert response["Location"] == f"{indicators}#indicator-{burglaries.pk}"
    figure = IndicatorValue.objects.get()
    assert (figure.year, figure.quarter, figure.value) == (2021, 1, Decimal("3460.00"))

    edit = figure_url(burglaries, "figure_edit", record_pk=figure.pk)
    assertContains(client.get(edit), 'value="3460.00"')
    client.post(edit, {"period": "2021-Q2", "value": "52", "note": "Police figures, revised"})
    figure.refresh_from_db()
    assert (figure.quarter, figure.value, figure.note) == (2, 52, "Police figures, revised")
    history = list(figure.history.order_by("history_date"))
    assert [h.history_type for h in history] == ["+", "~"]
    assert history[1].history_user == editor
    assert history[0].value == Decimal("3460.00")

    page = client.get(indicators)
    assertContains(page, 'Change<span class="govuk-visually-hidden"> the figure for Q2 2021/22')
    assertContains(page, figure_url(burglaries, "figure_delete", record_pk=figure.pk))


def test_a_yearly_indicator_takes_a_financial_year(client, plan, editor):
    yearly = IndicatorFactory(strategy=plan, name="Hate crimes", frequency="annual")
    page = client.get(figure_url(yearly))
    assertContains(page, "Financial year")
    assertContains(page, '<option value="2023">2023/24</option>', html=True)
    assertNotContains(page, "2021-Q1")
    client.post(figure_url(yearly), {"period": "2022", "value": "41"})
    assert IndicatorValue.objects.get().period_label == "2022/23"


def test_a_second_figure_for_a_period_is_refused(client, burglaries, editor):
    IndicatorValue.objects.create(indicator=burglaries, year=2021, quarter=1, value=50)
    response = client.post(figure_url(burglaries), {"period": "2021-Q1", "value": "52"})
    assertContains(response, "There is a figure for Q1 2021/22 already: change that one instead")
    assert IndicatorValue.objects.get().value == 50


@pytest.mark.parametrize(
    ("unit", "typed", "message"),
    [
        ("offences", "-4", "A figure in offences cannot be below 0"),
        ("%", "1e9", "A percentage cannot be over 100"),
        ("%", "100.5", "A percentage cannot be over 100"),
        ("%", "NaN", "Enter the figure as a number, for example 52 or 62.5"),
        ("%", "inf", "Enter the figure as a number, for example 52 or 62.5"),
        ("offences", "many", "Enter the figure as a number, for example 52 or 62.5"),
        ("offences", "", "Enter the figure"),
    ],
)
def test_a_figure_out_of_range_for_its_unit_is_refused(client, plan, editor, unit, typed, message):
    indicator = IndicatorFactory(strategy=plan, name="I", unit=unit)
    response = client.post(figure_url(indicator), {"period": "2021-Q1", "value": typed})
    assert response.status_code == 200
    assertContains(response, message)
    assert not IndicatorValue.objects.exists()


@pytest.mark.parametrize(("unit", "typed"), [("% change", "-12.5"), ("%", "62.5"), ("%", "0")])
def test_a_change_may_be_below_0_and_a_percentage_up_to_100(client, plan, editor, unit, typed):
    indicator = IndicatorFactory(strategy=plan, name="I", unit=unit)
    client.post(figure_url(indicator), {"period": "2021-Q1", "value": typed})
    assert IndicatorValue.objects.get().value == Decimal(typed)


def test_a_wrong_figure_is_deleted_after_a_confirmation_and_leaves_the_public_chart(
    client, plan, burglaries, editor, django_capture_on_commit_callbacks
):
    right = IndicatorValue.objects.create(indicator=burglaries, year=2021, quarter=1, value=52)
    wrong = IndicatorValue.objects.create(indicator=burglaries, year=2021, quarter=2, value=4900)
    client.logout()
    assertContains(client.get(plan.get_absolute_url()), "Q2 2021/22: 4,900")  # cached now
    client.force_login(editor)

    delete = figure_url(burglaries, "figure_delete", record_pk=wrong.pk)
    page = client.get(delete)
    assertContains(page, "Delete the figure ‘Residential burglaries: Q2 2021/22, 4900’?")
    assert IndicatorValue.objects.count() == 2
    with django_capture_on_commit_callbacks(execute=True):  # the cached page retires
        client.post(delete)
    assert list(IndicatorValue.objects.all()) == [right]
    assert wrong.history.first().history_type == "-"

    client.logout()
    public = client.get(plan.get_absolute_url())
    assertNotContains(public, "4900")
    assertNotContains(public, "4,900")
    assertContains(public, "Q1 2021/22: 52")


def test_only_an_editor_changes_figures(client, plan, burglaries):
    figure = IndicatorValue.objects.create(indicator=burglaries, year=2021, quarter=1, value=52)
    client.force_login(user_with_role(plan.partnership, "viewer"))
    assert (
        client.post(figure_url(burglaries), {"period": "2021-Q2", "value": "1"}).status_code == 403
    )
    delete = figure_url(burglaries, "figure_delete", record_pk=figure.pk)
    assert client.post(delete).status_code == 403
    assert IndicatorValue.objects.count() == 1
    page = client.get(reverse("monitoring_editor:indicators", kwargs={"pk": plan.pk}))
    assertNotContains(page, "Add a figure")


def test_the_direction_is_chosen_from_two_with_none_ticked(client, plan, editor):
    page = client.get(reverse("monitoring_editor:indicator_add", kwargs={"pk": plan.pk}))
    assertNotContains(page, "---------")
    assertContains(page, 'name="direction"', count=2)
    assertNotContains(page, 'value="lower" checked')
    assertNotContains(page, 'value="higher" checked')
    assert IndicatorForm(strategy=plan).fields["direction"].choices == [
        ("lower", "Lower is better"),
        ("higher", "Higher is better"),
    ]
    response = client.post(
        reverse("monitoring_editor:indicator_add", kwargs={"pk": plan.pk}),
        {"name": "Burglaries", "unit": "offences", "frequency": "quarterly"},
    )
    assertContains(response, "Choose whether lower or higher is better")
