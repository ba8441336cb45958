"""Routes of this section that are not Wagtail pages: the blog feeds.

Included by config/urls.py inside i18n_patterns, so each path gets a language prefix.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from blog import feeds

app_name = "blog"

urlpatterns = [
    path(_("feeds/blog/rss/"), feeds.BlogFeed(), name="feed_rss"),
    path(_("feeds/blog/atom/"), feeds.BlogAtomFeed(), name="feed_atom"),
]
