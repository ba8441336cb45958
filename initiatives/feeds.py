"""RSS feeds of open openings: all of them, and per theme (on the core feed base)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Site

from core.feeds import FeedSource, PageFeed
from core.models import organisation_name

from .models import OpeningPage

FEED_SIZE = 30


class OpenOpeningsFeed(PageFeed):
    def source(self, request, locale, theme_slug=None, **kwargs):
        queryset, theme = OpeningPage.open_with_theme(locale, theme_slug)
        name = organisation_name(request)
        if theme:
            title = _("Open openings on %(theme)s – %(site)s") % {"theme": theme.name, "site": name}
        else:
            title = _("Open openings – %(site)s") % {"site": name}
        site = Site.find_for_request(request)
        items = list(queryset[:FEED_SIZE])
        for item in items:
            # item_link only gets the item: its URL is worked out here, where the request is.
            item.feed_link = item.get_url(request)
        return FeedSource(
            locale,
            title,
            site.root_page.localized.url if site else "/",
            _("Volunteer and paid work in the neighbourhood that you can still respond to."),
            items,
            request,
            extra={"theme": theme},
        )

    def feed_url(self, obj):
        theme = obj.extra["theme"]
        if theme:
            return reverse("initiatives:openings_theme_feed", args=[theme.slug])
        return reverse("initiatives:openings_feed")

    def item_description(self, item):
        return f"{item.get_listing_summary()} ({item.card_meta})"

    def item_link(self, item):
        return item.feed_link

    def item_guid(self, item):
        return f"opening-{item.translation_key}-{item.locale_id}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.get_kind_display())]
