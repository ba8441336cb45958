"""Translating a live page makes an unpublished English draft; the language switcher keeps
the query; the home page names the organisation once; every feed has a real language."""

from django.test import override_settings

from wagtail.models import Page
from wagtail_localize.operations import translate_object

import pytest

from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_translate_leaves_the_english_page_unpublished(home_pages, locales, admin_user, client):
    page = StandardPageFactory(parent=home_pages["nl"], title="Over ons", slug="over-ons")
    page.save_revision().publish()
    translate_object(page, [locales["en"]], user=admin_user)
    english = Page.objects.get(translation_key=page.translation_key, locale=locales["en"])
    assert english.live is False
    assert english.title == "Over ons"  # not yet translated: so not on the site
    assert client.get("/en/over-ons/").status_code == 404
    assert "Over ons" not in client.get("/en/").content.decode()


def test_language_switcher_keeps_the_query(home_pages, client):
    html = client.get("/nl/", {"q": "koffie", "theme": "zorg"}).content.decode()
    assert 'href="/en/?q=koffie&amp;theme=zorg" hreflang="en"' in html


def test_home_title_names_the_organisation_once(home_pages, client):
    from core.models import SiteSettings

    settings = SiteSettings.load()
    settings.organisation_name = home_pages["nl"].title
    settings.save()
    html = client.get("/nl/").content.decode()
    assert f"<title>{home_pages['nl'].title}</title>" in html


@override_settings(WAGTAIL_CACHE=False)
@pytest.mark.parametrize(
    "url_name", ["initiatives:openings_feed", "stories:feed_rss", "blog:feed_rss"]
)
def test_feeds_print_a_language_code(home_pages, client, url_name):
    from django.urls import NoReverseMatch, reverse
    from django.utils import translation

    with translation.override("nl"):
        try:
            url = reverse(url_name)
        except NoReverseMatch:  # pragma: no cover
            pytest.fail(f"{url_name} has no URL")
    response = client.get(url)
    body = response.content.decode()
    assert "bound method" not in body
    if response.status_code == 200:
        assert "<language>nl</language>" in body
    else:
        assert response.status_code == 404
