"""The finder and the initiative index run the same number of queries for few and many items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from core.factories import ThemeFactory
from initiatives.factories import (
    InitiativePageFactory,
    InitiativePartnerFactory,
    OpeningPageFactory,
    PartnerPageFactory,
)

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_openings(tree, theme, n):
    for i in range(n):
        initiative = InitiativePageFactory(parent=tree["index"], place=f"Wijk {i % 3}")
        initiative.themes.add(theme)
        initiative.save()
        opening = OpeningPageFactory(parent=initiative, kind="paid" if i % 2 else "volunteer")
        opening.themes.add(theme)
        opening.save()


@pytest.mark.parametrize("query", ["", "?kind=volunteer&theme=groen&sort=nieuwste"])
def test_finder_queries_do_not_grow(client, tree, locales, query):
    theme = ThemeFactory(slug="groen", name="Groen", locale=locales["nl"])
    url = tree["finder"].url + query
    add_openings(tree, theme, 2)
    client.get(url)  # warm caches (site, settings)
    few = count_queries(client, url)
    add_openings(tree, theme, 20)
    many = count_queries(client, url)
    assert many == few


@pytest.mark.parametrize("query", ["", "?theme=groen&partner=spectrum"])
def test_initiative_index_queries_do_not_grow(client, tree, locales, query):
    theme = ThemeFactory(slug="groen", name="Groen", locale=locales["nl"])
    partner = PartnerPageFactory(parent=tree["partners"], slug="spectrum")
    url = tree["index"].url + query

    def add(n):
        add_openings(tree, theme, n)
        for initiative in tree["index"].get_children().specific():
            if not initiative.partner_links.exists():
                InitiativePartnerFactory(initiative=initiative, partner=partner)

    add(2)
    client.get(url)
    few = count_queries(client, url)
    add(20)
    many = count_queries(client, url)
    assert many == few
