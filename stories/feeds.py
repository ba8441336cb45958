"""RSS 2.0 and Atom feeds (django.contrib.syndication), per language.

The language comes from the URL prefix (/nl/, /en/); each feed lists only pages in it.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from home.models import Theme, ThemeIndexPage
from home.models.pages import theme_page_models

FEED_ITEMS = 20


@dataclass
class FeedSource:
    locale: Locale
    title: str
    link: str
    description: str
    items: list


def item_date(page):
    """When a page appeared: its publication date if it has one, else its first publication."""
    date = getattr(page, "publication_date", None)
    if date:
        return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9, 0)))
    return page.first_published_at or timezone.now()


class PageFeed(Feed):
    """A feed of pages. Subclasses build the FeedSource in ``source()``."""

    feed_type = Rss201rev2Feed

    def source(self, request, locale, **kwargs):
        raise NotImplementedError

    def get_object(self, request, *args, **kwargs):
        return self.source(request, Locale.get_active(), **kwargs)

    def title(self, obj):
        return obj.title

    def link(self, obj):
        return obj.link

    def description(self, obj):
        return obj.description

    def subtitle(self, obj):  # Atom
        return obj.description

    def items(self, obj):
        return obj.items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.get_listing_summary()

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item_date(item)

    def item_updateddate(self, item):
        return item.last_published_at or item_date(item)

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]

    def item_author_name(self, item):
        author = getattr(item, "author", None)
        return author.name if author else None


def index_source(
    index_model, page_model, locale, title, description, order="-publication_date", related=()
):
    index = index_model.objects.live().filter(locale=locale).first()
    if index is None:
        raise Http404(_("There is no such feed."))
    items = list(
        page_model.objects.live()
        .public()
        .descendant_of(index)
        .filter(locale=locale)
        .order_by(order, "-first_published_at")
        .select_related(*related)
        .prefetch_related("themes")[:FEED_ITEMS]
    )
    return FeedSource(locale, title, index.url, description or index.search_description, items)


class StoryFeed(PageFeed):
    def source(self, request, locale, **kwargs):
        from stories.models import StoryIndexPage, StoryPage

        return index_source(
            StoryIndexPage,
            StoryPage,
            locale,
            _("Stories from the neighbourhood"),
            _("New stories about the people and the work in the neighbourhood."),
        )


class StoryAtomFeed(StoryFeed):
    feed_type = Atom1Feed


class ThemeFeed(PageFeed):
    """Everything published on one theme, of every page type that shows on theme pages."""

    def source(self, request, locale, slug=None, **kwargs):
        theme = Theme.objects.filter(locale=locale, slug=slug).first()
        if theme is None:
            raise Http404(_("There is no such theme."))
        items = []
        for model in theme_page_models():
            items.extend(
                model.theme_listing_queryset(theme, locale).prefetch_related("themes")[:FEED_ITEMS]
            )
        items.sort(key=item_date, reverse=True)
        index = ThemeIndexPage.objects.live().filter(locale=locale).first()
        link = index.theme_url(theme) if index else f"/{locale.language_code}/"
        return FeedSource(
            locale,
            _("%(theme)s: the latest") % {"theme": theme.name},
            link,
            theme.description,
            items[:FEED_ITEMS],
        )


class ThemeAtomFeed(ThemeFeed):
    feed_type = Atom1Feed


def theme_feed_links(theme, request=None):
    """The feeds of ``theme`` for <link rel="alternate"> on its page."""
    from django.urls import reverse

    return [
        {
            "type": "application/rss+xml",
            "title": _("%(theme)s (RSS)") % {"theme": theme.name},
            "url": reverse("theme_feed_rss", args=[theme.slug]),
        },
        {
            "type": "application/atom+xml",
            "title": _("%(theme)s (Atom)") % {"theme": theme.name},
            "url": reverse("theme_feed_atom", args=[theme.slug]),
        },
    ]
