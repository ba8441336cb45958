"""Personal data the stories section stores: story submissions, the editors' notes on them and
the draft stories made from them (see core.personal_data).

Erasing a submission also handles the story made from it (``StorySubmission.make_draft_story``):

* never published in any language: the draft and its translations are deleted with their
  revisions, their wagtail-localize sources and strings, and their admin history is neutralised;
* published (the storyteller published it with the resident's consent): the story stays, as the
  editor's work and the subject of the people's own consent records, but the drafts made before
  its first publication (the resident's own text and the working title with their first name)
  are deleted, and the history of that time is neutralised. The submission link goes with the
  submission.
"""

import json

from django.db import transaction
from django.db.models import Q

from core.personal_data import MentionsIn, erased_text, neutralise_log_entries


def _own(identifier):
    from stories.models import StorySubmission

    return StorySubmission.objects.for_contact(identifier).select_related("story")


def _versions(story):
    """The story in every language."""
    from stories.models import StoryPage

    return list(StoryPage.objects.filter(translation_key=story.translation_key))


def _delete_draft(pages):
    from wagtail_localize.models import String, StringSegment, TranslatableObject

    key = pages[0].translation_key
    string_ids = set(
        StringSegment.objects.filter(source__object_id=key).values_list("string_id", flat=True)
    )
    page_ids = [page.pk for page in pages]
    for page in pages:
        page.delete()
    TranslatableObject.objects.filter(translation_key=key).delete()
    String.objects.filter(pk__in=string_ids).exclude(
        pk__in=StringSegment.objects.values("string_id")
    ).delete()
    neutralise_log_entries(page_ids=page_ids)


def _strip_drafts(pages):
    """Delete the revisions made before each version was first published, and neutralise the
    history of that time (and later entries, such as a rename, that quote a draft's title)."""
    from wagtail.models import PageLogEntry

    for page in pages:
        if page.first_published_at is None:
            continue
        keep = [pk for pk in (page.live_revision_id, page.latest_revision_id) if pk]
        drafts = page.revisions.filter(created_at__lt=page.first_published_at).exclude(pk__in=keep)
        titles = {revision.content.get("title") for revision in drafts} - {None, "", page.title}
        drafts.delete()
        entries = PageLogEntry.objects.filter(page_id=page.pk)
        quoting = [
            entry.pk
            for entry in entries.filter(timestamp__gte=page.first_published_at)
            if any(title in json.dumps(entry.data, ensure_ascii=False) for title in titles)
        ]
        entries.filter(
            Q(timestamp__lt=page.first_published_at) | Q(pk__in=quoting) | Q(label__in=titles)
        ).update(label=erased_text(), data={})


class StorySubmissions:
    label = "story submissions"

    def export(self, identifier):
        return [
            {
                "id": s.pk,
                "name": s.name,
                "email": s.email,
                "phone": s.phone,
                "neighbourhood": s.neighbourhood,
                "about": s.about,
                "consent_at": s.consent_at.isoformat() if s.consent_at else None,
                "received": s.created_at.isoformat(),
                "status": s.status,
                "editors_notes": s.notes,
                "story": ({"title": s.story.title, "live": s.story.live} if s.story_id else None),
            }
            for s in _own(identifier)
        ]

    @transaction.atomic
    def erase(self, identifier):
        submissions = list(_own(identifier))
        for submission in submissions:
            if submission.story_id is None:
                continue
            pages = _versions(submission.story)
            if any(page.first_published_at for page in pages):
                _strip_drafts(pages)
            else:
                _delete_draft(pages)
        neutralise_log_entries(submissions)
        for submission in submissions:
            submission.delete()
        return len(submissions)


# Other people's story submissions (their text, the editors' notes) naming this person.
MENTIONS = MentionsIn(
    "mentions in other story submissions and editors' notes",
    ("stories.StorySubmission", ("about", "notes")),
)


PROVIDERS = [StorySubmissions(), MENTIONS]
