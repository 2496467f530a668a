"""A real SMTP server on loopback (aiosmtpd, in a thread of the test process) and two
partnerships, each with a viewer, an editor and an approver who have e-mail addresses, a
published plan in force and actions with and without progress."""

import datetime
import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command

from monitoring.models import ProgressUpdate
from partnerships.models import Contact
from tests.factories import (
    ActionFactory,
    OrganisationFactory,
    PartnershipFactory,
    StrategyFactory,
    user_with_role,
)

# Seven days before Q2 2024/25 closes (30 September 2024), a Monday.
BEFORE_Q2 = datetime.date(2024, 9, 23)
AFTER_Q2 = datetime.date(2024, 10, 7)


class Inbox:
    """What the SMTP server received: (envelope recipients, the parsed message)."""

    def __init__(self):
        self.received = []
        self.refusing = set()  # addresses whose e-mails the server refuses

    async def handle_DATA(self, server, session, envelope):
        if self.refusing & set(envelope.rcpt_tos):
            return "554 Transaction failed"
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.received.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [message for rcpt, message in self.received if address in rcpt]

    def take(self) -> list:
        taken, self.received = self.received, []
        return taken


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def inbox(settings):
    """The SMTP server, and the portal's e-mail settings pointing at it."""
    found = Inbox()
    port = free_port()
    controller = Controller(found, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.SITE_URL = "https://csp.example.gov.uk"
    yield found
    controller.stop()


def run(day: datetime.date):
    call_command("send_reminders", date=day.isoformat(), stdout=open("/dev/null", "w"))


def parts(message) -> tuple[str, str]:
    """The plain-text and the HTML part."""
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text.replace("\r\n", "\n"), html.replace("\r\n", "\n")


@pytest.fixture
def world(db):
    police = OrganisationFactory(name="Thames Valley Police")
    council = OrganisationFactory(name="Borough A Council")
    found = {}
    for letter in "ab":
        partnership = PartnershipFactory(slug=f"borough-{letter}", name=f"Borough {letter.upper()}")
        found[letter] = partnership
        for role in ("viewer", "editor", "approver"):
            user = user_with_role(partnership, role, username=f"{role}-{letter}")
            user.email, user.first_name = f"{role}-{letter}@example.org", role.title()
            user.save()
        plan = StrategyFactory(
            partnership=partnership,
            slug=f"plan-{letter}",
            title=f"Plan {letter.upper()}",
            period_start_year=2024,
            period_end_year=2027,
        )
        found[f"plan {letter}"] = plan
        found[f"police action {letter}"] = ActionFactory(
            strategy=plan, year=2024, delivery=f"Patrol hotspots {letter}", lead_organisation=police
        )
    found["council action a"] = ActionFactory(
        strategy=found["plan a"], year=2024, delivery="Light the alleys", lead_organisation=council
    )
    done = ActionFactory(strategy=found["plan a"], year=2024, delivery="Already reported")
    ProgressUpdate.objects.create(action=done, year=2024, quarter=2, rag="green", commentary="Done")
    # The police's contact in A has an address; in B, none is recorded.
    Contact.objects.create(
        partnership=found["a"],
        name="Lee Lead",
        role="Inspector",
        organisation=police,
        email="Lee.Lead@police.example.org",
    )
    Contact.objects.create(partnership=found["b"], name="Sam", role="Sergeant", organisation=police)
    return found
