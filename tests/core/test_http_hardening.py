"""HTTP details an attacker test found: TRACE, OPTIONS and other methods on public URLs get an
empty answer with ``Allow`` (core.middleware.HttpMethodMiddleware), and the language cookie is
SameSite=Lax and HttpOnly."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from pages.factories import StandardPageFactory
from stories.factories import StoryIndexPageFactory

pytestmark = pytest.mark.django_db

ALLOW = "GET, HEAD, POST, OPTIONS"


@pytest.fixture
def public_urls(home_pages):
    page = StandardPageFactory(parent=home_pages["nl"], slug="over-ons", title="Over ons")
    StoryIndexPageFactory(parent=home_pages["nl"], slug="verhalen", title="Verhalen")
    document = get_document_model()(title="Jaarverslag")
    document.file.save("jaarverslag.txt", ContentFile(b"het jaarverslag"), save=True)
    return {
        "page": page.url,
        "document": document.url,
        "feed": "/nl/feeds/verhalen/rss/",
        "api": "/api/v1/openings/",
        "sitemap": "/sitemap.xml",
    }


KINDS = ["page", "document", "feed", "api", "sitemap"]


@pytest.mark.parametrize("kind", KINDS)
def test_the_url_answers_get(client, public_urls, kind):
    assert client.get(public_urls[kind]).status_code == 200


@pytest.mark.parametrize("kind", KINDS)
def test_trace_is_refused_without_content(client, public_urls, kind):
    response = client.generic("TRACE", public_urls[kind])
    assert response.status_code == 405
    assert response["Allow"] == ALLOW
    assert response.content == b""


@pytest.mark.parametrize("kind", KINDS)
def test_options_lists_the_methods_and_nothing_else(client, public_urls, kind):
    response = client.options(public_urls[kind])
    assert response.status_code == 200
    assert response["Allow"] == ALLOW
    assert response.content == b""
    assert response["Content-Length"] == "0"


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "PROPFIND", "CONNECT"])
def test_other_methods_are_refused_on_a_page(client, public_urls, method):
    response = client.generic(method, public_urls["page"])
    assert response.status_code == 405
    assert response["Allow"] == ALLOW
    assert response.content == b""
    assert b"Over ons" not in response.content


def test_forms_still_take_post(client, public_urls):
    # A page without a form answers a POST as Wagtail always did: not refused here.
    assert client.post(public_urls["page"]).status_code == 200


def test_the_admin_keeps_its_methods_but_not_trace(admin_client, home_pages):
    assert admin_client.get("/admin/").status_code == 200
    assert admin_client.options("/admin/").status_code == 200  # Wagtail's own answer
    trace = admin_client.generic("TRACE", "/admin/")
    assert trace.status_code == 405
    assert trace.content == b""


def test_language_cookie_is_samesite_lax_and_httponly(client, home_pages):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/en/"})
    assert response.status_code == 302
    cookie = response.cookies["django_language"]
    assert cookie.value == "en"
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"] is True
    header = cookie.output()
    assert "SameSite=Lax" in header
    assert "HttpOnly" in header


def test_production_sends_the_language_cookie_over_https_only():
    from tests.home.test_settings import run_python

    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.LANGUAGE_COOKIE_SECURE, settings.LANGUAGE_COOKIE_SAMESITE)",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 64,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "Lax"]
