"""Public downloads of strategies' documents."""

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from partnerships import permissions

from ..documents import type_of_stored
from ..models import Document


def document_download(request, pk):
    """The file as an attachment, with the type the portal recognised on upload. A document
    that is not public (of an unpublished strategy, or of a partnership whose public pages
    are suspended) is for people who may read the partnership's drafts; for anyone else it
    does not exist."""
    document = get_object_or_404(Document.objects.exclude(file=""), pk=pk)
    if not (
        Document.objects.public().filter(pk=pk).exists()
        or permissions.can_read_drafts(request.user, document.partnership_id)
    ):
        raise Http404
    kind = type_of_stored(document)
    try:
        file = document.file.open("rb")
    except FileNotFoundError:
        raise Http404("The file is missing") from None
    response = FileResponse(
        file,
        as_attachment=True,
        filename=f"{slugify(document.title)[:80] or 'document'}.{kind.extension}",
        content_type=kind.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
