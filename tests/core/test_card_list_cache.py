"""Lists of cards cached per generation (`core.page_cache.cached_list`), with the page cache off,
and the rendering shortcuts that keep an uncached page lean: image filters parsed once, a
routed page's renditions loaded with it, filter choices cached per day."""

import datetime
from unittest import mock

from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.images.image_operations import Operation
from wagtail.images.models import AbstractImage
from wagtail.models import Site

import pytest

pytestmark = pytest.mark.django_db


def _home():
    return Site.objects.get(is_default_site=True).root_page.specific


def _queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def _story_index():
    from stories.models import StoryIndexPage

    return StoryIndexPage.objects.live().filter(locale__language_code="nl").first()


def test_home_sections_are_built_once_and_fresh_after_a_publish(client, settings, demo_content):
    from stories.factories import StoryPageFactory

    settings.PAGE_CACHE_SECONDS = 0
    home = _home().url
    client.get(home)
    cached, _ = _queries(client, home)
    settings.CARD_LIST_CACHE_SECONDS = 0
    built, _ = _queries(client, home)
    settings.CARD_LIST_CACHE_SECONDS = 3600
    # Four sections: each costs queries when built, none when cached.
    assert built - cached >= 8

    now = timezone.now() + datetime.timedelta(minutes=1)
    story = StoryPageFactory(
        parent=_story_index(),
        title="Een heel nieuw verhaal",
        slug="heel-nieuw",
        first_published_at=now,
        last_published_at=now,
    )
    story.save_revision().publish()  # as the admin does: a new generation
    _, html = _queries(client, home)
    assert "Een heel nieuw verhaal" in html


def test_each_language_has_its_own_cached_sections(client, settings, demo_content):
    settings.PAGE_CACHE_SECONDS = 0
    dutch = client.get("/nl/").content.decode()
    english = client.get("/en/").content.decode()
    assert 'lang="nl"' in dutch
    assert "Stories" in english
    assert "Verhalen" not in english.split("<main", 1)[1]


def test_a_picture_tag_parses_its_filters_once(demo_content):
    from wagtail.images import get_image_model

    image = get_image_model().objects.first()
    template = Template(
        "{% load wagtailimages_tags %}{% picture image format-{webp,jpeg} fill-{80x80,160x160} %}"
    )
    html = template.render(Context({"image": image}))
    with mock.patch.object(Operation, "__init__", side_effect=AssertionError("parsed again")):
        again = template.render(Context({"image": image}))
    assert again == html
    assert "fill-80x80" in html


def test_a_routed_page_finds_its_own_renditions_without_a_lookup(client, settings, demo_content):
    """The hero, the share image and the people's photos come with the page: Wagtail never
    falls back to its cache (and writes it back) for them."""
    from stories.models import StoryPage

    settings.PAGE_CACHE_SECONDS = 0
    story = (
        StoryPage.objects.live()
        .filter(locale__language_code="nl", hero_image__isnull=False, people__isnull=False)
        .first()
    )
    client.get(story.url)
    looked_up = []
    original = AbstractImage.find_existing_renditions

    def spy(image, *filters):
        if image._get_prefetched_renditions() is None:
            looked_up.append((image.pk, [f.spec for f in filters]))
        return original(image, *filters)

    with mock.patch.object(AbstractImage, "find_existing_renditions", spy):
        response = client.get(story.url)
    assert response.status_code == 200
    assert b"<picture" in response.content
    assert looked_up == []


def test_filter_choices_follow_the_day_of_a_persons_consent(client, settings, demo_content):
    """The story index's filters are cached per generation and per day: someone whose consent
    ends today is offered today and not tomorrow, with nothing published in between."""
    from stories.models import Person, StoryPage

    settings.PAGE_CACHE_SECONDS = 0
    index = _story_index()
    story = StoryPage.objects.live().child_of(index).first()
    today = timezone.localdate()
    person = Person.objects.create(
        name="Tijdelijk Zichtbaar",
        slug="tijdelijk-zichtbaar",
        locale=index.locale,
        consent_given_on=today - datetime.timedelta(days=30),
        consent_ends_on=today,
    )
    story.people.add(person)
    story.save_revision().publish()
    assert "Tijdelijk Zichtbaar" in client.get(index.url).content.decode()
    tomorrow = today + datetime.timedelta(days=1)
    with mock.patch("django.utils.timezone.localdate", return_value=tomorrow):
        html = client.get(index.url).content.decode()
    assert "Tijdelijk Zichtbaar" not in html
