"""The kinds of record the workspace names in its headings and messages, in words."""

from django.utils.translation import pgettext, pgettext_lazy

# The kinds of record the workspace's pages name in their headings and messages ("Add a
# member", "The priority was deleted."), for the catalogue: in_words() reads them in the
# language of the page.
NOUNS = (
    pgettext_lazy("a kind of record", "action"),
    pgettext_lazy("a kind of record", "board meeting"),
    pgettext_lazy("a kind of record", "body the partnership works with"),
    pgettext_lazy("a kind of record", "budget or grant"),
    pgettext_lazy("a kind of record", "chair or vice-chair"),
    pgettext_lazy("a kind of record", "contact"),
    pgettext_lazy("a kind of record", "delivery area"),
    pgettext_lazy("a kind of record", "document"),
    pgettext_lazy("a kind of record", "figure"),
    pgettext_lazy("a kind of record", "link to legislation or a plan"),
    pgettext_lazy("a kind of record", "meeting of the scrutiny committee"),
    pgettext_lazy("a kind of record", "member of the subgroup"),
    pgettext_lazy("a kind of record", "member"),
    pgettext_lazy("a kind of record", "milestone"),
    pgettext_lazy("a kind of record", "priority"),
    pgettext_lazy("a kind of record", "recommendation"),
    pgettext_lazy("a kind of record", "reported result"),
    pgettext_lazy("a kind of record", "risk"),
    pgettext_lazy("a kind of record", "strategic assessment"),
    pgettext_lazy("a kind of record", "subgroup"),
    pgettext_lazy("a kind of record", "members"),
    pgettext_lazy("a kind of record", "profile"),
    pgettext_lazy("a kind of record", "organisation"),
    pgettext_lazy("a kind of record", "subgroups"),
    pgettext_lazy("a kind of record", "actions"),
    pgettext_lazy("a kind of record", "consultation"),
    pgettext_lazy("a kind of record", "question"),
    pgettext_lazy("a kind of record", "indicator"),
    pgettext_lazy("a kind of record", "records"),
    pgettext_lazy("a kind of record", "update"),
    pgettext_lazy("a kind of record", "entry"),
    pgettext_lazy("a kind of record", "strategy"),
)


def in_words(noun: str) -> str:
    """A kind of record's noun in the language of the page."""
    return pgettext("a kind of record", noun)
