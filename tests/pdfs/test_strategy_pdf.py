"""The PDFs are real: rendered by WeasyPrint, then read back and checked."""

import io
import logging
import re

import pytest
from django.contrib.auth.models import User
from django.http import HttpRequest
from django.urls import reverse
from pypdf import PdfReader

import reports.pdfs
from consultations.models import Consultation, Response
from csp_portal import pagecache
from csp_portal.pdf import PdfRenderError, render_pdf
from partnerships.models import Membership, Partnership, PartnershipRole
from reports.pdfs import Kind, cached_pdf, content_fingerprint, pdf_filename, published_pdf
from strategies.models import DeliveryArea, Strategy
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def wokingham(demo):
    return Strategy.objects.get(partnership__slug="wokingham")


@pytest.fixture
def wokingham_pdf(wokingham):
    with published_pdf(wokingham).open("rb") as file:
        return file.read()


@pytest.fixture
def renders(monkeypatch):
    """Counts real renders (the real WeasyPrint still runs)."""
    calls = []

    def counting_render(html):
        calls.append(html)
        return render_pdf(html)

    monkeypatch.setattr(reports.pdfs, "render_pdf", counting_render)
    return calls


@pytest.fixture
def staff(client, demo):
    """A viewer of every demo partnership: reads drafts and reports."""

    user = User.objects.create_user("officer", password="long-enough-password")
    for partnership in Partnership.objects.all():
        PartnershipRole.objects.create(user=user, partnership=partnership, role="viewer")
    client.force_login(user)
    return user


def url(name, strategy):
    return reverse(
        f"reports:{name}",
        kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug},
    )


def test_strategy_pdf_holds_the_strategy(wokingham, wokingham_pdf):
    reader = read(wokingham_pdf)
    text = " ".join(page_texts(reader))
    assert "Community Safety Strategy 2021-2024" in text
    for priority in wokingham.priorities.all():
        assert priority.title in text
    for area in wokingham.delivery_areas.all():
        assert area.title in text
    assert "Members and subgroups" in text
    assert "Problem Solving Tasking Group" in text


