"""The story index and a theme page issue the same number of queries for 5 and 50 stories."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import wagtail_factories

from .conftest import make_story

pytestmark = pytest.mark.django_db


def add_stories(index, catalogue, count, start=0):
    themes = catalogue["themes"]
    places = catalogue["places"]
    people = catalogue["people"]
    for n in range(start, start + count):
        make_story(
            index,
            title=f"Verhaal {n}",
            hero_image=wagtail_factories.ImageFactory(),
            themes=[themes["care"], themes["debt"]],
            tags=["wijk", f"tag-{n % 3}"],
            place=places["geitenkamp" if n % 2 else "presikhaaf"],
            people=[people["henk"], people["marja"]],
        )


def count_queries(client, url):
    client.get(url)  # warm up: renditions are made on the first view
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("query", ["", "?theme=zorg-en-welzijn&place=geitenkamp&person=henk"])
def test_story_index_queries_do_not_grow(client, story_indexes, catalogue, query):
    index = story_indexes["nl"]
    add_stories(index, catalogue, 5)
    with_five, response = count_queries(client, index.url + query)
    assert len(response.context["page_obj"].object_list) >= 2
    add_stories(index, catalogue, 45, start=5)
    with_fifty, response = count_queries(client, index.url + query)
    assert response.context["result_count"] > 5
    assert with_fifty == with_five


def test_theme_page_queries_do_not_grow(client, story_indexes, catalogue, theme_index):
    index = story_indexes["nl"]
    url = "/nl/themas/zorg-en-welzijn/"
    add_stories(index, catalogue, 5)
    with_five, response = count_queries(client, url)
    add_stories(index, catalogue, 45, start=5)
    with_fifty, response = count_queries(client, url)
    assert "Verhaal 49" in response.content.decode()
    assert with_fifty == with_five


def test_story_page_queries_do_not_grow_with_related_stories(client, story_indexes, catalogue):
    index = story_indexes["nl"]
    add_stories(index, catalogue, 3)
    story = make_story(index, title="Hoofdverhaal", themes=[catalogue["themes"]["care"]])
    with_few, _response = count_queries(client, story.url)
    add_stories(index, catalogue, 20, start=3)
    with_many, _response = count_queries(client, story.url)
    assert with_many == with_few
