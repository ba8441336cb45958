# Only python3 (3.11+) and make are assumed. Every target bootstraps what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 3
RUN_ENV := DJANGO_SETTINGS_MODULE=config.settings.dev DJANGO_DEBUG=0 ALLOWED_HOSTS=$${ALLOWED_HOSTS:-$(HOST),localhost,127.0.0.1} WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}
TEST_ENV := DJANGO_SETTINGS_MODULE=config.settings.test

.DEFAULT_GOAL := help
.PHONY: help run dev test lint format check messages lock demo bench clean

help: ## List every target
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

run: $(VENV)/.runtime ## Run the demo site on http://$(HOST):$(PORT) (SQLite, DEBUG off, gunicorn)
	$(RUN_ENV) $(BIN)/python manage.py migrate --no-input -v0
	$(RUN_ENV) $(BIN)/python manage.py load_demo --if-empty
	$(RUN_ENV) $(BIN)/python manage.py collectstatic --no-input -v0
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/   (Nederlands: /nl/, English: /en/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/   user: redactie   password: wijkbedrijf-demo"
	@echo ""
	@# The task worker (mail, search index, scheduled work) runs beside gunicorn; Ctrl-C stops both.
	$(RUN_ENV) $(BIN)/python manage.py db_worker --queue-name '*' --no-reload -v0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(RUN_ENV) $(BIN)/gunicorn config.wsgi:application --bind $(HOST):$(PORT) --workers $(WORKERS) --timeout 30 --access-logfile -

dev: $(VENV)/.dev ## Run Django's development server with DEBUG on (auto-reload)
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.dev ## Everything CI checks: lint, Django checks, migrations, catalogues, pytest (with browser tests)
	$(MAKE) --no-print-directory lint check
	$(TEST_ENV) $(BIN)/pytest $(PYTEST_ARGS)

bench: $(VENV)/.dev ## Benchmark the public pages on a fresh demo: SQL, bytes, req/s (BENCH_ARGS=--help)
	@command -v wrk >/dev/null || echo "wrk not found (Debian: apt-get install wrk); using the slower Python client"
	$(BIN)/python tests/benchmarks/bench.py $(BENCH_ARGS)

lint: $(VENV)/.dev ## ruff (check and format), djhtml and the layer contracts (import-linter), without changing files
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check $$(git ls-files '*.html' 2>/dev/null || find . -name '*.html' -not -path './.venv/*')
	$(BIN)/lint-imports --no-cache

check: $(VENV)/.dev ## manage.py check, makemigrations --check, catalogue check
	$(TEST_ENV) $(BIN)/python manage.py check --fail-level WARNING
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/python manage.py catalogues --check

format: $(VENV)/.dev ## Format Python (ruff) and templates (djhtml)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml $$(git ls-files '*.html')

messages: $(VENV)/.dev ## Update and compile the nl and en catalogues (then translate the empty nl entries)
	$(BIN)/python manage.py catalogues --update

demo: $(VENV)/.runtime ## Load (or complete) the demo content in the local database
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py load_demo

lock: ## Re-resolve both lock files (with hashes) from the ranges in pyproject.toml
	rm -rf /tmp/wijkbedrijf-lock && $(PYTHON) -m venv /tmp/wijkbedrijf-lock
	/tmp/wijkbedrijf-lock/bin/pip install --quiet pip-tools
	/tmp/wijkbedrijf-lock/bin/pip-compile --quiet --generate-hashes --strip-extras --no-header --no-emit-index-url --no-emit-find-links \
		--output-file requirements.txt pyproject.toml
	/tmp/wijkbedrijf-lock/bin/pip-compile --quiet --generate-hashes --strip-extras --no-header --no-emit-index-url --no-emit-find-links \
		--extra dev --constraint requirements.txt --output-file requirements-dev.txt pyproject.toml
	sed -i '1i # Lock file: exact runtime versions with hashes (ranges in pyproject.toml). Regenerate: make lock' requirements.txt
	sed -i '1i # Lock file: runtime plus test and lint tools, with hashes. Regenerate: make lock' requirements-dev.txt

clean: ## Remove the virtualenv, the local database and collected static files
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm static_collected
