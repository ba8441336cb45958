import datetime

from django.utils import translation

import pytest

from home.models import HomePage
from pages.models import StandardPage
from stories.admin_views import ConsentReviewView
from stories.models import Person, StoryIndexPage, StoryPage, StorySubmissionPage

from .conftest import make_story

pytestmark = pytest.mark.django_db


def test_page_tree_rules(story_indexes):
    index = story_indexes["nl"]
    home = index.get_parent().specific
    assert StoryPage.can_create_at(index)
    assert not StoryPage.can_create_at(home)
    assert StorySubmissionPage.can_create_at(index)
    # One story index per home page, one submission page per index.
    assert not StoryIndexPage.can_create_at(home)
    assert StoryPage.allowed_parent_page_models() == [StoryIndexPage]
    assert StoryPage.allowed_subpage_models() == []
    assert set(StoryIndexPage.allowed_subpage_models()) == {StoryPage, StorySubmissionPage}
    assert StoryIndexPage.allowed_parent_page_models() == [HomePage]
    assert not StandardPage.can_create_at(index)


def test_submission_page_once_per_index(submission_page):
    assert not StorySubmissionPage.can_create_at(submission_page.get_parent().specific)


def test_every_page_type_declares_a_template():
    for model in (StoryIndexPage, StoryPage, StorySubmissionPage):
        assert model.template.startswith("stories/")


def test_reading_time_counts_lede_and_body(story_indexes):
    words = " ".join(["woord"] * 450)
    story = make_story(story_indexes["nl"], lede="Kort.", body=[("paragraph", f"<p>{words}</p>")])
    assert story.reading_time == 3  # 451 words at 200 a minute, rounded up
    short = make_story(story_indexes["nl"], lede="Kort.")
    assert short.reading_time == 1


def test_card_meta_and_fallback_summary(stories):
    story = stories["school"]
    assert story.get_listing_summary() == "Een verhaal uit de wijk."
    assert "Geitenkamp" in story.card_meta
    story.publication_date = datetime.date(2026, 3, 5)
    with translation.override("nl"):
        assert story.card_meta == "5 maart 2026 · Geitenkamp"
    with translation.override("en"):
        assert story.card_meta == "5 March 2026 · Geitenkamp"


def test_consent_status(locales):
    today = datetime.date(2026, 11, 1)
    person = Person(name="A", consent_given_on=datetime.date(2025, 1, 1))
    assert person.consent_status(today) == "ok"
    person.consent_ends_on = datetime.date(2026, 10, 31)
    assert person.consent_status(today) == "expired"
    person.consent_ends_on = datetime.date(2026, 11, 20)
    assert person.consent_status(today) == "ending"
    person.consent_ends_on = datetime.date(2027, 11, 20)
    assert person.consent_status(today) == "ok"
    assert Person(name="B").consent_status(today) == "missing"


def test_pseudonym_never_shows_a_photo(catalogue):
    marja = catalogue["people"]["marja"]
    marja.photo_id = 1
    assert marja.public_photo is None


def test_stories_with_ended_consent_are_flagged(stories, catalogue, rf, admin_user):
    henk = catalogue["people"]["henk"]
    henk.consent_ends_on = datetime.date(2020, 1, 1)
    henk.save()
    assert stories["school"].needs_consent_review
    assert not stories["debt"].needs_consent_review
    request = rf.get("/admin/reports/consent-review/")
    request.user = admin_user
    view = ConsentReviewView()
    view.setup(request)
    flagged = set(view.get_queryset().values_list("pk", flat=True))
    assert flagged == {stories["school"].pk, stories["repair"].pk}


def test_consent_report_in_admin(client, admin_user, stories, catalogue):
    henk = catalogue["people"]["henk"]
    henk.consent_ends_on = datetime.date(2020, 1, 1)
    henk.save()
    client.force_login(admin_user)
    response = client.get("/admin/reports/consent-review/")
    assert response.status_code == 200
    assert "De school" in response.content.decode()
    assert "De schuld" not in response.content.decode()


def test_similar_stories_share_theme_tag_or_place(stories):
    similar = stories["debt"].similar_pages()
    titles = [p.title for p in similar]
    # repair shares the theme, coffee the tag, school the place: all three, best first.
    assert set(titles) == {"Het repair café", "Koffie", "De school"}
    assert stories["debt"] not in similar


def test_similar_stories_exclude_unrelated(story_indexes, stories):
    lonely = make_story(story_indexes["nl"], title="Alleen")
    assert lonely.similar_pages() == []


def test_chosen_related_pages_come_first_in_readers_language(
    story_indexes, stories, translate, locales, client
):
    from stories.models import StoryRelatedPage

    debt = stories["debt"]
    debt.related_links = [StoryRelatedPage(link_page=stories["coffee"])]
    debt.save_revision().publish()
    coffee_en = translate(stories["coffee"], locales["en"], title="Coffee")
    debt_en = translate(debt, locales["en"], title="The debt")
    related = debt_en.related_content()
    assert [p.pk for p in related["chosen"]] == [coffee_en.pk]
    assert coffee_en not in related["similar"]
    response = client.get(debt_en.url)
    html = response.content.decode()
    related_html = html[html.index('id="related-heading"') :]
    assert "Coffee" in related_html


def test_story_page_renders_people_place_and_tags(client, stories):
    response = client.get(stories["debt"].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Marja" in html
    assert "(niet de echte naam)" in html
    assert "?place=geitenkamp" in html
    assert "?tag=schulden" in html
