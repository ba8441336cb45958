"""The openings widget for partner sites (its frame rules and filters) and the versioned JSON
API (its filters and the fields the README documents)."""

import json
import re
from pathlib import Path

from django.core.exceptions import ValidationError

import pytest

from core.validators import validate_origin_list
from initiatives.factories import (
    InitiativePageFactory,
    InitiativePartnerFactory,
    OpeningPageFactory,
    PartnerPageFactory,
)
from initiatives.views import API_FIELDS

from .conftest import days

pytestmark = pytest.mark.django_db

README = Path(__file__).resolve().parents[2] / "README.md"
WIDGET = "/nl/vacatures/widget/"


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    return re.search(r"frame-ancestors ([^;]*)", policy).group(1).split()


def widget_titles(response):
    return re.findall(r'<h2 class="widget__heading"><a [^>]*>([^<]+)<', response.content.decode())


@pytest.fixture
def partner_data(tree, theme):
    """Two initiatives; the partner joins only the first; a theme on one opening."""
    partner = PartnerPageFactory(
        parent=tree["partners"],
        slug="gemeente",
        title="Gemeente",
        embed_origins="https://www.gemeente.nl\nhttps://*.wijk.nl",
    )
    InitiativePartnerFactory(initiative=tree["initiative"], partner=partner)
    other = InitiativePageFactory(parent=tree["index"], slug="repair", title="Repair Café")
    fixer = OpeningPageFactory(parent=other, title="Reparateur", kind="paid", deadline=days(9))
    fixer.themes.add(theme)
    fixer.save_revision().publish()
    OpeningPageFactory(parent=tree["initiative"], title="Dicht", status="closed")
    return {"partner": partner, "other": other, "fixer": fixer}


# --- The widget ---------------------------------------------------------------------------------
def test_widget_may_be_framed_by_partner_sites_only(client, partner_data, settings):
    response = client.get(WIDGET)
    assert response.status_code == 200
    assert frame_ancestors(response) == ["'self'", "https://*.wijk.nl", "https://www.gemeente.nl"]
    assert "X-Frame-Options" not in response
    assert response["Cache-Control"] == "public, max-age=300"
    assert not response.cookies
    # Every other page still refuses to be framed.
    page = client.get(partner_data["partner"].url)
    assert frame_ancestors(page) == ["'none'"]
    assert page["X-Frame-Options"] == "DENY"

    settings.OPENINGS_WIDGET_FRAME_ANCESTORS = ["*"]
    assert frame_ancestors(client.get(WIDGET)) == ["*"]


def test_unpublished_partner_allows_nothing(client, partner_data):
    partner_data["partner"].unpublish()
    assert frame_ancestors(client.get(WIDGET)) == ["'self'"]


def test_widget_filters(client, partner_data):
    assert set(widget_titles(client.get(WIDGET))) == {"Energiecoach", "Reparateur"}
    assert widget_titles(client.get(WIDGET + "?partner=gemeente")) == ["Energiecoach"]
    assert widget_titles(client.get(WIDGET + "?theme=verduurzaming")) == ["Reparateur"]
    assert widget_titles(client.get(WIDGET + "?initiative=repair")) == ["Reparateur"]
    assert widget_titles(client.get(WIDGET + "?kind=volunteer")) == ["Energiecoach"]
    assert len(widget_titles(client.get(WIDGET + "?limit=1"))) == 1


@pytest.mark.parametrize(
    "query", ["partner=onbekend", "theme=nope", "kind=x", "limit=0", "limit=x"]
)
def test_widget_bad_filter_is_a_400_with_a_message(client, partner_data, query):
    response = client.get(WIDGET + "?" + query)
    assert response.status_code == 400
    assert "Deze lijst kan niet getoond worden" in response.content.decode()
    assert widget_titles(response) == []


