"""A release reloads gunicorn gracefully (`kill -HUP` on its master, as docs/deploy.md says,
with the sync workers it runs): new workers start, the old ones finish what they hold, and
no visitor's request is lost. (Threaded workers lost 3 of 2,430.)"""

import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from django.urls import reverse

from tests.deploy.servers import ROOT, Browser, wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def test_reloads_under_load_drop_no_request(portal_env):
    from demo.loader import demo_load

    demo_load()
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "csp_portal.wsgi", "--bind", "127.0.0.1:8779",
         "--workers", "4", "--worker-class", "sync", "--graceful-timeout", "30"],
        cwd=ROOT, env=portal_env,
    )  # fmt: skip
    url = "http://127.0.0.1:8779"
    wait_for(url)
    pages = [reverse("reports:home"), reverse("reports:partnership", args=["woking"])]
    answers, spans, reloads, stop = [], [], [], threading.Event()

    def visitor():
        while not stop.is_set():
            for page in pages:
                began = time.monotonic()
                try:
                    answers.append(Browser().request(url + page)[0])
                except OSError as error:
                    answers.append(repr(error))
                spans.append((began, time.monotonic()))

    visitors = [threading.Thread(target=visitor) for _ in range(6)]
    try:
        for thread in visitors:
            thread.start()
        for _ in range(3):
            time.sleep(2)
            reloads.append(time.monotonic())
            os.kill(process.pid, signal.SIGHUP)
        time.sleep(3)
    finally:
        stop.set()
        for thread in visitors:
            thread.join(30)
        process.terminate()
        process.wait(30)
    lost = [answer for answer in answers if answer != 200]
    # Each reload came while requests were in flight, however busy the machine.
    for reload in reloads:
        assert any(began < reload < ended for began, ended in spans)
    assert not lost, f"{len(lost)} of {len(answers)}: {lost[:5]}"
