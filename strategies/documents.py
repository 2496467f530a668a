"""Uploaded documents: the type is read from the content, never trusted from the name.

Allowed: PDF, Word (DOCX), Excel (XLSX) and OpenDocument text (ODT), at most 20 MB. The
three office formats are ZIP files; each is recognised by the part only it carries."""

import zipfile
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class DocumentType:
    name: str
    extension: str
    content_type: str


PDF = DocumentType("PDF", "pdf", "application/pdf")
DOCX = DocumentType(
    "Word document",
    "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
XLSX = DocumentType(
    "Excel spreadsheet", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)
ODT = DocumentType("OpenDocument text", "odt", "application/vnd.oasis.opendocument.text")
TYPES = {t.extension: t for t in (PDF, DOCX, XLSX, ODT)}
ALLOWED = "PDF, Word (.docx), Excel (.xlsx) or OpenDocument text (.odt)"


def document_type(file) -> DocumentType:
    """What the file is, from its bytes; ValidationError if it is none of the allowed kinds."""
    if file.size > MAX_BYTES:
        raise ValidationError(
            gettext("The file must be 20 MB or smaller (it is %(size)s MB)")
            % {"size": f"{file.size / 2**20:.1f}"}
        )
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(file) as archive:
                names = set(archive.namelist())
                if "word/document.xml" in names:
                    return DOCX
                if "xl/workbook.xml" in names:
                    return XLSX
                if "mimetype" in names and _member_start(archive, "mimetype") == ODT_MIMETYPE:
                    return ODT
        except zipfile.BadZipFile:
            pass
        finally:
            file.seek(0)
    raise ValidationError(
        gettext("The file must be a %(allowed)s. Its content is none of these.")
        % {"allowed": ALLOWED}
    )


ODT_MIMETYPE = ODT.content_type.encode()


def _member_start(archive: zipfile.ZipFile, name: str) -> bytes:
    """The first bytes of an archive's member, never more: a member that inflates to
    hundreds of megabytes (a zip bomb) is read no further than its expected content."""
    with archive.open(name) as member:
        return member.read(len(ODT_MIMETYPE) + 1)


def type_of_stored(document) -> DocumentType:
    """The type of a stored file, from the extension the portal gave it on upload."""
    return TYPES.get(document.file.name.rsplit(".", 1)[-1].lower(), PDF)
