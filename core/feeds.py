"""The one feed base (RSS 2.0 and Atom through django.contrib.syndication), per language.

The language comes from the URL prefix (/nl/, /en/); each feed lists only pages in it. One
``Feed`` instance serves every request (it lives in the URLconf), so nothing about a request
is stored on it: ``source()`` returns a ``FeedSource`` that carries what the feed needs.
Sections subclass ``PageFeed`` in their own ``feeds.py``; the theme feeds live here, with the
themes.
"""

import datetime
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.models import Theme, ThemeIndexPage, theme_page_models

FEED_ITEMS = 20


@dataclass
class FeedSource:
    locale: Locale
    title: str
    link: str
    description: str
    items: list
    request: object = None
    extra: dict = field(default_factory=dict)


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

    # No ``language`` here: Django's Feed reads it as a plain attribute, not per object, and
    # falls back to the active language, which the URL's prefix has set.

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


class ArticleFeed(PageFeed):
    """The newest articles of the index page of ``index_model`` in the feed's language."""

    index_model = None
    feed_title = ""
    feed_description = ""

    def source(self, request, locale, **kwargs):
        index = self.index_model.objects.live().filter(locale=locale).first()
        if index is None:
            raise Http404(_("There is no such feed."))
        model = index.article_model
        items = list(
            model.objects.live()
            .public()
            .descendant_of(index)
            .filter(locale=locale)
            .order_by("-publication_date", "-first_published_at")
            .select_related(*model.card_select_related)
            .prefetch_related("themes")[:FEED_ITEMS]
        )
        return FeedSource(
            locale,
            str(self.feed_title),
            index.url,
            str(self.feed_description) or index.search_description,
            items,
            request,
        )


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
            request,
        )


class ThemeAtomFeed(ThemeFeed):
    feed_type = Atom1Feed


def theme_feed_links(theme, request=None):
    """The feeds of ``theme`` for <link rel="alternate"> on its page."""
    return [
        {
            "type": "application/rss+xml",
            "title": _("%(theme)s (RSS)") % {"theme": theme.name},
            "url": reverse("core:theme_feed_rss", args=[theme.slug]),
        },
        {
            "type": "application/atom+xml",
            "title": _("%(theme)s (Atom)") % {"theme": theme.name},
            "url": reverse("core:theme_feed_atom", args=[theme.slug]),
        },
    ]
