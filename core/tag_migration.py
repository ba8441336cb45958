"""Moving a page type's tags from taggit's one shared ``Tag`` to ``core.Tag`` (per language).

Used by the data migrations of stories, blog and instruments, on historical models only. Each
old tag becomes a tag in the language of every page that used it; where Dutch and English pages
shared one old tag, the English tag is made the translation of the Dutch one (same name and
translation key) for the translator to translate later. Stored revisions are pointed at the new
tags too, so drafts and history open with the right tags.
"""

import uuid


def move_tags(apps, app_label, page_model_name, through_name):
    Through = apps.get_model(app_label, through_name)
    Page = apps.get_model(app_label, page_model_name)
    NewTag = apps.get_model("core", "Tag")
    OldTag = apps.get_model("taggit", "Tag")
    Locale = apps.get_model("wagtailcore", "Locale")
    default_locale = Locale.objects.order_by("pk").first()
    page_locales = dict(Page.objects.values_list("pk", "locale_id"))
    keys = {}  # old tag id -> translation key shared by its languages
    new_ids = {}  # (old tag id, locale id) -> new tag id
    for item in Through.objects.all():
        locale_id = page_locales.get(item.content_object_id) or default_locale.pk
        key = (item.tag_id, locale_id)
        if key not in new_ids:
            old = OldTag.objects.get(pk=item.tag_id)
            tag = NewTag.objects.filter(locale_id=locale_id, name__iexact=old.name).first()
            if tag is None:
                tag = NewTag.objects.create(
                    name=old.name,
                    slug=old.slug,
                    locale_id=locale_id,
                    translation_key=keys.setdefault(item.tag_id, uuid.uuid4()),
                )
            new_ids[key] = tag.pk
        item.new_tag_id = new_ids[key]
        item.save(update_fields=["new_tag"])
    _point_revisions(apps, app_label, page_model_name, page_locales, new_ids)


def _point_revisions(apps, app_label, page_model_name, page_locales, new_ids):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    content_type = ContentType.objects.filter(
        app_label=app_label, model=page_model_name.lower()
    ).first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        items = (revision.content or {}).get("tagged_items") or []
        locale_id = page_locales.get(int(revision.object_id))
        changed = False
        for item in items:
            new_id = new_ids.get((item.get("tag"), locale_id))
            if new_id is not None and new_id != item.get("tag"):
                item["tag"] = new_id
                changed = True
        if changed:
            revision.save(update_fields=["content"])
