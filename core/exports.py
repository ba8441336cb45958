"""Spreadsheet exports of data typed by the public: they never break and never harm.

* A cell that a spreadsheet program would run as a formula (it starts with = + - @, a tab or a
  return, also after leading spaces) gets an apostrophe in front (OWASP "CSV injection").
* Characters a worksheet cannot hold (control characters such as ESC or NUL) are removed, so
  one odd answer never makes a whole XLSX export fail.
* Times are written in the site's time zone (``TIME_ZONE``), not in UTC, and their column
  heading names that zone.
* Choices (a status) are written as their label, a site language as its name ("Nederlands"),
  and headings and labels in the language of the admin user who exports, also for CSV, which
  streams after the view has returned.

``safe_cell`` does it for one value; ``SafeSpreadsheetExportMixin`` does it for Wagtail's
``SpreadsheetExportMixin`` (model viewsets, report views and form submission lists).
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone, translation
from django.utils.encoding import force_str

from core.locales import language_name

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# What XML 1.0 (and so XLSX) cannot hold: C0 controls but tab, newline and return; lone
# surrogates; U+FFFE/U+FFFF. Also DEL and the C1 controls, which only confuse a reader.
ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value):
    """``value`` without the characters a worksheet cannot hold."""
    return ILLEGAL_CHARACTERS.sub("", value)


def local_time(value):
    """An aware datetime as a naive one in the site's time zone (spreadsheets know no zones)."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.make_naive(value, timezone.get_default_timezone())
    return value


def safe_cell(value):
    """One cell value that is safe in CSV and XLSX: text cleaned and formula-neutralised,
    datetimes in local time, other values as they are."""
    if isinstance(value, datetime.datetime):
        return local_time(value)
    if value is None or isinstance(value, bool | int | float | datetime.date | datetime.time):
        return value
    value = clean_text(force_str(value))
    if value.lstrip(" ")[:1] in FORMULA_STARTS and value.strip():
        return "'" + value
    return value


class SafeSpreadsheetExportMixin:
    """Put before Wagtail's ``SpreadsheetExportMixin`` (or a view that has it): every exported
    value goes through ``safe_cell``, datetimes in the site's time zone, and in CSV as
    ``YYYY-MM-DD HH:MM`` rather than ISO strings with offsets."""

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, datetime.datetime):
            value = local_time(value)
            if export_format == "csv":
                return value.strftime("%Y-%m-%d %H:%M")
            return value
        return safe_cell(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        heading = super().get_heading(queryset, field)
        if isinstance(_model_field(queryset.model, field), models.DateTimeField):
            return f"{heading} ({settings.TIME_ZONE})"
        return heading

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        for name, value in row.items():
            field = _model_field(type(item), name)
            if field is None or value in (None, ""):
                continue
            if field.choices:
                row[name] = dict(field.flatchoices).get(value, value)
            elif name == "language":
                row[name] = language_name(value)
        return row

    def stream_csv(self, queryset):
        """Wagtail's CSV rows, each made in the exporting user's language: the response
        streams after the view (and its language override) has returned."""
        language = translation.get_language()  # now, in the view: not when streaming
        return _in_language(language, super().stream_csv(queryset))


def _in_language(language, rows):
    while True:
        with translation.override(language):
            row = next(rows, None)
        if row is None:
            return
        yield row


def _model_field(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
