"""Routes of this section that are not Wagtail pages: the story feeds.

Included by config/urls.py inside i18n_patterns, so each path gets a language prefix.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from stories import feeds

app_name = "stories"

urlpatterns = [
    path(_("feeds/stories/rss/"), feeds.StoryFeed(), name="feed_rss"),
    path(_("feeds/stories/atom/"), feeds.StoryAtomFeed(), name="feed_atom"),
]
