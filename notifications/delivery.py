"""What `send_reminders` does: add the reminders that fall due to the sent-log, then send
what the log holds unsent, as single e-mails or, for those who chose it, in a weekly digest.

A person's choice is read when a reminder is added and again when it is sent, so turning
a kind off (or unsubscribing) holds back what is already waiting. An e-mail that cannot be
sent stays unsent, and the next run tries it again.

Each e-mail is written in its recipient's language (services.language_of): a reminder when it
is added, a digest when it is sent; its links lead to the pages in that language."""

import datetime
import logging
import smtplib
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .due import milestones_due, progress_due, progress_summary, statutory_duties
from .events import consultation_events, workflow_events
from .models import Delivery, Kind, Language, Preference, Reminder
from .services import language_of, languages
from .tokens import absolute, unsubscribe_url

logger = logging.getLogger(__name__)

REMINDERS = (
    progress_due,
    progress_summary,
    consultation_events,
    workflow_events,
    statutory_duties,
    milestones_due,
)
DIGEST_EVERY = datetime.timedelta(days=7)
# The one link's words: where it leads.
LINK_TEXT = {
    Kind.PROGRESS: gettext_lazy("Record progress"),
    Kind.CONSULTATIONS: gettext_lazy("Open the consultation"),
    Kind.WORKFLOW: gettext_lazy("Open the strategy"),
    Kind.STATUTORY: gettext_lazy("Open the statutory checklist"),
    Kind.MILESTONES: gettext_lazy("Open the milestones"),
}


def choices() -> dict[tuple[str, int, str], Preference]:
    return {(p.email, p.partnership_id, p.kind): p for p in Preference.objects.all()}


def wanted(chosen: Preference | None) -> bool:
    return chosen is None or chosen.enabled


def in_language(language: str):
    """Writes in `language`: Welsh, or the portal's own English."""
    return translation.override(
        settings.LANGUAGE_CODE if language == Language.ENGLISH else language
    )


def render_reminder(due) -> dict:
    """The reminder as it is stored and sent: subject, its line in a digest, the link, and
    the e-mail's plain-text and HTML parts."""
    context, person = due.context, due.recipient
    url = absolute(context["path"])
    page = {
        **context,
        "name": person.name,
        "url": url,
        "kind_label": Kind(context["kind"]).label,
        "link_text": LINK_TEXT[context["kind"]],
        "portal_name": settings.PORTAL_NAME,
        "unsubscribe_url": unsubscribe_url(
            person.email, context["partnership_id"], context["kind"]
        ),
    }
    return {
        "subject": context["subject"][:300],
        "summary": f"{context['subject']} ({context['partnership']})"[:500],
        "url": url,
        "body_text": render_to_string("notifications/email/reminder.txt", page),
        "body_html": render_to_string("notifications/email/reminder.html", page),
    }


def add_due_reminders(day: datetime.date) -> int:
    """Adds to the sent-log every reminder due on `day` that it does not hold; returns how
    many it added."""
    chosen = choices()
    held = set(
        Reminder.objects.filter(due_on__gte=day - datetime.timedelta(days=62)).values_list(
            "email", "kind", "subject_key", "due_on"
        )
    )
    new = {}
    spoken = languages()
    # What falls due is worked out in each language someone reads, and each person's
    # reminders are taken from the run in theirs: subjects, dates and links as well.
    for language in [Language.ENGLISH.value, *sorted(set(spoken.values()))]:
        with in_language(language):
            for reminder in REMINDERS:
                for due in reminder(day):
                    context, email = due.context, due.recipient.email
                    if not email:
                        continue  # a user with no address: the workspace lists it for them
                    if spoken.get(email, Language.ENGLISH.value) != language:
                        continue
                    key = (email, context["kind"], due.key, context["due_on"])
                    if key in held or key in new:
                        continue
                    choice = chosen.get((email, context["partnership_id"], context["kind"]))
                    if not wanted(choice):
                        continue
                    new[key] = Reminder(
                        email=email,
                        kind=context["kind"],
                        subject_key=due.key,
                        due_on=context["due_on"],
                        partnership_id=context["partnership_id"],
                        added_on=day,
                        language=language,
                        **render_reminder(due),
                    )
    # A second run at the same moment adds nothing: the unique key refuses the same row.
    Reminder.objects.bulk_create(new.values(), ignore_conflicts=True)
    return len(new)


