"""Search over partnerships and what their published strategies say.

PostgreSQL: full-text search (English stemming, websearch syntax, ranked). SQLite: a simple
fallback that stems each word crudely and matches all of them, so the same query finds the
same records on both for ordinary words.
"""

import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from partnerships.models import Partnership
from strategies.models import Action, DeliveryArea, StrategicPriority, Strategy

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


@dataclass(frozen=True)
class Result:
    kind: str
    title: str
    url: str
    where: str
    text: str


def _partnership(p: Partnership) -> Result:
    return Result("Partnership", p.display_name, p.get_absolute_url(), p.area, p.description)


def _strategy(s: Strategy) -> Result:
    return Result("Strategy", s.title, s.get_absolute_url(), s.partnership.display_name, s.summary)


def _in_strategy(kind: str, title: str, anchor: str, strategy: Strategy, text: str) -> Result:
    where = f"{strategy.title}, {strategy.partnership.display_name}"
    return Result(kind, title, f"{strategy.get_absolute_url()}#{anchor}", where, text)


def _sources():
    """(queryset, fields searched, how to present a hit), public content only."""
    public = Strategy.objects.published()
    in_public = {"strategy__in": public}
    return [
        (
            Partnership.objects.listed(),
            ["name", "local_name", "area", "description"],
            _partnership,
        ),
        (public.select_related("partnership"), ["title", "summary", "vision", "aims"], _strategy),
        (
            StrategicPriority.objects.filter(**in_public).select_related("strategy__partnership"),
            ["title", "subtitle", "description"],
            lambda p: _in_strategy(
                "Priority", p.title, f"priority-{p.pk}", p.strategy, p.description
            ),
        ),
        (
            DeliveryArea.objects.filter(**in_public).select_related("strategy__partnership"),
            ["title", "description"],
            lambda a: _in_strategy(
                "Delivery area", a.title, f"delivery-area-{a.pk}", a.strategy, a.description
            ),
        ),
        (
            Action.objects.filter(**in_public).select_related("strategy__partnership"),
            ["delivery", "area", "success_measure", "target"],
            lambda a: _in_strategy(
                "Action", a.delivery, f"action-{a.pk}", a.strategy, a.success_measure
            ),
        ),
    ]


# At most this many hits of each kind (partnerships, strategies, priorities, delivery
# areas, actions): a common word must not make a page of tens of megabytes.
PER_KIND = 50


def search_capped(query: str) -> tuple[list[Result], list[str]]:
    """The hits, best first within each kind, and the kinds that had more than PER_KIND."""
    query = query.strip()[:MAX_QUERY_LENGTH]
    if not query:
        return [], []
    results, capped = [], []
    for queryset, fields, present in _sources():
        hits = list(_match(queryset, fields, query)[: PER_KIND + 1])
        if len(hits) > PER_KIND:
            hits = hits[:PER_KIND]
            capped.append(present(hits[0]).kind)
        results.extend(present(obj) for obj in hits)
    return results, capped


def _match(queryset: QuerySet, fields: list[str], query: str) -> QuerySet:
    if connection.vendor == "postgresql":
        vector = SearchVector(*fields, config="english")
        terms = SearchQuery(query, search_type="websearch", config="english")
        return (
            queryset.annotate(document=vector)
            .filter(document=terms)
            .annotate(rank=SearchRank(vector, terms))
            .order_by("-rank", "pk")
        )
    stems = [_stem(w) for w in re.findall(r"\w+", query.lower()) if w not in STOP_WORDS]
    if not stems:
        return queryset.none()
    condition = Q()
    for stem in stems:
        any_field = Q()
        for field in fields:
            any_field |= Q(**{f"{field}__icontains": stem})
        condition &= any_field
    return queryset.filter(condition).order_by("pk")


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "ing", "ed", "s", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word
