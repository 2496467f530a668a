"""Two people change the same record: the second to save, from a form opened before the
first saved, is refused (409) with the change named and what they typed kept, never saved
over it; saving that page again saves, knowingly. One mechanism (the editor toolkit's
RecordFormView), swept over every page of the resolver that changes a stored record."""

import datetime

import pytest
from django.db import models
from django.urls import reverse
from django.utils import timezone

from consultations.models import Consultation, ConsultationChange, Question
from csp_portal.editor import LOADED, RecordFormView
from monitoring.models import ProgressUpdate
from tests.browsing import Visitor
from tests.factories import ActionFactory, moment_fields, user_with_role
from tests.sweep import one_of_everything, swept_urls

pytestmark = pytest.mark.django_db


def text_field(model) -> models.Field:
    """A field someone else could change: the first free text the model has."""
    return next(
        f
        for f in model._meta.concrete_fields
        if isinstance(f, models.CharField | models.TextField)
        and f.editable
        and not f.choices
        and not f.unique
        and f.name != "slug"
    )


def test_a_save_over_someone_elses_change_is_refused_on_every_page(client, partnership_a, draft_a):
    records = one_of_everything(partnership_a, draft_a)
    partnership_a.local_authorities.add(records["organisation"])  # the profile asks for one
    client.force_login(user_with_role(partnership_a, "approver"))
    visitor, checked = Visitor(client), []
    for name, url, _named, view in swept_urls(records):
        if not issubclass(view, RecordFormView):
            continue
        page = client.get(url)
        if page.status_code != 200 or LOADED not in page.content.decode():
            continue  # adds a record, or is a step of a workflow: nothing stored to change
        record = page.context["view"].changing()
        if record.pk is None:  # none stored yet (a quarter's update): tested on its own
            checked.append(name)
            continue
        model = type(record)
        field = text_field(model)
        theirs = f"{getattr(record, field.attname) or ''} (changed by someone else)"[
            : field.max_length
        ]
        model.objects.filter(pk=record.pk).update(**{field.attname: theirs})

        response = visitor.submit(url, html=page.content.decode(), expect=409)
        text = response.content.decode()
        assert "Someone else changed this" in text, name
        assert str(field.verbose_name) in text, name
        record.refresh_from_db()
        assert getattr(record, field.attname) == theirs, name  # not saved over
        # What they typed is kept; saving again saves it, now knowing of the change.
        visitor.submit(url, html=text, expect=302)
        checked.append(name)
    assert len(checked) >= 15, checked
    for expected in [
        "strategies_editor:priority_edit",
        "strategies_editor:delivery_area_edit",
        "strategies_editor:action_edit",
        "strategies_editor:milestone_edit",
        "strategies_editor:risk_edit",
        "partnerships_editor:member_edit",
        "partnerships_editor:profile",
        "partnerships_editor:organisation",
        "subgroups_editor:subgroup_edit",
        "subgroups_editor:subgroup_member_edit",
        "monitoring_editor:indicator_edit",
        "monitoring_editor:figure_edit",
        "monitoring_editor:progress_update",
        "consultations_editor:edit",
    ]:
        assert expected in checked, (expected, checked)


def test_a_record_deleted_meanwhile_is_said_so(client, partnership_a, draft_a):
    priority = draft_a.priorities.first()
    client.force_login(user_with_role(partnership_a, "editor"))
    url = reverse(
        "strategies_editor:priority_edit", kwargs={"pk": draft_a.pk, "record_pk": priority.pk}
    )
    page = client.get(url).content.decode()
    form_state = page  # opened before the other person deletes it
    type(priority).objects.filter(pk=priority.pk).delete()
    response = Visitor(client).submit(url, html=form_state, expect=404)
    assert response.status_code == 404


