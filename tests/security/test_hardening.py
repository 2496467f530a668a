"""Headers, cookies, the deploy check, sign-in lockout, the audit log, uploads, and the 503
page when the database is away."""

import io
import os
import tracemalloc
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError
from django.urls import reverse

from csp_portal.models import AuditEvent
from strategies.documents import document_type
from strategies.models import Document
from tests.commands import ROOT, run_cleanly
from tests.factories import PartnershipFactory, StrategyFactory, UserFactory, user_with_role

pytestmark = pytest.mark.django_db


def test_deploy_check_has_no_warnings_with_production_settings():
    env = {
        # Not the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE: no deployment sets it.
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "false",
        "SECRET_KEY": "a-production-secret-key-that-is-long-and-random-0123456789abcdefghij",
        "ALLOWED_HOSTS": "csp.example.gov.uk",
    }
    output = run_cleanly(
        "manage.py", "check", "--deploy", "--fail-level", "WARNING", env=env, timeout=120
    )
    assert "no issues" in output


def test_security_headers_on_public_and_editor_pages(client, settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_SSL_REDIRECT = False
    search = reverse("reports:search") + "?q=burglary"
    for url in [reverse("reports:home"), search, reverse("login")]:
        response = client.get(url, secure=True)
        csp = response["Content-Security-Policy"]
        assert "default-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert "unsafe-eval" not in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Frame-Options"] == "DENY"
        assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_session_and_csrf_cookies_are_secure_and_session_httponly(client, settings):
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    user = UserFactory(username="kim")
    user.set_password("a long council passphrase")
    user.save()
    page = client.get(reverse("login"), secure=True)
    assert page.cookies["csrftoken"]["secure"]
    response = client.post(
        reverse("login"),
        {"username": "kim", "password": "a long council passphrase"},
        secure=True,
    )
    session = response.cookies["sessionid"]
    assert session["secure"]
    assert session["httponly"]


def test_the_templates_carry_no_inline_script_or_style():
    """Pages' templates; not e-mails', whose styles must be inline (mail programs read no
    stylesheet) and which no browser shows under the Content-Security-Policy, nor PDFs',
    which WeasyPrint alone reads (their page footer's words, in the PDF's language, are a
    style of the page)."""
    emails = ROOT / "templates" / "notifications" / "email"
    pdfs = ROOT / "templates" / "reports" / "pdf"
    for path in (ROOT / "templates").rglob("*.html"):
        if emails in path.parents or pdfs in path.parents:
            assert "<script" not in path.read_text(), path
            continue
        text = path.read_text()
        assert "<script>" not in text, path
        assert " style=" not in text, path
        assert "<style" not in text, path


def test_repeated_failed_sign_ins_lock_that_account_from_that_address(client, settings):
    settings.AXES_FAILURE_LIMIT = 3
    user = UserFactory(username="kim")
    user.set_password("a long council passphrase")
    user.save()
    statuses = [
        client.post(reverse("login"), {"username": "kim", "password": "guess"}).status_code
        for _ in range(3)
    ]
    assert statuses == [200, 200, 429]  # the third failure locks
    response = client.post(
        reverse("login"), {"username": "kim", "password": "a long council passphrase"}
    )
    assert response.status_code == 429
    assert "Sign-in locked for 15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # Someone else from the same address is not locked out.
    other = UserFactory(username="sam")
    other.set_password("another long passphrase")
    other.save()
    response = client.post(
        reverse("login"), {"username": "sam", "password": "another long passphrase"}
    )
    assert response.status_code == 302
    failed = AuditEvent.objects.filter(kind="login_failed", username="kim")
    assert failed.count() >= 3
    assert "guess" not in str(list(AuditEvent.objects.values_list("detail", flat=True)))


def test_audit_log_records_logins_denials_publication_and_roles(client):
    strategy = StrategyFactory(status="approved")
    approver = user_with_role(strategy.partnership, "approver", username="chair")
    viewer = user_with_role(strategy.partnership, "viewer", username="councillor")
    approver.set_password("a long council passphrase")
    approver.save()
    client.post(reverse("login"), {"username": "chair", "password": "a long council passphrase"})
    client.post(
        reverse("strategies_editor:transition", kwargs={"pk": strategy.pk}), {"to": "published"}
    )
    client.force_login(viewer)
    client.post(
        reverse("strategies_editor:transition", kwargs={"pk": strategy.pk}), {"to": "superseded"}
    )
    kinds = {
        (e.kind, e.username, e.partnership_id)
        for e in AuditEvent.objects.exclude(kind="role_given")
    }
    assert ("login", "chair", None) in kinds
    assert ("published", "chair", strategy.partnership_id) in kinds
    assert ("permission_denied", "councillor", None) in kinds
    given = AuditEvent.objects.filter(kind="role_given", username="councillor").get()
    assert given.partnership == strategy.partnership


