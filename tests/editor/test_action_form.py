"""Actions typed one after another on the action form, as a plan's table is copied out:
'Save and add another' comes back to the form, which proposes the year of the action added
last (the plan's first year for its first action)."""

import pytest
from django.urls import reverse

from strategies.models import Action
from tests.browsing import Visitor, forms_of
from tests.factories import user_with_role

pytestmark = pytest.mark.django_db


def test_the_form_proposes_the_year_of_the_action_added_last(client, draft_a):
    client.force_login(user_with_role(draft_a.partnership, "editor"))
    visitor = Visitor(client)
    add = reverse("strategies_editor:action_add", kwargs={"pk": draft_a.pk})

    def proposed_year() -> str:
        (form,) = [f for f in forms_of(visitor.page(add)) if "delivery" in f.names]
        return dict(form.fields)["year"]

    assert proposed_year() == str(draft_a.period_start_year)  # 2021: the plan's first
    response = visitor.submit(
        add, {"delivery": "Patrols in the park", "year": "2023"}, button="Save and add another"
    )
    assert response["Location"] == add
    assert proposed_year() == "2023"
    visitor.submit(add, {"delivery": "Knife amnesty bins"})  # the year left as proposed
    assert dict(Action.objects.values_list("delivery", "year")) == {
        "Patrols in the park": 2023,
        "Knife amnesty bins": 2023,
    }
