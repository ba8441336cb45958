"""Lean rendering: every public page type renders in at most 15 SQL queries warm, with the page
cache off, on the full demo content; a list's cost does not grow with its length.

"Warm" is the second request for the same URL: the shared cache then holds what is cached per
generation (site, route, menu, footer, settings, translations), as it does on a running site.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, Site

import pytest

from core.models import ThemeIndexPage

BUDGET = 15
# A word with many results in each language's demo content.
SEARCH_TERMS = {"nl": "samen", "en": "together"}

pytestmark = pytest.mark.django_db


def _public_urls(language="nl"):
    """{page type: path}: the first live public page of each type in ``language``, by tree
    order, the theme page of the first theme, and the search results (as `make bench` picks
    them)."""
    found = {}
    pages = Page.objects.live().public().filter(locale__language_code=language)
    pages = pages.order_by("path")
    for page in pages.filter(depth__gt=1).specific():
        parts = page.get_url_parts()
        if parts is None:
            continue
        found.setdefault(type(page).__name__, parts[2])
        if isinstance(page, ThemeIndexPage) and "theme page" not in found:
            theme = page.themes().order_by("pk").first()
            found["theme page"] = parts[2] + page.reverse_subpage("theme", args=[theme.slug])
    with translation.override(language):
        found["search"] = f"{reverse('core:search')}?q={SEARCH_TERMS[language]}"
    return found


def _warm(client, path):
    """(queries, response) of the second request for ``path``."""
    first = client.get(path)
    assert first.status_code == 200, path
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] != "hit"
    return len(queries), response


def _warm_queries(client, path):
    return _warm(client, path)[0]


PAGE_TYPES = [
    "HomePage",
    "StoryIndexPage",
    "StoryPage",
    "StorySubmissionPage",
    "BlogIndexPage",
    "BlogPage",
    "ThemeIndexPage",
    "theme page",
    "InitiativeIndexPage",
    "InitiativePage",
    "OpeningFinderPage",
    "OpeningPage",
    "PartnerIndexPage",
    "PartnerPage",
    "InstrumentIndexPage",
    "InstrumentPage",
    "ImpactPage",
    "StandardPage",
    "ContactPage",
    "search",
]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_each_public_page_type_renders_within_the_query_budget(
    client, settings, demo_content, page_type, language
):
    settings.PAGE_CACHE_SECONDS = 0
    urls = _public_urls(language)
    assert page_type in urls  # the demo has a page of every public type in both languages
    assert _warm_queries(client, urls[page_type]) <= BUDGET


def test_the_budget_test_covers_every_public_page_type(demo_content):
    assert set(_public_urls("nl")) == set(PAGE_TYPES)


# --- Lists: the same number of queries for 5 items as for 50 ----------------------------------
# Each builder makes an empty list on the demo site and returns (its URL, add(n)): add(n) makes
# item n, titled ``item_title(n)``, newer than the ones before, with what its card shows (an
# image, a place, an author, files, a theme).
LISTS = {}


def _list(name):
    def register(builder):
        LISTS[name] = builder
        return builder

    return register


def item_title(n):
    return f"Lijstitem {n}"


def _item(factory, parent, n, **fields):
    from django.utils import timezone

    published = timezone.now() + timezone.timedelta(seconds=n)
    return factory(
        parent=parent,
        title=item_title(n),
        slug=f"lijstitem-{n}",
        first_published_at=published,
        last_published_at=published,
        **fields,
    )


def _home():
    return Site.objects.get(is_default_site=True).root_page.specific


def _demo_page(model):
    return model.objects.live().filter(locale__language_code="nl").order_by("path").first()


def _image():
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    return get_image_model().objects.create(title="Kaart", file=get_test_image_file())


def _nl(name, **kwargs):
    with translation.override("nl"):
        return reverse(name, **kwargs)


def _stories_under(index):
    from stories.factories import PlaceFactory, StoryPageFactory

    place, image = PlaceFactory(), _image()
    return lambda n: _item(StoryPageFactory, index, n, place=place, listing_image=image)


@_list("story index")
def _story_index():
    from stories.factories import StoryIndexPageFactory

    index = StoryIndexPageFactory(parent=_home(), slug="lijst-verhalen", title="Lijst")
    return index.url, _stories_under(index)


def _add_posts(index):
    from django.utils import timezone

    from blog.factories import BlogPageFactory
    from stories.factories import PersonFactory

    author, image, today = PersonFactory(), _image(), timezone.localdate()
    return lambda n: _item(
        BlogPageFactory, index, n, author=author, listing_image=image, publication_date=today
    )


@_list("blog index")
def _blog_index():
    from blog.factories import BlogIndexPageFactory

    index = BlogIndexPageFactory(parent=_home(), slug="lijst-blog", title="Lijst")
    return index.url, _add_posts(index)


@_list("blog feed")
def _blog_feed():
    from blog.models import BlogIndexPage

    return _nl("blog:feed_rss"), _add_posts(_demo_page(BlogIndexPage))  # the language's feed


@_list("initiative index")
def _initiative_index():
    from initiatives.factories import InitiativeIndexPageFactory, InitiativePageFactory

    index = InitiativeIndexPageFactory(parent=_home(), slug="lijst-initiatieven", title="Lijst")
    image = _image()
    return index.url, lambda n: _item(InitiativePageFactory, index, n, hero_image=image)


def _initiative_and_add_opening():
    from initiatives.factories import InitiativePageFactory, OpeningPageFactory
    from initiatives.models import InitiativeIndexPage

    initiative = InitiativePageFactory(
        parent=_demo_page(InitiativeIndexPage), slug="lijst-initiatief", title="Lijst"
    )
    return initiative, lambda n: _item(OpeningPageFactory, initiative, n)


@_list("initiative openings")
def _initiative_openings():
    initiative, add = _initiative_and_add_opening()
    return initiative.url, add


@_list("opening finder")
def _opening_finder():
    from initiatives.models import OpeningFinderPage

    finder = _demo_page(OpeningFinderPage)
    return f"{finder.url}?sort=nieuwste", _initiative_and_add_opening()[1]


@_list("openings API")
def _openings_api():
    return "/api/v1/openings/?sort=nieuwste&limit=100", _initiative_and_add_opening()[1]


@_list("openings feed")
def _openings_feed():
    return _nl("initiatives:openings_feed"), _initiative_and_add_opening()[1]


@_list("partner index")
def _partner_index():
    from initiatives.factories import PartnerIndexPageFactory, PartnerPageFactory

    index = PartnerIndexPageFactory(parent=_home(), slug="lijst-partners", title="Lijst")
    image = _image()
    return index.url, lambda n: _item(PartnerPageFactory, index, n, logo=image)


def _add_instruments(index):
    from instruments.factories import InstrumentPageFactory, add_file

    image = _image()

    def add(n):
        page = _item(InstrumentPageFactory, index, n, preview_image=image)
        add_file(page, language="nl", filename=f"lijst-{n}.pdf")
        return page

    return add


@_list("instrument index")
def _instrument_index():
    from instruments.factories import InstrumentIndexPageFactory

    index = InstrumentIndexPageFactory(parent=_home(), slug="lijst-instrumenten", title="Lijst")
    return index.url, _add_instruments(index)


@_list("instruments feed")
def _instruments_feed():
    from instruments.models import InstrumentIndexPage

    return _nl("instruments:feed"), _add_instruments(_demo_page(InstrumentIndexPage))


def _theme_and_add():
    from core.factories import ThemeFactory
    from stories.factories import StoryIndexPageFactory

    theme = ThemeFactory(name="Lijstthema", slug="lijstthema")
    index = StoryIndexPageFactory(parent=_home(), slug="lijst-verhalen", title="Lijst")
    add_story = _stories_under(index)

    def add(n):
        story = add_story(n)
        story.themes.add(theme)
        story.save()
        return story

    return theme, add


@_list("theme page")
def _theme_page():
    theme, add = _theme_and_add()
    return _demo_page(ThemeIndexPage).theme_url(theme), add


@_list("theme feed")
def _theme_feed():
    theme, add = _theme_and_add()
    return _nl("core:theme_feed_rss", kwargs={"slug": theme.slug}), add


@_list("home page sections")
def _home_sections():
    from stories.models import StoryIndexPage

    return _home().url, _stories_under(_demo_page(StoryIndexPage))


@_list("search results")
def _search_results():
    from pages.factories import StandardPageFactory

    home = _home()
    return f"{_nl('core:search')}?q=Lijstitem", lambda n: _item(StandardPageFactory, home, n)


@pytest.mark.parametrize("name", sorted(LISTS))
def test_a_list_costs_the_same_for_5_and_for_50_items(client, settings, demo_content, name):
    settings.PAGE_CACHE_SECONDS = 0
    settings.CARD_LIST_CACHE_SECONDS = 0  # every list built (and counted) on every request
    url, add = LISTS[name]()
    for n in range(5):
        add(n)
    few, response = _warm(client, url)
    shown = response.content.decode().count(item_title(""))
    assert item_title(4) in response.content.decode()  # the newest item is listed
    for n in range(5, 50):
        add(n)
    many, response = _warm(client, url)
    assert response.content.decode().count(item_title("")) >= shown  # (a page of) the 50
    assert many == few
    assert few <= BUDGET
