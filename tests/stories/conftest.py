import pytest

from core.factories import ThemeFactory, ThemeIndexPageFactory
from stories.factories import (
    PersonFactory,
    PlaceFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
    StorySubmissionPageFactory,
)


@pytest.fixture
def story_indexes(home_pages, translate, locales):
    index_nl = StoryIndexPageFactory(parent=home_pages["nl"])
    index_en = translate(index_nl, locales["en"], title="Stories", slug="stories")
    return {"nl": index_nl, "en": index_en}


@pytest.fixture
def submission_page(story_indexes, translate, locales):
    page = StorySubmissionPageFactory(parent=story_indexes["nl"])
    translate(page, locales["en"], title="Tell your story", slug="tell-your-story")
    return page


@pytest.fixture
def theme_index(home_pages, translate, locales):
    index = ThemeIndexPageFactory(parent=home_pages["nl"])
    translate(index, locales["en"], title="Themes", slug="themes")
    return index


@pytest.fixture
def catalogue(locales):
    """Themes, places and people in Dutch with English translations."""
    debt = ThemeFactory(name="Armoede en schulden", slug="armoede-en-schulden")
    care = ThemeFactory(name="Zorg en welzijn", slug="zorg-en-welzijn")
    debt_en = debt.copy_for_translation(locales["en"])
    debt_en.name, debt_en.slug = "Poverty and debt", "poverty-and-debt"
    debt_en.save()
    care_en = care.copy_for_translation(locales["en"])
    care_en.name, care_en.slug = "Care and wellbeing", "care-and-wellbeing"
    care_en.save()
    geitenkamp = PlaceFactory(name="Geitenkamp", slug="geitenkamp")
    presikhaaf = PlaceFactory(name="Presikhaaf", slug="presikhaaf")
    places_en = {}
    for place in (geitenkamp, presikhaaf):
        translation = place.copy_for_translation(locales["en"])
        translation.save()
        places_en[place.slug] = translation
    henk = PersonFactory(name="Henk", slug="henk")
    marja = PersonFactory(name="Marja", slug="marja", is_pseudonym=True)
    people_en = {}
    for person in (henk, marja):
        translation = person.copy_for_translation(locales["en"])
        translation.save()
        people_en[person.slug] = translation
    return {
        "themes": {"debt": debt, "care": care, "debt_en": debt_en, "care_en": care_en},
        "places": {
            "geitenkamp": geitenkamp,
            "presikhaaf": presikhaaf,
            **{f"{k}_en": v for k, v in places_en.items()},
        },
        "people": {"henk": henk, "marja": marja, **{f"{k}_en": v for k, v in people_en.items()}},
    }


def make_story(index, *, themes=(), tags=(), place=None, people=(), **fields):
    story = StoryPageFactory(parent=index, place=place, **fields)
    story.themes.set(themes)
    story.people.set(people)
    if tags:
        story.tags.add(*tags)
    story.save_revision().publish()
    return story


@pytest.fixture
def stories(story_indexes, catalogue):
    """Four Dutch stories with different themes, tags, places and people."""
    index = story_indexes["nl"]
    t, p, pp = catalogue["themes"], catalogue["places"], catalogue["people"]
    return {
        "school": make_story(
            index,
            title="De school",
            themes=[t["care"]],
            tags=["schoolgebouw"],
            place=p["geitenkamp"],
            people=[pp["henk"]],
        ),
        "debt": make_story(
            index,
            title="De schuld",
            themes=[t["debt"]],
            tags=["schulden"],
            place=p["geitenkamp"],
            people=[pp["marja"]],
        ),
        "repair": make_story(
            index,
            title="Het repair café",
            themes=[t["care"], t["debt"]],
            tags=["hergebruik"],
            place=p["presikhaaf"],
            people=[pp["henk"]],
        ),
        "coffee": make_story(
            index,
            title="Koffie",
            themes=[t["care"]],
            tags=["schulden"],
            place=p["presikhaaf"],
            people=[],
        ),
    }


@pytest.fixture
def form_target():
    return "story-submission"
