"""Search over partnerships (their names, area and councils), their public subgroups (with
their members) and what their published strategies say.

PostgreSQL: full-text search (English stemming, websearch syntax, ranked), and a snippet of
each hit with the words found highlighted (ts_headline). SQLite: a simple fallback that
stems each word crudely and matches all of them, so the same query finds the same records
on both for ordinary words; its snippet is cut and highlighted here, from the same text.

In Welsh (/cy/search/) the text searched is what the Welsh pages show: each field's Welsh,
or its English where none was written; matched with PostgreSQL's `simple` configuration
(no Welsh stemmer exists, and English stemming would mangle Welsh words), and on SQLite
word by word as typed.

Which records and fields are searched (`_sources`) and how a hit is shown (`_snippets`,
`_snippet`, `highlighted`) are apart from how they are matched (`_match`). One query a kind
of record, whatever the number of hits.
"""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.db import connection
from django.db.models import (
    Aggregate,
    F,
    Func,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.db.models.expressions import Expression
from django.db.models.functions import Coalesce, NullIf
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from csp_portal.bilingual import in_language, translated_fields
from partnerships.models import Organisation, Partnership
from strategies.models import Action, DeliveryArea, StrategicPriority, Strategy
from subgroups.models import Subgroup, SubgroupMember

MAX_QUERY_LENGTH = 200
STOP_WORDS = {
    "a",
    "an",
    "and",
    "are",
    "as",
    "at",
    "be",
    "by",
    "for",
    "from",
    "in",
    "into",
    "is",
    "it",
    "of",
    "on",
    "or",
    "the",
    "to",
    "with",
}
# Around each word found in a snippet, until it is escaped and marked up (`highlighted`):
# characters no text of the portal holds.
START, STOP = "\x02", "\x03"
SNIPPET_WORDS = 30
FIELDS_APART = " … "  # between the fields a snippet is drawn from


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    url: str
    where: str
    snippet: SafeString  # the text around the words found, those words in <mark>


@dataclass(frozen=True)
class Source:
    """A kind of record searched: the public ones (`queryset`), the fields matched, the
    fields its snippet is drawn from, and how a hit is shown (given it and its snippet)."""

    queryset: QuerySet
    fields: list[str]
    snippet_fields: list[str]
    present: Callable[[object, SafeString], Result]


class _Names(Aggregate):
    """The names of related records in one text, ', ' between them: STRING_AGG on
    PostgreSQL, GROUP_CONCAT on SQLite."""

    function = "STRING_AGG"
    template = "%(function)s(%(expressions)s, ', ')"
    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra):
        return self.as_sql(compiler, connection, function="GROUP_CONCAT", **extra)


