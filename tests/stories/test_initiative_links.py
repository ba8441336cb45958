"""Stories and blog posts name the initiatives they are about: the through models, the
"Doe mee" section with open openings, the English page showing the English initiative,
initiative and partner pages listing the stories about them, query counts and the demo."""

import datetime
import json
import re

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.admin.panels import InlinePanel
from wagtail.models import Revision
from wagtail_localize.models import Translation, TranslationSource

import pytest

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from blog.models import BlogInitiative, BlogPage
from initiatives.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    InitiativePartnerFactory,
    OpeningPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
)
from initiatives.models import InitiativePage, OpeningPage
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import StoryInitiative, StoryPage
from tests.home.test_localize import translate_all

pytestmark = pytest.mark.django_db


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def site(home_pages, translate, locales):
    """Story, blog, initiative and partner indexes in Dutch with English translations."""
    en = locales["en"]
    story_index = StoryIndexPageFactory(parent=home_pages["nl"])
    blog_index = BlogIndexPageFactory(parent=home_pages["nl"])
    initiative_index = InitiativeIndexPageFactory(parent=home_pages["nl"])
    partner_index = PartnerIndexPageFactory(parent=home_pages["nl"])
    translate(story_index, en, title="Stories", slug="stories")
    translate(blog_index, en, title="Blog", slug="blog")
    translate(initiative_index, en, title="Initiatives", slug="initiatives")
    translate(partner_index, en, title="Partners", slug="partners")
    return {
        "stories": story_index,
        "blog": blog_index,
        "initiatives": initiative_index,
        "partners": partner_index,
    }


def make_initiative(site, n, openings=2, **fields):
    initiative = InitiativePageFactory(
        parent=site["initiatives"], title=f"Initiatief {n}", slug=f"initiatief-{n}", **fields
    )
    for i in range(openings):
        OpeningPageFactory(
            parent=initiative,
            title=f"Vacature {n}.{i}",
            slug=f"vacature-{n}-{i}",
            deadline=days(10 + i),
        )
    return initiative


def story_about(site, *initiatives, **fields):
    story = StoryPageFactory(parent=site["stories"], **fields)
    for initiative in initiatives:
        story.initiative_links.add(StoryInitiative(initiative=initiative))
    story.save_revision().publish()
    return StoryPage.objects.get(pk=story.pk)


def join_in_html(response):
    html = response.content.decode()
    match = re.search(r'<section class="join-in".*?</section>', html, re.S)
    return match.group(0) if match else ""


# --- Models ----------------------------------------------------------------------------------
def test_through_models_keep_the_editors_order(site):
    first, second = make_initiative(site, 1), make_initiative(site, 2)
    story = story_about(site, second, first)
    assert [link.initiative for link in story.initiative_links.all()] == [second, first]
    assert [p.pk for p in story.about_initiatives] == [second.pk, first.pk]
    assert StoryInitiative.objects.filter(page=story).count() == 2
    assert second.stories_storyinitiative_links.get().page_id == story.pk

    post = BlogPageFactory(parent=site["blog"])
    post.initiative_links.add(BlogInitiative(initiative=first))
    post.save_revision().publish()
    assert BlogInitiative.objects.get(page=post).initiative == first
    assert first.blog_bloginitiative_links.count() == 1


@pytest.mark.parametrize("model", [StoryPage, BlogPage])
def test_editor_gets_an_initiative_panel(model):
    panels = [p for p in model.content_panels if isinstance(p, InlinePanel)]
    assert "initiative_links" in [p.relation_name for p in panels]


def test_draft_initiative_is_not_shown(site):
    initiative = make_initiative(site, 1)
    story = story_about(site, initiative)
    initiative.unpublish()
    assert StoryPage.objects.get(pk=story.pk).about_initiatives == []
    assert StoryPage.objects.get(pk=story.pk).join_in() == []


