"""A link from one record to another that the record may lack, and keeps when the other goes:
who did something, the organisation that leads an action, the priority a figure belongs to."""

from django.db import models


def optional_link(to, related_name: str = "+", **kwargs) -> models.ForeignKey:
    """Optional, and emptied (the record stays) when what it links to is deleted."""
    return models.ForeignKey(
        to, on_delete=models.SET_NULL, null=True, blank=True, related_name=related_name, **kwargs
    )
