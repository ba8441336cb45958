"""RSS 2.0 and Atom feeds of the blog, per language."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from stories.feeds import PageFeed, index_source


class BlogFeed(PageFeed):
    def source(self, request, locale, **kwargs):
        from blog.models import BlogIndexPage, BlogPage

        return index_source(
            BlogIndexPage,
            BlogPage,
            locale,
            _("Blog of the wijkbedrijf"),
            _("Blog posts on poverty and debt, participation and the neighbourhood."),
            order="-date",
            related=("author", "owner"),
        )

    def item_author_name(self, item):
        return item.author_name or None


class BlogAtomFeed(BlogFeed):
    feed_type = Atom1Feed
