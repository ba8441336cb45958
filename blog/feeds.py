"""RSS 2.0 and Atom feeds of the blog, per language (on the core feed base)."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from blog.models import BlogIndexPage
from core.feeds import ArticleFeed


class BlogFeed(ArticleFeed):
    index_model = BlogIndexPage
    feed_title = _("Blog of the wijkbedrijf")
    feed_description = _("Blog posts on poverty and debt, participation and the neighbourhood.")

    def item_author_name(self, item):
        return item.author_name or None


class BlogAtomFeed(BlogFeed):
    feed_type = Atom1Feed
