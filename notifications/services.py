"""A person's choices of reminders: saved from the preferences page, or from an unsubscribe
link (which needs no signing in). Both take effect at once: `send_reminders` reads them
before it sends anything."""

from django.db import transaction

from partnerships.models import Partnership

from .models import Delivery, Kind, Language, PersonLanguage, Preference


@transaction.atomic
def preferences_save(*, email: str, choices: dict[int, tuple[set[str], str]]) -> None:
    """`choices`: {partnership id: (the kinds wanted, single or digest)}. Only the
    partnerships given are changed."""
    email = email.lower()
    for partnership_id, (kinds, delivery) in choices.items():
        for kind in Kind.values:
            Preference.objects.update_or_create(
                email=email,
                partnership_id=partnership_id,
                kind=kind,
                defaults={"enabled": kind in kinds, "delivery": Delivery(delivery)},
            )


def preference_unsubscribe(*, email: str, partnership: Partnership, kind: str) -> None:
    """Turns one kind of reminder of one partnership off, for the person the link was for."""
    Preference.objects.update_or_create(
        email=email.lower(), partnership=partnership, kind=Kind(kind), defaults={"enabled": False}
    )


def preferences_of(email: str, partnership_ids) -> dict[int, tuple[set[str], str]]:
    """{partnership id: (the kinds wanted, single or digest)}: every kind, single e-mails,
    where nothing was chosen."""
    found = {pid: (set(Kind.values), Delivery.SINGLE.value) for pid in partnership_ids}
    for pref in Preference.objects.filter(email=email.lower(), partnership_id__in=found):
        kinds, delivery = found[pref.partnership_id]
        if not pref.enabled:
            kinds.discard(pref.kind)
        elif pref.delivery == Delivery.DIGEST:
            delivery = Delivery.DIGEST.value
        found[pref.partnership_id] = (kinds, delivery)
    return found


def language_of(email: str) -> str:
    """The language the person is e-mailed in: English unless they chose Welsh."""
    chosen = PersonLanguage.objects.filter(email=email.lower()).values_list("language", flat=True)
    return chosen.first() or Language.ENGLISH.value


def languages() -> dict[str, str]:
    """{e-mail address: its language}, of those who chose one other than English."""
    return dict(
        PersonLanguage.objects.exclude(language=Language.ENGLISH).values_list("email", "language")
    )


def language_save(*, email: str, language: str) -> None:
    PersonLanguage.objects.update_or_create(
        email=email.lower(), defaults={"language": Language(language)}
    )