# --- Doe mee -------------------------------------------------------------------------------------
def test_join_in_shows_only_open_openings(client, site):
    initiative = make_initiative(site, 1, openings=0)
    OpeningPageFactory(parent=initiative, title="Klusjesmaker", hours_per_week=6, deadline=days(5))
    OpeningPageFactory(parent=initiative, title="Vervulde plek", status=OpeningPage.Status.FILLED)
    OpeningPageFactory(parent=initiative, title="Gesloten plek", status=OpeningPage.Status.CLOSED)
    OpeningPageFactory(parent=initiative, title="Verlopen plek", deadline=days(-1))
    draft = OpeningPageFactory(parent=initiative, title="Conceptplek")
    draft.unpublish()
    story = story_about(site, initiative)

    response = client.get(story.url)
    assert response.status_code == 200
    section = join_in_html(response)
    assert "Doe mee" in section
    assert "Initiatief 1" in section
    assert "Klusjesmaker" in section
    for hidden in ("Vervulde plek", "Gesloten plek", "Verlopen plek", "Conceptplek"):
        assert hidden not in section
    opening = OpeningPage.objects.get(title="Klusjesmaker")
    assert f'href="{opening.url}#respond"' in section  # straight to the form
    assert "Reageer" in section
    assert "Vrijwillig" in section
    assert "6 uur per week" in section
    assert days(5).strftime("%Y-%m-%d") in section
    assert "geen open vacatures" not in section


def test_join_in_when_nothing_is_open_says_how_to_stay_informed(client, site):
    initiative = make_initiative(site, 1, openings=0)
    OpeningPageFactory(parent=initiative, title="Vervulde plek", status=OpeningPage.Status.FILLED)
    story = story_about(site, initiative)
    section = join_in_html(client.get(story.url))
    assert "Initiatief 1 heeft nu geen open vacatures." in section
    assert "Vervulde plek" not in section
    assert f'href="{initiative.url}"' in section
    assert 'href="/nl/vacatures/feed/"' in section
    assert client.get("/nl/vacatures/feed/").status_code == 200


def test_story_without_initiatives_has_no_join_in(client, site):
    story = story_about(site)
    assert join_in_html(client.get(story.url)) == ""


def test_blog_post_ends_with_join_in(client, site):
    initiative = make_initiative(site, 1)
    post = BlogPageFactory(parent=site["blog"])
    post.initiative_links.add(BlogInitiative(initiative=initiative))
    post.save_revision().publish()
    section = join_in_html(client.get(post.url))
    assert "Vacature 1.0" in section and "Vacature 1.1" in section


def test_english_page_shows_the_english_initiative(client, site, translate, locales):
    en = locales["en"]
    initiative = make_initiative(site, 1, openings=1)
    initiative_en = translate(
        initiative, en, title="Initiative one", slug="initiative-one", call_for_help="Help us"
    )
    opening = initiative.get_children().get().specific
    opening_en = translate(opening, en, title="Opening one", slug="opening-one")
    story = story_about(site, initiative)
    story_en = translate(story, en, title="A story", slug="a-story")
    # The copied link still points at the Dutch initiative ...
    assert story_en.initiative_links.get().initiative_id == initiative.pk
    # ... but the English page shows the English one.
    assert [p.pk for p in story_en.about_initiatives] == [initiative_en.pk]
    section = join_in_html(client.get(story_en.url))
    assert "Join in" in section
    assert "Initiative one" in section and "Opening one" in section
    assert f'href="{opening_en.url}#respond"' in section
    assert "Initiatief 1" not in section and opening.url not in section
    assert "Respond" in section


def test_untranslated_initiative_falls_back_to_the_linked_page(site, translate, locales):
    initiative = make_initiative(site, 1)
    story = story_about(site, initiative)
    story_en = translate(story, locales["en"], title="A story", slug="a-story")
    assert [p.pk for p in story_en.about_initiatives] == [initiative.pk]


def publish_translation(page, locale, on_commit):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translate_all(source, locale, lambda text: f"EN {text}")
    translation = Translation.objects.create(source=source, target_locale=locale)
    with on_commit(execute=True):
        translation.save_target(publish=True)
    return translation


