"""No response is lost or duplicated under concurrent submissions: 100 submissions from 8
parallel clients against the live gunicorn server (2 workers x 2 threads) on file SQLite, and,
when the suite runs with a PostgreSQL DATABASE_URL (as CI's second run does), on a fresh
PostgreSQL database of the same server."""

import html
import os
import re
import time
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from http.cookiejar import CookieJar

import pytest

pytestmark = pytest.mark.slow

OPENING = "/nl/initiatieven/repair-cafe/reparateur/"
SUBMISSIONS = 100
CLIENTS = 8


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _field(page, name):
    match = re.search(rf'name="{name}"[^>]*value="([^"]*)"', page) or re.search(
        rf'value="([^"]*)"[^>]*name="{name}"', page
    )
    assert match, f"no {name} in the form"
    return html.unescape(match.group(1))


def _client_run(base_url, client_number, count):
    """One client: open ``count`` forms, wait past the guard's minimum time, send them all."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    forms = []
    for _ in range(count):
        with opener.open(base_url + OPENING, timeout=30) as response:
            page = response.read().decode()
        forms.append(
            {
                "csrfmiddlewaretoken": _field(page, "csrfmiddlewaretoken"),
                "form_rendered": _field(page, "form_rendered"),  # carries the submission key
            }
        )
    results = []
    for number, tokens in enumerate(forms):
        data = {
            **tokens,
            "name": f"Bewoner {client_number}-{number}",
            "email": f"bewoner{client_number}-{number}@example.nl",
            "phone": "",
            "message": "Ik repareer graag fietsen.",
            "availability": "zaterdag",
            "consent": "on",
            "website": "",
        }
        request = urllib.request.Request(
            base_url + OPENING,
            data=urllib.parse.urlencode(data).encode(),
            headers={"Referer": base_url + OPENING},
        )
        try:
            with opener.open(request, timeout=60) as response:
                results.append(response.status)
        except urllib.error.HTTPError as error:
            results.append(error.code)
    return results


def _count(live_site):
    output = live_site.manage(
        "shell",
        "-c",
        "from initiatives.models import Response; "
        "print(Response.objects.filter(opening__slug='reparateur').count(), "
        "Response.objects.filter(opening__slug='reparateur').values('submission_key')"
        ".distinct().count())",
    )
    rows, keys = output.split()[-2:]
    return int(rows), int(keys)


def test_hundred_concurrent_submissions(live_site):
    _run_and_check(live_site)


@pytest.fixture
def postgres_live_site():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("DATABASE_URL is not PostgreSQL")
    import dj_database_url
    import psycopg

    from tests.live_site import LiveSite

    config = dj_database_url.parse(url)
    name = f"wijkbedrijf_live_{uuid.uuid4().hex[:8]}"
    admin = {
        "host": config["HOST"],
        "port": config["PORT"] or 5432,
        "user": config["USER"],
        "password": config["PASSWORD"],
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**admin) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    site = LiveSite(DATABASE_URL=url.rsplit("/", 1)[0] + "/" + name)
    try:
        site.start()
        yield site
    finally:
        site.stop()
        with psycopg.connect(**admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_hundred_concurrent_submissions_postgres(postgres_live_site):
    _run_and_check(postgres_live_site)


def _run_and_check(live_site):
    before, _ = _count(live_site)
    per_client = [
        SUBMISSIONS // CLIENTS + (1 if i < SUBMISSIONS % CLIENTS else 0) for i in range(CLIENTS)
    ]
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        futures = [pool.submit(_client_run, live_site.url, i, n) for i, n in enumerate(per_client)]
        statuses = [status for future in futures for status in future.result()]
    elapsed = time.monotonic() - started
    errors = [s for s in statuses if s != 302]
    after, distinct_keys = _count(live_site)
    print(
        f"{len(statuses)} submissions from {CLIENTS} clients in {elapsed:.1f}s; "
        f"{after - before} rows stored; {len(errors)} errors"
    )
    assert len(statuses) == SUBMISSIONS
    assert errors == []
    assert after - before == SUBMISSIONS
    assert distinct_keys == after
    assert "Traceback" not in live_site.server_log()
