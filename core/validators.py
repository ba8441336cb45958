"""Validation shared by every public form, so the same input means the same thing everywhere."""

import re

from django import forms
from django.core import validators
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_ALLOWED = re.compile(r"^[+(\d][\d\s\-().]*$")
PHONE_MAX_LENGTH = 30
# The longest free text any public form takes (a contact message, a story); shorter limits
# come from the model field (a name, a phone number).
TEXT_MAX_LENGTH = 5000
# Text no person types: control characters other than tab and line breaks, lone surrogates,
# and the replacement character that broken UTF-8 (a lone surrogate's bytes) turns into.
INVALID_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffd\ufffe\uffff]")
LENGTH_MESSAGE = _(
    "Please keep this to at most %(limit_value)d characters (it has %(show_value)d now)."
)


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


def parse_phone(value, *, strict=True):
    """The ``phonenumbers.PhoneNumber`` of a value written as a phone number, or None: digits
    with spaces, dashes, dots or brackets and an optional leading + (no letters: ``phonenumbers``
    would read them as a keypad); without a country code it is read as ``phone_region()``.
    ``strict``: a number people can call (valid by ``phonenumbers``' metadata, as forms check);
    otherwise any possible number (matching what was stored before the forms checked)."""
    import phonenumbers

    value = (value or "").strip()
    if not PHONE_ALLOWED.match(value):
        return None
    try:
        number = phonenumbers.parse(value, phone_region())
    except phonenumbers.NumberParseException:
        return None
    valid = phonenumbers.is_valid_number if strict else phonenumbers.is_possible_number
    return number if valid(number) else None


def phone_e164(value):
    """A phone number in E.164 (``+31612345678``), the one form every way of writing it shares:
    "06 12345678", "+31 6 1234 5678" and "0031612345678" are the same number, "+32 470 12 34 56"
    stays Belgian. Empty when the value is no possible phone number."""
    import phonenumbers

    number = parse_phone(value, strict=False)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if number else ""


def normalise_email(value):
    """An email address as it is compared: trimmed, in lower case (empty when it is none)."""
    value = (value or "").strip().lower()
    return value if "@" in value else ""


def validate_phone(value):
    """A phone number people can call (see ``parse_phone``): Dutch, or foreign with its
    country code."""
    if parse_phone(value) is None:
        raise ValidationError(
            _(
                "Please enter a phone number we can call, like 026 123 45 67 or, from abroad, "
                "with the country code, like +49 30 1234567."
            ),
            code="invalid_phone",
        )


class PhoneField(forms.CharField):
    """The phone number field of every public form: optional by default, at most
    ``PHONE_MAX_LENGTH`` characters, checked by ``validate_phone``; the cleaned value is what
    the person typed, trimmed."""

    default_validators = [validate_phone]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", PHONE_MAX_LENGTH)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"})
        )
        super().__init__(*args, **kwargs)


ID_RE = re.compile(r"[0-9]{1,18}")


def parse_id(value):
    """A database id from user input (a form field, a query parameter), or None: 1 to 18 ASCII
    digits, as the ``id`` URL converter takes (``str.isdigit`` also takes "²" and "١", which
    ``int`` refuses or reads as another number)."""
    value = value if isinstance(value, str) else ""
    return int(value) if ID_RE.fullmatch(value) else None


def clean_search_query(value, max_length=200):
    """A full-text query the search backends accept: no NUL or double quotes (SQLite's FTS
    reads a lone quote as an unterminated string), no control characters, trimmed."""
    value = re.sub(r'["\x00-\x1f\x7f]', " ", value or "")
    return " ".join(value.split())[:max_length]


class TickedCheckboxInput(forms.CheckboxInput):
    """A ticked box only: what a browser sends for a ticked checkbox ("on"), or an explicit
    yes. Django's own widget reads any other text, "0", "off" and "no" included, as ticked."""

    GIVEN = frozenset({"on", "true", "1", "yes"})

    def value_from_datadict(self, data, files, name):
        if name not in data:
            return False
        value = data.get(name)
        return isinstance(value, str) and value.strip().lower() in self.GIVEN


ConsentCheckboxInput = TickedCheckboxInput


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


# CharFields whose cleaned value is not text.
NOT_TEXT = (forms.UUIDField, forms.JSONField)


def validate_text(value):
    """Refuse text with ``INVALID_TEXT`` in it (NUL, control characters, broken text)."""
    if isinstance(value, str) and INVALID_TEXT.search(value):
        raise ValidationError(
            _(
                "This text contains characters that are not allowed (invisible control "
                "characters or broken text). Please type it again."
            ),
            code="invalid_text",
        )


def limit_length(field, max_length):
    """Give a text field ``max_length`` (unless it has a lower one) with ``LENGTH_MESSAGE``,
    in its validators and as the browser's ``maxlength``, and ``validate_text``."""
    limit = min(field.max_length or max_length, max_length)
    field.max_length = limit
    replaced = (validators.MaxLengthValidator, validators.ProhibitNullCharactersValidator)
    field.validators = [v for v in field.validators if not isinstance(v, replaced)]
    field.validators += [
        validate_text,
        validators.MaxLengthValidator(limit, message=LENGTH_MESSAGE),
    ]
    if not field.widget.is_hidden:
        field.widget.attrs["maxlength"] = str(limit)


def apply_input_rules(form, max_length=TEXT_MAX_LENGTH):
    """The rules every public form shares, whatever built it (a ModelForm, Wagtail's form
    builder): every free-text field has a length limit (its own, else ``max_length``) with one
    message and refuses invalid text (``validate_text``), and a checkbox counts only when
    really ticked (``TickedCheckboxInput``)."""
    for field in form.fields.values():
        if isinstance(field, forms.CharField) and not isinstance(field, NOT_TEXT):
            limit_length(field, max_length)
        elif isinstance(field, forms.BooleanField) and type(field.widget) is forms.CheckboxInput:
            field.widget = TickedCheckboxInput(attrs=field.widget.attrs)
