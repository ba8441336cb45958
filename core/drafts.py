"""Drafts that were never published do not hold on to their slug.

Wagtail 7.4 autosaves the page editor: a few seconds after an editor starts typing a new page,
the page exists as a draft whose slug comes from the title. Close the tab, start again with the
same title, and the new page is refused ("The slug ... is already in use"), by a draft nobody
is editing any more. A page that was never published has no address readers know, so its slug
may move: before a new or renamed page is validated, a never-published sibling that holds the
wanted slug and that no other editor has open gets a neutral slug of its own
(``<slug>-concept-<id>`` in Dutch). Its content, revisions and history stay; it can still be
found in the page explorer, be finished or be deleted. Pages that were ever live keep their
slug.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import pgettext

from wagtail.admin.models import EditingSession
from wagtail.models import Page


def _open_elsewhere(page, user):
    """Whether another editor has had ``page`` open in the last minutes."""
    content_types = {page.content_type_id, ContentType.objects.get_for_model(Page).pk}
    recent = timezone.now() - EditingSession.IDLE_TIMEOUT
    sessions = EditingSession.objects.filter(
        content_type_id__in=content_types, object_id=str(page.pk), last_seen_at__gte=recent
    )
    if user is not None and user.is_authenticated:
        sessions = sessions.exclude(user=user)
    return sessions.exists()


def release_abandoned_slug(parent, slug, user=None, page=None):
    """Give a never-published sibling that holds ``slug`` under ``parent`` (not ``page``
    itself, not one another editor has open) a neutral slug; returns the pages moved."""
    if parent is None or not slug:
        return []
    siblings = parent.get_children().filter(slug=slug, live=False, first_published_at=None)
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    moved = []
    for draft in siblings:
        if _open_elsewhere(draft, user):
            continue
        suffix = slugify(pgettext("slug suffix of an abandoned draft", "draft"))
        draft = draft.specific
        draft.slug = f"{slug}-{suffix}-{draft.pk}"[: Page._meta.get_field("slug").max_length]
        draft.save(clean=False, update_fields=["slug", "url_path"])
        revision = draft.latest_revision
        if revision is not None and revision.content.get("slug") == slug:
            revision.content["slug"] = draft.slug
            revision.save(update_fields=["content"])
        moved.append(draft)
    return moved
