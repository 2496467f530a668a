"""Settings for CSP Portal.

One file: everything that differs between a laptop, CI and production comes from the
environment (or a `.env` file beside manage.py), read with django-environ.
"""

import datetime
import os
import tempfile
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    CONN_MAX_AGE=(int, 600),
    PORTAL_NAME=(str, "CSP Portal"),
)
environ.Env.read_env(BASE_DIR / ".env")

# A development key that is only accepted while DEBUG is on.
DEVELOPMENT_SECRET_KEY = "django-insecure-development-only-never-use-in-production"

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
if not DEBUG and (SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters when DEBUG is off. "
        "Set DEBUG=true for local development, or see .env.example."
    )

ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")
# The portal's own address, for links that leave it: those in PDFs and e-mails. In
# production an https:// one (by default that of the first allowed host).
SITE_URL = env(
    "SITE_URL",
    default="http://127.0.0.1:8000" if DEBUG else f"https://{ALLOWED_HOSTS[0]}",
).rstrip("/")
if not DEBUG and not SITE_URL.startswith("https://"):
    raise ImproperlyConfigured(f"SITE_URL must be an https:// address, not {SITE_URL!r}.")

INSTALLED_APPS = [
    # Before the admin, as django-modeltranslation asks: its admin classes extend Django's.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tables2",
    "django_filters",
    "simple_history",
    "csp",
    "axes",
    # The portal's apps, in their layers: each imports only those above it in this list
    # (docs/architecture.md).
    "csp_portal",
    "partnerships",
    "subgroups",
    "strategies",
    "consultations",
    "monitoring",
    "scrutiny",
    "reports",
    "notifications",
    "demo",
    # Background jobs (django-tasks, the backport of Django 6's tasks, and its database
    # backend). After the portal's apps: csp_portal's db_worker, with heartbeats, is the one
    # `manage.py db_worker` runs (csp_portal.jobs).
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: everything after it reads the client's own address.
    "csp_portal.middleware.ClientAddressMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language is the address's: /cy/... is Welsh, every other address English (the
    # browser's Accept-Language is not read: csp_portal/urls.py).
    "django.middleware.locale.LocaleMiddleware",
    # A Welsh address of a partnership that publishes in English only goes to the English one.
    "partnerships.middleware.PartnershipLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "csp_portal.middleware.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses sign-in after repeated failures, before checking the password.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = env("ROOT_URLCONF", default="csp_portal.urls")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp_portal.context_processors.portal",
                "partnerships.context_processors.workspace_languages",
            ],
        },
    },
]

WSGI_APPLICATION = "csp_portal.wsgi.application"

# SQLite is the embedded default so a newcomer needs no server; postgres://... selects
# PostgreSQL through psycopg 3. Connections persist, with a health check before reuse.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env("CONN_MAX_AGE")
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: the portal's queries are short, and on a large table PostgreSQL's
    # cost estimate would spend seconds compiling one (7.5 s of 7.6 s for a strategy page
    # at national scale) to save milliseconds.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Job workers write to it beside the web server: a transaction takes the write lock when
    # it begins (waiting up to 20 s for it), not half-way, where SQLite would refuse at once
    # ("database is locked"); readers go on while one writes (WAL).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL;",
    }
    # The test database in a file, not in memory: the tests' job workers are processes of
    # their own (tests/workers.py). One a test run, so that two runs never share one.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"csp-portal-test-{os.getpid()}.sqlite3")
    }

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://csp-portal")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # A cache, not a database: while Redis is away or frozen, pages are served uncached and
    # saves succeed (csp_portal.cache); no call to it waits more than half a second.
    CACHES["default"]["BACKEND"] = "csp_portal.cache.ResilientRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        socket_connect_timeout=0.25, socket_timeout=0.5
    )

