"""RSS of new and updated instruments in the reader's language (on the core feed base)."""

from django.db.models import F
from django.http import Http404
from django.utils.translation import gettext as _

from core.feeds import FeedSource, PageFeed

from .models import InstrumentIndexPage, InstrumentPage

FEED_SIZE = 30


class InstrumentFeed(PageFeed):
    """Newest change first; an instrument updated a day or more after it appeared says so."""

    def source(self, request, locale, **kwargs):
        index = InstrumentIndexPage.objects.live().filter(locale=locale).first()
        if index is None:
            raise Http404(_("There is no instrument library in this language."))
        items = (
            InstrumentPage.objects.live()
            .public()
            .child_of(index)
            .order_by(F("last_published_at").desc(nulls_last=True), "-first_published_at")[
                :FEED_SIZE
            ]
        )
        return FeedSource(
            locale,
            index.title,
            index.get_full_url(request) or "/",
            index.introduction or _("New and updated instruments."),
            list(items),
            request,
        )

    def item_title(self, item):
        if item.last_published_at and item.first_published_at:
            delta = item.last_published_at - item.first_published_at
            if delta.total_seconds() > 24 * 3600:
                return _("Updated: %(title)s") % {"title": item.title}
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url()

    def item_guid(self, item):
        return item.get_full_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at

    def item_categories(self, item):
        return [item.get_instrument_type_display()]
