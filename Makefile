# The two commands: `make run` (set up everything and serve the portal with demo data on
# http://127.0.0.1:8000) and `make test` (the whole test suite). Both are idempotent.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Local development runs with DEBUG on; production sets its own environment (docs/deploy.md).
export DEBUG ?= true

.PHONY: run test setup install assets system-deps messages migrate lint format lock clean bench-pdf bench-import bench-consultation bench-national bench-outage bench-jobs backup restore

# A job worker (PDFs, imports, e-mail) runs beside the development server and stops with it;
# after changing a task's code, stop and start `make run` again.
run: setup
	$(BIN)/python manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:8000

test: install assets system-deps messages
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python -m pytest $(PYTEST_ARGS)

setup: install assets system-deps messages migrate
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py render_pdfs
	$(BIN)/python manage.py demo_accounts

migrate: install
	$(BIN)/python manage.py migrate --no-input

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $@

# GOV.UK Frontend from the npm registry, compiled with the portal's own stylesheet.
assets:
	./scripts/build-assets.sh

# The interface in Welsh: the catalogue (locale/cy, committed as .po) compiled to .mo
# with GNU gettext's msgfmt (scripts/system-deps.sh installs it).
messages: install system-deps
	$(BIN)/python manage.py compilemessages --ignore=.venv --ignore=node_modules

# Debian packages the portal uses when it can: Chromium for the browser tests, poppler for
# reading PDFs back, the HarfBuzz subsetter that halves WeasyPrint's write step.
system-deps:
	./scripts/system-deps.sh

# Benchmarks print figures; they are not part of the test suite.
bench-pdf: install system-deps
	$(BIN)/python bench/pdf_bench.py

# An action plan of 1,000 rows pasted, previewed and saved: time and queries.
bench-import: install
	$(BIN)/python bench/import_bench.py

# 200 consultation submitters for a bounded time against gunicorn on the local PostgreSQL.
bench-consultation: install assets
	./scripts/system-deps.sh bench
	cd bench && ../$(BIN)/python consultation_bench.py

# National scale (320 partnerships, 100,000 actions, 200,000 responses): public pages under
# wrk against the framework's ceiling, queries per page, the largest PDF, results, load.
bench-national: install assets
	./scripts/system-deps.sh bench
	cd bench && ../$(BIN)/python national_bench.py

# Publishing the largest plan and asking for an uncached staff PDF: how long the request
# takes, and how long until a job worker has stored the PDF.
bench-jobs: install system-deps
	$(BIN)/python bench/jobs_bench.py

# Takes PostgreSQL, then Redis, away under load (needs root): what clients saw, what was stored.
bench-outage: install assets
	cd bench && ../$(BIN)/python outage.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

lock:
	rm -rf /tmp/csp-portal-lock && $(PYTHON) -m venv /tmp/csp-portal-lock
	/tmp/csp-portal-lock/bin/pip install --quiet ".[dev]"
	{ echo "# Pinned versions of every package the portal and its tests need (Python 3.11+)."; \
	  echo "# Regenerate with 'make lock' after changing the ranges in pyproject.toml."; \
	  /tmp/csp-portal-lock/bin/pip freeze --exclude-editable | grep -v '^csp-portal'; } > requirements.lock

clean:
	rm -rf $(VENV) staticfiles node_modules static/dist

# Back the database up (pg_dump on PostgreSQL, dumpdata on SQLite) into backups/, and
# restore one: make restore FILE=backups/csp-portal-....dump
backup: install
	$(BIN)/python manage.py backup

restore: install
	$(BIN)/python manage.py restore $(FILE)
