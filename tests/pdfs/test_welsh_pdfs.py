"""A partnership that publishes in Welsh and English has each PDF in both: two files, each in
one language and tagged with it, at the address in its language. Real PDFs, read back."""

import io
import subprocess
from pathlib import Path

import pyphen
import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

import reports.pdfs
from csp_portal.fiscal import Quarter
from csp_portal.models import Job
from csp_portal.pdf import PdfRenderError
from reports.pdfs import ENGLISH, WELSH, pdf_of_record_stored, staff_pdf_name
from reports.tasks import pdf_of_record_state, queue_pdf_of_record
from strategies.models import Strategy, StrategyTransition
from tests.factories import (
    DeliveryAreaFactory,
    PartnershipFactory,
    PriorityFactory,
    StrategyFactory,
    open_consultation,
    user_with_role,
)

# The letters of Welsh that Latin-1 lacks, as the plan's Welsh has them.
WELSH_LETTERS = ("ŵ", "ŷ", "â")


@pytest.fixture
def bilingual_plan(bilingual):
    """A published plan of the bilingual partnership, written in both languages, its Welsh
    with ŵ, ŷ and â."""
    strategy = StrategyFactory(
        partnership=bilingual,
        slug="strategaeth",
        title_en="Community Safety Strategy",
        title_cy="Strategaeth Diogelwch Cymunedol",
        summary_en="We will work with the police to keep people safe at home and by the water.",
        summary_cy="Byddwn yn cydweithio â'r heddlu i gadw pobl yn ddiogel yn y tŷ ac wrth y dŵr.",
    )
    priority = PriorityFactory(
        strategy=strategy, title_en="Reduce violence", title_cy="Lleihau trais", order=1
    )
    DeliveryAreaFactory(
        strategy=strategy,
        priority=priority,
        title_en="Safety by the water",
        title_cy="Diogelwch ger y dŵr",
    )
    return strategy


def address(name: str, strategy, language: str = ENGLISH, **kwargs) -> str:
    kwargs |= {"partnership_slug": strategy.partnership.slug, "slug": strategy.slug}
    with translation.override(language):
        return reverse(f"reports:{name}", kwargs=kwargs)


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content) if response.streaming else response.content


def fonts_of(reader: PdfReader) -> set[str]:
    """The base fonts the PDF's pages use (their subset prefix dropped)."""
    names = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_the_welsh_address_gives_the_plan_in_welsh_tagged_cy(client, bilingual_plan):
    response = client.get(address("strategy_pdf", bilingual_plan, WELSH))
    assert response["Content-Disposition"] == (
        'attachment; filename="bro-prawf-strategaeth-cy.pdf"'
    )
    reader = read(b"".join(response.streaming_content))
    assert reader.trailer["/Root"]["/Lang"] == "cy"
    assert reader.metadata.title.startswith("Strategaeth Diogelwch Cymunedol - ")
    text = text_of(reader)
    for welsh in [
        "Strategaeth Diogelwch Cymunedol",  # the title
        "Cynnwys",  # the contents
        "Blaenoriaethau",
        "Lleihau trais",
        "Diogelwch ger y dŵr",
        "Aelodau ac is-grwpiau",
        "Dim aelodau wedi'u cofnodi.",  # the partnership as at publication, kept in Welsh
        "Cyfnod",
        "Ardal",
        "Bro Prawf",
    ]:
        assert welsh in text, welsh
    pages = len(reader.pages)
    assert f"Tudalen 2 o {pages}" in text  # the footer too
    for english in [
        "Contents",
        "Priorities",
        "Reduce violence",
        "Members and subgroups",
        "No members recorded.",
        "Page ",
    ]:
        assert english not in text, english


def test_the_english_address_gives_the_plan_in_english_tagged_en_gb(client, bilingual_plan):
    response = client.get(address("strategy_pdf", bilingual_plan))
    assert response["Content-Disposition"] == 'attachment; filename="bro-prawf-strategaeth.pdf"'
    reader = read(b"".join(response.streaming_content))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    text = text_of(reader)
    for english in [
        "Community Safety Strategy",
        "Contents",
        "Reduce violence",
        "No members recorded.",
        "Page 2 of",
    ]:
        assert english in text, english
    for welsh in ["Strategaeth", "Cynnwys", "Lleihau trais", "Tudalen"]:
        assert welsh not in text, welsh


def test_welsh_letters_come_out_of_the_welsh_pdf_in_its_own_font(client, bilingual_plan):
    reader = read(download(client, address("strategy_pdf", bilingual_plan, WELSH)))
    text = text_of(reader)
    assert "cydweithio â'r heddlu" in text
    assert "yn y tŷ ac wrth y dŵr" in text
    for letter in WELSH_LETTERS:
        assert letter in text
    # Every glyph from the portal's font: none drawn from a fallback for want of ŵ or ŷ.
    assert fonts_of(reader) <= {"Liberation-Sans", "Liberation-Sans-Bold"}


