"""An action plan's leads on import: a subgroup or member by name or short name, or an
organisation of the national list by its full name, is matched; any other lead is listed
on the preview, added to the national list of organisations if the editor ticks it, and
otherwise kept as the plan words it."""

import pytest
from django.urls import reverse

from partnerships.models import Organisation
from strategies.imports import COLUMNS
from strategies.models import Action
from tests.browsing import Visitor, forms_of
from tests.factories import MembershipFactory, OrganisationFactory, SubgroupFactory, user_with_role

pytestmark = pytest.mark.django_db

LEADS = [
    "TVP",  # a member, by its short name
    "VRG",  # a subgroup, by its acronym
    "Wessex Youth Justice Service",  # in the national list, not a member
    "Neighbourhood Watch",  # unknown: to be added
    "NEIGHBOURHOOD WATCH",  # the same, as another row writes it
    "Town centre traders",  # unknown: kept as written
]


@pytest.fixture
def url(draft_a):
    partnership = draft_a.partnership
    police = OrganisationFactory(name="Thames Valley Police", short_name="TVP")
    MembershipFactory(partnership=partnership, organisation=police)
    SubgroupFactory(partnership=partnership, name="Violence Reduction Group", acronym="VRG")
    OrganisationFactory(name="Wessex Youth Justice Service")
    return reverse("strategies_editor:action_import", kwargs={"pk": draft_a.pk})


def table(leads) -> str:
    rows = ["\t".join(COLUMNS)]
    rows += [f"\t\t\t2023\tAction led by {lead}\tm\tt\t{lead}\t\t" for lead in leads]
    return "\n".join(rows)


def test_unknown_leads_are_listed_to_tick_and_only_the_ticked_are_added(client, draft_a, url):
    client.force_login(user_with_role(draft_a.partnership, "editor"))
    visitor = Visitor(client)
    preview = visitor.submit(url, {"text": table(LEADS)}, expect=200)
    page = preview.content.decode()
    assert "Leads the portal does not know" in page
    (form,) = [f for f in forms_of(page) if "new_leads" in f.names]
    offered = [value for value, _label in form.options["new_leads"]]
    assert offered == ["Neighbourhood Watch", "Town centre traders"]  # each once, unticked
    assert not [value for name, value in form.fields if name == "new_leads"]
    organisations = Organisation.objects.count()

    visitor.submit(url, {"new_leads": ["Neighbourhood Watch"]}, html=page, button="Import")
    lead = {a.delivery.removeprefix("Action led by "): a for a in Action.objects.all()}
    assert lead["TVP"].lead_organisation.name == "Thames Valley Police"
    assert lead["VRG"].lead_subgroup.acronym == "VRG"
    youth = lead["Wessex Youth Justice Service"]
    assert youth.lead_organisation.name == "Wessex Youth Justice Service"  # not a second one
    watch = Organisation.objects.get(name="Neighbourhood Watch")
    assert watch.kind == "other"
    assert watch.history.get().history_user is not None
    for written in ["Neighbourhood Watch", "NEIGHBOURHOOD WATCH"]:
        assert (lead[written].lead_organisation, lead[written].lead_description) == (watch, "")
    traders = lead["Town centre traders"]
    assert (traders.lead_organisation, traders.lead_description) == (None, "Town centre traders")
    assert Organisation.objects.count() == organisations + 1
    assert not watch.memberships.exists()  # a lead, not a member of the partnership

    # Now it is known: the next table matches it, and the action form and the action
    # plan's filter offer it.
    preview = visitor.submit(url, {"text": table(["Neighbourhood Watch"])}, expect=200)
    assert "Leads the portal does not know" not in preview.content.decode()
    add = reverse("strategies_editor:action_add", kwargs={"pk": draft_a.pk})
    (form,) = [f for f in forms_of(visitor.page(add)) if "lead_organisation" in f.names]
    assert str(watch.pk) in dict(form.options["lead_organisation"])
    plan = reverse("strategies_editor:actions", kwargs={"pk": draft_a.pk})
    filtered = client.get(plan, {"lead_organisation": watch.pk}).content.decode()
    assert "Action led by NEIGHBOURHOOD WATCH" in filtered
    assert "Action led by Town centre traders" not in filtered


def test_a_changed_action_keeps_a_lead_that_is_not_a_member(client, draft_a, url):
    client.force_login(user_with_role(draft_a.partnership, "editor"))
    visitor = Visitor(client)
    preview = visitor.submit(url, {"text": table(["Neighbourhood Watch"])}, expect=200)
    visitor.submit(
        url, {"new_leads": ["Neighbourhood Watch"]}, html=preview.content.decode(), button="Import"
    )
    action = Action.objects.get()
    edit = reverse(
        "strategies_editor:action_edit", kwargs={"pk": draft_a.pk, "record_pk": action.pk}
    )
    visitor.submit(edit, {"target": "Ten new schemes"})
    action.refresh_from_db()
    assert action.lead_organisation.name == "Neighbourhood Watch"
    assert action.target == "Ten new schemes"
