"""Two app servers on loopback sharing one PostgreSQL database and one Redis, as two machines
behind a load balancer would: an editor publishes a change through server A's admin, and
server B serves it within a second; a page either of them cached is invalidated for both.

Runs only with a PostgreSQL ``DATABASE_URL`` and a ``REDIS_URL`` (CI runs it once with both);
it makes its own database next to the one ``DATABASE_URL`` names and drops it afterwards, and
keeps its Redis keys under a prefix of its own, deleted afterwards."""

import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from html.parser import HTMLParser
from http.cookiejar import CookieJar

import pytest

from tests.live_site import LiveSite

pytestmark = pytest.mark.live

PAGE = "/nl/verhalen/vertel-je-verhaal/"  # the story submission page: a page with a form
OTHER = "/nl/over-ons/"
PUBLIC_HOST = "localhost"  # what a load balancer forwards to every server
EDITOR, PASSWORD = "redactie-twee-servers", "Twee servers, een database!"


def _services():
    database, redis = os.environ.get("DATABASE_URL", ""), os.environ.get("REDIS_URL", "")
    if not database.startswith(("postgres://", "postgresql://")):
        pytest.skip("needs a PostgreSQL DATABASE_URL (two servers cannot share file SQLite)")
    if not redis:
        pytest.skip("needs REDIS_URL (the cache two servers share)")
    return database, redis


@pytest.fixture
def servers():
    database_url, redis_url = _services()
    import dj_database_url
    import psycopg
    import redis

    config = dj_database_url.parse(database_url)
    name = f"{config['NAME']}_two_servers_{uuid.uuid4().hex[:8]}"
    admin = {
        "host": config["HOST"],
        "port": config["PORT"] or 5432,
        "user": config["USER"],
        "password": config["PASSWORD"],
        "dbname": "postgres",
        "autocommit": True,
    }
    prefix = f"two-servers-{uuid.uuid4().hex[:8]}"
    shared = {
        "DATABASE_URL": database_url.rsplit("/", 1)[0] + "/" + name,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,
        "PAGE_CACHE_SECONDS": "300",
    }
    with psycopg.connect(**admin) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    first = LiveSite(workers=1, **shared)
    second = None
    try:
        first.start()
        second = LiveSite(workers=1, MEDIA_ROOT=first.env["MEDIA_ROOT"], **shared)
        second.serve()
        yield first, second
    finally:
        for site in (second, first):
            if site is not None:
                site.stop()
        with psycopg.connect(**admin) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        if keys:
            client.delete(*keys)


def read(site, path):
    """An anonymous GET with the public host name: (X-Page-Cache, page)."""
    request = urllib.request.Request(site.url + path, headers={"Host": PUBLIC_HOST})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers.get("X-Page-Cache"), response.read().decode()


class FormFields(HTMLParser):
    """What a browser would send for the form with ``form_id``: (name, value) pairs."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.fields = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "reset", "image", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append([attrs["name"], attrs.get("value") or ""])
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "select":
            self._select = {"name": attrs["name"], "multiple": "multiple" in attrs, "first": None}
            self._select["chosen"] = []
        elif tag == "option" and self._select is not None:
            value = attrs.get("value") or ""
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in attrs:
                self._select["chosen"].append(value)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append(self._textarea)
            self._textarea = None
        elif tag == "select" and self._select is not None:
            select, self._select = self._select, None
            chosen = select["chosen"]
            if not chosen and not select["multiple"] and select["first"] is not None:
                chosen = [select["first"]]
            self.fields += [[select["name"], value] for value in chosen]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def editor_session(site):
    """An opener logged in to ``site``'s admin as the test editor, through its login form."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(CookieJar()), NoRedirect
    )
    with opener.open(site.url + "/admin/login/", timeout=30) as response:
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.read().decode())
    fields = {"csrfmiddlewaretoken": csrf.group(1), "username": EDITOR, "password": PASSWORD}
    status = post(opener, site.url + "/admin/login/", list(fields.items()))
    assert status == 302, "the admin login failed"
    return opener


def post(opener, url, fields):
    data = urllib.parse.urlencode([tuple(field) for field in fields]).encode()
    request = urllib.request.Request(url, data=data)
    try:
        with opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def publish_title(site, page_id, title):
    """Change the page's title and publish it in the admin's edit view, as an editor does."""
    opener = editor_session(site)
    edit = f"{site.url}/admin/pages/{page_id}/edit/"
    with opener.open(edit, timeout=30) as response:
        form = FormFields("page-edit-form")
        form.feed(response.read().decode())
    fields = [[name, title if name == "title" else value] for name, value in form.fields]
    assert ["title", title] in fields, "no title field in the edit form"
    status = post(opener, edit, [*fields, ["action-publish", "action-publish"]])
    assert status == 302, f"publishing through the admin answered {status}"


def test_a_change_published_on_one_server_shows_on_the_other_within_a_second(servers):
    a, b = servers
    page_id = int(
        a.manage(
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model; "
            "from stories.models import StorySubmissionPage; "
            f"get_user_model().objects.create_superuser({EDITOR!r}, 'r@example.org', "
            f"{PASSWORD!r}); "
            "print(StorySubmissionPage.objects.get(locale__language_code='nl').pk)",
        ).split()[-1]
    )
    # Both servers use the one cache: what A stored, B serves (and the other way round).
    assert read(a, PAGE)[0] == "miss"
    assert read(a, PAGE)[0] == "hit"
    assert read(b, PAGE)[0] == "hit"
    assert read(b, OTHER)[0] == "miss"
    assert read(a, OTHER)[0] == "hit"

    title = f"Vertel ons je verhaal {uuid.uuid4().hex[:6]}"
    publish_title(a, page_id, title)
    published = time.monotonic()
    state, page = read(b, PAGE)
    while title not in page and time.monotonic() - published < 1:
        time.sleep(0.05)
        state, page = read(b, PAGE)
    seen_after = time.monotonic() - published
    print(f"server B served the new title {seen_after * 1000:.0f} ms after the publish")
    assert title in page, f"server B still showed the old title {seen_after:.2f} s after"
    assert seen_after < 1
    assert state == "miss"  # invalidated, not an old copy
    state, page = read(a, PAGE)
    assert title in page
    assert state == "hit"  # B's fresh copy, for A too
    assert read(a, OTHER)[0] == "miss"  # every page of the site is invalidated
    assert "Traceback" not in a.server_log() + b.server_log()
