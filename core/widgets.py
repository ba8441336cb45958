"""Admin widgets shared by every page type and the sections."""

import json

from django import forms
from django.utils.translation import gettext

from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page

from core import readability
from core.locales import language_name


class ReadabilityTextarea(forms.Textarea):
    """A textarea with a live readability hint under it (``core/js/readability.js``).

    Without JavaScript it is a plain textarea. The hint's words are translated here, in the
    editor's language, and handed to the script as a data attribute (no JavaScript catalogue).
    """

    class Media:
        js = ["core/js/readability.js"]
        css = {"all": ["core/css/readability-admin.css"]}

    def __init__(self, attrs=None):
        super().__init__(attrs={"rows": 5, **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["data-readability"] = json.dumps(
            {
                "easyScore": readability.EASY_SCORE,
                "maxWords": readability.MAX_WORDS_PER_SENTENCE,
                "longSyllables": readability.LONG_WORD_SYLLABLES,
                "labels": {
                    "summary": gettext("This summary"),
                    "body": gettext("The rest of the page"),
                    "empty": gettext("No text yet."),
                    "words": gettext("%(n)s words per sentence on average"),
                    "long": gettext("%(n)s long words (four syllables or more)"),
                    "score": gettext("Flesch-Douma score %(n)s"),
                    "scoreEn": gettext("Flesch reading ease %(n)s"),
                    "easy": gettext("easy to read"),
                    "hard": gettext("hard to read: use shorter sentences and words"),
                    "tooLong": gettext("sentences are long: aim for at most %(n)s words"),
                },
            }
        )
        return context


class ReadabilityPanel(FieldPanel):
    """The plain summary's panel: a ``ReadabilityTextarea`` told the page's language."""

    def __init__(self, field_name="plain_summary", **kwargs):
        kwargs.setdefault("widget", ReadabilityTextarea)
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            locale = getattr(self.instance, "locale", None) if self.instance else None
            if self.bound_field is not None and locale is not None:
                widget = self.bound_field.field.widget
                widget.attrs["data-language"] = locale.language_code


class IndexStartPageChooser(AdminPageChooser):
    """A page chooser for one page type that opens at the page that holds such pages (the
    initiative overview for initiatives) in the default language, not at the tree root."""

    def start_page_id(self):
        parents = [m for m in self.model.allowed_parent_page_models() if m is not Page]
        if not parents or self.model is Page:
            return None
        start = (
            Page.objects.type(*parents)
            .filter(locale=Locale.get_default())
            .order_by("path")
            .values_list("pk", flat=True)
            .first()
        )
        return start

    def get_js_init_options(self, id_, name, value_data):
        opts = super().get_js_init_options(id_, name, value_data)
        if "parentId" not in opts:
            start = self.start_page_id()
            if start is not None:
                opts["parentId"] = start
        return opts


class IndexStartChooserPanel(FieldPanel):
    """A FieldPanel for a foreign key to one page type whose chooser opens at that type's
    overview page (the widget is made once the models are loaded)."""

    def get_form_options(self):
        opts = super().get_form_options()
        if opts:
            widgets = opts.setdefault("widgets", {})
            widgets.setdefault(self.field_name, IndexStartPageChooser(self.db_field.related_model))
        return opts


class ReadOnlyPanel(FieldPanel):
    """A read-only field in the editor's words: "Not yet" instead of ``None``, times in the
    site's time zone in the editor's language, a language's name instead of its code."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs.pop("read_only", None)
        return kwargs

    def format_value_for_display(self, value):
        import datetime

        from django.utils import formats, timezone

        if value is None or value == "":
            return gettext("Not yet") if self._is_event() else gettext("Not given")
        if isinstance(value, datetime.datetime):
            return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
        if isinstance(value, datetime.date):
            return formats.date_format(value, "DATE_FORMAT")
        if self.field_name == "language":
            return language_name(value)
        return super().format_value_for_display(value)

    def _is_event(self):
        """Times and links that are filled in later (a status change, a story made)."""
        from django.db import models

        field = self.db_field
        return isinstance(field, models.DateTimeField | models.ForeignKey)