def test_both_files_are_stored_side_by_side_and_served_without_rendering_again(
    client, bilingual_plan
):
    welsh = download(client, address("strategy_pdf", bilingual_plan, WELSH))
    english = download(client, address("strategy_pdf", bilingual_plan))
    bilingual_plan.refresh_from_db()
    assert pdf_of_record_stored(bilingual_plan, ENGLISH)
    assert pdf_of_record_stored(bilingual_plan, WELSH)
    assert welsh != english
    assert download(client, address("strategy_pdf", bilingual_plan, WELSH)) == welsh
    assert download(client, address("strategy_pdf", bilingual_plan)) == english


def test_publication_prepares_the_pdf_of_record_in_each_language(bilingual_plan):
    queue_pdf_of_record(None, strategy_pk=bilingual_plan.pk)  # as strategy_published does
    bilingual_plan.refresh_from_db()
    assert pdf_of_record_stored(bilingual_plan, ENGLISH)
    assert pdf_of_record_stored(bilingual_plan, WELSH)


def test_the_welsh_page_of_the_plan_shows_its_members_as_kept_in_welsh(client, bilingual_plan):
    queue_pdf_of_record(None, strategy_pk=bilingual_plan.pk)  # freezes them in both languages
    english_page = bilingual_plan.get_absolute_url()
    welsh = client.get(f"/cy{english_page}").content.decode()
    assert "Dim aelodau wedi'u cofnodi." in welsh
    assert "No members recorded." not in welsh
    assert "No members recorded." in client.get(english_page).content.decode()


def test_a_plan_frozen_before_its_partnership_published_in_welsh_keeps_its_english_members(
    client, bilingual_plan
):
    """Its partnership as at publication was kept in English only: the Welsh PDF shows that,
    as the plan's other text falls back to its English, rather than today's in Welsh."""
    Strategy.objects.filter(pk=bilingual_plan.pk).update(
        partnership_as_published="<p>Kept at publication, in English.</p>"
    )
    text = text_of(read(download(client, address("strategy_pdf", bilingual_plan, WELSH))))
    assert "Kept at publication, in English." in text


def test_an_english_partnership_has_no_welsh_pdf(client, db):
    strategy = StrategyFactory(partnership=PartnershipFactory(slug="english-borough"))
    queue_pdf_of_record(None, strategy_pk=strategy.pk)
    strategy.refresh_from_db()
    assert pdf_of_record_stored(strategy, ENGLISH)
    assert not pdf_of_record_stored(strategy, WELSH)
    response = client.get(address("strategy_pdf", strategy, WELSH))
    assert response.status_code == 302
    assert response["Location"] == address("strategy_pdf", strategy)
    reader = read(download(client, response["Location"]))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"


def test_the_scrutiny_and_board_reports_come_in_welsh_too(client, bilingual_plan):
    steps = [("draft", "draft"), ("draft", "awaiting_approval"), ("approved", "published")]
    for before, after in steps:
        StrategyTransition.objects.create(
            strategy=bilingual_plan, from_status=before, to_status=after
        )
    client.force_login(user_with_role(bilingual_plan.partnership, "viewer"))
    scrutiny = read(download(client, address("scrutiny_report_pdf", bilingual_plan, WELSH)))
    assert scrutiny.trailer["/Root"]["/Lang"] == "cy"
    text = text_of(scrutiny)
    for welsh in [
        "Adroddiad craffu: Strategaeth Diogelwch Cymunedol",
        "Diwygiad 1, cyhoeddwyd.",
        "Dechreuodd fel drafft",
        "Yn aros am gymeradwyaeth a chraffu",
        "Risgiau",
        "Y strategaeth",
    ]:
        assert welsh in text, welsh
    for english in ["Scrutiny report", "Revision 1", "Started as", "Awaiting approval"]:
        assert english not in text, english

    quarter = Quarter.current().previous()
    board = address("board_report_pdf", bilingual_plan, WELSH, quarter=quarter.slug)
    response = client.get(board)
    filename = f"bro-prawf-strategaeth-board-report-{quarter.slug.lower()}-cy.pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    reader = read(response.content)
    assert reader.trailer["/Root"]["/Lang"] == "cy"
    assert "Adroddiad chwarterol y bwrdd" in text_of(reader)

    english = text_of(read(download(client, address("scrutiny_report_pdf", bilingual_plan))))
    for words in [
        "Scrutiny report: Community Safety Strategy",
        "Revision 1, published.",
        "Started as a draft",
        "Awaiting approval and scrutiny",
    ]:
        assert words in english, words


def test_english_and_welsh_staff_pdfs_never_share_a_file(bilingual_plan):
    for kind in ["strategy", "scrutiny-report", "draft-for-consultation"]:
        assert staff_pdf_name(bilingual_plan, kind, language=WELSH) != staff_pdf_name(
            bilingual_plan, kind, language=ENGLISH
        )


