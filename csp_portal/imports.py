"""Importing records from a table people already have (csp_portal.tabular), the same way for
every kind: upload a file or paste rows, check a preview of every row as it will be saved,
then confirm. A table with any bad row saves nothing: the preview lists every error by its
line and column. Names the table uses that the portal does not know yet (a priority, an
organisation) are listed on the preview, and created with the import; or, where the table's
words can stand as they are (an action's lead), created only if the user ticks them there.

An app gives a parser (table -> Preview) and a service that saves a Preview; the view and
the page are these. The table travels from the preview to the confirmation as tab-separated
text in the page, and is checked again before anything is saved.
"""

from dataclasses import dataclass, field

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .csvfiles import csv_response
from .dates import read_date
from .editor import RecordFormView
from .tabular import MAX_BYTES, Table, Unreadable, read_text, read_upload

MAX_ROWS = 2000  # a table travels back in the page: Django takes 2.5 MB of form data


def key(text) -> str:
    """Names compared as people write them: without case, runs of spaces, or a full stop or
    colon at the end."""
    return " ".join(str(text or "").lower().split()).strip(" .:;")


@dataclass
class Line:
    """One row of the table, as it will be saved."""

    number: int  # its line in the file or the pasted text
    cells: list[str]  # what the preview shows, column by column
    record: object = None  # what the app's service saves (an unsaved model instance ...)
    flags: list[str] = field(default_factory=list)  # accepted, flagged: "no lead"
    note: str = ""  # e.g. "Already a member: left as it is."


@dataclass
class Choice:
    """Names the table uses that the portal does not know and may create, each only if the
    user ticks it on the preview (sent back in the form's field `field`); what is not
    ticked is kept as the table writes it."""

    field: str
    legend: str
    hint: str
    names: list[str]
    ticked: list[str]


@dataclass
class Preview:
    columns: list[str]
    lines: list[Line] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "Line 4, Year: ..."
    refused: list[str] = field(default_factory=list)  # why a checked table was not saved
    to_create: list[tuple[str, list[str]]] = field(default_factory=list)  # heading, names
    to_choose: list[Choice] = field(default_factory=list)  # created only where ticked

    @property
    def to_save(self) -> list[Line]:
        return [line for line in self.lines if not line.note]

    @property
    def table(self) -> list[tuple[Line, list[tuple[str, str]]]]:
        """Each line with its cells by column, for the page."""
        return [(line, list(zip(self.columns, line.cells, strict=True))) for line in self.lines]

    @property
    def flagged(self) -> int:
        return sum(1 for line in self.lines if line.flags)


class Problems:
    """Collects a row's errors as 'Line 4, Year: ...'."""

    def __init__(self, line: int):
        self.line, self.messages = line, []

    def __call__(self, column: str, message: str) -> None:
        self.messages.append(
            gettext("Line %(line)s, %(column)s: %(message)s")
            % {"line": self.line, "column": column, "message": message}
        )

    def length(self, column: str, text: str, limit: int) -> str:
        if len(text) > limit:
            self(
                column,
                gettext("keep it to %(limit)s characters (it has %(text)s)")
                % {"limit": f"{limit:,}", "text": f"{len(text):,}"},
            )
        return text

    def named_once(self, column: str, name: str, seen: dict[str, int], missing: str) -> None:
        """A name the row must give (`missing` says so), given on no earlier line of the
        table: `seen` holds each name's first line, this row's added."""
        if not name:
            self(column, missing)
        elif key(name) in seen:
            self(column, gettext("it is on line %(line)s already") % {"line": seen[key(name)]})
        seen.setdefault(key(name), self.line)

    def texts(self, record, row: dict, fields: dict[str, str]) -> None:
        """Set the record's text fields from the row's columns ({'Chair': 'chair_role'}),
        each checked against the field's length."""
        for column, name in fields.items():
            limit = record._meta.get_field(name).max_length
            setattr(record, name, self.length(column, row.get(key(column), ""), limit))

    def choice(self, column: str, text: str, choices, synonyms=None, default=""):
        """The value of a Django choice the text names by its label or value (or one of
        `synonyms`: words -> value); `default` for an empty cell."""
        if not text:
            return default
        known = {key(str(label)): value for value, label in choices}
        with translation.override("en"):  # a table worded in English reads on a Welsh page
            known |= {key(str(label)): value for value, label in choices}
        known |= {key(value): value for value, _label in choices}
        known |= synonyms or {}
        if key(text) not in known:
            labels = [str(label) for _value, label in choices]
            self(
                column,
                gettext("‘%(text)s’ is not one of: %(labels)s")
                % {"text": text, "labels": ", ".join(labels)},
            )
            return default
        return known[key(text)]

    def date(self, column: str, text: str):
        """A PartialDate as people write it (csp_portal.dates.read_date), or None."""
        if not text:
            return None
        try:
            return read_date(text)
        except ValueError:
            self(
                column,
                gettext("‘%(text)s’ is not a date such as 31/03/2022, March 2022 or 2022")
                % {"text": text},
            )
            return None


