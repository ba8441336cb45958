"""How the sections come together: theme page order and the demo navigation."""

from django.utils import translation

import pytest

from core.models import NavigationMenu, theme_page_models


def test_theme_pages_put_stories_first_then_ways_to_join_in():
    names = [model.__name__ for model in theme_page_models()]
    assert names[:5] == ["StoryPage", "OpeningPage", "InitiativePage", "BlogPage", "InstrumentPage"]
    assert "HomePage" not in names


@pytest.mark.django_db
def test_demo_navigation_reads_in_the_order_a_visitor_needs(demo_content):
    menus = {m.locale.language_code: m for m in NavigationMenu.objects.select_related("locale")}
    with translation.override("nl"):
        dutch = [block.value.text() for block in menus["nl"].items]
    assert dutch == [
        "Verhalen",
        "Doe mee",
        "Initiatieven",
        "Instrumenten",
        "Thema's",
        "Blog",
        "Over het wijkbedrijf",
        "Partners",
        "Contact",
    ]
    with translation.override("en"):
        english = [block.value.text() for block in menus["en"].items]
    assert english[:3] == ["Stories", "Join in", "Initiatives"]