def test_no_welsh_word_is_hyphenated_by_a_dictionary_it_lacks():
    """WeasyPrint hyphenates (hyphens: auto) with pyphen's dictionary for the text's lang;
    pyphen has none for Welsh, so the PDFs do not ask for it, and a Welsh word is never
    broken at a line's end."""
    stylesheet = (Path(settings.BASE_DIR) / "static" / "pdf" / "print.css").read_text()
    templates = Path(settings.BASE_DIR) / "templates" / "reports" / "pdf"
    styles = [stylesheet, *(t.read_text() for t in templates.rglob("*.html"))]
    welsh_dictionary = any(language.split("_")[0] == "cy" for language in pyphen.LANGUAGES)
    assert welsh_dictionary or not any("hyphens: auto" in style for style in styles)


def test_the_welsh_pdf_reads_the_same_with_poppler(client, bilingual_plan, tmp_path):
    """pdftotext, as a reader's tools would extract it: the Welsh letters whole."""
    pdf = tmp_path / "cy.pdf"
    pdf.write_bytes(download(client, address("strategy_pdf", bilingual_plan, WELSH)))
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    for word in ["dŵr", "tŷ", "â'r"]:
        assert word in text


def test_render_pdfs_makes_each_missing_pdf_of_record_in_each_language(bilingual_plan):
    out = io.StringIO()
    call_command("render_pdfs", stdout=out)
    assert "bro-prawf/strategaeth: rendered" in out.getvalue()
    assert "bro-prawf/strategaeth (Welsh): rendered" in out.getvalue()
    bilingual_plan.refresh_from_db()
    assert pdf_of_record_stored(bilingual_plan, WELSH)
    call_command("render_pdfs", stdout=(again := io.StringIO()))
    assert "bro-prawf/strategaeth (Welsh): already stored" in again.getvalue()


def test_a_welsh_pdf_that_could_not_be_prepared_says_so_in_welsh(
    client, bilingual_plan, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("cairo ran out of memory")

    monkeypatch.setattr("weasyprint.document.Document.write_pdf", broken)
    response = client.get(address("strategy_pdf", bilingual_plan, WELSH))
    assert response.status_code == 503
    page = response.content.decode()
    assert "Rydym wedi ceisio creu PDF Strategaeth Diogelwch Cymunedol sawl gwaith" in page
    assert not pdf_of_record_stored(bilingual_plan, WELSH)


def test_the_draft_for_consultation_reads_in_welsh_at_its_welsh_address(client, bilingual_plan):
    Strategy.objects.filter(pk=bilingual_plan.pk).update(status=Strategy.Status.CONSULTATION)
    open_consultation(bilingual_plan)
    response = client.get(address("consultation_draft_pdf", bilingual_plan, WELSH))
    assert response["Content-Disposition"] == (
        'attachment; filename="bro-prawf-strategaeth-draft-for-consultation-cy.pdf"'
    )
    reader = read(response.content)
    assert reader.trailer["/Root"]["/Lang"] == "cy"
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert "DRAFFT AR GYFER YMGYNGHORI" in text, number
        assert "DRAFT" not in text.replace("DRAFFT", ""), number
    english = read(client.get(address("consultation_draft_pdf", bilingual_plan)).content)
    assert "DRAFT FOR CONSULTATION" in text_of(english)


def test_a_failed_welsh_pdf_of_record_shows_on_the_workspace_and_can_be_tried_again(
    client, bilingual_plan, monkeypatch
):
    real_render = reports.pdfs.render_pdf

    def welsh_fails(html):
        if '<html lang="cy">' in html:
            raise PdfRenderError("cairo ran out of memory")
        return real_render(html)

    monkeypatch.setattr(reports.pdfs, "render_pdf", welsh_fails)
    queue_pdf_of_record(None, strategy_pk=bilingual_plan.pk)
    bilingual_plan.refresh_from_db()
    assert pdf_of_record_stored(bilingual_plan, ENGLISH)
    assert pdf_of_record_state(bilingual_plan) == Job.State.FAILED
    approver = user_with_role(bilingual_plan.partnership, "approver")
    client.force_login(approver)
    workspace = reverse("reports_editor:strategy", kwargs={"pk": bilingual_plan.pk})
    assert "The PDF could not be prepared" in client.get(workspace).content.decode()

    monkeypatch.setattr(reports.pdfs, "render_pdf", real_render)
    retry = reverse("reports_editor:pdf_of_record", kwargs={"pk": bilingual_plan.pk})
    assert client.post(retry).status_code == 302
    assert pdf_of_record_stored(bilingual_plan, WELSH)
    assert pdf_of_record_state(bilingual_plan) is None
    assert "could not be prepared" not in client.get(workspace).content.decode()