def check_header(table: Table, columns: list[str], aliases: dict, required: str) -> list[str]:
    """The table's columns as the portal names them (`aliases` maps other words a plan uses),
    or errors. The result replaces `table.header`'s names in the rows."""
    known = {key(name) for name in columns}
    meant = [aliases.get(name, name) for name in table.header]
    unknown = [
        name for name, column in zip(table.header, meant, strict=True) if column not in known
    ]
    errors = []
    if key(required) not in meant:
        errors.append(
            gettext(
                "The table has no ‘%(required)s’ column. Its first row must name the columns: "
                "%(columns)s."
            )
            % {"required": required, "columns": ", ".join(columns)}
        )
    elif unknown:
        errors.append(
            gettext("The table has columns the portal does not know: %(unknown)s. Use %(columns)s.")
            % {"unknown": ", ".join(unknown), "columns": ", ".join(columns)}
        )
    renamed = dict(zip(table.header, meant, strict=True))
    table.rows = [(n, {renamed[k]: v for k, v in cells.items()}) for n, cells in table.rows]
    table.header = meant
    return errors


class ImportForm(forms.Form):
    """Step one: a file or pasted rows. Step two (the confirmation) sends the checked table
    back as `table`."""

    file = forms.FileField(
        label=_("Upload a file"),
        required=False,
        help_text=_("An Excel workbook (.xlsx, its first sheet) or a CSV file, up to 5 MB."),
    )
    text = forms.CharField(
        label=_("Or paste the rows"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
        help_text=_("Copy the table in Word or Excel, with its heading row, and paste it here."),
        max_length=2_000_000,
    )
    table = forms.CharField(required=False, widget=forms.HiddenInput, max_length=4_000_000)

    carried: tuple[str, ...] = ()  # fields of a subclass sent again with the confirmation

    def __init__(self, *args, headings: frozenset = frozenset(), **kwargs):
        super().__init__(*args, **kwargs)
        self.headings = headings  # any of them marks the table's heading row

    def clean(self):
        data = super().clean()
        upload, text, checked = data.get("file"), data.get("text"), data.get("table")
        limits = {"max_rows": MAX_ROWS, "headings": self.headings}
        try:
            if checked:
                data["rows"] = read_text(checked, max_rows=MAX_ROWS)
            elif upload:
                if upload.size > MAX_BYTES:
                    raise Unreadable(gettext("The file is bigger than 5 MB."))
                data["rows"] = read_upload(upload.read(), **limits)
            elif text and text.strip():
                data["rows"] = read_text(text, **limits)
            else:
                self.add_error("file", gettext("Choose a file, or paste the rows below"))
        except Unreadable as error:
            self.add_error("file" if upload else "text", str(error))
        return data

    def carried_values(self) -> list[tuple[str, object]]:
        return [(name, self.data.get(name, "")) for name in self.carried]


class ImportView(RecordFormView):
    """Upload or paste (GET, and a POST with an unreadable table), then the preview, then the
    import (a POST with `_confirm`). Subclasses give `columns`, `aliases`, `required`, `noun`
    ('actions'), `parse(table, form) -> Preview` (the table's columns checked) and
    `save_import(preview, form)`. `?blank=csv` downloads the heading row to fill in."""

    template_name = "import_page.html"
    form_class = ImportForm
    columns: list[str] = []
    aliases: dict[str, str] = {}  # other words a table uses for a column
    required = ""  # the column every row must fill
    column_hints: dict[str, str] = {}
    noun = "records"

    def get_form_kwargs(self):
        headings = frozenset(key(name) for name in self.columns) | frozenset(self.aliases)
        return {**super().get_form_kwargs(), "headings": headings}

    def parse(self, table: Table, form) -> Preview:
        raise NotImplementedError

    def save_import(self, preview: Preview, form) -> int | None:
        """Save the checked rows; the number saved, where it can be fewer than the preview's
        (records that came to exist meanwhile are left as they are)."""
        raise NotImplementedError

    def existing(self) -> int:
        """How many of these records there are already (the import adds to them)."""
        return 0

    def get(self, request, *args, **kwargs):
        if request.GET.get("blank") == "csv":
            return csv_response([self.columns], f"{self.noun}.csv")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            columns=[(name, self.column_hints.get(name, "")) for name in self.columns],
            noun=self.noun,
            **kwargs,
        )

    def form_valid(self, form):
        table = form.cleaned_data["rows"]
        errors = check_header(table, self.columns, self.aliases, required=self.required)
        preview = Preview(self.columns, errors=errors) if errors else self.parse(table, form)
        confirmed = "_confirm" in self.request.POST
        if not confirmed or preview.errors:
            return self.show(form, preview)
        try:
            saved = self.save_import(preview, form)
        except ValidationError as error:
            preview.refused.extend(error.messages)
            return self.show(form, preview)
        saved = len(preview.to_save) if saved is None else saved
        messages.success(
            self.request,
            gettext("%(saved)s %(noun)s imported.")
            % {"saved": f"{saved:,}", "noun": self.noun if saved != 1 else self.noun[:-1]},
        )
        return redirect(self.get_success_url())

    def show(self, form, preview: Preview):
        """The preview. With errors, the table comes back as text to correct on the page."""
        table = form.cleaned_data["rows"]
        if preview.errors:
            form.data = form.data.copy()
            form.data["text"], form.data["table"] = table.as_tsv(), ""
        return self.render_to_response(
            self.get_context_data(form=form, preview=preview, table=table, existing=self.existing())
        )
