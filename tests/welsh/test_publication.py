"""Nothing published half-translated: a bilingual plan goes out for consultation or is
published only once every public text is in both languages and none needs review; the
editor lists what is missing, with links; a text whose other language changed after it was
written needs review until someone checks it."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from strategies.bilingual import translation_gaps
from strategies.services import strategy_transition
from tests.browsing import Visitor
from tests.factories import PriorityFactory, StrategyFactory, user_with_role


def edit_url(priority) -> str:
    kwargs = {"pk": priority.strategy_id, "record_pk": priority.pk}
    return reverse("strategies_editor:priority_edit", kwargs=kwargs)


@pytest.fixture
def draft(bilingual):
    bilingual.area_cy = "Bro Prawf"
    bilingual.save()
    strategy = StrategyFactory(
        partnership=bilingual, status="draft", slug="drafft",
        title_en="Our plan", title_cy="Ein cynllun",
    )  # fmt: skip
    PriorityFactory(strategy=strategy, title_en="Reduce violence", title_cy="Lleihau trais")
    return strategy


def input_named(page: str, name: str) -> str:
    return re.search(rf'<input[^>]*name="{name}"[^>]*>', page).group(0)


def test_a_plan_lacking_welsh_cannot_go_out_and_the_editor_lists_what(client, draft):
    priority = PriorityFactory(strategy=draft, title_en="Protect children")
    approver = user_with_role(draft.partnership, "approver")
    with pytest.raises(ValidationError, match="not ready in both"):
        strategy_transition(strategy=draft, to="consultation", by=approver)
    gaps = translation_gaps(draft)
    assert [str(gap) for gap in gaps] == [
        "Strategic priority ‘Protect children’: the Welsh of its title is missing"
    ]
    edit = reverse(
        "strategies_editor:priority_edit", kwargs={"pk": draft.pk, "record_pk": priority.pk}
    )
    assert gaps[0].url == edit
    client.force_login(approver)
    page = client.get(reverse("reports_editor:strategy", kwargs={"pk": draft.pk})).content.decode()
    assert f'href="{edit}"' in page
    assert "portal-language-select" in page  # its workspace is in both languages too

    form = client.get(edit).content.decode()
    assert re.search(
        r'<input[^>]*name="title_cy"[^>]*lang="cy"|<input[^>]*lang="cy"[^>]*name="title_cy"', form
    )
    assert re.search(
        r'<input[^>]*name="title"[^>]*lang="en-GB"|<input[^>]*lang="en-GB"[^>]*name="title"', form
    )

    Visitor(client).submit(edit, {"title_cy": "Diogelu plant"})
    assert translation_gaps(draft) == []
    strategy_transition(strategy=draft, to="consultation", by=approver)
    draft.refresh_from_db()
    assert draft.status == "consultation"


def test_an_english_plan_is_never_held_for_welsh(db):
    strategy = StrategyFactory(status="draft")
    PriorityFactory(strategy=strategy, title="Reduce violence")
    assert translation_gaps(strategy) == []
    strategy_transition(
        strategy=strategy, to="consultation", by=user_with_role(strategy.partnership, "approver")
    )


def test_welsh_written_before_the_english_changed_needs_review(client, draft):
    priority = draft.priorities.get()
    editor = user_with_role(draft.partnership, "editor")
    client.force_login(editor)
    visitor = Visitor(client)
    edit = reverse(
        "strategies_editor:priority_edit", kwargs={"pk": draft.pk, "record_pk": priority.pk}
    )
    visitor.submit(edit, {"title_cy": "Lleihau trais difrifol"})  # the Welsh, written now
    assert translation_gaps(draft) == []

    visitor.submit(edit, {"title": "Reduce serious violence"})  # then the English changes
    gaps = translation_gaps(draft)
    assert [str(gap) for gap in gaps] == [
        "Strategic priority ‘Reduce serious violence’: the Welsh of its title needs review"
    ]
    approver = user_with_role(draft.partnership, "approver")
    with pytest.raises(ValidationError):
        strategy_transition(strategy=draft, to="consultation", by=approver)

    page = visitor.page(edit)
    assert "The English changed after this Welsh was written" in page
    visitor.submit(edit, {"title_cy_checked": "on"})  # checked: it still says the same
    assert translation_gaps(draft) == []

    visitor.submit(edit, {"title_cy": "Lleihau trais difrifol iawn"})  # and the reverse
    assert [gap.language for gap in translation_gaps(draft)] == ["en"]
