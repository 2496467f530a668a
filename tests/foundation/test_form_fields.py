"""Form fields in the GOV.UK patterns: dates as the papers give them (held with their
precision, entered in the GOV.UK date input: three boxes, the day optional), and radios
with nothing chosen for the user."""

import re

import pytest
from django import forms
from django.template.loader import render_to_string

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
