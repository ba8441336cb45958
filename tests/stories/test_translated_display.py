"""An English story shows the English versions of its people and place, consent covers the
name, and the share preview is an article with the page's own alt text."""

import datetime

from django.urls import reverse
from django.utils import translation

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from stories.models import StoryPage

from .conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def story_pair(story_indexes, catalogue, locales, translate):
    henk, henk_en = catalogue["people"]["henk"], catalogue["people"]["henk_en"]
    henk.bio = "Henk woont al veertig jaar in de Geitenkamp."
    henk.save()
    henk_en.bio = "Henk has lived in the Geitenkamp for forty years."
    henk_en.save()
    place_en = catalogue["places"]["geitenkamp_en"]
    place_en.name = "Geitenkamp district"
    place_en.save()
    image = Image.objects.create(title="Koffie", file=get_test_image_file())
    image.description = "Twee buren drinken koffie aan tafel"
    image.save()
    story = make_story(
        story_indexes["nl"],
        title="Koffie met Henk",
        people=[henk],
        place=catalogue["places"]["geitenkamp"],
        hero_image=image,
        hero_image_alt="Henk schenkt koffie in",
    )
    # As wagtail-localize copies it: the English page still names the Dutch person and place.
    english = translate(
        story, locales["en"], title="Coffee with Henk", hero_image_alt="Henk pours coffee"
    )
    assert english.people.get().pk == henk.pk
    return story, english


def test_english_story_shows_the_english_bio_and_place(client, story_pair):
    _story, english = story_pair
    html = client.get(english.url).content.decode()
    assert "Henk has lived in the Geitenkamp for forty years." in html
    assert "Henk woont al veertig jaar" not in html
    assert "Geitenkamp district" in html


def test_share_preview_is_an_article_with_the_pages_alt_text(client, story_pair):
    story, english = story_pair
    html_en = client.get(english.url).content.decode()
    assert '<meta property="og:type" content="article">' in html_en
    assert '<meta property="og:image:alt" content="Henk pours coffee">' in html_en
    assert "Twee buren drinken koffie" not in html_en
    html_nl = client.get(story.url).content.decode()
    assert '<meta property="og:image:alt" content="Henk schenkt koffie in">' in html_nl


def test_person_without_lasting_consent_is_not_named(client, story_pair):
    story, english = story_pair
    henk = story.people.get()
    henk.consent_ends_on = datetime.date.today() - datetime.timedelta(days=1)
    henk.save()
    for page in (story, english):
        html = client.get(page.url).content.decode()
        assert 'id="people-heading"' not in html
        assert 'class="person__name"' not in html
    assert StoryPage.objects.get(pk=story.pk).json_ld_authors() == []


def test_tags_are_searchable(client, stories):
    with translation.override("nl"):
        url = reverse("core:search")
    response = client.get(url, {"q": "hergebruik"})
    assert response.status_code == 200
    assert "Het repair café" in response.content.decode()
