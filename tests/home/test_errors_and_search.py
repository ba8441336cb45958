from django.test import override_settings

import pytest

from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/nl/bestaat-niet/", "We kunnen deze pagina niet vinden"),
        ("/en/missing/", "We cannot find this page"),
    ],
)
def test_404_in_the_language_of_the_url(client, home_pages, path, text):
    response = client.get(path)
    assert response.status_code == 404
    assert text in response.text


def test_500_page_renders_without_database(client, rf):
    from core.views import server_error

    response = server_error(rf.get("/en/broken/"))
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()
    response = server_error(rf.get("/nl/kapot/"))
    assert "Er ging bij ons iets mis" in response.content.decode()


def test_search_finds_pages_of_the_current_language_only(client, home_pages, translate, locales):
    page = StandardPageFactory(
        parent=home_pages["nl"], slug="repair", title="Repaircafé in de wijk"
    )
    translate(page, locales["en"], title="Repair café in the neighbourhood", slug="repair")
    nl = client.get("/nl/zoeken/", {"q": "repaircafé"})
    assert nl.status_code == 200
    assert "Repaircafé in de wijk" in nl.text
    assert "Repair café in the neighbourhood" not in nl.text
    en = client.get("/en/search/", {"q": "repair"})
    assert "Repair café in the neighbourhood" in en.text
    assert "Repaircafé in de wijk" not in en.text


def test_search_paginates_and_refuses_bad_pages(client, home_pages):
    for n in range(12):
        StandardPageFactory(parent=home_pages["nl"], slug=f"buurt-{n}", title=f"Buurtproject {n}")
    first = client.get("/nl/zoeken/", {"q": "buurtproject"})
    assert "12 resultaten" in first.text
    assert 'rel="next"' in first.text
    assert client.get("/nl/zoeken/", {"q": "buurtproject", "page": "2"}).status_code == 200
    assert client.get("/nl/zoeken/", {"q": "buurtproject", "page": "9"}).status_code == 404
    assert client.get("/nl/zoeken/", {"q": "buurtproject", "page": "x"}).status_code == 404


def test_search_refuses_overlong_queries_with_a_message(client, home_pages):
    response = client.get("/nl/zoeken/", {"q": "x" * 500})
    assert response.status_code == 400
    assert "korter" in response.text


def test_search_with_no_results_says_so(client, home_pages):
    response = client.get("/en/search/", {"q": "zzzyyyxxx"})
    assert response.status_code == 200
    assert "0 results" in response.text


@override_settings(DEBUG=False)
def test_unknown_theme_is_404(client, home_pages):
    from core.factories import ThemeIndexPageFactory

    ThemeIndexPageFactory(parent=home_pages["nl"])
    assert client.get("/nl/themas/bestaat-niet/").status_code == 404


@pytest.mark.parametrize("query", ['"', '"wijk', "%00", "'", "OR AND NOT *"])
def test_search_survives_query_syntax(client, home_pages, query):
    StandardPageFactory(parent=home_pages["nl"], slug="wijk", title="Wijk")
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["wijk\x00", "a\x1fb", "a\x7fb"])
def test_search_with_a_control_character_is_a_bad_request(client, home_pages, query):
    """NUL and other control characters are refused everywhere alike
    (core.middleware.RejectInvalidTextMiddleware)."""
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("path", "text"),
    [("/nl/", "We begrijpen dit verzoek niet"), ("/en/", "We could not understand this request")],
)
def test_disallowed_host_gets_the_400_page_in_the_urls_language(client, home_pages, path, text):
    response = client.get(path, HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert text in response.text
