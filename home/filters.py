"""A base for the GET filter forms of the index pages (stories, blog, openings, instruments)."""

from django import forms


class FilterForm(forms.Form):
    """Filters from the query string. Invalid values are dropped, never a 500: an unknown
    choice simply does not filter (and the field shows its error)."""

    def __init__(self, data=None, *args, **kwargs):
        kwargs.setdefault("auto_id", "filter_%s")
        super().__init__(data if data is not None else {}, *args, **kwargs)
        self.is_valid()

    def active(self):
        """The cleaned values that are set: {name: value}."""
        cleaned = getattr(self, "cleaned_data", {})
        return {name: value for name, value in cleaned.items() if value not in (None, "", [], ())}

    def has_active_filters(self):
        return bool(self.active())
