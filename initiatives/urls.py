"""Routes of this section that are not Wagtail pages: feeds and the JSON API of open openings.

Included by config/urls.py inside i18n_patterns, so each path gets a language prefix.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds, views

app_name = "initiatives"

urlpatterns = [
    path(_("openings/feed/"), feeds.OpenOpeningsFeed(), name="openings_feed"),
    path(
        _("openings/feed/<slug:theme_slug>/"),
        feeds.OpenOpeningsFeed(),
        name="openings_theme_feed",
    ),
    # The first, unversioned address of the API: redirects to /api/v1/openings/.
    path(_("openings/api/"), views.openings_api_unversioned, name="openings_api"),
    path(_("openings/widget/"), views.openings_widget, name="openings_widget"),
    path(_("offer-help/"), views.offer_help, name="offer_help"),
    path(_("offer-help/thanks/"), views.offer_help_thanks, name="offer_help_thanks"),
]
