"""RSS feeds of open openings: all of them, and per theme."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale, Site

from core.models import SiteSettings

from .views import open_openings

FEED_SIZE = 30


class OpenOpeningsFeed(Feed):
    feed_type = Rss201rev2Feed

    # One Feed instance serves every request (it lives in the URLconf), so nothing about a
    # request is stored on it: the request travels in the object get_object returns.

    def get_object(self, request, theme_slug=None):
        locale = Locale.get_active()
        queryset, theme = open_openings(locale, theme_slug)
        return {"queryset": queryset, "theme": theme, "locale": locale, "request": request}

    def title(self, obj):
        name = SiteSettings.load(request_or_site=obj["request"]).organisation_name
        if obj["theme"]:
            return _("Open openings on %(theme)s – %(site)s") % {
                "theme": obj["theme"].name,
                "site": name,
            }
        return _("Open openings – %(site)s") % {"site": name}

    def link(self, obj):
        site = Site.find_for_request(obj["request"])
        return site.root_page.localized.url if site else "/"

    def feed_url(self, obj):
        if obj["theme"]:
            return reverse("initiatives:openings_theme_feed", args=[obj["theme"].slug])
        return reverse("initiatives:openings_feed")

    def description(self, obj):
        return _("Volunteer and paid work in the neighbourhood that you can still respond to.")

    def language(self, obj):
        return get_language()

    def items(self, obj):
        items = list(obj["queryset"][:FEED_SIZE])
        for item in items:
            # item_link only gets the item: its URL is worked out here, where the request is.
            item.feed_link = item.get_url(obj["request"])
        return items

    def item_title(self, item):
        return item.title

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
