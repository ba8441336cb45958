"""Routes of this section that are not Wagtail pages (feeds, downloads, APIs).

Included by config/urls.py inside i18n_patterns, so each path gets a language prefix.
"""

urlpatterns = []
