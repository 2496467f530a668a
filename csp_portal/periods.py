"""A time something held, between two dates either of which the papers may not give: a
membership, a post on the board."""

from django.db import models


def ends_after_it_starts(start: str, end: str, *, name: str) -> models.CheckConstraint:
    """Where both dates are known, the end is not before the start."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{end}__isnull": True})
        | models.Q(**{f"{start}__isnull": True})
        | models.Q(**{f"{end}__gte": models.F(start)}),
        name=name,
    )
