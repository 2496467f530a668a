import importlib

import pytest
from django.core.cache import cache
from django.utils import translation

from csp_portal import pagecache
from partnerships.models import Partnership
from tests.factories import PartnershipFactory, PriorityFactory, StrategyFactory


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Jobs run at once, in the request or command that queues them (django-tasks' immediate
    # backend); tests/jobs and the browser sweep run them in real workers (tests.workers).
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    translation.activate(settings.LANGUAGE_CODE)  # not the Welsh a /cy/ page of the last left
    cache.clear()  # each test starts with nothing cached (PDFs, rate limits)
    pagecache.local_pages.clear()  # nor in memory, keyed by versions an emptied test
    # database may have had before


@pytest.fixture
def statutory_themes(db):
    """The strands and themes of the data migration, again: a transactional test's flush
    empties every table, migration data included."""
    from django.apps import apps

    importlib.import_module("strategies.migrations.0003_strands_and_themes").add(apps, None)


@pytest.fixture
def demo(db):
    """The five real partnerships, loaded as `make run` loads them."""
    from demo.loader import demo_load

    demo_load()


@pytest.fixture
def partnership_a(db):
    """The partnership the editor's pages and the sweeps of every address work on."""
    return PartnershipFactory(slug="borough-a")


@pytest.fixture
def draft_a(partnership_a):
    """Its draft strategy, with two priorities."""
    strategy = StrategyFactory(partnership=partnership_a, status="draft", slug="draft-a")
    PriorityFactory(strategy=strategy, title="Reduce violence", order=1)
    PriorityFactory(strategy=strategy, title="Protect the vulnerable", order=2)
    return strategy


@pytest.fixture
def bilingual(db):
    """A partnership of the tests' own in Wales that publishes in both languages (any test
    data: no real Welsh partnership's facts)."""
    with translation.override("en"):
        partnership = PartnershipFactory(
            slug="bro-prawf", nation="wales", languages=Partnership.Languages.BILINGUAL
        )
    partnership.area_cy = "Bro Prawf"
    partnership.save()
    return partnership
