from wagtail.models import Page

import pytest

from core.factories import ThemeFactory, ThemeIndexPageFactory
from core.models import ThemeIndexPage
from home.models import HomePage
from pages.factories import ContactPageFactory, StandardPageFactory
from pages.models import ContactPage, StandardPage

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


def test_admin_can_search_themes(admin_client, locales):
    ThemeFactory(name="Armoede en schulden", slug="armoede")
    ThemeFactory(name="Eenzaamheid", slug="eenzaamheid")
    response = admin_client.get("/admin/snippets/core/theme/", {"q": "armoede"})
    assert response.status_code == 200
    assert "Armoede en schulden" in response.text
    assert "Eenzaamheid" not in response.text


def test_menu_and_footer_cost_the_same_queries_for_few_or_many_links(
    client, home_pages, locales, translate
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.models import Footer, NavigationMenu

    pages = []
    for n in range(8):
        page = StandardPageFactory(parent=home_pages["nl"], slug=f"p{n}", title=f"Pagina {n}")
        translate(page, locales["en"], title=f"Page {n}", slug=f"page-{n}")
        pages.append(page)

    def links(count):
        return [{"page": page, "url": "", "label": ""} for page in pages[:count]]

    menu = NavigationMenu.objects.create(
        locale=locales["en"], items=[("link", link) for link in links(2)]
    )
    footer = Footer.objects.create(
        locale=locales["en"], columns=[("column", {"heading": "Links", "links": links(2)})]
    )

    def count_queries():
        client.get("/en/")  # warm per-process caches
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/en/").text
        return len(queries), html

    few, _html = count_queries()
    menu.items = [("link", link) for link in links(8)]
    menu.save()
    footer.columns = [("column", {"heading": "Links", "links": links(8)})]
    footer.save()
    many, html = count_queries()
    assert many == few
    # Dutch pages chosen in the English menu link to their English translations.
    assert 'href="/en/page-7/"' in html and ">Page 7<" in html
