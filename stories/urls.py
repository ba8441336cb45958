"""Routes of this section that are not Wagtail pages: the story and theme feeds.

Included by config/urls.py inside i18n_patterns, so each path gets a language prefix.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from stories import feeds

urlpatterns = [
    path(_("feeds/stories/rss/"), feeds.StoryFeed(), name="stories_feed_rss"),
    path(_("feeds/stories/atom/"), feeds.StoryAtomFeed(), name="stories_feed_atom"),
    path(_("feeds/themes/<slug:slug>/rss/"), feeds.ThemeFeed(), name="theme_feed_rss"),
    path(_("feeds/themes/<slug:slug>/atom/"), feeds.ThemeAtomFeed(), name="theme_feed_atom"),
]
