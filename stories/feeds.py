"""RSS 2.0 and Atom feeds of the stories, per language (on the core feed base)."""

from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from core.feeds import ArticleFeed
from stories.models import StoryIndexPage


class StoryFeed(ArticleFeed):
    index_model = StoryIndexPage
    feed_title = _("Stories from the neighbourhood")
    feed_description = _("New stories about the people and the work in the neighbourhood.")


class StoryAtomFeed(StoryFeed):
    feed_type = Atom1Feed
