import datetime
import io
import json

from django.core.management import call_command
from django.utils import timezone

import pytest

from stories.factories import StorySubmissionFactory
from stories.models import StorySubmission

pytestmark = pytest.mark.django_db


def test_export_and_erase_story_submissions(locales):
    StorySubmissionFactory(email="Kees@Example.nl", phone="")
    StorySubmissionFactory(email="", phone="06 1234 5678", name="Amina")
    StorySubmissionFactory(email="ander@example.nl")
    out = io.StringIO()
    call_command("export_personal_data", "kees@example.nl", stdout=out)
    records = json.loads(out.getvalue())["records"]["story submissions"]
    assert [r["name"] for r in records] == ["Kees"]
    out = io.StringIO()
    call_command("export_personal_data", "+31612345678", stdout=out)
    assert json.loads(out.getvalue())["records"]["story submissions"][0]["name"] == "Amina"
    call_command("erase_personal_data", "kees@example.nl", "--yes", stdout=io.StringIO())
    assert set(StorySubmission.objects.values_list("email", flat=True)) == {
        "",
        "ander@example.nl",
    }


def test_purge_old_submissions_without_a_story(story_indexes, admin_user):
    old = timezone.now() - datetime.timedelta(days=400)
    gone = StorySubmissionFactory(created_at=old)
    kept_story = StorySubmissionFactory(created_at=old)
    kept_story.make_draft_story(user=admin_user)
    kept_published = StorySubmissionFactory(created_at=old, status=StorySubmission.Status.PUBLISHED)
    recent = StorySubmissionFactory()
    call_command("purge_story_submissions", stdout=io.StringIO())
    remaining = set(StorySubmission.objects.values_list("pk", flat=True))
    assert remaining == {kept_story.pk, kept_published.pk, recent.pk}
    assert gone.pk not in remaining
