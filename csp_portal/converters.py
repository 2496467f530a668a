"""Path converters of the portal's addresses.

`<id:pk>` is a record's id: one to eighteen digits, so that an address with a number past
what the database holds (99999999999999999999) is not found, instead of reaching the
database with it and failing there. Every pattern uses it rather than Django's `<int:>`
(tests/security/test_bad_input.py checks)."""

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


def register() -> None:
    register_converter(IdConverter, "id")
