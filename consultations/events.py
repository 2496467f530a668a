"""Event mode: a library kiosk or the tablets at a drop-in event send many responses from one
place, which the limit on one address (CONSULTATION_RATE_LIMIT, 5 in 10 minutes) refuses.

An editor opens the consultation's event link for the day in the workspace, and staff open
it on each device at the event: the device is given a signed cookie, until midnight, that
counts its responses against a cap of its own (a generous one, DEVICE_DAILY_CAP) instead
of the address's limit, and marks them as sent at a staffed event (Response.Channel.EVENT),
so the results show them by channel.

Why this and not a higher limit for everyone: the limit is every consultation's one guard
against a script flooding it from one machine. Raised for all, it would be weaker on every
day and for every address, to help the few hours a year an event runs. The event link is
made by a signed-in editor, works for one consultation on one day, and lifts the limit only
on the devices it is opened on; each device still has a daily cap, and the link enrols a
bounded number of devices a day (DEVICES_A_DAY), so a link that leaks can let through a
bounded number of responses, all of them marked as the event's.

Only which counter a response is counted on (`quota`) lives here; csp_portal.ratelimit
does the counting, as for every other limit.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext

from csp_portal import ratelimit

from .models import Consultation, Response

SALT = "consultation-event"
DAY = 24 * 60 * 60
DEVICE_DAILY_CAP = 500
DEVICES_A_DAY = 50


def link_code(consultation: Consultation, day: datetime.date) -> str:
    """The event link's code for the day: 16 hexadecimal digits in fours, short enough to
    type into a kiosk's address bar; from the site's secret, so nobody can make one."""
    digest = salted_hmac(SALT, f"{consultation.pk}:{day.isoformat()}").hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def link_is_valid(consultation: Consultation, code: str, now=None) -> bool:
    today = timezone.localdate(now)
    return constant_time_compare(code.lower(), link_code(consultation, today))


def until_midnight(now=None) -> int:
    """Seconds left of today in the UK: how long an event device stays one."""
    now = timezone.localtime(now)
    midnight = datetime.datetime.combine(
        now.date() + datetime.timedelta(days=1), datetime.time(), tzinfo=now.tzinfo
    )
    return max(int((midnight - now).total_seconds()), 1)


def _cookie_name(consultation: Consultation) -> str:
    return f"consultation-event-{consultation.pk}"


def enrol_key(consultation: Consultation, now=None) -> str:
    return f"consultation:{consultation.pk}:event-devices:{timezone.localdate(now).isoformat()}"


def enrol(response, consultation: Consultation, now=None) -> bool:
    """Make the device an event device until midnight, by a signed cookie on `response`;
    False if the link has enrolled as many devices today as it may."""
    if not ratelimit.take(enrol_key(consultation, now), f"{DEVICES_A_DAY}/{DAY}"):
        return False
    value = f"{timezone.localdate(now).isoformat()}:{secrets.token_urlsafe(12)}"
    response.set_signed_cookie(
        _cookie_name(consultation),
        value,
        salt=f"{SALT}:{consultation.pk}",
        max_age=until_midnight(now),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return True


def event_device(request, consultation: Consultation | int, now=None) -> str | None:
    """The device's identity if it was enrolled today for this consultation (or the
    consultation of that id: the thank-you page reads no database); else None."""
    pk = consultation if isinstance(consultation, int) else consultation.pk
    try:
        value = request.get_signed_cookie(
            f"consultation-event-{pk}", salt=f"{SALT}:{pk}", max_age=DAY
        )
    except (KeyError, signing.BadSignature):
        return None
    day, _, device = value.partition(":")
    return device if device and day == timezone.localdate(now).isoformat() else None


@dataclass(frozen=True)
class Quota:
    """The counter a response is counted on (csp_portal.ratelimit), how it came, and what
    to say when the counter is full."""

    key: str
    rate: str
    channel: str
    refused: str


def quota(request, consultation: Consultation, now=None) -> Quota:
    """An event device's own daily cap, or the limit on the address."""
    device = event_device(request, consultation, now)
    if device:
        return Quota(
            key=f"consultation:{consultation.pk}:event:{device}",
            rate=f"{DEVICE_DAILY_CAP}/{DAY}",
            channel=Response.Channel.EVENT,
            refused=gettext(
                "This device has sent %(cap)s responses today, the most one device can at an "
                "event. Your answers are below: send them from another device."
            )
            % {"cap": DEVICE_DAILY_CAP},
        )
    rate = settings.CONSULTATION_RATE_LIMIT
    limit, window = ratelimit.parse_rate(rate)
    return Quota(
        key=f"consultation:{consultation.pk}:{ratelimit.client_ip(request)}",
        rate=rate,
        channel=Response.Channel.ONLINE,
        refused=f"Only {limit} responses can be sent from one place in {window // 60} "
        "minutes. Your answers are below: send them again later.",
    )