def test_every_page_after_the_cover_says_page_n_of_m(wokingham_pdf):
    texts = page_texts(read(wokingham_pdf))
    total = len(texts)
    assert total >= 5
    for number, text in enumerate(texts[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert "Wokingham Community Safety Partnership" in text  # the running header


def test_contents_gives_the_pages_the_priorities_really_start_on(wokingham, wokingham_pdf):
    texts = page_texts(read(wokingham_pdf))
    contents = texts[1]
    assert "Contents" in contents
    for number, priority in enumerate(wokingham.priorities.all(), start=1):
        listed = re.search(re.escape(priority.title) + r"[ .]*?(\d+)", contents)
        assert listed, f"{priority.title} is not in the contents"
        heading = f"Priority {number}: {priority.title}"
        actual = next(i for i, text in enumerate(texts, start=1) if heading in text)
        assert int(listed.group(1)) == actual


def test_pdf_is_tagged_with_title_and_language(wokingham_pdf):
    reader = read(wokingham_pdf)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en-GB"
    assert "/StructTreeRoot" in root
    assert root["/MarkInfo"]["/Marked"]
    assert reader.metadata.title == (
        "Community Safety Strategy 2021-2024 - Wokingham Community Safety Partnership"
    )
    assert reader.metadata.author == "Wokingham Community Safety Partnership"


def test_public_download_serves_the_stored_file_without_rendering_again(client, wokingham, renders):
    first = client.get(url("strategy_pdf", wokingham))
    assert first.status_code == 200
    assert first["Content-Type"] == "application/pdf"
    assert first["Content-Disposition"] == (
        'attachment; filename="wokingham-community-safety-strategy-2021-2024.pdf"'
    )
    body = b"".join(first.streaming_content)
    assert body.startswith(b"%PDF")
    assert len(renders) == 1  # rendered once, as its file was missing
    wokingham.refresh_from_db()
    assert wokingham.pdf.name.endswith("community-safety-strategy-2021-2024-r1.pdf")
    second = client.get(url("strategy_pdf", wokingham))
    assert b"".join(second.streaming_content) == body
    assert len(renders) == 1


def test_unpublished_strategy_has_no_public_pdf(client, wokingham):
    Strategy.objects.filter(pk=wokingham.pk).update(status=Strategy.Status.DRAFT)
    assert client.get(url("strategy_pdf", wokingham)).status_code == 404


def test_staff_download_a_draft_watermarked_on_every_page(client, staff, wokingham):
    Strategy.objects.filter(pk=wokingham.pk).update(status=Strategy.Status.DRAFT)
    response = client.get(url("draft_pdf", wokingham))
    assert response.status_code == 200
    assert (
        'filename="wokingham-community-safety-strategy-2021-2024-draft.pdf"'
        in (response["Content-Disposition"])
    )
    texts = page_texts(read(response.content))
    assert all("DRAFT" in text for text in texts)


def test_published_pdf_has_no_watermark(wokingham_pdf):
    assert not any("DRAFT" in text for text in page_texts(read(wokingham_pdf)))


def test_staff_pdfs_need_sign_in_and_the_right_to_read_drafts(client, wokingham):
    response = client.get(url("draft_pdf", wokingham))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    User.objects.create_user("resident", password="long-enough-password")
    client.login(request=HttpRequest(), username="resident", password="long-enough-password")
    assert client.get(url("draft_pdf", wokingham)).status_code == 403
    assert client.get(url("scrutiny_report_pdf", wokingham)).status_code == 403


def test_draft_is_cached_until_something_in_it_changes(
    wokingham, renders, django_capture_on_commit_callbacks
):
    Strategy.objects.filter(pk=wokingham.pk).update(status=Strategy.Status.DRAFT)
    wokingham.refresh_from_db()
    first = cached_pdf(wokingham)
    again = cached_pdf(Strategy.objects.get(pk=wokingham.pk))
    assert again == first
    assert len(renders) == 1
    area = DeliveryArea.objects.filter(strategy=wokingham).first()
    area.title = "Reduce harm caused by domestic abuse and stalking"
    with django_capture_on_commit_callbacks(execute=True):  # as the edit's commit would
        area.save()
    changed = cached_pdf(Strategy.objects.get(pk=wokingham.pk))
    assert len(renders) == 2
    assert changed != first
    assert "domestic abuse and stalking" in " ".join(page_texts(read(changed)))


def test_scrutiny_report_has_what_the_committee_needs(client, staff, demo):
    medway = Strategy.objects.get(partnership__slug="medway", status="published")
    response = client.get(url("scrutiny_report_pdf", medway))
    assert response.status_code == 200
    text = " ".join(page_texts(read(response.content)))
    for heading in ["Milestones: planned and actual", "Risks", "Funding", "Scrutiny history"]:
        assert heading in text
    assert "E2" in text
    assert "D3" in text
    assert "£106,460" in text
    assert "Safeguarding Adults and Children" in text  # the strategy follows
    assert pdf_filename(medway, Kind.SCRUTINY_REPORT) == (
        "medway-community-safety-plan-2020-2024-scrutiny-report.pdf"
    )


def test_a_rendering_failure_gives_a_clear_page_and_is_logged(
    client, wokingham, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise RuntimeError("cairo ran out of memory")

    monkeypatch.setattr("weasyprint.document.Document.write_pdf", broken)
    with caplog.at_level(logging.ERROR):
        response = client.get(url("strategy_pdf", wokingham))
    assert response.status_code == 503  # the job failed (at once: no retries in tests)
    assert b"The PDF could not be prepared" in response.content
    assert b"<button" not in response.content  # no "Try again" for a resident; the approver has one
    assert "WeasyPrint failed" in caplog.text
    wokingham.refresh_from_db()
    assert not wokingham.pdf


def test_rendering_never_fetches_from_outside(caplog):
    html = (
        '<html lang="en-GB"><head><title>t</title></head><body><h1>Hello</h1>'
        '<img src="http://example.org/tracker.png" alt="x"></body></html>'
    )
    with caplog.at_level(logging.WARNING):
        pdf = render_pdf(html)
    assert pdf.startswith(b"%PDF")
    assert "refused to fetch http://example.org/tracker.png" in caplog.text


def test_render_pdf_raises_rather_than_return_nothing(monkeypatch):
    monkeypatch.setattr("weasyprint.document.Document.write_pdf", lambda *a, **k: b"")
    with pytest.raises(PdfRenderError):
        render_pdf("<html><body>x</body></html>")


def test_fingerprint_changes_with_any_row_the_pdf_shows(
    wokingham, django_capture_on_commit_callbacks
):
    first = content_fingerprint(wokingham)
    assert content_fingerprint(wokingham) == first
    with django_capture_on_commit_callbacks(execute=True):  # as the edit's commit would
        wokingham.milestones.first().delete()
    second = content_fingerprint(wokingham)
    assert second != first
    with django_capture_on_commit_callbacks(execute=True):
        Membership.objects.create(
            partnership=wokingham.partnership,
            organisation=OrganisationFactory(name="Wokingham Street Pastors"),
            role=Membership.Role.OTHER_MEMBER,
        )
    assert content_fingerprint(wokingham) != second


def test_a_consultation_response_changes_the_staff_reports_fingerprint(
    wokingham, django_capture_on_commit_callbacks
):
    scope = [pagecache.partnership_scope(wokingham.partnership.slug)]
    before, pages = content_fingerprint(wokingham), pagecache.versions(scope)
    with django_capture_on_commit_callbacks(execute=True):
        Response.objects.create(
            consultation=Consultation.objects.get(strategy=wokingham), reference="TEST-0001"
        )
    assert content_fingerprint(wokingham) != before
    assert pagecache.versions(scope) == pages  # public pages are not retired by it
