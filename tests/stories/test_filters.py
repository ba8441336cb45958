import re

import pytest

from stories.factories import StoryPageFactory

from .conftest import make_story

pytestmark = pytest.mark.django_db


def titles(response):
    html = response.content.decode()
    return set(re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html))


def get(client, index, query=""):
    response = client.get(index.url + query)
    assert response.status_code == 200
    return response


def test_index_lists_all_live_stories_newest_first(client, story_indexes, stories):
    draft = StoryPageFactory(parent=story_indexes["nl"], title="Concept", live=False)
    response = get(client, story_indexes["nl"])
    assert titles(response) == {"De school", "De schuld", "Het repair café", "Koffie"}
    assert draft.title not in response.content.decode()
    order = [p.title for p in response.context["page_obj"].object_list]
    assert order == ["Koffie", "Het repair café", "De schuld", "De school"]


def test_filter_by_theme(client, story_indexes, stories):
    response = get(client, story_indexes["nl"], "?theme=armoede-en-schulden")
    assert titles(response) == {"De schuld", "Het repair café"}


def test_filter_by_tag(client, story_indexes, stories):
    response = get(client, story_indexes["nl"], "?tag=schulden")
    assert titles(response) == {"De schuld", "Koffie"}


def test_filter_by_place(client, story_indexes, stories):
    response = get(client, story_indexes["nl"], "?place=presikhaaf")
    assert titles(response) == {"Het repair café", "Koffie"}


def test_filter_by_person(client, story_indexes, stories):
    response = get(client, story_indexes["nl"], "?person=henk")
    assert titles(response) == {"De school", "Het repair café"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?theme=zorg-en-welzijn&place=presikhaaf", {"Het repair café", "Koffie"}),
        ("?theme=zorg-en-welzijn&place=presikhaaf&person=henk", {"Het repair café"}),
        ("?tag=schulden&place=geitenkamp", {"De schuld"}),
        (
            "?theme=armoede-en-schulden&tag=hergebruik&person=henk&place=presikhaaf",
            {"Het repair café"},
        ),
    ],
)
def test_filters_combine(client, story_indexes, stories, query, expected):
    assert titles(get(client, story_indexes["nl"], query)) == expected


def test_no_results_state(client, story_indexes, stories):
    response = get(client, story_indexes["nl"], "?tag=hergebruik&place=geitenkamp")
    assert titles(response) == set()
    html = response.content.decode()
    assert 'class="empty-state"' in html
    assert response.context["result_count"] == 0


def test_unknown_values_do_not_filter_and_do_not_fail(client, story_indexes, stories):
    response = get(client, story_indexes["nl"], "?theme=bestaat-niet&person=%3Cscript%3E")
    assert len(titles(response)) == 4
    assert "<script>" not in response.content.decode().split("<main", 1)[1].split("ld+json")[0]


def test_filter_choices_only_offer_what_is_used(client, story_indexes, stories):
    form = get(client, story_indexes["nl"]).context["filter_form"]
    assert [c[0] for c in form.fields["place"].choices] == ["", "geitenkamp", "presikhaaf"]
    assert {c[0] for c in form.fields["tag"].choices} == {
        "",
        "schoolgebouw",
        "schulden",
        "hergebruik",
    }


def test_filter_form_is_a_get_form_that_keeps_choices(client, story_indexes, stories):
    html = get(client, story_indexes["nl"], "?place=presikhaaf").content.decode()
    assert 'method="get"' in html
    assert re.search(r'<option value="presikhaaf" selected>', html)


def test_pagination_keeps_filters_and_rejects_bad_pages(client, story_indexes, catalogue):
    index = story_indexes["nl"]
    index.per_page = 2
    index.save_revision().publish()
    for n in range(5):
        make_story(index, title=f"Zorg {n}", themes=[catalogue["themes"]["care"]])
    make_story(index, title="Anders")
    response = get(client, index, "?theme=zorg-en-welzijn")
    assert response.context["result_count"] == 5
    assert "theme=zorg-en-welzijn&amp;page=2" in response.content.decode()
    assert len(titles(get(client, index, "?theme=zorg-en-welzijn&page=3"))) == 1
    assert client.get(index.url + "?page=9").status_code == 404
    assert client.get(index.url + "?page=abc").status_code == 404


def test_each_language_lists_its_own_stories(client, story_indexes, stories, translate, locales):
    school_en = translate(stories["school"], locales["en"], title="The school")
    response = get(client, story_indexes["en"])
    assert titles(response) == {"The school"}
    # The English filter offers the English theme, and filters by it.
    form = response.context["filter_form"]
    assert ("care-and-wellbeing", "Care and wellbeing") in form.fields["theme"].choices
    assert titles(get(client, story_indexes["en"], "?theme=care-and-wellbeing")) == {
        school_en.title
    }