def test_wagtail_localize_round_trip_keeps_the_links(
    client, site, locales, django_capture_on_commit_callbacks
):
    en = locales["en"]
    first, second = make_initiative(site, 1, openings=1), make_initiative(site, 2, openings=1)
    for initiative in (first, second):
        publish_translation(initiative, en, django_capture_on_commit_callbacks)
        for opening in initiative.get_children():
            publish_translation(opening.specific, en, django_capture_on_commit_callbacks)
    story = story_about(site, first)
    translation = publish_translation(story, en, django_capture_on_commit_callbacks)
    story_en = story.get_translation(en).specific
    assert story_en.initiative_links.count() == 1
    first_en = first.get_translation(en)
    assert [p.pk for p in story_en.about_initiatives] == [first_en.pk]
    section = join_in_html(client.get(story_en.url))
    assert "EN Initiatief 1" in section and "EN Vacature 1.0" in section

    # The editor names a second initiative in Dutch and syncs the translation.
    story = StoryPage.objects.get(pk=story.pk)
    story.initiative_links.add(StoryInitiative(initiative=second))
    story.save_revision().publish()
    translation.source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    story_en = StoryPage.objects.get(pk=story_en.pk)
    assert story_en.initiative_links.count() == 2
    assert [p.title for p in story_en.about_initiatives] == ["EN Initiatief 1", "EN Initiatief 2"]
    section = join_in_html(client.get(story_en.url))
    assert "EN Vacature 2.0" in section and ">Vacature 1.0</h4>" not in section


# --- Pages about an initiative or partner --------------------------------------------------------
def test_initiative_page_lists_stories_and_blog_posts_about_it(client, site, translate, locales):
    initiative, other = make_initiative(site, 1), make_initiative(site, 2)
    story = story_about(site, initiative, title="Verhaal over initiatief één")
    story_about(site, other, title="Verhaal over iets anders")
    post = BlogPageFactory(parent=site["blog"], title="Blog over initiatief één")
    post.initiative_links.add(BlogInitiative(initiative=initiative))
    post.save_revision().publish()

    assert list(StoryPage.pages_about(initiative)) == [story]
    assert list(BlogPage.pages_about(initiative)) == [BlogPage.objects.get(pk=post.pk)]
    html = client.get(initiative.url).content.decode()
    assert "Verhalen over dit initiatief" in html
    assert "Verhaal over initiatief één" in html and "Blog over initiatief één" in html
    assert "Verhaal over iets anders" not in html

    # The English initiative lists the English story (whose link points at the Dutch page).
    initiative_en = translate(initiative, locales["en"], title="Initiative one", slug="one")
    translate(story, locales["en"], title="A story about initiative one", slug="a-story")
    html = client.get(initiative_en.url).content.decode()
    assert "A story about initiative one" in html
    assert "Verhaal over initiatief één" not in html


def test_partner_page_lists_stories_about_the_initiatives_it_joins(client, site):
    partner = PartnerPageFactory(parent=site["partners"], title="Spectrum", slug="spectrum")
    joined, other = make_initiative(site, 1), make_initiative(site, 2)
    InitiativePartnerFactory(initiative=joined, partner=partner)
    joined.save_revision().publish()
    story_about(site, joined, title="Verhaal over wat Spectrum doet")
    story_about(site, other, title="Verhaal zonder Spectrum")
    post = BlogPageFactory(parent=site["blog"], title="Blog over wat Spectrum doet")
    post.initiative_links.add(BlogInitiative(initiative=joined))
    post.save_revision().publish()

    assert [p.title for p in StoryPage.pages_about(partner)] == ["Verhaal over wat Spectrum doet"]
    html = client.get(partner.url).content.decode()
    assert "Verhaal over wat Spectrum doet" in html
    assert "Blog over wat Spectrum doet" in html
    assert "Verhaal zonder Spectrum" not in html


def test_pages_about_other_targets_is_empty(site):
    story = story_about(site)
    assert not StoryPage.pages_about(story).exists()
    assert not BlogPage.pages_about(site["blog"]).exists()


# --- Query counts ----------------------------------------------------------------------------
def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_story_page_queries_do_not_grow_with_initiatives_and_openings(client, site):
    one = story_about(site, make_initiative(site, 1, openings=1), slug="een")
    many = story_about(
        site, *[make_initiative(site, n, openings=3) for n in range(2, 6)], slug="veel"
    )
    client.get(one.url)  # warm caches (site root paths, the cached route of each page)
    client.get(many.url)
    baseline, _ = count_queries(client, one.url)
    queries, response = count_queries(client, many.url)
    assert join_in_html(response).count('class="card join-in__card"') == 12
    assert queries == baseline


