import datetime

from django.utils import timezone

from wagtail.test.utils import WagtailTestUtils  # noqa: F401

import pytest

from core.models import ThemeIndexPage
from home.models import HomePage
from initiatives.factories import (
    InitiativePageFactory,
    InitiativePartnerFactory,
    OpeningPageFactory,
    PartnerPageFactory,
)
from initiatives.models import (
    InitiativeIndexPage,
    InitiativePage,
    OpeningFinderPage,
    OpeningPage,
    PartnerIndexPage,
    PartnerPage,
)

from .conftest import days

pytestmark = pytest.mark.django_db


def test_page_rules():
    assert OpeningPage.parent_page_types == ["initiatives.InitiativePage"]
    assert InitiativePage.parent_page_types == ["initiatives.InitiativeIndexPage"]
    assert InitiativePage.subpage_types == ["initiatives.OpeningPage"]
    assert OpeningPage.subpage_types == []
    assert PartnerPage.parent_page_types == ["initiatives.PartnerIndexPage"]
    assert OpeningFinderPage.subpage_types == []
    assert OpeningPage.can_create_at(InitiativePage())
    assert not OpeningPage.can_create_at(HomePage())
    assert not InitiativePage.can_create_at(HomePage())
    assert InitiativeIndexPage.can_create_at(HomePage())
    assert not PartnerPage.can_create_at(InitiativeIndexPage())
    for model in (InitiativeIndexPage, OpeningFinderPage, PartnerIndexPage):
        assert not model.show_on_theme_pages
        assert model.max_count_per_parent == 1
    assert not ThemeIndexPage.can_create_at(InitiativePage())


def test_one_index_per_home(tree):
    assert not InitiativeIndexPage.can_create_at(tree["home"])
    assert not OpeningFinderPage.can_create_at(tree["home"])


def test_open_until_deadline_inclusive(tree):
    opening = tree["opening"]
    opening.deadline = days(0)
    assert opening.is_open
    opening.deadline = days(-1)
    assert not opening.is_open
    assert opening.deadline_passed
    assert "deadline" in str(opening.closed_reason())
    opening.deadline = None
    assert opening.is_open


@pytest.mark.parametrize("status", ["filled", "closed"])
def test_filled_or_closed_is_not_open(tree, status):
    opening = tree["opening"]
    opening.status = status
    opening.save()
    assert not opening.is_open
    assert opening.closed_at is not None
    assert not OpeningPage.objects.filter(OpeningPage.open_q(), pk=opening.pk).exists()
    opening.status = "open"
    opening.save()
    assert opening.closed_at is None


def test_open_q_matches_is_open(tree):
    initiative = tree["initiative"]
    cases = [
        OpeningPageFactory(parent=initiative, deadline=days(3)),
        OpeningPageFactory(parent=initiative, deadline=days(-3)),
        OpeningPageFactory(parent=initiative, deadline=None),
        OpeningPageFactory(parent=initiative, status="filled"),
        OpeningPageFactory(parent=initiative, status="closed", deadline=days(9)),
    ]
    open_ids = set(OpeningPage.objects.filter(OpeningPage.open_q()).values_list("pk", flat=True))
    for opening in cases:
        assert (opening.pk in open_ids) == opening.is_open


def test_status_is_shared_with_translations(tree, locales, translate):
    opening = tree["opening"]
    english = translate(opening, locales["en"], title="Energy coach")
    opening.status = "filled"
    opening.save()
    english.refresh_from_db()
    assert english.status == "filled"
    assert not english.is_open


def test_draft_status_does_not_close_translations(tree, locales, translate):
    opening = tree["opening"]
    english = translate(opening, locales["en"], title="Energy coach")
    opening.status = "filled"
    opening.save_revision()  # a draft, not published
    english.refresh_from_db()
    assert english.status == "open"
    assert OpeningPage.objects.get(pk=opening.pk).status == "open"


def test_open_openings_of_initiative(tree):
    initiative = tree["initiative"]
    closed = OpeningPageFactory(parent=initiative, deadline=days(-1))
    soon = OpeningPageFactory(parent=initiative, deadline=days(2))
    open_ids = [o.pk for o in initiative.open_openings()]
    assert closed.pk not in open_ids
    assert open_ids[0] == soon.pk
    assert tree["opening"].pk in open_ids
    assert [o.pk for o in initiative.closed_openings()] == [closed.pk]


def test_theme_listing_shows_only_open_openings(tree, theme, locales):
    open_one = tree["opening"]
    open_one.themes.add(theme)
    open_one.save()
    closed = OpeningPageFactory(parent=tree["initiative"], deadline=days(-2))
    closed.themes.add(theme)
    closed.save()
    listed = list(OpeningPage.theme_listing_queryset(theme, locales["nl"]))
    assert open_one in listed
    assert closed not in listed


def test_partner_initiatives_and_initiative_partners(tree):
    partner = PartnerPageFactory(parent=tree["partners"], title="Spectrum", slug="spectrum")
    InitiativePartnerFactory(initiative=tree["initiative"], partner=partner, role="traint")
    other = InitiativePageFactory(parent=tree["index"])
    assert list(partner.initiatives()) == [tree["initiative"]]
    assert other not in partner.initiatives()
    initiative = InitiativePage.objects.get(pk=tree["initiative"].pk)
    assert initiative.partners() == [(partner, "traint")]


def test_card_meta_and_hours(tree):
    opening = tree["opening"]
    opening.hours_per_week = 4
    assert "4" in opening.card_meta
    opening.hours_per_week = None
    opening.one_off_at = timezone.now() + datetime.timedelta(days=3)
    assert opening.hours_label()
    status = str(tree["initiative"].get_status_display())
    assert tree["initiative"].card_meta.split(" · ")[0] == status


def test_closed_since(tree):
    opening = tree["opening"]
    opening.deadline = days(-3)
    assert opening.closed_since().date() == days(-2)
    opening.deadline = days(3)
    assert opening.closed_since() is None
