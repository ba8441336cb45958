"""An abandoned draft (Wagtail's autosave makes one as soon as the editor types) never blocks
the slug of the next attempt; a page that was ever live keeps its slug."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.models import EditingSession
from wagtail.models import Page

import pytest

from stories.factories import StoryPageFactory
from stories.models import StoryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("redactie", "r@example.nl", "pw")
    client.force_login(user)
    return user


def autosave_new_story(client, index, title, slug):
    """What the editor's autosave posts: a new story page saved as a draft (JSON)."""
    url = reverse("wagtailadmin_pages:add", args=["stories", "storypage", index.pk])
    data = {
        "title": title,
        "slug": slug,
        "lede": "Een begin.",
        "publication_date": "2026-12-01",
        "body-count": "0",
        "tags": "",
        "hero_image_alt": "",
        **{
            f"{name}-{key}": value
            for name in ("related_links", "initiative_links", "comments")
            for key, value in (
                ("TOTAL_FORMS", "0"),
                ("INITIAL_FORMS", "0"),
                ("MIN_NUM_FORMS", "0"),
                ("MAX_NUM_FORMS", "1000"),
            )
        },
    }
    return client.post(url, data, HTTP_ACCEPT="application/json")


def test_second_attempt_is_not_blocked_by_the_abandoned_draft(client, editor, story_indexes):
    index = story_indexes["nl"]
    first = autosave_new_story(client, index, "De moestuin", "de-moestuin")
    assert first.status_code == 200, first.content
    orphan = StoryPage.objects.get(pk=first.json()["pk"])
    assert orphan.slug == "de-moestuin" and not orphan.live

    # The editor closed the tab and starts again with the same title.
    second = autosave_new_story(client, index, "De moestuin", "de-moestuin")
    assert second.status_code == 200, second.content
    new = StoryPage.objects.get(pk=second.json()["pk"])
    assert new.slug == "de-moestuin"
    orphan.refresh_from_db()
    assert orphan.slug == f"de-moestuin-concept-{orphan.pk}"
    assert orphan.url_path.endswith(f"/de-moestuin-concept-{orphan.pk}/")
    assert orphan.latest_revision.content["slug"] == orphan.slug  # publishing keeps it


def test_a_published_page_keeps_its_slug(client, editor, story_indexes):
    index = story_indexes["nl"]
    live = StoryPageFactory(parent=index, slug="de-moestuin", title="De moestuin")
    live.save_revision().publish()
    refused = autosave_new_story(client, index, "De moestuin", "de-moestuin")
    assert refused.status_code == 400
    live.refresh_from_db()
    assert live.slug == "de-moestuin"


def test_a_draft_another_editor_has_open_keeps_its_slug(client, editor, story_indexes):
    index = story_indexes["nl"]
    other = get_user_model().objects.create_user("sanne", "s@example.nl", "pw")
    draft = StoryPageFactory(parent=index, slug="de-moestuin", title="De moestuin", live=False)
    Page.objects.filter(pk=draft.pk).update(first_published_at=None, live=False)
    EditingSession.objects.create(
        user=other,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(draft.pk),
        last_seen_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    refused = autosave_new_story(client, index, "De moestuin", "de-moestuin")
    assert refused.status_code == 400
    draft.refresh_from_db()
    assert draft.slug == "de-moestuin"
