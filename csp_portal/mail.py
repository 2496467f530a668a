"""E-mail, sent by a job worker rather than in the request: `send(...)` queues it, and the
worker delivers it through Django's e-mail backend (EMAIL_URL: SMTP in production, the
console in development). An SMTP server that is down or refuses is tried again with backoff
(csp_portal.jobs), and the request that asked for the e-mail never waits for it. Knows no
app."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def deliver(
    subject: str, body: str, to: list[str], html: str | None, from_email: str | None
) -> None:
    message = EmailMultiAlternatives(subject, body, from_email, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def send(
    *, subject: str, body: str, to: list[str], html: str | None = None, from_email=None
) -> None:
    """Queue an e-mail: plain text, and an HTML part if given; from DEFAULT_FROM_EMAIL
    unless `from_email`. Queued in the caller's transaction: if it is rolled back, nothing
    is sent."""
    deliver.enqueue(subject, body, list(to), html, from_email)
