"""Routes of this section that are not Wagtail pages (feeds, downloads, APIs).

Included by config/urls.py inside i18n_patterns, so each path gets a language prefix.
"""

from django.urls import path
from django.utils.translation import gettext_lazy as _

import core.converters  # noqa: F401  (registers the "id" converter)

from . import feeds, views

app_name = "instruments"

urlpatterns = [
    path(_("instruments/download/<id:file_id>/"), views.download, name="download"),
    path(_("instruments/question/<id:page_id>/"), views.question, name="question"),
    path(
        _("instruments/question/<id:page_id>/thanks/"),
        views.question_thanks,
        name="question_thanks",
    ),
    path(_("instruments/feed/"), feeds.InstrumentFeed(), name="feed"),
]