def test_an_update_someone_else_records_for_the_same_quarter_is_not_saved_over(
    client, partnership_a, draft_a
):
    action = ActionFactory(strategy=draft_a, priority=draft_a.priorities.first())
    client.force_login(user_with_role(partnership_a, "editor"))
    url = reverse(
        "monitoring_editor:progress_update", kwargs={"pk": draft_a.pk, "action_pk": action.pk}
    )
    page = client.get(url, {"quarter": "2021-Q2"}).content.decode()  # no update yet
    colleague = user_with_role(partnership_a, "editor")
    ProgressUpdate.objects.create(action=action, year=2021, quarter=2, rag="red",
                                  commentary="Theirs", by=colleague)  # fmt: skip
    response = Visitor(client).submit(
        url, {"rag": "green", "commentary": "Mine"}, html=page, expect=409
    )
    assert "Someone else changed this update" in response.content.decode()
    assert ProgressUpdate.objects.get().commentary == "Theirs"


def not_saved_over(client, url, record, noun: str, **theirs) -> None:
    """Someone else changes `record` (`theirs`) after the form at `url` was opened: the
    save is refused, naming the `noun`, and their change stays."""
    page = client.get(url).content.decode()
    type(record).objects.filter(pk=record.pk).update(**theirs)
    response = Visitor(client).submit(url, html=page, expect=409)
    assert f"Someone else changed this {noun}" in response.content.decode()
    record.refresh_from_db()
    assert {name: getattr(record, name) for name in theirs} == theirs


def consultation_of(draft, opens_at) -> Consultation:
    return Consultation.objects.create(strategy=draft, title="Have your say", opens_at=opens_at,
        closes_at=opens_at + datetime.timedelta(days=7))  # fmt: skip


def test_a_question_changed_meanwhile_is_not_saved_over(client, partnership_a, draft_a):
    consultation = consultation_of(draft_a, timezone.now() + datetime.timedelta(days=1))
    question = Question.objects.create(consultation=consultation, kind="concerns", text="What?")
    client.force_login(user_with_role(partnership_a, "editor"))
    url = reverse(
        "consultations_editor:question_edit",
        kwargs={"pk": consultation.pk, "question_pk": question.pk},
    )
    not_saved_over(client, url, question, "question", text="What worries you most?")


def test_a_you_said_we_did_entry_changed_meanwhile_is_not_saved_over(
    client, partnership_a, draft_a
):
    consultation = consultation_of(draft_a, timezone.now() - datetime.timedelta(days=30))
    change = ConsultationChange.objects.create(
        consultation=consultation, you_said="More lighting", we_did="Added lighting to Priority 2"
    )
    client.force_login(user_with_role(partnership_a, "editor"))
    url = reverse(
        "consultations_editor:change_edit", kwargs={"pk": consultation.pk, "change_pk": change.pk}
    )
    not_saved_over(client, url, change, "entry", we_did="Lighting on the high street")


def test_a_form_that_adds_sent_twice_adds_once(client, partnership_a, draft_a):
    """A double click on 'Add the priority' or 'Set up a consultation' made two."""
    client.force_login(user_with_role(partnership_a, "editor"))
    visitor = Visitor(client)
    add = reverse("strategies_editor:priority_add", kwargs={"pk": draft_a.pk})
    page = client.get(add).content.decode()
    first = visitor.submit(add, {"title": "Tackle fraud"}, html=page)
    again = visitor.submit(add, {"title": "Tackle fraud"}, html=page)
    assert first["Location"] == again["Location"]
    assert draft_a.priorities.filter(title="Tackle fraud").count() == 1
    assert "sent twice: it was saved once" in client.get(again["Location"]).content.decode()

    setup = reverse("consultations_editor:add", kwargs={"pk": draft_a.pk})
    page = client.get(setup).content.decode()
    dates = {"title": "Have your say", **moment_fields("opens_at", "2030-01-06T09:00"),
             **moment_fields("closes_at", "2030-02-06T17:00")}  # fmt: skip
    first = visitor.submit(setup, dates, html=page)
    again = visitor.submit(setup, dates, html=page)
    assert draft_a.consultations.count() == 1
    assert again["Location"] == first["Location"]  # the consultation set up, both times