# Background jobs: slow work (PDFs, large imports, e-mail) runs in `manage.py db_worker`
# processes, queued in the database the portal already has (SQLite or PostgreSQL). A job that
# fails is tried JOBS_ATTEMPTS times in all, waiting JOBS_BACKOFF seconds, then 4 times as
# long, ...; one whose worker has not been heard from for JOBS_LEASE seconds (it was killed)
# goes back on the queue (csp_portal.jobs).
# TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend runs each job at once, in
# the request that queues it (no worker needed, no retries): for development, if you like.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")}}
JOBS_ATTEMPTS = env.int("JOBS_ATTEMPTS", default=3)
JOBS_BACKOFF = env.float("JOBS_BACKOFF", default=30)
JOBS_LEASE = env.float("JOBS_LEASE", default=60)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
# English, and Welsh for the partnerships of Wales that publish in both (issue 18).
LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True

# The plan's public text in both languages (django-modeltranslation): a column a language
# (title_en, title_cy) beside the original, on the same row, so no query gains a join.
MODELTRANSLATION_LANGUAGES = ("en", "cy")
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# Welsh falls back to English, English to nothing. A bilingual plan cannot be sent to
# consultation or published while a public field lacks its Welsh (strategies.bilingual),
# so this is only a safety net: for a plan published before its partnership became
# bilingual, a Welsh page shows the English text rather than an empty heading.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("en",), "en": ()}
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploaded documents live outside the static files.
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
MEDIA_URL = "media/"

# HTTPS. In production a reverse proxy terminates TLS and sets X-Forwarded-Proto
# (docs/deploy.md); BEHIND_TLS_PROXY tells Django to believe it.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# The reverse proxies whose X-Forwarded-For names the client (addresses or networks, e.g.
# "10.0.0.10" or "10.0.0.0/24"): the rate limit, sign-in lockout and audit log then see each
# resident's own address, not the proxy's (csp_portal.middleware.ClientAddressMiddleware).
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])
if env.bool("BEHIND_TLS_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = not DEBUG
# A form refused for its token says why in plain words and keeps what was typed.
CSRF_FAILURE_VIEW = "csp_portal.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): everything from the portal itself, no inline script
# or style, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Sign-in brute force (django-axes): after 5 failures for a username from one address, that
# pair is locked for 15 minutes. Attempts are in the database, shared by every app server.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

PORTAL_NAME = env("PORTAL_NAME")

# Consultation responses: at most this many per client per window ("count/seconds"; "0/1"
# switches the limit off), and no request body bigger than this many bytes.
CONSULTATION_RATE_LIMIT = env("CONSULTATION_RATE_LIMIT", default="5/600")
CONSULTATION_MAX_BODY = env.int("CONSULTATION_MAX_BODY", default=64 * 1024)

# SQLite (the embedded default) cannot enforce "one yearly figure an indicator" (a unique
# constraint over a null quarter); PostgreSQL does, and the import updates in place anyway.
# Nor does it keep the extra (covering) columns of an index, which only speed PostgreSQL up.
SILENCED_SYSTEM_CHECKS = ["models.W047", "models.W040"]

# What the audit log's events belong to (csp_portal knows no app by name).
AUDIT_PARTNERSHIP_MODEL = "partnerships.Partnership"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "reports_editor:dashboard"
LOGOUT_REDIRECT_URL = "reports:home"
# Invitations and password resets. The console in development; SMTP in production, e.g.
# EMAIL_URL=smtp+tls://user:password@smtp.example.org:587
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="CSP Portal <no-reply@localhost>")
# Reminders (manage.py send_reminders): progress is asked for this many days before a
# quarter closes and again as many after; a reminder missed (the command did not run) is
# still sent this many days after it fell due; weekly digests go on this weekday (0 Monday).
REMINDER_PROGRESS_DAYS = env.int("REMINDER_PROGRESS_DAYS", default=7)
REMINDER_CATCH_UP_DAYS = env.int("REMINDER_CATCH_UP_DAYS", default=7)
REMINDER_DIGEST_WEEKDAY = env.int("REMINDER_DIGEST_WEEKDAY", default=0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # WeasyPrint reports each layout step at INFO; its warnings still come through.
    "loggers": {
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # django-axes logs every attempt at INFO; the audit log keeps what matters.
        "axes": {"level": "WARNING"},
    },
}
