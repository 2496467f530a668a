"""E-mail is sent by a job worker: the invitation queued by the request, delivered through
the worker's e-mail backend; an SMTP server that refuses is tried again, then given up and
logged."""

import socket

import pytest
from django_tasks_db.models import DBTaskResult

from partnerships.services import role_assign
from tests.factories import StrategyFactory, user_with_role
from tests.workers import wait_until, workers

pytestmark = pytest.mark.django_db(transaction=True)


def invite(email="new.officer@council.example"):
    partnership = StrategyFactory().partnership
    approver = user_with_role(partnership, "approver")
    role_assign(
        partnership=partnership, email=email, role="editor", by=approver, site_url="http://x"
    )
    return partnership


def test_an_invitation_is_queued_and_a_worker_delivers_it(tmp_path):
    partnership = invite()
    [queued] = DBTaskResult.objects.all()
    assert queued.task_path == "csp_portal.mail.deliver"
    outbox = tmp_path / "mail"
    with workers(tmp_path, EMAIL_URL=f"filemail:///{outbox}"):
        wait_until(lambda: DBTaskResult.objects.successful().exists(), what="the delivery")
    [sent] = outbox.iterdir()
    message = sent.read_text()
    assert "To: new.officer@council.example" in message
    assert f"invited to {partnership.display_name}" in message


def test_an_smtp_server_that_refuses_is_tried_again_then_given_up_and_logged(tmp_path):
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # nothing listens there once closed
    invite()
    with workers(tmp_path, EMAIL_URL=f"smtp://127.0.0.1:{port}") as [worker]:
        wait_until(lambda: DBTaskResult.objects.failed().exists(), what="giving up")
    [tried] = DBTaskResult.objects.all()
    # Three tries: the worker says so (its ids list one entry per worker, not per try).
    assert "ConnectionRefusedError" in tried.traceback
    assert "csp_portal.mail.deliver" in worker.output()
    assert "failed 3 times; given up" in worker.output()
