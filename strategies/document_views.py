"""Uploading documents to a strategy, and downloading them safely."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.views import View

from csp_portal import permissions

from . import services
from .documents import type_of_stored
from .forms import DocumentForm
from .models import Document
from .monitoring_views import StrategyMixin


class DocumentUploadView(StrategyMixin, View):
    needs = "edit"
    template_name = "editor/document_form.html"

    def show(self, form):
        return render(self.request, self.template_name, {"strategy": self.strategy, "form": form})

    def get(self, request, pk):
        return self.show(DocumentForm())

    def post(self, request, pk):
        form = DocumentForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.show(form)
        services.document_upload(strategy=self.strategy, form=form, by=request.user)
        messages.success(request, "The document was uploaded.")
        return redirect("editor:strategy", pk=pk)


def document_download(request, pk):
    """The file as an attachment, with the type the portal recognised on upload. A document
    of an unpublished strategy is for people who may read its drafts; for anyone else it
    does not exist."""
    document = get_object_or_404(
        Document.objects.select_related("strategy", "partnership").exclude(file=""), pk=pk
    )
    strategy = document.strategy
    if (
        strategy is not None
        and not strategy.is_public
        and not permissions.can_read_drafts(request.user, strategy.partnership_id)
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
