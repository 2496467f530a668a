"""What changed between two revisions of a strategy, in plain language."""

from dataclasses import dataclass, field

from .models import Strategy


@dataclass
class Changes:
    heading: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reworded: list[tuple[str, str]] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.reworded or self.changed)


def _match(older_parts, newer_parts):
    """Pairs parts of the newer revision with those they were copied from (or, when they
    were not copied, with a part of the same title)."""
    older_by_pk = {p.pk: p for p in older_parts}
    older_by_title = {p_title(p): p for p in older_parts}
    pairs, unmatched_new = [], []
    used = set()
    for part in newer_parts:
        source = older_by_pk.get(part.copied_from_id) or older_by_title.get(p_title(part))
        if source and source.pk not in used:
            used.add(source.pk)
            pairs.append((source, part))
        else:
            unmatched_new.append(part)
    removed = [p for p in older_parts if p.pk not in used]
    return pairs, unmatched_new, removed


def p_title(part) -> str:
    return getattr(part, "title", None) or part.delivery


ACTION_FIELDS = [
    "delivery",
    "success_measure",
    "target",
    "lead_description",
    "year",
    "four_p",
    "due_on",
]


def compare_revisions(older: Strategy, newer: Strategy) -> list[Changes]:
    result = []
    for heading, attr in [("Priorities", "priorities"), ("Delivery areas", "delivery_areas")]:
        pairs, added, removed = _match(
            list(getattr(older, attr).all()), list(getattr(newer, attr).all())
        )
        changes = Changes(heading)
        changes.added = [p.title for p in added]
        changes.removed = [p.title for p in removed]
        for before, after in pairs:
            if before.title != after.title:
                changes.reworded.append((before.title, after.title))
            elif before.description != after.description:
                changes.changed.append(f"‘{after.title}’: its description was rewritten")
        result.append(changes)
    pairs, added, removed = _match(list(older.actions.all()), list(newer.actions.all()))
    actions = Changes("Action plan")
    actions.added = [a.delivery for a in added]
    actions.removed = [a.delivery for a in removed]
    for before, after in pairs:
        fields = [
            str(type(after)._meta.get_field(f).verbose_name)
            for f in ACTION_FIELDS
            if getattr(before, f) != getattr(after, f)
        ]
        if fields:
            actions.changed.append(f"‘{after.delivery[:80]}’: {', '.join(fields)} changed")
    result.append(actions)
    return result