def _names_of(queryset: QuerySet, link: str) -> Coalesce:
    """The names of the records of `queryset` whose `link` is the outer record, as text
    (empty where there are none): searched in the outer record's own query."""
    names = (
        queryset.filter(**{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(names=_Names("name"))
        .values("names")
    )
    return Coalesce(Subquery(names), Value(""), output_field=TextField())


def action_url(strategy, pk: int) -> str:
    """An action on the action plan's page, alone (the strategy's page shows only the first
    actions of each priority)."""
    plan = reverse(
        "reports:action_plan",
        kwargs={"partnership_slug": strategy.partnership.slug, "slug": strategy.slug},
    )
    return f"{plan}?action={pk}#action-{pk}"


def _in_strategy(kind, title, anchor, strategy, snippet) -> Result:
    where = f"{strategy.title}, {strategy.partnership.display_name}"
    return Result(kind, title, f"{strategy.get_absolute_url()}#{anchor}", where, snippet)


def _sources() -> list[Source]:
    """What is searched, public content only, one kind of record after another."""
    public = Strategy.objects.published()
    in_public = {"strategy__in": public}
    in_strategy = "strategy__partnership"
    councils = Organisation.objects.all()
    return [
        Source(
            Partnership.objects.listed().annotate(
                councils=_names_of(councils, "partnerships_covering")
            ),
            ["name", "local_name", "area", "councils", "description"],
            ["councils", "description"],
            lambda p, snippet: Result(
                "Partnership", p.display_name, p.get_absolute_url(), p.area, snippet
            ),
        ),
        Source(
            public.select_related("partnership"),
            ["title", "summary", "vision", "aims"],
            ["summary", "vision", "aims"],
            lambda s, snippet: Result(
                "Strategy", s.title, s.get_absolute_url(), s.partnership.display_name, snippet
            ),
        ),
        Source(
            Subgroup.objects.filter(is_public=True, partnership__in=Partnership.objects.listed())
            .select_related("partnership")
            .annotate(member_names=_names_of(SubgroupMember.objects.all(), "subgroup")),
            ["name", "acronym", "overview", "member_names"],
            ["overview", "member_names"],
            lambda g, snippet: Result(
                "Subgroup", str(g), g.get_absolute_url(), g.partnership.display_name, snippet
            ),
        ),
        Source(
            StrategicPriority.objects.filter(**in_public).select_related(in_strategy),
            ["title", "subtitle", "description"],
            ["subtitle", "description"],
            lambda p, snippet: _in_strategy(
                "Priority", p.title, f"priority-{p.pk}", p.strategy, snippet
            ),
        ),
        Source(
            DeliveryArea.objects.filter(**in_public).select_related(in_strategy),
            ["title", "description"],
            ["description"],
            lambda a, snippet: _in_strategy(
                "Delivery area", a.title, f"delivery-area-{a.pk}", a.strategy, snippet
            ),
        ),
        Source(
            Action.objects.filter(**in_public).select_related(in_strategy),
            ["delivery", "area", "success_measure", "target"],
            ["success_measure", "target", "area"],
            lambda a, snippet: Result(
                "Action",
                a.delivery,
                action_url(a.strategy, a.pk),
                f"{a.strategy.title}, {a.strategy.partnership.display_name}",
                snippet,
            ),
        ),
    ]


# At most this many hits of each kind (partnerships, strategies, subgroups, priorities,
# delivery areas, actions): a common word must not make a page of tens of megabytes.
PER_KIND = 50


def search_capped(query: str) -> tuple[list[Result], list[str]]:
    """The hits, best first within each kind, and the kinds that had more than PER_KIND."""
    query = query.strip()[:MAX_QUERY_LENGTH]
    if not query:
        return [], []
    welsh = translation.get_language() == "cy"
    results, capped = [], []
    for source in _sources():
        matched = _match(source.queryset, source.fields, query, welsh)
        hits = list(_snippets(matched, source.snippet_fields, query, welsh)[: PER_KIND + 1])
        found = [
            source.present(hit, highlighted(_snippet(hit, source.snippet_fields, query, welsh)))
            for hit in hits[:PER_KIND]
        ]
        if len(hits) > PER_KIND:
            capped.append(found[0].kind)
        results.extend(found)
    return results, capped


# Tables whose search document is stored, with a GIN index (strategies migration 0016), on
# PostgreSQL; the others (partnerships, subgroups: a few hundred rows, with the names of
# their councils and members joined in) are matched by a document built in the query.
STORED = {
    "strategies_action",
    "strategies_deliveryarea",
    "strategies_strategicpriority",
    "strategies_strategy",
}
# A common word matches most of 100,000 actions: the hits ranked are the first this many
# found (the index stops there), so that ranking costs the same whatever the word.
CANDIDATES = 1000


class StoredDocument(Expression):
    """The record's stored search document (the column `search_document`, or in Welsh
    `search_document_cy`: strategies migration 0018), named by the alias its table has in
    the query being compiled (a subquery's own, too)."""

    output_field = SearchVectorField()

    def __init__(self, welsh: bool):
        super().__init__()
        self.column = "search_document_cy" if welsh else "search_document"

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.{self.column}", []


def _config(welsh: bool) -> str:
    return "simple" if welsh else "english"


def _text(model, field: str, welsh: bool) -> Expression:
    """A field's text as the page in this language shows it: in Welsh, its Welsh or, where
    none was written, its English (a field with no Welsh version is as it is)."""
    if welsh and field in translated_fields(model):
        return Coalesce(
            NullIf(F(in_language(field, "cy")), Value("")),
            F(in_language(field, "en")),
            Value(""),
            output_field=TextField(),
        )
    return F(field)


def _texts(queryset: QuerySet, fields: list[str], welsh: bool) -> list[Expression]:
    return [_text(queryset.model, field, welsh) for field in fields]


def _match(queryset: QuerySet, fields: list[str], query: str, welsh: bool) -> QuerySet:
    config = _config(welsh)
    if connection.vendor == "postgresql" and queryset.model._meta.db_table in STORED:
        terms = SearchQuery(query, search_type="websearch", config=config)
        found = queryset.annotate(document=StoredDocument(welsh)).filter(document=terms)
        candidates = found.order_by().values("pk")[:CANDIDATES]
        return (
            queryset.filter(pk__in=candidates)
            .annotate(rank=SearchRank(StoredDocument(welsh), terms))
            .order_by("-rank", "pk")
        )
    if connection.vendor == "postgresql":
        vector = SearchVector(*_texts(queryset, fields, welsh), config=config)
        terms = SearchQuery(query, search_type="websearch", config=config)
        return (
            queryset.annotate(document=vector)
            .filter(document=terms)
            .annotate(rank=SearchRank(vector, terms))
            .order_by("-rank", "pk")
        )
    stems = _stems(query, welsh)
    if not stems:
        return queryset.none()
    texts = {f"searched_{n}": text for n, text in enumerate(_texts(queryset, fields, welsh))}
    condition = Q()
    for stem in stems:
        any_field = Q()
        for name in texts:
            any_field |= Q(**{f"{name}__icontains": stem})
        condition &= any_field
    return queryset.alias(**texts).filter(condition).order_by("pk")


def _stems(query: str, welsh: bool = False) -> list[str]:
    words = re.findall(r"\w+", query.lower())
    if welsh:
        return words
    return [_stem(w) for w in words if w not in STOP_WORDS]


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "ing", "ed", "s", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# Snippets


def _snippets(queryset: QuerySet, fields: list[str], query: str, welsh: bool) -> QuerySet:
    """On PostgreSQL, each hit with its `snippet` (ts_headline over `fields`), in the same
    query; elsewhere the hits as they are (`_snippet` cuts theirs)."""
    if connection.vendor != "postgresql":
        return queryset
    config = _config(welsh)
    return queryset.annotate(
        snippet=SearchHeadline(
            _text_of(_texts(queryset, fields, welsh)),
            SearchQuery(query, search_type="websearch", config=config),
            config=config,
            start_sel=START,
            stop_sel=STOP,
            max_words=SNIPPET_WORDS,
            min_words=SNIPPET_WORDS // 2,
        )
    )


def _text_of(texts: list[Expression]) -> Func:
    """The fields' text, FIELDS_APART between those that have any (as `_snippet` joins
    them)."""
    texts = [NullIf(text, Value("")) for text in texts]
    return Func(Value(FIELDS_APART), *texts, function="CONCAT_WS", output_field=TextField())


def _snippet(hit, fields: list[str], query: str, welsh: bool) -> str:
    """The hit's snippet, its words found between START and STOP: PostgreSQL's, or cut here
    around the first word found, words containing a stem of the query marked (what the
    SQLite fallback matched). A field read in Welsh falls back to its English
    (django-modeltranslation's fallback), as `_text` does."""
    if hasattr(hit, "snippet"):
        return hit.snippet
    text = FIELDS_APART.join(value for field in fields if (value := getattr(hit, field)))
    stems = _stems(query, welsh)
    words = text.split()
    found = [n for n, word in enumerate(words) if _holds_a_stem(word, stems)]
    start = max(0, found[0] - SNIPPET_WORDS // 3) if found else 0
    window = words[start : start + SNIPPET_WORDS]
    marked = re.sub(
        r"\w+",
        lambda m: f"{START}{m[0]}{STOP}" if _holds_a_stem(m[0], stems) else m[0],
        " ".join(window),
    )
    before = "… " if start else ""
    after = " …" if start + SNIPPET_WORDS < len(words) else ""
    return f"{before}{marked}{after}"


def _holds_a_stem(word: str, stems: list[str]) -> bool:
    word = word.lower()
    return any(stem in word for stem in stems)


def highlighted(marked: str) -> SafeString:
    """A snippet as HTML: its text escaped, each word found in <mark>."""
    text = html.escape(marked or "")
    text = re.sub(f"{START}(.*?){STOP}", r"<mark>\1</mark>", text, flags=re.S)
    return mark_safe(text.replace(START, "").replace(STOP, ""))  # noqa: S308 - escaped above
