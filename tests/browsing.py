"""Filling in the portal's pages as a person does, with Django's test client: open the page,
take its form as the browser would send it (hidden fields, what is already filled in or
chosen), change what the person types, press a button. A field the test names that the
page does not have fails the test, so the test follows the real pages. Every submission is
counted: how many forms a job takes."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.core.files.uploadedfile import SimpleUploadedFile


@dataclass
class Form:
    action: str
    method: str
    fields: list[tuple[str, str]] = field(default_factory=list)  # as the browser sends them
    names: set[str] = field(default_factory=set)  # every control, sent or not
    buttons: list[tuple[str, str, str]] = field(default_factory=list)  # name, value, text
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # value, label


class _Forms(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self._select = self._textarea = self._button = self._option = None
        self._selected_any = False
        self._text = ""
        self._in_main = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        form = self.forms[-1] if self.forms else None
        if tag == "main":
            self._in_main = True
        elif tag == "form" and self._in_main:  # the page's own forms, not the header's
            self.forms.append(Form(a.get("action") or "", (a.get("method") or "get").lower()))
        elif form is None or not self._in_main:
            return
        elif tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            name = a["name"]
            form.names.add(name)
            if kind in ("checkbox", "radio"):
                form.options.setdefault(name, []).append((a.get("value", "on"), ""))
                if "checked" in a:
                    form.fields.append((name, a.get("value", "on")))
            elif kind == "submit":
                form.buttons.append((name, a.get("value", ""), a.get("value", "")))
            elif kind != "file":
                form.fields.append((name, a.get("value", "")))
        elif tag == "select" and a.get("name"):
            self._select, self._selected_any = a["name"], False
            form.names.add(a["name"])
            form.options[a["name"]] = []
        elif tag == "option" and self._select:
            self._option, self._text = a.get("value"), ""
            if "selected" in a:
                self._selected_any = True
                form.fields.append((self._select, a.get("value", "")))
        elif tag == "textarea" and a.get("name"):
            self._textarea, self._text = a["name"], ""
            form.names.add(a["name"])
        elif tag == "button":
            self._button, self._text = (a.get("name", ""), a.get("value", "")), ""

    def handle_data(self, data):
        self._text += data

    def handle_endtag(self, tag):
        if tag == "main":
            self._in_main = False
        form = self.forms[-1] if self.forms else None
        if form is None or not self._in_main:
            return
        if tag == "option" and self._select:
            value = self._option if self._option is not None else self._text.strip()
            form.options[self._select].append((value, self._text.strip()))
        elif tag == "select" and self._select:
            if not self._selected_any and form.options[self._select]:
                form.fields.append((self._select, form.options[self._select][0][0]))
            self._select = None
        elif tag == "textarea" and self._textarea:
            form.fields.append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None
        elif tag == "button" and self._button:
            name, value = self._button
            form.buttons.append((name, value, " ".join(self._text.split())))
            self._button = None


def forms_of(html: str) -> list[Form]:
    parser = _Forms()
    parser.feed(html)
    return parser.forms


class Visitor:
    """A person at the portal (a logged-in test client) who counts what they submit."""

    def __init__(self, client):
        self.client = client
        self.submissions = 0

    def page(self, url: str) -> str:
        response = self.client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response.content.decode()

    def submit(
        self,
        url: str,
        data: dict | None = None,
        *,
        button: str = "",
        files: dict | None = None,
        expect: int = 302,
        html: str | None = None,
    ):
        """Open `url` (or use the page `html` already open), fill the form that has the
        fields in `data` ({name: value}, a list for several ticked boxes; labels of options
        are taken for their values), press the button whose text starts with `button` (the
        first one otherwise), and return the response."""
        data = dict(data or {})
        html = html if html is not None else self.page(url)
        wanted = set(data) | set(files or {})
        found = [f for f in forms_of(html) if f.method == "post"]
        forms = [f for f in found if wanted <= f.names]
        forms = [f for f in forms if any(text.startswith(button) for *_, text in f.buttons)]
        assert forms, (
            f"{url}: no form with {sorted(wanted)} and a button '{button}'; the page has "
            + "; ".join(f"{sorted(f.names)} {[text for *_, text in f.buttons]}" for f in found)
        )
        form = forms[0]
        sent: dict[str, list[str]] = {}
        for name, value in form.fields:
            sent.setdefault(name, []).append(value)
        for name, value in data.items():
            if value is None:  # a box unticked, a field left out
                sent.pop(name, None)
                continue
            values = value if isinstance(value, list) else [value]
            labels = dict((label, v) for v, label in form.options.get(name, []) if label)
            sent[name] = [labels.get(str(v), str(v)) for v in values]
        for name, value, text in form.buttons:
            if text.startswith(button):
                if name:
                    sent[name] = [value]
                break
        payload = {name: values if len(values) > 1 else values[0] for name, values in sent.items()}
        for name, (filename, content) in (files or {}).items():
            payload[name] = SimpleUploadedFile(filename, content)
        response = self.client.post(form.action or url, payload)
        self.submissions += 1
        if response.status_code != expect:
            errors = _error_summary(response.content.decode())
            raise AssertionError(f"{url}: {response.status_code}, not {expect}: {errors}")
        return response


def _error_summary(html: str) -> str:
    start = html.find("govuk-error-summary")
    if start < 0:
        return "(no error summary)"
    text = html[start : html.find("</div>", html.find("</ul>", start))]
    words = " ".join(part.split(">")[-1] for part in text.split("<") if ">" in part)
    return " ".join(words.split())
