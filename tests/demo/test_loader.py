"""The demo loader: the data files build the whole site, and loading them again changes
nothing."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

import pytest

from demo.data import FILES, read

pytestmark = pytest.mark.django_db

SNIPPETS = [
    "core.Theme",
    "core.NavigationMenu",
    "core.Footer",
    "stories.Person",
    "stories.Place",
    "stories.StorySubmission",
    "initiatives.Response",
    "instruments.AudienceGroup",
]


def model(label):
    return apps.get_model(label)


def snapshot():
    return {
        "pages": sorted(
            Page.objects.values_list("url_path", "locale__language_code", "live", "translation_key")
        ),
        "revisions": Revision.objects.count(),
        "images": sorted(get_image_model().objects.values_list("title", "file")),
        "documents": sorted(get_document_model().objects.values_list("title", "file")),
        "snippets": {label: model(label).objects.count() for label in SNIPPETS},
        "menus": [list(m.items.raw_data) for m in model("core.NavigationMenu").objects.all()],
        "users": get_user_model().objects.count(),
    }


def test_the_demo_builds_every_page_in_both_languages(demo_content):
    state = snapshot()
    pages = [(path, language) for path, language, _live, _key in state["pages"]]
    assert len([p for p in pages if p[1] == "nl"]) - 1 == len([p for p in pages if p[1] == "en"])
    assert ("/home/verhalen/marja-schulden/", "nl") in pages
    assert ("/home-en/stories/marja-debt/", "en") in pages
    assert all(live for _path, _language, live, _key in state["pages"])
    assert state["snippets"]["core.Theme"] == 12  # six themes, in two languages
    assert len(state["images"]) == 45 and len(state["documents"]) == 12
    assert get_user_model().objects.filter(username="redactie", is_superuser=True).exists()
    assert apps.get_model("auth", "Group").objects.filter(name="Verhalenverteller").exists()


def test_every_page_in_the_data_files_exists(demo_content):
    for name in FILES:
        for entry in read(name).get("pages", []):
            parent = entry["parent"]
            path = f"/{parent}/{entry['slug']}/" if parent else f"/{entry['slug']}/"
            page = Page.objects.get(url_path=path, locale__language_code="nl")
            assert page.specific_class is model(entry["model"])
            assert page.get_translation_or_none(
                apps.get_model("wagtailcore", "Locale").objects.get(language_code="en")
            )


def test_loading_twice_changes_nothing(demo_content):
    first = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == first


def test_child_rows_keep_the_order_of_the_data(demo_content):
    """Rows under a page (partners, files, links) are numbered as the data lists them: without
    numbers PostgreSQL may return them in any order, on the site and to a second load."""
    from modelcluster.models import get_all_child_relations

    checked = 0
    for page_model in {type(page) for page in Page.objects.specific()}:
        for relation in get_all_child_relations(page_model):
            row_model = relation.related_model
            order_field = getattr(row_model, "sort_order_field", None)
            if not order_field or not row_model.objects.exists():
                continue
            assert not row_model.objects.filter(**{f"{order_field}__isnull": True}).exists(), (
                row_model
            )
            checked += 1
    assert checked >= 3