def _message(email, subject, text, html, unsubscribe, connection, language):
    headers = {"Content-Language": language}
    if unsubscribe:
        headers["List-Unsubscribe"] = f"<{unsubscribe}>"
    message = EmailMultiAlternatives(
        subject,
        text,
        settings.DEFAULT_FROM_EMAIL,
        [email],
        connection=connection,
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    return message


def _send(message, reminders, *, digest=False) -> bool:
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("A reminder e-mail to %s could not be sent", message.to[0])
        return False
    Reminder.objects.filter(pk__in=[r.pk for r in reminders]).update(
        sent_at=timezone.now(), in_digest=digest
    )
    return True


def send_waiting(day: datetime.date) -> dict[str, int]:
    """Sends what the sent-log holds unsent: single e-mails now, and each digest on the
    digest's weekday (or once its oldest reminder has waited a week: a missed weekday is
    made up). Returns how many e-mails were sent and how many failed."""
    chosen = choices()
    counts = {"sent": 0, "digests": 0, "failed": 0, "withdrawn": 0}
    digests = defaultdict(list)
    connection = get_connection()
    waiting = Reminder.objects.filter(sent_at__isnull=True).select_related("partnership")
    with connection:
        for reminder in waiting.order_by("email", "created_at", "pk"):
            choice = chosen.get((reminder.email, reminder.partnership_id, reminder.kind))
            if not wanted(choice):
                reminder.delete()  # turned off since it was added: never sent
                counts["withdrawn"] += 1
            elif choice and choice.delivery == Delivery.DIGEST:
                digests[reminder.email].append(reminder)
            else:
                with in_language(reminder.language):
                    unsubscribe = unsubscribe_url(
                        reminder.email, reminder.partnership_id, reminder.kind
                    )
                message = _message(
                    reminder.email,
                    reminder.subject,
                    reminder.body_text,
                    reminder.body_html,
                    unsubscribe,
                    connection,
                    reminder.language,
                )
                counts["sent" if _send(message, [reminder]) else "failed"] += 1
        for email, reminders in digests.items():
            oldest = min(reminder.added_on for reminder in reminders)
            if day.weekday() != settings.REMINDER_DIGEST_WEEKDAY and day - oldest < DIGEST_EVERY:
                continue
            language = language_of(email)
            with in_language(language):
                message = digest(email, reminders, connection, language)
            sent = _send(message, reminders, digest=True)
            counts["digests" if sent else "failed"] += 1
    return counts


def digest(email: str, reminders, connection, language=Language.ENGLISH.value):
    """One e-mail listing a person's waiting reminders, by partnership and kind, each group
    with its own unsubscribe link."""
    groups = defaultdict(list)
    for reminder in reminders:
        groups[(reminder.partnership, reminder.kind)].append(reminder)
    page = {
        "portal_name": settings.PORTAL_NAME,
        "count": len(reminders),
        "groups": [
            {
                "partnership": partnership.display_name,
                "kind_label": Kind(kind).label,
                "reminders": items,
                "unsubscribe_url": unsubscribe_url(email, partnership.pk, kind),
            }
            for (partnership, kind), items in groups.items()
        ],
    }
    subject = _("Your reminders this week: %(count)s to act on") % {"count": len(reminders)}
    return _message(
        email,
        subject,
        render_to_string("notifications/email/digest.txt", page),
        render_to_string("notifications/email/digest.html", page),
        None,
        connection,
        language,
    )


def send_reminders(day: datetime.date) -> dict[str, int]:
    """The whole run, for the command: add what falls due, send what waits."""
    return {"added": add_due_reminders(day), **send_waiting(day)}