def test_initiative_and_partner_pages_queries_do_not_grow_with_stories(client, site):
    partner = PartnerPageFactory(parent=site["partners"], slug="spectrum")
    initiative = make_initiative(site, 1)
    InitiativePartnerFactory(initiative=initiative, partner=partner)
    initiative.save_revision().publish()
    story_about(site, initiative)
    client.get(initiative.url)  # warm caches (the cached route of each page, ...)
    client.get(partner.url)
    initiative_baseline, _ = count_queries(client, initiative.url)
    partner_baseline, _ = count_queries(client, partner.url)
    for n in range(4):
        story_about(site, initiative, title=f"Nog een verhaal {n}")
    client.get(initiative.url)  # publishing made those stale: warm again
    client.get(partner.url)
    initiative_queries, response = count_queries(client, initiative.url)
    assert "Nog een verhaal 3" in response.content.decode()
    partner_queries, response = count_queries(client, partner.url)
    assert "Nog een verhaal 3" in response.content.decode()
    assert initiative_queries == initiative_baseline
    assert partner_queries == partner_baseline


# --- JSON-LD ------------------------------------------------------------------------------------
def test_json_ld_names_the_initiatives_as_about(client, site):
    initiative = make_initiative(site, 1)
    story = story_about(site, initiative)
    html = client.get(story.url).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    projects = [item for item in data["about"] if item["@type"] == "Project"]
    assert projects == [
        {"@type": "Project", "name": "Initiatief 1", "url": "http://testserver" + initiative.url}
    ]


# --- Demo ----------------------------------------------------------------------------------------
EXPECTED = {
    ("stories", "leeg-schoolgebouw-nieuwe-bestemming"): "nieuw-leven-oude-school",
    ("stories", "marja-schulden"): "hulp-bij-papieren-en-schulden",
    ("stories", "koffie-om-tien-uur"): "buurtmaatjes",
    ("stories", "henk-leert-jongeren-isoleren"): "energiecoaches",
    ("stories", "repair-cafe-draait-op-buren"): "repair-cafe",
    ("blog", "mensen-met-schulden-worden-steeds-armer"): "hulp-bij-papieren-en-schulden",
}


def demo_links():
    links = set()
    for model in (StoryInitiative, BlogInitiative):
        for link in model.objects.select_related("page__locale", "initiative__locale"):
            assert link.page.locale_id == link.initiative.locale_id  # each language its own
            links.add((link.page.locale.language_code, link.page.slug, link.initiative.slug))
    return links


def test_demo_links_stories_and_posts_to_initiatives_once(demo_content, locales):
    links = demo_links()
    for (app, slug), initiative_slug in EXPECTED.items():
        model = StoryPage if app == "stories" else BlogPage
        page = model.objects.get(slug=slug, locale=locales["nl"])
        assert ("nl", slug, initiative_slug) in links
        page_en = page.get_translation(locales["en"])
        initiative_en = InitiativePage.objects.get(
            slug=initiative_slug, locale=locales["nl"]
        ).get_translation(locales["en"])
        assert ("en", page_en.slug, initiative_en.slug) in links
        assert page.specific.join_in() and page_en.specific.join_in()

    # A site built before the links existed gets them added once; a further run changes nothing.
    StoryInitiative.objects.filter(page__slug="marja-schulden").delete()
    call_command("load_demo", verbosity=0)
    assert demo_links() == links
    revisions = Revision.objects.count()
    call_command("load_demo", verbosity=0)
    assert demo_links() == links
    assert Revision.objects.count() == revisions


# --- Editor ---------------------------------------------------------------------------------------
def test_editors_choose_initiatives_in_the_page_editor(client, admin_user, site):
    initiative = make_initiative(site, 1)
    story = story_about(site, initiative)
    post = BlogPageFactory(parent=site["blog"])
    client.force_login(admin_user)
    for page in (story, post):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'name="initiative_links-TOTAL_FORMS"' in html
    html = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert 'name="initiative_links-TOTAL_FORMS" value="1"' in html