def test_only_superusers_read_the_audit_log(client):
    url = reverse("admin:csp_portal_auditevent_changelist")
    staff = UserFactory(is_staff=True)
    client.force_login(staff)
    assert client.get(url).status_code == 403
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    assert client.get(url).status_code == 200
    assert client.get(reverse("admin:csp_portal_auditevent_add")).status_code == 403


def test_a_database_outage_is_a_clear_503(client, monkeypatch):
    import reports.views.public

    def down(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed")

    monkeypatch.setattr(reports.views.public, "partnerships_with_current_strategies", down)
    response = client.get(reverse("reports:home"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Sorry, the service is unavailable" in response.content.decode()
    assert "Traceback" not in response.content.decode()


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
ODT = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})


def add_document(client, **fields):
    """An editor of a draft strategy adds a document to it: the answer to the form."""
    strategy = StrategyFactory(status="draft")
    client.force_login(user_with_role(strategy.partnership, "editor"))
    return client.post(
        reverse("strategies_editor:document_add", kwargs={"pk": strategy.pk}), fields
    )


@pytest.mark.parametrize(
    ("name", "content", "accepted", "extension"),
    [
        ("plan.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n", True, "pdf"),
        ("minutes.docx", DOCX, True, "docx"),
        ("minutes.odt", ODT, True, "odt"),
        ("renamed.pdf", b"<html><script>alert(1)</script></html>", False, None),
        ("evil.docx", _zip({"payload.exe": b"MZ"}), False, None),
        ("report.exe", b"%PDF-1.4 but named .exe", True, "pdf"),
    ],
)
def test_uploads_are_judged_by_content(client, name, content, accepted, extension):
    response = add_document(
        client,
        title="Board minutes",
        kind="minutes",
        file=SimpleUploadedFile(name, content, content_type="application/pdf"),
    )
    if not accepted:
        assert response.status_code == 200
        assert "Its content is none of these" in response.content.decode()
        assert not Document.objects.exists()
        return
    assert response.status_code == 302
    document = Document.objects.get()
    assert document.file.name.endswith(f"board-minutes.{extension}")
    assert "static" not in document.file.path
    download = client.get(reverse("strategies:document", kwargs={"pk": document.pk}))
    assert download["Content-Disposition"] == f'attachment; filename="board-minutes.{extension}"'
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == content


def test_an_unpublished_strategys_document_is_for_its_partnership_only(client, settings):
    draft = StrategyFactory(status="draft")
    document = Document.objects.create(
        partnership=draft.partnership,
        strategy=draft,
        title="Draft plan",
        kind="strategy",
        file=SimpleUploadedFile("draft-plan.pdf", b"%PDF-1.7 draft"),
    )
    url = reverse("strategies:document", kwargs={"pk": document.pk})
    assert client.get(url).status_code == 404
    client.force_login(user_with_role(PartnershipFactory(), "approver"))
    assert client.get(url).status_code == 404
    client.force_login(user_with_role(draft.partnership, "viewer"))
    assert client.get(url).status_code == 200
    draft.status = "published"
    draft.save()
    client.logout()
    assert client.get(url).status_code == 200


def test_oversized_uploads_are_refused(client, monkeypatch):
    import strategies.documents

    monkeypatch.setattr(strategies.documents, "MAX_BYTES", 100)
    response = add_document(
        client, title="Big", kind="other", file=SimpleUploadedFile("big.pdf", b"%PDF-" + b"x" * 200)
    )
    assert "The file must be 20 MB or smaller" in response.content.decode()
    assert not Document.objects.exists()


def test_an_archive_member_that_inflates_hugely_is_never_read_whole():
    """An ODT whose `mimetype` inflates to 256 MiB raised a worker by 600 MiB before it was
    refused: only the bytes an ODT's mimetype has are read."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("mimetype", "w") as member:
            chunk = b"\0" * 2**20
            for _ in range(256):
                member.write(chunk)
    upload = SimpleUploadedFile("bomb.odt", buffer.getvalue())
    assert upload.size < 2**20  # under a megabyte sent
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError):
            document_type(upload)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 2**20, f"{peak / 2**20:.0f} MiB"
