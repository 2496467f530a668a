"""What changed between two revisions of a strategy, in plain language."""

from dataclasses import dataclass, field

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

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


def _same(a, b) -> bool:
    return same_text(a, b) if isinstance(a, str) and isinstance(b, str) else a == b


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


# The strategy's own fields compared, with how a change to each is said.
OWN_TEXTS = [
    (
        "vision",
        _("Its vision was written"),
        _("Its vision was taken out"),
        _("Its vision was rewritten"),
    ),
    (
        "summary",
        _("Its summary was written"),
        _("Its summary was taken out"),
        _("Its summary was rewritten"),
    ),
    ("aims", _("Its aims was written"), _("Its aims was taken out"), _("Its aims was rewritten")),
    (
        "delivery_approach",
        _("Its approach to delivery was written"),
        _("Its approach to delivery was taken out"),
        _("Its approach to delivery was rewritten"),
    ),
]


def same_text(a: str, b: str) -> bool:
    """Texts that differ only in their line endings or the spaces at their ends are the
    same text (a form sends CR LF; the demo data and imports write LF)."""
    return (a or "").replace("\r\n", "\n").strip() == (b or "").replace("\r\n", "\n").strip()


def _own_fields(older: Strategy, newer: Strategy) -> Changes:
    changes = Changes(gettext("The strategy itself"))
    if older.title != newer.title:
        changes.reworded.append((older.title, newer.title))
    if older.period_label != newer.period_label:
        changes.changed.append(
            gettext("Its period, %(older)s, is now %(newer)s")
            % {"older": older.period_label, "newer": newer.period_label}
        )
    for name, written, taken_out, rewritten in OWN_TEXTS:
        before, after = getattr(older, name), getattr(newer, name)
        if same_text(before, after):
            continue
        if not before:
            changes.changed.append(str(written))
        elif not after:
            changes.changed.append(str(taken_out))
        else:
            changes.changed.append(str(rewritten))
    return changes


def _reordered(pairs) -> str:
    """Said when the priorities both revisions have stand in a new order."""
    by_old = [after.pk for _before, after in sorted(pairs, key=lambda p: (p[0].order, p[0].pk))]
    by_new = [after.pk for _before, after in sorted(pairs, key=lambda p: (p[1].order, p[1].pk))]
    if by_old == by_new:
        return ""
    titles = {after.pk: after.title for _before, after in pairs}
    order = "; ".join(f"{i}. {titles[pk]}" for i, pk in enumerate(by_new, start=1))
    return gettext("They stand in a new order: %(order)s") % {"order": order}


def compare_revisions(older: Strategy, newer: Strategy) -> list[Changes]:
    result = [_own_fields(older, newer)]
    for heading, attr in [
        (gettext("Priorities"), "priorities"),
        (gettext("Delivery areas"), "delivery_areas"),
    ]:
        pairs, added, removed = _match(
            list(getattr(older, attr).all()), list(getattr(newer, attr).all())
        )
        changes = Changes(heading)
        changes.added = [p.title for p in added]
        changes.removed = [p.title for p in removed]
        for before, after in pairs:
            if before.title != after.title:
                changes.reworded.append((before.title, after.title))
            elif not same_text(before.description, after.description):
                changes.changed.append(
                    gettext("‘%(title)s’: its description was rewritten") % {"title": after.title}
                )
        if attr == "priorities" and (moved := _reordered(pairs)):
            changes.changed.append(moved)
        result.append(changes)
    pairs, added, removed = _match(list(older.actions.all()), list(newer.actions.all()))
    actions = Changes(gettext("Action plan"))
    actions.added = [a.delivery for a in added]
    actions.removed = [a.delivery for a in removed]
    for before, after in pairs:
        fields = [
            str(type(after)._meta.get_field(f).verbose_name)
            for f in ACTION_FIELDS
            if not _same(getattr(before, f), getattr(after, f))
        ]
        if fields:
            actions.changed.append(
                gettext("‘%(action)s’: %(fields)s changed")
                % {"action": after.delivery[:80], "fields": ", ".join(fields)}
            )
    result.append(actions)
    return result
