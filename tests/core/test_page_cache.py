"""The full-page cache: anonymous pages from the shared cache, invalidated on every change that
shows, never shared for what is personal."""

from django.contrib.auth import get_user_model

import pytest

from core import page_cache
from core.factories import ThemeFactory
from core.models import SiteSettings
from pages.factories import ContactPageFactory, FormFieldFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    return settings


@pytest.fixture
def standard(home_pages):
    return StandardPageFactory(parent=home_pages["nl"], slug="over-ons", title="Over ons")


def edit_and_publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_second_anonymous_request_is_a_hit_with_public_headers(client, cache_on, standard):
    first = client.get(standard.url)
    second = client.get(standard.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    control = second["Cache-Control"]
    assert "public" in control
    assert "max-age=60" in control
    assert "s-maxage=300" in control
    assert "stale-while-revalidate=60" in control
    assert not second.cookies
    assert "Set-Cookie" not in second


def test_head_is_served_from_the_cache_without_a_body(client, cache_on, standard):
    client.get(standard.url)
    response = client.head(standard.url)
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


def test_gzip_and_plain_are_stored_apart(client, cache_on, standard):
    plain = client.get(standard.url)
    zipped = client.get(standard.url, HTTP_ACCEPT_ENCODING="gzip")
    assert plain["X-Page-Cache"] == "miss"
    assert zipped["X-Page-Cache"] == "miss"
    assert zipped["Content-Encoding"] == "gzip"
    assert client.get(standard.url, HTTP_ACCEPT_ENCODING="gzip")["X-Page-Cache"] == "hit"


def test_publishing_makes_the_change_visible_at_once(
    client, cache_on, standard, django_capture_on_commit_callbacks
):
    client.get(standard.url)
    assert b"Nieuwe titel" not in client.get(standard.url).content
    with django_capture_on_commit_callbacks(execute=True):
        edit_and_publish(standard, title="Nieuwe titel")
    response = client.get(standard.url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Nieuwe titel" in response.content


def test_unpublishing_and_deleting_invalidate(
    client, cache_on, home_pages, standard, django_capture_on_commit_callbacks
):
    other = StandardPageFactory(parent=home_pages["nl"], slug="weg", title="Weg")
    client.get(other.url)
    assert client.get(other.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        other.unpublish()
    assert client.get("/nl/weg/").status_code == 404
    client.get(standard.url)
    assert client.get(standard.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        other.delete()
    assert client.get(standard.url)["X-Page-Cache"] == "miss"


def test_moving_a_page_invalidates(
    client, cache_on, home_pages, standard, django_capture_on_commit_callbacks
):
    parent = StandardPageFactory(parent=home_pages["nl"], slug="ouder", title="Ouder")
    client.get(standard.url)
    with django_capture_on_commit_callbacks(execute=True):
        standard.move(parent, pos="last-child")
    old = client.get("/nl/over-ons/")
    assert old.status_code == 301  # Wagtail's automatic redirect, not the stale page
    assert old["Location"] == "/nl/ouder/over-ons/"
    assert client.get("/nl/ouder/over-ons/").status_code == 200


@pytest.mark.parametrize("change", ["theme", "site settings"])
def test_saving_a_snippet_or_setting_invalidates(
    client, cache_on, standard, locales, change, django_capture_on_commit_callbacks
):
    client.get(standard.url)
    assert client.get(standard.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        if change == "theme":
            ThemeFactory(slug="groen", name="Groen", locale=locales["nl"])
        else:
            site_settings = SiteSettings.load()
            site_settings.organisation_name = "Wijkbedrijf Nieuwe Naam"
            site_settings.save()
    response = client.get(standard.url)
    assert response["X-Page-Cache"] == "miss"
    if change == "site settings":
        assert b"Wijkbedrijf Nieuwe Naam" in response.content


def test_invalidation_reaches_both_languages(
    client, cache_on, home_pages, standard, translate, locales, django_capture_on_commit_callbacks
):
    english = translate(standard, locales["en"], title="About us", slug="about-us")
    client.get(english.url)
    assert client.get(english.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        edit_and_publish(standard, title="Over ons, opnieuw")
    assert client.get(english.url)["X-Page-Cache"] == "miss"


def test_a_page_with_a_form_is_never_shared(client, cache_on, home_pages):
    contact = ContactPageFactory(parent=home_pages["nl"], slug="contact", title="Contact")
    FormFieldFactory(page=contact)
    for _ in range(2):
        response = client.get(contact.url)
        assert response.status_code == 200
        assert b"csrfmiddlewaretoken" in response.content
        assert response["X-Page-Cache"] == "skip"
        assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}


def test_logged_in_editors_bypass_the_cache(client, cache_on, standard):
    client.get(standard.url)
    user = get_user_model().objects.create_superuser("redactie", "r@example.org", "x")
    client.force_login(user)
    response = client.get(standard.url)
    assert response["X-Page-Cache"] == "skip"
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_the_cache_is_off_at_zero(client, settings, standard):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(standard.url)
    response = client.get(standard.url)
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_errors_and_redirects_are_not_stored(client, cache_on, standard):
    assert client.get("/nl/bestaat-niet/").status_code == 404
    assert "X-Page-Cache" not in client.get("/nl/bestaat-niet/")
    assert client.get("/").status_code == 302
    assert "X-Page-Cache" not in client.get("/")


def test_the_generation_survives_a_missing_key(cache_on):
    from django.core.cache import cache

    cache.delete(page_cache.GENERATION_KEY)
    first = page_cache.generation()
    assert first == page_cache.generation()
    assert first > 10**18  # made from the clock, so an old cache entry cannot match


def test_bumping_changes_the_generation(cache_on, django_capture_on_commit_callbacks):
    before = page_cache.generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page_cache.bump_generation()
        assert page_cache.generation() == before + 1  # at once, for the rest of the transaction
    assert len(callbacks) == 1
    assert page_cache.generation() == before + 2  # and again after the commit
