"""Small numbers in the published results: statistical disclosure control.

The public results break agreement down by who answered and where. In a small area, "1
business" or "2 people in RG41 disagreed" can point at someone. The published breakdowns
follow a threshold rule with secondary (complementary) suppression, as the Government
Statistical Service's disclosure control guidance for tables describes it, with 5 as the
threshold, a common one for tables of people:

1. Primary suppression: a group of 1 to 4 people is shown as "fewer than 5" (none is
   shown as it is: it points at no one). A percentage is shown only of 5 or more people.
2. Secondary suppression: where the table's total is published, the people withheld must
   together number 5 or more, or the small group could be worked out by subtracting the
   others from the total. Until they do, the smallest group still shown is withheld too,
   as "not shown". People counted in the total but in no group shown (who did not say,
   or live in an area past the top ten) hide a withheld group as well as another group
   does, so they count towards the 5.

Suppression rather than rounding: rounding every figure to a multiple of 5 would change
every count on the page, the true ones included (the portal shows records as they are),
and rounded totals and their parts can still disagree in ways that give a small group
away. Suppression changes only the figures that could identify someone, and the page says
which, and why. Staff see the true figures (consultations.results); only the public page
goes through `published`.
"""

from dataclasses import replace

from .questions import Kind
from .results import Breakdown, Results

THRESHOLD = 5
FEWER = f"fewer than {THRESHOLD}"
NOT_SHOWN = "not shown"


def withhold(counts: list[int], *, already: list[str] | None = None, unlisted: int = 0):
    """Why each count of a table with a published total is withheld ("" to show it).
    `already`: counts withheld for another reason (the whole group is); `unlisted`: people
    in the total but in no count given."""
    marks = list(already or [""] * len(counts))
    for i, count in enumerate(counts):
        if not marks[i] and 0 < count < THRESHOLD:
            marks[i] = FEWER

    def hidden() -> int:
        return unlisted + sum(count for count, mark in zip(counts, marks, strict=True) if mark)

    while any(marks) and hidden() < THRESHOLD:
        shown = [i for i, mark in enumerate(marks) if not mark and counts[i]]
        if not shown:
            break
        marks[min(shown, key=lambda i: counts[i])] = NOT_SHOWN
    return marks


def _breakdown(breakdown: Breakdown) -> Breakdown:
    marks = withhold([g.size for g in breakdown.groups], unlisted=breakdown.unlisted)
    rows = []
    for title, answered, cells in breakdown.rows:
        counts = [cell.answered for cell in cells]
        row_marks = withhold(counts, already=marks, unlisted=answered - sum(counts))
        rows.append(
            (
                title,
                answered,
                [replace(c, withheld=m) for c, m in zip(cells, row_marks, strict=True)],
            )
        )
    return replace(
        breakdown,
        groups=[replace(g, withheld=m) for g, m in zip(breakdown.groups, marks, strict=True)],
        rows=rows,
    )


def published(results: Results) -> Results:
    """The results as the public page shows them: the breakdowns with small groups withheld,
    and the answers to "Are you answering as" (the same groups) withheld alike, without
    their chart (which draws every figure)."""
    by_type = results.by_respondent_type and _breakdown(results.by_respondent_type)
    questions = []
    for summary in results.questions:
        if summary.question.kind == Kind.RESPONDENT_TYPE and summary.bars:
            marks = withhold([bar.count for bar in summary.bars])
            if any(marks):
                summary = replace(summary, chart="", withheld=marks)
        questions.append(summary)
    return replace(
        results,
        questions=questions,
        by_respondent_type=by_type,
        by_area=results.by_area and _breakdown(results.by_area),
        small_numbers_withheld=True,
    )
