"""The public page of a strategy and its PDF tell the same record: every fact the page shows
about the plan (every paragraph, list item and table cell of its sections, but those only a
web page has, such as its contents list and download link, and what has been reported since
publication, its quarterly progress and indicators' figures, marked so on the page) is in
the PDF's text, for every demo strategy; and every link in a PDF is a real address."""

import io
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from pypdf import PdfReader

from csp_portal.fiscal import Quarter
from partnerships.models import Membership
from reports.pdfs import Kind, cached_pdf, published_pdf
from strategies.models import Strategy
from strategies.services import strategy_transition
from tests.factories import MembershipFactory, OrganisationFactory, StrategyFactory, user_with_role

pytestmark = pytest.mark.django_db

BLOCKS = {"p", "li", "td", "th", "dt", "dd", "h2", "h3", "h4", "caption", "figcaption"}


class Facts(HTMLParser):
    """The text of each block of the page's sections; nothing in [data-web-only]."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts, self._stack, self._skip, self._text = [], [], 0, []
        self._in_main = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self._in_main = True
        if not self._in_main or tag in {"br", "img", "input", "meta", "link", "hr", "wbr"}:
            return
        # What only a web page has, and what the partnership has reported since the plan
        # was published (its quarterly progress, its indicators' figures): the PDF of the
        # plan as published has neither.
        web_only = "data-web-only" in attrs or "data-since-publication" in attrs
        web_only = web_only or tag in {"nav", "svg", "form", "figure", "script"}
        self._stack.append((tag, web_only))
        self._skip += web_only
        if tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag == "main":
            self._flush()
            self._in_main = False
        if not self._stack or self._stack[-1][0] != tag:
            return
        _tag, web_only = self._stack.pop()
        if tag in BLOCKS:
            self._flush()
        self._skip -= web_only

    def handle_data(self, data):
        if self._in_main and not self._skip:
            self._text.append(data)

    def _flush(self):
        text = " ".join("".join(self._text).split())
        self._text = []
        if len(text.split()) >= 2:
            self.facts.append(text)


def page_facts(html: str) -> list[str]:
    parser = Facts()
    parser.feed(html)
    return parser.facts


def pdf_text(strategy, reader: PdfReader) -> str:
    """The PDF's text as one run: without the running header and the page numbers, which
    fall in the middle of a paragraph that runs over a page, or the list markers."""
    header = f"{strategy.partnership.display_name} · {strategy.title}"
    text = "".join(page.extract_text() for page in reader.pages)
    text = re.sub(r"Page \d+ of \d+", "", text.replace(header, ""))
    return re.sub(r"^[▪◦•]\s*$", "", text, flags=re.M)


def squashed(text: str) -> str:
    """Text compared without spaces or line breaks (a PDF breaks lines, and hyphenates)."""
    return re.sub(r"\s+", "", text).replace("‘", "'").replace("’", "'")


def test_every_fact_of_the_public_page_is_in_the_pdf(client, demo):
    missing = {}
    for strategy in Strategy.objects.published():
        page = client.get(strategy.get_absolute_url()).content.decode()
        with published_pdf(strategy).open("rb") as file:
            reader = PdfReader(io.BytesIO(file.read()))
        pdf = squashed(pdf_text(strategy, reader))
        lacking = [fact for fact in page_facts(page) if squashed(fact) not in pdf]
        if lacking:
            missing[strategy.slug] = lacking
    assert not missing, "\n".join(f"{slug}: {facts[:12]}" for slug, facts in missing.items())


def pdf_links(pdf: bytes) -> list[str]:
    """The address of every link annotation of a PDF (links within it have none)."""
    reader = PdfReader(io.BytesIO(pdf))
    return [
        uri
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if (uri := (annotation.get_object().get("/A") or {}).get("/URI")) is not None
    ]


def test_every_link_in_a_pdf_is_an_https_address_of_the_portal(demo, settings):
    settings.SITE_URL = "https://csp.example.gov.uk"
    woking = Strategy.objects.get(partnership__slug="woking", status="published")
    pdfs = {s.slug: published_pdf(s).open("rb").read() for s in Strategy.objects.published()}
    pdfs["scrutiny pack"] = cached_pdf(woking, Kind.SCRUTINY_REPORT)
    pdfs["board report"] = cached_pdf(woking, Kind.BOARD_REPORT, Quarter(2021, 4))
    ours = 0
    for name, pdf in pdfs.items():
        for uri in pdf_links(pdf):
            host = urlsplit(uri).hostname or ""
            # Never file://, a relative address, or the address the PDF was rendered at.
            assert uri.startswith(("https://", "http://")), (name, uri)
            assert host not in ("127.0.0.1", "localhost", "testserver"), (name, uri)
            # The portal's own pages at its https:// address; others' as the papers give them.
            if uri.startswith(settings.SITE_URL + "/"):
                ours += 1
            elif host.endswith("example.gov.uk"):
                pytest.fail(f"{name}: {uri} is the portal's, not at SITE_URL")
    assert ours  # the subgroups' pages, the documents ...


def test_a_published_plan_keeps_its_partnership_as_at_publication(
    client, django_capture_on_commit_callbacks, statutory_themes
):
    strategy = StrategyFactory(status="approved", title="Plan 2025-2028", published_on=None)
    police = OrganisationFactory(name="Wessex Police")
    MembershipFactory(partnership=strategy.partnership, organisation=police)
    approver = user_with_role(strategy.partnership, "approver")
    with django_capture_on_commit_callbacks(execute=True):
        strategy_transition(strategy=strategy, to="published", by=approver)
    with django_capture_on_commit_callbacks(execute=True):  # later, the partnership changes
        Membership.objects.filter(organisation=police).delete()
        MembershipFactory(
            partnership=strategy.partnership, organisation=OrganisationFactory(name="Wessex ICB")
        )
    strategy.refresh_from_db()
    page = client.get(strategy.get_absolute_url()).content.decode()
    assert f"As at publication: as they were on {timezone.localdate():%-d %B %Y}" in page
    assert "Wessex Police" in page
    assert "Wessex ICB" not in page
    with published_pdf(strategy).open("rb") as file:
        pdf = pdf_text(strategy, PdfReader(io.BytesIO(file.read())))
    assert "Wessex Police" in pdf
    assert "Wessex ICB" not in pdf
    today = client.get(strategy.partnership.get_absolute_url()).content.decode()
    assert "Wessex ICB" in today
    assert "Wessex Police" not in today