def test_widget_is_light_and_in_both_languages(client, partner_data, translate, locales):
    html = client.get(WIDGET).content.decode()
    assert '<html lang="nl">' in html
    assert "<script" not in html
    assert html.count('rel="stylesheet"') == 1
    assert 'target="_blank" rel="noopener"' in html
    assert "Doe mee met" in html
    translate(partner_data["fixer"], locales["en"], title="Repairer", slug="repairer")
    english = client.get("/en/openings/widget/").content.decode()
    assert '<html lang="en">' in english
    assert "Join in with" in english
    assert "Repairer" in english
    assert "Reparateur" not in english


def test_widget_query_count_does_not_grow(client, partner_data):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(WIDGET)  # the site settings row is made on first use
    with CaptureQueriesContext(connection) as few:
        assert len(widget_titles(client.get(WIDGET + "?limit=20"))) == 2
    for n in range(6):
        OpeningPageFactory(parent=partner_data["other"], title=f"Extra {n}")
    with CaptureQueriesContext(connection) as many:
        assert len(widget_titles(client.get(WIDGET + "?limit=20"))) == 8
    assert len(many) == len(few)
    assert len(many) <= 17  # the filter choices (themes, partners, places, initiatives) included


def test_partner_page_shows_the_snippet(client, partner_data):
    html = client.get(partner_data["partner"].url).content.decode()
    assert "Deze vacatures op je eigen website" in html
    assert '&lt;iframe src="http://testserver/nl/vacatures/widget/?partner=gemeente"' in html


@pytest.mark.parametrize(
    "value", ["https://www.partner.nl", "http://localhost:8080\nhttps://*.wijk.nl", ""]
)
def test_valid_origin_lists(value):
    validate_origin_list(value)


@pytest.mark.parametrize(
    "value", ["*", "www.partner.nl", "https://partner.nl/pagina", "https://a b.nl", "javascript:x"]
)
def test_invalid_origin_lists(value):
    with pytest.raises(ValidationError):
        validate_origin_list(value)


# --- The API ------------------------------------------------------------------------------------
def documented_example():
    text = README.read_text()
    section = text[text.index("### Openings API (version 1)") :]
    return json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))


def test_api_fields_are_the_documented_ones(client, partner_data):
    example = documented_example()
    response = client.get("/api/v1/openings/")
    data = response.json()
    assert set(data) == set(example) == {"version", "language", "count", "results"}
    assert data["version"] == 1
    assert list(data["results"][0]) == list(example["results"][0]) == list(API_FIELDS)
    # Each field is also explained in the README's list of fields.
    fields_text = README.read_text().split("Fields: ", 1)[1].split("\n\n", 1)[0]
    for name in API_FIELDS:
        assert f"`{name}`" in fields_text, name


def test_api_takes_the_finder_filters_and_partner(client, partner_data):
    def titles(query):
        return {r["title"] for r in client.get("/api/v1/openings/?" + query).json()["results"]}

    assert titles("") == {"Energiecoach", "Reparateur"}
    assert titles("partner=gemeente") == {"Energiecoach"}
    assert titles("initiative=repair") == {"Reparateur"}
    assert titles("theme=verduurzaming") == {"Reparateur"}
    assert titles("kind=paid") == {"Reparateur"}
    first = client.get("/api/v1/openings/?sort=deadline").json()["results"][0]
    assert first["title"] == "Reparateur"  # the soonest deadline
    assert first["poster_url"] == first["url"] + "poster/"


def test_api_errors_are_translated(client, partner_data):
    dutch = client.get("/api/v1/openings/?kind=x").json()
    english = client.get("/api/v1/openings/?kind=x&language=en").json()
    assert dutch["error"] == "Sommige parameters zijn niet geldig."
    assert english["error"] == "Some parameters are not valid."
    assert list(english["errors"]) == ["kind"]


def test_old_api_address_redirects_with_its_query(client, partner_data):
    response = client.get("/nl/vacatures/api/?kind=paid")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/openings/?kind=paid&language=nl"
    assert response["Access-Control-Allow-Origin"] == "*"
