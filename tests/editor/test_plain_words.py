"""Every editor page and every public page of the demo, read as words: every form's choices
have a real prompt (never a row of dashes), every date is typed in the GOV.UK date input
(never the browser's picker), and the words on the pages and in the forms' error messages
read as plain English: no word doubled ("(optional) (optional)"), no "a" before a vowel
sound in a heading, button or label ("Add a action"), no plural made by adding s
("Responsible authoritys"), no field's own name in a message ("Enter the planned on as a real
date"), no "Markdown." hint."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from csp_portal.editor import RecordFormView
from partnerships.models import Partnership
from partnerships.permissions import PORTAL_ADMINISTRATORS
from strategies.models import Strategy
from strategies.services import strategy_start_refresh
from tests.factories import user_with_role
from tests.sweep import one_of_everything, public_records, swept_public_urls, swept_urls

pytestmark = pytest.mark.django_db

# Where a slip in the portal's own words shows most: what names a page or a control.
LABELLING = {"h1", "h2", "h3", "h4", "button", "label", "legend", "caption", "summary", "th"}
MESSAGES = {"govuk-error-message", "govuk-error-summary", "govuk-notification-banner"}
SKIPPED = {"script", "style", "template", "noscript"}
# Words starting with a vowel letter but a consonant sound: "a user", "a one-off".
CONSONANT_SOUND = re.compile(r"^(u[bcdfghjklmnpqrstvwxyz][aeiouy]|eu|one|once|uk\b|us\b)", re.I)


class Words(HTMLParser):
    """The visible text of a page: all of it, what its headings, buttons and labels say, and
    what its messages say."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, set]] = []
        self.text, self.labelling, self.messages, self.options = [], [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "input", "meta", "link", "hr", "wbr", "source"}:
            return
        self.stack.append((tag, set((dict(attrs).get("class") or "").split())))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(tag in SKIPPED for tag, _ in self.stack) or not data.strip():
            return
        words = " ".join(data.split())
        self.text.append(words)
        if any(tag in LABELLING or "govuk-button" in classes for tag, classes in self.stack):
            self.labelling.append(words)
        if any(classes & MESSAGES for _, classes in self.stack):
            self.messages.append(words)
        if self.stack and self.stack[-1][0] == "option":
            self.options.append(words)


def read(html: str) -> Words:
    words = Words()
    words.feed(html)
    return words


def doubled(text: str) -> list[str]:
    return [m.group(0) for m in re.finditer(r"(?<![\w(])(\w+|\(\w+\)) \1(?![\w)])", text)]


def a_before_a_vowel(text: str) -> list[str]:
    return [
        m.group(0)
        for m in re.finditer(r"\b[Aa] ([aeiouAEIOU][\w-]*)", text)
        if not CONSONANT_SOUND.match(m.group(1))
    ]


def problems_on(html: str, dashes_too: bool = True) -> list[str]:
    words = read(html)
    found = []
    everything = " | ".join(words.text)
    found += [f"doubled: {w}" for w in doubled(everything)]
    found += [f"a before a vowel: {w}" for w in a_before_a_vowel(" | ".join(words.labelling))]
    found += [f"field name in a message: {m}" for m in words.messages if re.search(
        r"\b[a-z]+_[a-z_]+\b|\bplanned on\b|\b\w+ on as\b", m)]  # fmt: skip
    found += [f"plural: {w}" for w in re.findall(r"\b\w+[bcdfghjklmnpqrstvwxz]ys\b", everything)]
    if re.search(r"\bMarkdown\b", everything):
        found.append("a 'Markdown' hint")
    if dashes_too:
        found += [f"choice: {o}" for o in words.options if set(o) == {"-"}]
        found += [f"date picker: {t}" for t in re.findall(r'type="(date|datetime-local)"', html)]
    return found


def junk_for(html: str) -> dict:
    """A form's fields (from its page), each sent something no field takes as it is, so
    that the form answers with its error messages."""
    names = set(re.findall(r'<(?:input|textarea|select)[^>]*\bname="([^"]+)"', html))
    return {n: "zz" for n in names if n not in {"csrfmiddlewaretoken", "_confirm", "to"}}


@pytest.fixture
def woking(demo, statutory_themes):
    partnership = Partnership.objects.get(slug="woking")
    plan = Strategy.objects.get(partnership=partnership, status="published")
    approver = user_with_role(partnership, "approver", username="approver")
    approver.groups.add(Group.objects.get_or_create(name=PORTAL_ADMINISTRATORS)[0])
    draft, _copied = strategy_start_refresh(strategy=plan, by=approver)
    return approver, one_of_everything(partnership, draft)


def test_every_editor_page_and_its_messages_read_as_plain_words(woking):
    approver, records = woking
    client = Client()
    client.force_login(approver)
    problems, forms = {}, 0
    for name, url, _has_object, view in swept_urls(records):
        if not hasattr(view, "get"):
            continue
        page = client.get(url)
        if page.status_code != 200 or not page["content-type"].startswith("text/html"):
            continue
        html = page.content.decode()
        found = problems_on(html)
        if issubclass(view, RecordFormView) and "delete" not in name and "<form" in html:
            answer = client.post(url, junk_for(html))
            if answer.status_code == 200:
                forms += 1
                found += [f"after sending: {p}" for p in problems_on(answer.content.decode())]
        if found:
            problems[f"{name} {url}"] = sorted(set(found))
    assert forms > 40
    assert not problems, "\n".join(f"{url}\n  " + "\n  ".join(p) for url, p in problems.items())


def test_every_public_page_of_the_demo_reads_as_plain_words(demo, statutory_themes):
    client = Client()
    problems = {}
    for name, url, _view in swept_public_urls(public_records()):
        page = client.get(url)
        if page.status_code != 200 or not page["content-type"].startswith("text/html"):
            continue
        found = problems_on(page.content.decode())
        if found:
            problems[f"{name} {url}"] = sorted(set(found))
    assert not problems, "\n".join(f"{url}\n  " + "\n  ".join(p) for url, p in problems.items())


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hint (optional) (optional)", ["doubled: (optional) (optional)"]),
        ("<h1>Add a action</h1>", ["a before a vowel: a action"]),
        ("<h1>Add a user</h1><p>the the</p>", ["doubled: the the"]),
        ('<p class="govuk-error-message">Enter the planned on as a real date</p>', None),
        ("<select><option>---------</option></select>", ["choice: ---------"]),
        ("<h2>Responsible authoritys</h2>", ["plural: authoritys"]),
        ('<input type="date">', ["date picker: date"]),
    ],
)
def test_the_reader_finds_each_slip(text, found):
    problems = problems_on(text)
    if found is None:
        assert problems
        assert problems[0].startswith("field name in a message")
    else:
        assert problems == found
