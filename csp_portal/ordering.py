"""Ordered siblings (priorities of a strategy, questions of a consultation, ...): where a new
one goes, and moving one up or down. Callers hold the transaction."""

from django.db.models import Max


def place_last(item, siblings) -> None:
    """A new item goes after its siblings; an existing one keeps its place."""
    if item.pk is None:
        item.order = (siblings.aggregate(n=Max("order"))["n"] or 0) + 1


def move(item, siblings, *, up: bool) -> bool:
    """Swap the item with the sibling above or below it, numbering them all 1, 2, 3 ...
    Returns False at either end, where there is nowhere to go."""
    ordered = list(siblings.select_for_update().order_by("order", "pk"))
    i = next(n for n, sibling in enumerate(ordered) if sibling.pk == item.pk)
    j = i - 1 if up else i + 1
    if not 0 <= j < len(ordered):
        return False
    ordered[i], ordered[j] = ordered[j], ordered[i]
    for order, sibling in enumerate(ordered, start=1):
        if sibling.order != order:
            sibling.order = order
            sibling.save(update_fields=["order"])
    return True
