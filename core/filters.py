"""One base for the GET filter forms of every index (stories, blog, initiatives, openings,
instruments).

A filter form never queries the database: the page that shows it passes the choices that
make sense for what it lists (``choices={"theme": [(slug, name), ...]}``) and applies the
valid values (``form.active()``) to its own queryset. So models may use filter forms while
forms never import models. Invalid values are dropped, never a 500: an unknown choice simply
does not filter, and the field shows its error. Validation happens on first use, not in the
constructor.
"""

from django import forms
from django.utils.translation import gettext_lazy as _


class FilterForm(forms.Form):
    # {field name: label of the empty "all" choice}, prepended to the choices passed in.
    all_labels = {}

    def __init__(self, data=None, *, choices=None, **kwargs):
        kwargs.setdefault("auto_id", "filter_%s")
        super().__init__(data if data is not None else {}, **kwargs)
        for name, options in (choices or {}).items():
            self.set_choices(name, options)

    def set_choices(self, name, options):
        empty = [("", self.all_labels[name])] if name in self.all_labels else []
        self.fields[name].choices = [*empty, *options]

    def active(self):
        """The valid values that are set: {name: value}."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            name: value
            for name, value in cleaned.items()
            if value not in (None, "", [], ()) and value is not False
        }

    def value(self, name):
        return self.active().get(name)

    def has_active_filters(self):
        return bool(self.active())


class ArticleFilterForm(FilterForm):
    """Theme and tag: what stories and blog posts share."""

    all_labels = {"theme": _("All themes"), "tag": _("All tags")}

    theme = forms.ChoiceField(label=_("Theme"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
