from wagtail.models import Page

import pytest

from home.factories import (
    ContactPageFactory,
    StandardPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from home.models import ContactPage, HomePage, StandardPage, ThemeIndexPage

pytestmark = pytest.mark.django_db


def test_home_page_only_under_root():
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert HomePage.can_create_at(Page.get_first_root_node())


def test_contact_and_theme_pages_have_no_children(home_pages):
    contact = ContactPageFactory(parent=home_pages["nl"])
    themes = ThemeIndexPageFactory(parent=home_pages["nl"])
    assert not StandardPage.can_create_at(contact)
    assert not StandardPage.can_create_at(themes)
    assert ContactPage.can_create_at(home_pages["nl"])
    assert ThemeIndexPage.can_create_at(home_pages["nl"])


def test_home_page_renders_in_both_languages(client, home_pages):
    nl = client.get("/nl/")
    en = client.get("/en/")
    assert nl.status_code == en.status_code == 200
    assert '<html lang="nl" dir="ltr">' in nl.text
    assert '<html lang="en" dir="ltr">' in en.text
    assert "Naar de inhoud" in nl.text
    assert "Skip to content" in en.text


def test_hreflang_alternates_and_x_default(client, home_pages):
    html = client.get("/en/").text
    assert '<link rel="alternate" hreflang="nl" href="http://testserver/nl/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/nl/">' in html


def test_switcher_goes_to_translation_or_home(client, home_pages, translate, locales):
    translated = StandardPageFactory(parent=home_pages["nl"], slug="over-ons", title="Over ons")
    translate(translated, locales["en"], title="About", slug="about")
    only_dutch = StandardPageFactory(parent=home_pages["nl"], slug="alleen-nl", title="Alleen NL")
    html = client.get("/nl/over-ons/").text
    assert 'href="/en/about/" hreflang="en" lang="en"' in html
    html = client.get(only_dutch.url).text
    assert 'href="/en/" hreflang="en" lang="en"' in html
    assert 'hreflang="en" href=' not in html  # no alternate for a missing translation


def test_standard_page_shows_theme_links(client, home_pages, locales):
    theme = ThemeFactory(name="Eenzaamheid", slug="eenzaamheid", locale=locales["nl"])
    ThemeIndexPageFactory(parent=home_pages["nl"])
    page = StandardPageFactory(parent=home_pages["nl"], slug="buren")
    page.themes.set([theme])
    page.save_revision().publish()
    html = client.get("/nl/buren/").text
    assert 'href="/nl/themas/eenzaamheid/"' in html
