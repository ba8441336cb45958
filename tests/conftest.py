"""Shared fixtures: a two-language site tree every test can build on."""

import time

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

from wagtail.models import Locale, Page, Site

import pytest

from core.abuse import TIMESTAMP_FIELD, sign_token
from home.factories import HomePageFactory
from tests.live_site import LiveSite


@pytest.fixture
def locales(db):
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return {"nl": nl, "en": en}


@pytest.fixture
def home_pages(locales):
    """A Dutch home page as the site root and its English translation, both live."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    root = Page.get_first_root_node()
    home_nl = HomePageFactory(parent=root, slug="home", locale=locales["nl"])
    home_en = home_nl.copy_for_translation(locales["en"])
    home_en.title = "Neighbourhood enterprise"
    home_en.hero_heading = "Working together in the neighbourhood"
    home_en.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", port=80, root_page=home_nl, is_default_site=True)
    return {"nl": home_nl, "en": home_en.specific}


@pytest.fixture
def translate():
    """translate(page, locale, **fields): publish a translation of ``page``."""

    def _translate(page, locale, **fields):
        translation = page.copy_for_translation(locale, copy_parents=True).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        return type(translation).objects.get(pk=translation.pk)

    return _translate


@pytest.fixture
def form_target():
    """The form a test's ``form_token`` is issued for (the contact form unless a directory's
    conftest says otherwise)."""
    return "contact"


@pytest.fixture
def form_token(form_target):
    """A signed form token that passes the abuse guard (rendered ``age`` seconds ago), for
    ``target`` (default: ``form_target``) and with submission ``key`` (default: a new one)."""

    def _token(age=10, target=None, key=None):
        return {TIMESTAMP_FIELD: sign_token(target or form_target, time.time() - age, key)}

    return _token


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache (page cache, fragments, Wagtail's site paths)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _media_root(request, settings, tmp_path):
    if "demo_content" in request.fixturenames:
        settings.MEDIA_ROOT = request.getfixturevalue("demo_content")
    else:
        settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """The full demo site, loaded once for a test module (like ``setUpTestData``): inside an
    outer transaction that each test's own transaction nests in, rolled back after the module.
    Returns the media root that holds its files."""
    media_root = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media_root):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            Locale.objects.get_or_create(language_code="nl")
            Locale.objects.get_or_create(language_code="en")
            call_command("load_demo", verbosity=0)
            yield media_root
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="session")
def live_site():
    """The full demo site served by gunicorn on a file SQLite database (see tests/live_site.py).

    ``live_site.url`` is its address; ``live_site.manage(...)`` runs a management command
    against its database; ``live_site.mail_dir`` holds the emails it sent."""
    site = LiveSite()
    site.start()
    yield site
    site.stop()
