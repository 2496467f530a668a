"""A service's refusal: the check, at the start of a write, that the user holds the role the
write needs in the partnership concerned (a `can_*` function of partnerships.permissions),
refused with a PermissionDenied that says why."""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied

from .models import Partnership


@dataclass(frozen=True)
class Refusal:
    can: Callable[[User, Partnership | int], bool]
    why: str  # or a lazy translation, given at import time

    def __call__(self, partnership: Partnership | int, by: User) -> None:
        if not self.can(by, partnership):
            raise PermissionDenied(str(self.why))
