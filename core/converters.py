"""URL converters shared by every section."""

from django.urls import register_converter


class IdConverter:
    """A database id: 1 to 18 digits, so it always fits a 64-bit integer column. A longer
    number does not match the URL at all (404), instead of overflowing in the database (500)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")
