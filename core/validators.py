"""Validation shared by every public form, so the same input means the same thing everywhere."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_ALLOWED = re.compile(r"^\+?[\d\s\-().]+$")
MIN_PHONE_DIGITS = 8
MAX_PHONE_DIGITS = 15


def phone_digits(value):
    """The digits of a phone number, with +31 / 0031 written as a leading 0 (kept for the
    impact figures' "each person once"; matching a person uses ``phone_e164``)."""
    value = (value or "").strip()
    digits = re.sub(r"\D", "", value)
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and value.startswith("+"):
        digits = "0" + digits[2:]
    return digits


def phone_region():
    """Where a number without a country code is from (``PHONE_DEFAULT_REGION``, default NL)."""
    from django.conf import settings

    return getattr(settings, "PHONE_DEFAULT_REGION", "NL")


def parse_phone(value):
    """A value written as a phone number (digits, spaces, ``-().``, a leading ``+``) as a
    possible ``phonenumbers.PhoneNumber``, or None."""
    import phonenumbers

    value = (value or "").strip()
    if not PHONE_ALLOWED.match(value):
        return None  # free text: find numbers in it with core.personal_data.find_mentions
    try:
        number = phonenumbers.parse(value, phone_region())
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def phone_e164(value):
    """A phone number in E.164 (``+31612345678``), the one form every way of writing it shares:
    "06 12345678", "+31 6 1234 5678" and "0031612345678" are the same number, "+32 470 12 34 56"
    stays Belgian. Empty when the value is no possible phone number."""
    import phonenumbers

    number = parse_phone(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if number else ""


def normalise_email(value):
    """An email address as it is compared: trimmed, in lower case (empty when it is none)."""
    value = (value or "").strip().lower()
    return value if "@" in value else ""


def validate_phone(value):
    """A phone number people can call: digits with spaces, dashes, dots or brackets, 8–15
    digits, an optional leading +."""
    value = (value or "").strip()
    digit_count = len(re.sub(r"\D", "", value))
    if not PHONE_ALLOWED.match(value) or not MIN_PHONE_DIGITS <= digit_count <= MAX_PHONE_DIGITS:
        raise ValidationError(
            _("Please enter a phone number with at least 8 digits, like 026 123 45 67."),
            code="invalid_phone",
        )


def clean_search_query(value, max_length=200):
    """A full-text query the search backends accept: no NUL or double quotes (SQLite's FTS
    reads a lone quote as an unterminated string), no control characters, trimmed."""
    value = re.sub(r'["\x00-\x1f\x7f]', " ", value or "")
    return " ".join(value.split())[:max_length]


class ConsentCheckboxInput(forms.CheckboxInput):
    """A ticked box only: what a browser sends for a ticked checkbox ("on"), or an explicit
    yes. Django's own widget reads any other text, "0", "off" and "no" included, as ticked."""

    GIVEN = frozenset({"on", "true", "1", "yes"})

    def value_from_datadict(self, data, files, name):
        if name not in data:
            return False
        value = data.get(name)
        return isinstance(value, str) and value.strip().lower() in self.GIVEN


class ConsentField(forms.BooleanField):
    """A consent box: required, never pre-ticked, and only counted when really ticked."""

    widget = ConsentCheckboxInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", True)
        super().__init__(*args, **kwargs)
        self.initial = False


LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
ORIGIN_RE = re.compile(rf"^https?://(?:\*\.)?{LABEL}(?:\.{LABEL})*(?::\d{{1,5}})?$")


def origin_list(value):
    """The origins in a text of one origin per line (blank lines and spaces ignored)."""
    return [line.strip().rstrip("/").lower() for line in (value or "").splitlines() if line.strip()]


def validate_origin_list(value):
    """One web origin per line, as a Content-Security-Policy source: ``https://host``, with an
    optional port and an optional ``*.`` for every subdomain; no paths, no bare ``*``."""
    wrong = [origin for origin in origin_list(value) if not ORIGIN_RE.match(origin)]
    if wrong:
        raise ValidationError(
            _(
                "Write one address per line, like https://www.partner.nl (no path, no spaces). "
                "Not valid: %(origins)s"
            ),
            code="invalid_origin",
            params={"origins": ", ".join(wrong)},
        )


def consent_help_text(text, privacy_url=None):
    """A consent box's help text: what is kept and for how long, and the privacy statement."""
    from django.utils.html import format_html
    from django.utils.translation import gettext

    if not privacy_url:
        return text
    return format_html(
        '{} <a href="{}">{}</a>', text, privacy_url, gettext("Read our privacy statement.")
    )
