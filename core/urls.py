"""Language-prefixed routes every section shares: search and the theme feeds."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from core import feeds, views

app_name = "core"

urlpatterns = [
    path(_("search/"), views.search, name="search"),
    path(_("feeds/themes/<slug:slug>/rss/"), feeds.ThemeFeed(), name="theme_feed_rss"),
    path(_("feeds/themes/<slug:slug>/atom/"), feeds.ThemeAtomFeed(), name="theme_feed_atom"),
]
