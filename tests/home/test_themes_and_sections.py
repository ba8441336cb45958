import pytest

from core.factories import ThemeFactory, ThemeIndexPageFactory
from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def theme_setup(home_pages, locales):
    theme_nl = ThemeFactory(name="Hergebruik", slug="hergebruik", locale=locales["nl"])
    theme_en = theme_nl.copy_for_translation(locales["en"])
    theme_en.name, theme_en.slug = "Re-use", "re-use"
    theme_en.save()
    index = ThemeIndexPageFactory(parent=home_pages["nl"])
    return {"theme": theme_nl, "theme_en": theme_en, "index": index}


def make_pages(parent, theme, count, prefix="pagina"):
    pages = []
    for n in range(count):
        page = StandardPageFactory(parent=parent, slug=f"{prefix}-{n}", title=f"Hergebruik {n}")
        page.themes.set([theme])
        page.save_revision().publish()
        pages.append(page)
    return pages


def test_theme_page_gathers_pages_on_the_theme(client, theme_setup, home_pages):
    make_pages(home_pages["nl"], theme_setup["theme"], 2)
    StandardPageFactory(parent=home_pages["nl"], slug="ander", title="Iets anders")
    response = client.get("/nl/themas/hergebruik/")
    assert response.status_code == 200
    assert "Hergebruik 0" in response.text and "Hergebruik 1" in response.text
    assert "Iets anders" not in response.text


def test_theme_page_shows_only_the_readers_language(
    client, theme_setup, home_pages, translate, locales
):
    index_en = translate(theme_setup["index"], locales["en"], title="Themes", slug="themes")
    page = make_pages(home_pages["nl"], theme_setup["theme"], 1)[0]
    translate(page, locales["en"], title="Re-use in English", slug="re-use-page")
    response = client.get("/en/themes/re-use/")
    assert response.status_code == 200
    assert "Re-use in English" in response.text
    assert "Hergebruik 0" not in response.text
    assert (
        '<link rel="alternate" hreflang="nl" href="http://testserver/nl/themas/hergebruik/">'
        in response.text
    )
    assert index_en.url == "/en/themes/"


def test_theme_page_query_count_does_not_grow(
    client, theme_setup, home_pages, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_pages(home_pages["nl"], theme_setup["theme"], 2, prefix="a")
    client.get("/nl/themas/hergebruik/")  # warm caches (site root paths, etc.)
    with CaptureQueriesContext(connection) as few:
        client.get("/nl/themas/hergebruik/")
    make_pages(home_pages["nl"], theme_setup["theme"], 4, prefix="b")
    client.get("/nl/themas/hergebruik/")  # publishing made the cached route etc. stale: warm again
    with CaptureQueriesContext(connection) as more:
        client.get("/nl/themas/hergebruik/")
    assert len(more.captured_queries) == len(few.captured_queries)


def test_latest_pages_block_lists_newest_children(client, home_pages, locales, translate):
    parent = StandardPageFactory(parent=home_pages["nl"], slug="nieuws", title="Nieuws")
    for n in range(4):
        StandardPageFactory(parent=parent, slug=f"bericht-{n}", title=f"Bericht {n}")
    home = home_pages["nl"]
    home.body = [
        ("latest_pages", {"heading": "Laatste berichten", "index_page": parent, "count": 3})
    ]
    home.save_revision().publish()
    html = client.get("/nl/").text
    assert "Laatste berichten" in html
    assert "Bericht 3" in html and "Bericht 1" in html
    assert "Bericht 0" not in html  # only the newest three
