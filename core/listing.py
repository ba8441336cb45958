"""Helpers for lists of page cards that keep the number of queries flat."""

from django.db.models import F, prefetch_related_objects

from wagtail.images import get_image_model
from wagtail.models import Page


def with_listing_images(pages):
    """Load every image a card of these pages can show, with renditions, in two queries.

    Page types name their image fields in ``listing_image_fields``; the images are attached
    so ``page.get_listing_image()`` and ``{% image %}`` need no further queries. What else a
    card shows (a place, an author, files) they name in ``listing_prefetch``: lookups for
    ``prefetch_related_objects``, one query each for all cards of that type.
    """
    pages = list(pages)
    by_type = {}
    for page in pages:
        by_type.setdefault(type(page), []).append(page)
    for model, group in by_type.items():
        lookups = getattr(model, "listing_prefetch", ())
        if lookups:
            prefetch_related_objects(group, *lookups)
    wanted = {}
    for page in pages:
        for field_name in getattr(page, "listing_image_fields", ()):
            image_id = getattr(page, f"{field_name}_id", None)
            if image_id:
                wanted.setdefault(image_id, []).append((page, field_name))
    if wanted:
        images = get_image_model().objects.filter(pk__in=wanted).prefetch_renditions()
        for image in images:
            for page, field_name in wanted[image.pk]:
                setattr(page, field_name, image)
    return pages


def specific_pages(queryset):
    """The specific pages of ``queryset`` in its order, with their card images loaded."""
    return with_listing_images(queryset.specific())


def live_children(index_page, count=None, descendants=False):
    """The newest live, public pages under ``index_page`` (in its own language)."""
    pages = Page.objects.live().public().filter(locale_id=index_page.locale_id)
    pages = pages.descendant_of(index_page) if descendants else pages.child_of(index_page)
    pages = pages.order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    if count:
        pages = pages[:count]
    return specific_pages(pages)
