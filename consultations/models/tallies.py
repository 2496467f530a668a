"""The answers counted as they arrive, for the results: how many gave each answer to each
question, by the respondent type and area of their response and the channel it came by.

The counting is the database's own: triggers on the answers table (migration 0010, for
PostgreSQL and for SQLite) add one when an answer is stored and take one away when it is
deleted, whatever stores it (a resident's form, staff entering paper, a bulk load), in the
same transaction. The results read these few hundred rows instead of aggregating every
answer (1 s over 200,000 responses; reports.results reads them in milliseconds). The same
triggers keep Response.answered, so that a response with no answer is never counted.

Each database connection counts into a shard of its own (migration 0013), so that responses
stored at once do not wait on one row's lock until each commits: a kind of answer can have
several rows, and every reader adds them up."""

from django.db import models
from django.db.models import Sum

from .consultation import Question


class TallyQuerySet(models.QuerySet):
    def choice_counts(self) -> dict[int, dict[str, int]]:
        """{question id: {choice: answers}} over the answers given as a choice."""
        counts: dict[int, dict[str, int]] = {}
        for question_id, choice, n in (
            self.exclude(choice="")
            .order_by()
            .values_list("question_id", "choice")
            .annotate(n=Sum("n"))
        ):
            if n:
                counts.setdefault(question_id, {})[choice] = n
        return counts

    def answered(self) -> dict[int, int]:
        """{question id: answers given}, choices and words alike."""
        rows = self.order_by().values_list("question_id").annotate(n=Sum("n"))
        return {question_id: n for question_id, n in rows if n}


class Tally(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="tallies")
    choice = models.CharField(max_length=60, blank=True)  # "" for a free-text answer
    respondent_type = models.CharField(max_length=60, blank=True)
    area = models.CharField(max_length=60, blank=True)
    channel = models.CharField(max_length=10)
    shard = models.PositiveSmallIntegerField(db_default=0)
    n = models.BigIntegerField(default=0)

    objects = TallyQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["question", "choice", "respondent_type", "area", "channel", "shard"],
                name="one_tally_a_kind_of_answer_a_shard",
            )
        ]

    def __str__(self):
        return f"{self.question_id} {self.choice or 'text'}: {self.n}"
