"""Form fields in the GOV.UK patterns: dates as the papers give them (held with their
precision, entered in the GOV.UK date input: three boxes, the day optional), and radios
with nothing chosen for the user."""

import datetime
import importlib
import re

import pytest
from django import forms
from django.template.loader import render_to_string
from django.utils import timezone

from consultations.forms import ConsultationForm
from csp_portal.dates import PartialDate
from csp_portal.forms import PartialDateField
from partnerships.forms import BoardPostForm
from tests.factories import PartnershipFactory


class MeetingForm(forms.Form):
    held_on = PartialDateField(label="Date of the meeting", example="2 11 2021")


def rendered(form) -> str:
    return render_to_string("includes/_field.html", {"field": form["held_on"]})


def test_the_date_input_has_three_labelled_boxes():
    html = rendered(MeetingForm(initial={"held_on": PartialDate.of(2021, 11)}))
    boxes = re.findall(
        r'<input[^>]*id="(id_held_on_\d)" name="(held_on_\d)"[^>]*value="([^"]*)"', html
    )
    assert boxes == [
        ("id_held_on_0", "held_on_0", ""),  # the paper gives no day
        ("id_held_on_1", "held_on_1", "11"),
        ("id_held_on_2", "held_on_2", "2021"),
    ]
    labels = re.findall(r'<label[^>]*for="(id_held_on_\d)">(\w+)</label>', html)
    assert labels == [("id_held_on_0", "Day"), ("id_held_on_1", "Month"), ("id_held_on_2", "Year")]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        (("", "6", "2021"), "June 2021"),
        (("", "", "2020"), "2020"),
        (("27", "5", "2021"), "27 May 2021"),
    ],
)
def test_a_date_is_kept_with_the_precision_typed(typed, written):
    form = MeetingForm({f"held_on_{i}": part for i, part in enumerate(typed)})
    assert form.is_valid(), form.errors
    assert str(form.cleaned_data["held_on"]) == written


def test_what_cannot_be_read_is_an_error_with_the_input_kept():
    form = MeetingForm({"held_on_0": "31", "held_on_1": "2", "held_on_2": "2021"})
    assert not form.is_valid()
    assert "real date" in form.errors["held_on"][0]
    html = rendered(form)
    assert 'name="held_on_0" type="text" inputmode="numeric" value="31"' in html
    assert "govuk-input--error" in html


def test_a_radio_choice_has_no_blank_option_chosen_for_the_user():
    form = BoardPostForm(partnership=PartnershipFactory.build())
    html = render_to_string("includes/_field.html", {"field": form["post"]})
    assert "---------" not in html
    assert "checked" not in html
    assert 'value="chair"' in html


class OpeningForm(forms.Form):
    """The opening of a consultation, alone: a day and a time, midnight if no time is given."""

    opens_at = ConsultationForm.base_fields["opens_at"]


def moment(day, month, year, time) -> OpeningForm:
    return OpeningForm({"opens_at_0": day, "opens_at_1": month, "opens_at_2": year,
                        "opens_at_3": time})  # fmt: skip


@pytest.mark.parametrize(
    ("time", "read"),
    [
        ("9:00am", "09:00"),
        ("9am", "09:00"),
        ("5.30pm", "17:30"),
        ("17:30", "17:30"),
        ("12am", "00:00"),
        ("12pm", "12:00"),
        ("midday", "12:00"),
        ("", "00:00"),
        (" 9:30 PM ", "21:30"),
    ],  # fmt: skip
)
def test_a_day_and_time_is_the_gov_uk_date_input_and_the_time_as_people_type_it(time, read):
    form = moment("6", "1", "2030", time)
    assert form.is_valid(), form.errors
    opens = timezone.localtime(form.cleaned_data["opens_at"])
    assert (opens.date(), f"{opens:%H:%M}") == (datetime.date(2030, 1, 6), read)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (("6", "1", "2030", "25:00"), "Enter the time it opens as a time of day, for example "
         "9:00am or 17:30"),
        (("6", "1", "2030", "13pm"), "Enter the time it opens as a time of day"),
        (("31", "2", "2030", "9am"), "Enter the date it opens as a real date, for example"),
        (("", "1", "2030", "9am"), "The date it opens must include a day"),
        (("6", "", "", ""), "The date it opens must include a month and a year"),
    ],
)  # fmt: skip
def test_a_day_and_time_it_cannot_read_is_an_error_with_what_was_typed_kept(typed, message):
    form = moment(*typed)
    assert not form.is_valid()
    assert form.errors["opens_at"][0].startswith(message)
    html = render_to_string("includes/_field.html", {"field": form["opens_at"]})
    assert 'type="date' not in html
    assert html.count('class="govuk-input govuk-date-input__input') == 3
    assert re.search(f'name="opens_at_3"[^>]*value="{typed[3]}"', html)
    assert "For example, 9:00am or 17:30" in html


def test_a_day_and_time_shows_the_stored_moment_in_uk_time():
    stored = datetime.datetime(2030, 7, 1, 16, 30, tzinfo=datetime.UTC)  # 5:30pm in summer
    html = render_to_string(
        "includes/_field.html", {"field": OpeningForm(initial={"opens_at": stored})["opens_at"]}
    )
    for box, value in [("0", "1"), ("1", "7"), ("2", "2030"), ("3", "5:30pm")]:
        assert re.search(rf'name="opens_at_{box}"[^>]*value="{value}"', html), box


def every_form_class():
    found, waiting = [], [forms.Form, forms.ModelForm]
    while waiting:
        for form_class in waiting.pop().__subclasses__():
            waiting.append(form_class)
            if form_class.__module__.split(".")[0] in PROJECT_APPS:
                found.append(form_class)
    return found


PROJECT_APPS = {"csp_portal", "partnerships", "subgroups", "strategies", "consultations",
                "monitoring", "scrutiny", "reports"}  # fmt: skip


def test_every_date_field_names_a_date_in_its_messages():
    """'Enter the date it is due as a real date', never 'Enter the due as a real date'."""
    for module in PROJECT_APPS:
        importlib.import_module(f"{module}.forms")
    dates = [
        (form_class.__name__, name, field)
        for form_class in every_form_class()
        for name, field in form_class.base_fields.items()
        if isinstance(field, PartialDateField)
    ]
    assert len(dates) > 15
    for form_class, name, field in dates:
        assert "date" in field._words(), (form_class, name, field._words())
