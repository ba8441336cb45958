from wagtail.search.backends import get_search_backend

import pytest

pytestmark = pytest.mark.django_db


def titles(response):
    return [page.title for page in response.context["instruments"].object_list]


@pytest.fixture
def library(make_instrument, themes):
    """Four instruments that differ in theme, type, audience and language."""
    pages = {
        "gids": make_instrument(
            title="Gids schulden",
            summary="Over geldzorgen en incasso.",
            instrument_type="handbook",
            audiences=["professionals", "municipality"],
            themes=[themes["armoede"]],
            files=[("nl", "1.0")],
        ),
        "worksheet": make_instrument(
            title="Werkblad talent",
            summary="Talent in de straat.",
            instrument_type="worksheet",
            audiences=["residents"],
            themes=[themes["participatie"]],
            files=[("nl", "1.0"), ("en", "1.0")],
        ),
        "infographic": make_instrument(
            title="Infographic wijkbedrijf",
            summary="Rollen en geldstromen.",
            instrument_type="infographic",
            audiences=["municipality", "residents"],
            themes=[themes["participatie"], themes["armoede"]],
            files=[("en", "1.0")],
        ),
        "canvas": make_instrument(
            title="Canvas opdrachten",
            summary="Werk van systeempartners.",
            instrument_type="canvas",
            audiences=["partners"],
            files=[("de", "1.0")],
        ),
    }
    backend = get_search_backend()
    for page in pages.values():
        backend.add(page)
    return pages


def test_index_lists_every_live_instrument(client, index, library):
    library["canvas"].unpublish()
    response = client.get(index.url)
    assert response.status_code == 200
    assert set(titles(response)) == {"Gids schulden", "Werkblad talent", "Infographic wijkbedrijf"}
    assert response.context["result_count"] == 3
    html = response.content.decode()
    assert 'type="application/rss+xml"' in html
    assert "instruments/instruments.css" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"theme": "armoede-en-schulden"}, {"Gids schulden", "Infographic wijkbedrijf"}),
        ({"type": "worksheet"}, {"Werkblad talent"}),
        ({"audience": "municipality"}, {"Gids schulden", "Infographic wijkbedrijf"}),
        ({"language": "en"}, {"Werkblad talent", "Infographic wijkbedrijf"}),
        ({"language": "de"}, {"Canvas opdrachten"}),
        (
            {"theme": "participatie", "audience": "residents"},
            {"Werkblad talent", "Infographic wijkbedrijf"},
        ),
        ({"theme": "participatie", "audience": "residents", "language": "nl"}, {"Werkblad talent"}),
        (
            {
                "theme": "armoede-en-schulden",
                "type": "infographic",
                "language": "en",
                "audience": "municipality",
            },
            {"Infographic wijkbedrijf"},
        ),
        ({"type": "canvas", "audience": "residents"}, set()),
        ({"q": "incasso"}, {"Gids schulden"}),
        ({"q": "talent"}, {"Werkblad talent"}),
        ({"q": "geldstromen", "type": "infographic"}, {"Infographic wijkbedrijf"}),
        ({"q": "geldstromen", "type": "worksheet"}, set()),
        ({"q": "bestaatnietwoord"}, set()),
    ],
)
def test_filters_and_combinations(client, index, library, query, expected):
    response = client.get(index.url, query)
    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert response.context["result_count"] == len(expected)


def test_a_page_in_two_themes_is_listed_once(client, index, library, themes):
    response = client.get(index.url, {"language": "nl"})
    assert titles(response).count("Gids schulden") == 1
    response = client.get(index.url)
    assert len(titles(response)) == len(set(titles(response)))


@pytest.mark.parametrize(
    "query",
    [
        {"type": "boek"},
        {"audience": "iedereen"},
        {"theme": "<script>"},
        {"language": "xx"},
        {"q": "x" * 300},
    ],
)
def test_invalid_filter_values_do_not_filter_and_never_500(client, index, library, query):
    response = client.get(index.url, query)
    assert response.status_code == 200
    assert len(titles(response)) == 4
    assert response.context["filter_form"].errors


def test_empty_result_shows_a_way_back(client, index, library):
    response = client.get(index.url, {"type": "canvas", "audience": "residents"})
    html = response.content.decode()
    assert "Geen instrumenten gevonden met deze filters." in html  # the Dutch library
    assert f'href="{index.url}"' in html


def test_pagination_keeps_filters_and_rejects_bad_pages(client, index, make_instrument):
    index.per_page = 2
    index.save_revision().publish()
    for _n in range(5):
        make_instrument(instrument_type="worksheet")
    response = client.get(index.url, {"type": "worksheet", "page": 2})
    assert response.status_code == 200
    assert len(titles(response)) == 2
    assert "type=worksheet&amp;page=3" in response.content.decode()
    assert client.get(index.url, {"page": 9}).status_code == 404
    assert client.get(index.url, {"page": "abc"}).status_code == 404


def _render_index_queries(client, index, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(index.url)  # warm up: renditions are made on the first render
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(index.url)
    assert response.status_code == 200
    return len(ctx.captured_queries), len(titles(response))


def test_index_query_count_does_not_grow_with_instruments(
    client, index, make_instrument, themes, django_assert_max_num_queries
):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Omslag", file=get_test_image_file())

    def add(count):
        for _n in range(count):
            make_instrument(
                preview_image=image,
                files=[("nl", "1.0"), ("en", "1.0")],
                audiences=["residents"],
                themes=[themes["armoede"]],
                tags=["wijk"],
            )

    add(5)
    few, shown_few = _render_index_queries(client, index, django_assert_max_num_queries)
    add(45)
    many, shown_many = _render_index_queries(client, index, django_assert_max_num_queries)
    assert (shown_few, shown_many) == (5, 12)
    assert few == many


def test_instrument_page_query_count_does_not_grow_with_files(client, make_instrument):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(page):
        client.get(page.url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(page.url).status_code == 200
        return len(ctx.captured_queries)

    few = make_instrument(files=[("nl", "1.0"), ("en", "1.0")])  # two: the question asks which
    many = make_instrument(files=[("nl", "1.0"), ("en", "1.0"), ("de", "1.0"), ("fr", "1.0")])
    assert queries(few) == queries(many)
