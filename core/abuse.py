"""One guard against spam and abuse for every public form.

Three checks, each refusing with a clear, translated message and storing nothing:

* a honeypot field that people never see (hidden by a CSS class, not an inline style) and bots
  fill in;
* a signed render timestamp: a form sent back faster than ``FORM_MIN_SECONDS`` after it was
  shown, or from a page older than ``FORM_MAX_AGE_SECONDS``, is refused;
* a per-client rate limit (``FORM_RATE_LIMIT``, e.g. ``10/h``; ``0`` turns it off) counted in the
  database, so it holds across every worker process. The client is stored only as a keyed hash
  of its address and the form's scope, never as an IP address.

Use ``AbuseGuardMixin`` on a Django form and pass ``request=`` when binding it.
"""

import hashlib
import hmac
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ImproperlyConfigured
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "form_rendered"
GUARD_FIELDS = (HONEYPOT_FIELD, TIMESTAMP_FIELD)
_SIGNER_SALT = "core.abuse.form-rendered"
_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

MESSAGES = {
    "honeypot": _("Your message could not be sent. Please leave the field “Website” empty."),
    "too_fast": _(
        "That was very fast. Please check your answers and send the form again in a moment."
    ),
    "expired": _("This form was open for too long. Please check your answers and send it again."),
    "tampered": _("This form could not be checked. Please reload the page and try again."),
    "rate_limited": _(
        "You have sent this form many times in a short while. Please try again later."
    ),
}


def parse_rate(rate):
    """Turn "10/h" into (10, 3600). "0" or "" means no limit: (0, 0)."""
    rate = (rate or "0").strip()
    if rate == "0":
        return 0, 0
    try:
        count, period = rate.split("/")
        return int(count), _PERIODS[period.strip().lower()[:1]]
    except (ValueError, KeyError) as exc:
        raise ImproperlyConfigured(
            f"FORM_RATE_LIMIT must look like '10/h' (per s, m, h or d) or '0', not {rate!r}"
        ) from exc


def sign_timestamp(now=None):
    now = int(time.time() if now is None else now)
    return signing.Signer(salt=_SIGNER_SALT).sign(str(now))


def client_address(request):
    """The client's address, trusting X-Forwarded-For only as far as TRUSTED_PROXY_COUNT says."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [p for p in forwarded if p]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request, scope):
    """A keyed hash of client address and scope: counts a client without storing who it is."""
    message = f"{scope}|{client_address(request)}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:40]


def hit_rate_limit(request, scope):
    """Count one attempt of this client on this form; True when it is over the limit."""
    from core.models import RateLimitBucket

    limit, period = parse_rate(settings.FORM_RATE_LIMIT)
    if not limit:
        return False
    key = client_key(request, scope)
    window = int(time.time()) // period
    with transaction.atomic():
        updated = RateLimitBucket.objects.filter(key=key, window=window).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateLimitBucket.objects.create(key=key, window=window, count=1)
            except IntegrityError:
                RateLimitBucket.objects.filter(key=key, window=window).update(count=F("count") + 1)
            # Now and then, forget buckets of windows that are over.
            RateLimitBucket.objects.filter(window__lt=window - 1).delete()
        count = RateLimitBucket.objects.get(key=key, window=window).count
    return count > limit


class AbuseGuardMixin:
    """Mix into a ``forms.Form``: adds the honeypot and timestamp fields and checks them."""

    abuse_scope = None  # defaults to the form's class name

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Website"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[TIMESTAMP_FIELD] = forms.CharField(
            required=False, widget=forms.HiddenInput, initial=sign_timestamp
        )

    def guard_scope(self):
        return self.abuse_scope or type(self).__name__

    def clean(self):
        cleaned = super().clean()
        error = self._guard_error(cleaned)
        for name in GUARD_FIELDS:
            cleaned.pop(name, None)
        if error:
            raise forms.ValidationError(MESSAGES[error], code=error)
        return cleaned

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._errors:
            # Re-shown after an error: give it a fresh timestamp, so a form that waited too long
            # can be sent again once corrected.
            self.data = self.data.copy()
            self.data[TIMESTAMP_FIELD] = sign_timestamp()

    def _guard_error(self, cleaned):
        if self.request is not None and hit_rate_limit(self.request, self.guard_scope()):
            return "rate_limited"
        if cleaned.get(HONEYPOT_FIELD):
            return "honeypot"
        try:
            rendered = int(
                signing.Signer(salt=_SIGNER_SALT).unsign(cleaned.get(TIMESTAMP_FIELD) or "")
            )
        except (signing.BadSignature, ValueError):
            return "tampered"
        age = time.time() - rendered
        if age < settings.FORM_MIN_SECONDS:
            return "too_fast"
        if age > settings.FORM_MAX_AGE_SECONDS:
            return "expired"
        return None

    @property
    def visible_fields_without_guard(self):
        return [f for f in self.visible_fields() if f.name not in GUARD_FIELDS]

    def guard_fields(self):
        return [self[name] for name in GUARD_FIELDS]
