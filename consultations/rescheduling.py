"""New dates for a consultation residents are answering now: what changes for them, said
before the dates are saved."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext

from .models import Consultation


def _when(moment: datetime.datetime) -> str:
    moment = timezone.localtime(moment)
    return gettext("%(day)s at %(time)s") % {
        "day": date_format(moment, "j F Y"),
        "time": date_format(moment, "H:i"),
    }


def _minute(moment: datetime.datetime) -> datetime.datetime:
    """To the minute, as the form gives times: seconds stored are no change."""
    return moment.replace(second=0, microsecond=0)


def changes_for_residents(
    consultation: Consultation,
    *,
    opens_at: datetime.datetime,
    closes_at: datetime.datetime,
    now: datetime.datetime | None = None,
) -> list[str]:
    """What the new dates change for residents, a sentence each; none if the consultation
    is not open now or its dates stay as they are."""
    now = now or timezone.now()
    if not consultation.is_open(now):
        return []
    opens_at, closes_at = _minute(opens_at), _minute(closes_at)
    was_open, was_closing = _minute(consultation.opens_at), _minute(consultation.closes_at)
    changes = []
    responses = consultation.responses.counted().count()
    kept = (
        ngettext(
            "The response already sent is kept.",
            "The %(count)s responses already sent are kept.",
            responses,
        )
        % {"count": responses}
        if responses
        else ""
    )
    if opens_at > now:
        changes.append(
            gettext(
                "It stops taking answers until %(opens)s: residents who open the form meanwhile "
                "are told it opens then, and anyone part-way through cannot send their answers."
            )
            % {"opens": _when(opens_at)}
            + (f" {kept}" if kept else "")
        )
    elif opens_at != was_open:
        changes.append(
            gettext(
                "The public pages will say it opened on %(opens)s instead of %(was)s. Residents "
                "can still answer."
            )
            % {"opens": _when(opens_at), "was": _when(consultation.opens_at)}
        )
    if closes_at <= now:
        changes.append(
            gettext(
                "It closes at once: residents can no longer answer, and anyone part-way through "
                "cannot send their answers."
            )
            + (f" {kept}" if kept else "")
        )
    elif closes_at < was_closing:
        changes.append(
            gettext(
                "Residents have less time: they can answer until %(closes)s instead of %(was)s."
            )
            % {"closes": _when(closes_at), "was": _when(consultation.closes_at)}
        )
    elif closes_at > was_closing:
        changes.append(
            gettext("Residents have longer: they can answer until %(closes)s instead of %(was)s.")
            % {"closes": _when(closes_at), "was": _when(consultation.closes_at)}
        )
    return changes


def confirmation(opens_at: datetime.datetime, closes_at: datetime.datetime) -> str:
    """The dates an editor was warned about, as the form sends them back to confirm: a
    confirmation counts only for the dates it was given for."""
    return f"{opens_at.isoformat()}|{closes_at.isoformat()}"
