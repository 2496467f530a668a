"""Redis is a cache, not a database: with a Redis of our own stopped, or frozen, public
pages are served from the database, edits and consultation responses are saved, and when it
comes back (empty, or with what it had) no page it holds is stale."""

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
from django.urls import reverse

from consultations.models import Response
from strategies.services import part_save
from tests.factories import PriorityFactory, StrategyFactory, open_consultation, user_with_role

pytestmark = pytest.mark.django_db(transaction=True)
PORT = 6391


def redis_server():
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed")
    process = subprocess.Popen(
        ["redis-server", "--port", str(PORT), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", PORT), timeout=0.2).close()
            return process
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("redis-server did not start")


@pytest.fixture
def own_redis(settings):
    process = redis_server()
    settings.CACHES = {
        "default": {
            "BACKEND": "csp_portal.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{PORT}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5, "retry_after": 1},
        }
    }
    holder = {"process": process}
    yield holder
    holder["process"].kill()  # stopped, frozen or running
    holder["process"].wait(10)


def timed_get(client, url):
    started = time.perf_counter()
    response = client.get(url)
    return response, time.perf_counter() - started


def test_with_redis_stopped_pages_are_served_and_edits_and_answers_saved(client, own_redis):
    strategy = StrategyFactory(status="published")
    priority = PriorityFactory(strategy=strategy, title="Reduce violence")
    url = strategy.get_absolute_url()
    assert "Reduce violence" in client.get(url).content.decode()  # cached in Redis

    own_redis["process"].terminate()
    own_redis["process"].wait(10)
    response, _took = timed_get(client, url)
    assert response.status_code == 200
    editor = user_with_role(strategy.partnership, "editor")
    draft = StrategyFactory(partnership=strategy.partnership, status="draft")
    part_save(strategy=draft, part=PriorityFactory.build(), data={"title": "New"}, by=editor)
    priority.title = "Reduce serious violence"  # an edit while Redis is away
    priority.save()
    assert "Reduce serious violence" in client.get(url).content.decode()

    draft.status = "consultation"
    draft.save()
    consultation = open_consultation(draft)
    question = consultation.questions.get(kind="concerns")
    form = reverse(
        "consultations:respond",
        kwargs={"partnership_slug": draft.partnership.slug, "pk": consultation.pk},
    )
    for _ in range(2):
        answer = client.post(form, {f"q{question.pk}": "Speeding"})
        assert answer.status_code == 302
    assert Response.objects.filter(consultation=consultation).count() == 2

    # Back, empty: nothing stale; back with what it had: nothing stale either.
    own_redis["process"] = redis_server()
    time.sleep(1.1)  # this process leaves a failed Redis alone for `retry_after`
    assert "Reduce serious violence" in client.get(url).content.decode()
    priority.title = "Reduce violence again"
    priority.save()
    assert "Reduce violence again" in client.get(url).content.decode()


def test_a_frozen_redis_costs_a_visitor_half_a_second_at_most(client, own_redis):
    strategy = StrategyFactory(status="published")
    url = strategy.get_absolute_url()
    client.get(url)
    os.kill(own_redis["process"].pid, signal.SIGSTOP)  # it takes connections, answers none
    try:
        waits = []
        for _ in range(5):
            response, took = timed_get(client, url)
            assert response.status_code == 200
            waits.append(took)
        assert waits[0] < 2.0, waits  # one timeout, then Redis is left alone for a while
        assert max(waits[1:]) < 0.5, waits
    finally:
        os.kill(own_redis["process"].pid, signal.SIGCONT)
