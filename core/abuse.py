"""One guard against spam and abuse for every public form.

Checks, each refusing with a clear, translated message and storing nothing:

* a honeypot field that people never see (hidden by a CSS class, not an inline style) and bots
  fill in;
* a signed token issued with the form: render time, a random submission key and the form (and
  target, such as the opening) it was issued for. A form sent back faster than
  ``FORM_MIN_SECONDS`` after it was shown, from a page older than ``FORM_MAX_AGE_SECONDS``, or
  with a token made for another form is refused. The submission key lets a double click store
  one row; ``submission_key(form)`` gives it to the view. The token itself, and how a page
  with a form is cached without it, are in ``core.form_tokens``;
* a per-client rate limit (``FORM_RATE_LIMIT``, e.g. ``10/h``; ``0`` turns it off): a sliding
  window counted in the database (so it holds across every worker process) over *stored*
  submissions and clear abuse (honeypot, forged token), per form and target. Refused and
  invalid attempts use up nothing. The message says from what time it can be sent again. The
  client is stored only as a keyed hash of its address, form and target, never as an address.

Use ``AbuseGuardMixin`` on a Django form, pass ``request=`` when binding it, and call
``form.count_submission()`` once the submission is stored.
"""

import datetime
import hashlib
import hmac
import time

from django import forms
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from core.caching import mark_private
from core.form_tokens import form_token, read_token, rendering_for_cache, sign_token
from core.validators import apply_input_rules

HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "form_rendered"
GUARD_FIELDS = (HONEYPOT_FIELD, TIMESTAMP_FIELD)
_PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Events are kept this long at most (the longest window a rate can have).
_MAX_PERIOD = max(_PERIODS.values())

MESSAGES = {
    "honeypot": _("Your message could not be sent. Please leave the field “Website” empty."),
    "too_fast": _(
        "That was very fast. Please check your answers and send the form again in a moment."
    ),
    "expired": _("This form was open for too long. Please check your answers and send it again."),
    "tampered": _("This form could not be checked. Please reload the page and try again."),
    "rate_limited": _(
        "You have sent this form many times in a short while. You can send it again from "
        "%(time)s. What you typed is still here."
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


def client_address(request):
    """The client's address, trusting X-Forwarded-For only as far as TRUSTED_PROXY_COUNT says."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [p for p in forwarded if p]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def client_key(request, target):
    """A keyed hash of client address and target: counts a client without storing who it is."""
    message = f"{target}|{client_address(request)}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:40]


def retry_after(request, target, now=None):
    """None when this client may send this form now; otherwise the moment it may again."""
    from core.models import RateLimitEvent

    limit, period = parse_rate(settings.FORM_RATE_LIMIT)
    if not limit:
        return None
    now = now or timezone.now()
    since = now - datetime.timedelta(seconds=period)
    recent = list(
        RateLimitEvent.objects.filter(key=client_key(request, target), at__gt=since)
        .order_by("-at")
        .values_list("at", flat=True)[:limit]
    )
    if len(recent) < limit:
        return None
    # The limit-th newest event leaves the window first; from then on one more is allowed.
    return recent[-1] + datetime.timedelta(seconds=period)


def count_event(request, target, now=None):
    """Count one stored submission (or clear abuse) of this client on this target."""
    from core.models import RateLimitEvent

    limit, _period = parse_rate(settings.FORM_RATE_LIMIT)
    if not limit or request is None:
        return
    now = now or timezone.now()
    RateLimitEvent.objects.create(key=client_key(request, target), at=now)
    # Forget events no window can still see.
    RateLimitEvent.objects.filter(at__lt=now - datetime.timedelta(seconds=_MAX_PERIOD)).delete()


class AbuseGuardMixin:
    """Mix into a ``forms.Form``: adds the honeypot and token fields and checks them."""

    abuse_scope = None  # defaults to the form's class name

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.retry_at = None
        # A page with this form carries a personal token: never let a shared cache keep it,
        # unless it is rendered for the page cache with placeholders (``core.form_tokens``).
        if not rendering_for_cache():
            mark_private(request)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Website"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[TIMESTAMP_FIELD] = forms.CharField(
            required=False,
            widget=forms.HiddenInput,
            initial=lambda: form_token(self.guard_target()),
        )
        # Lengths and checkboxes: the same rules on every public form.
        apply_input_rules(self)

    def guard_scope(self):
        return self.abuse_scope or type(self).__name__

    def guard_target(self):
        """What the token is bound to and the rate limit counted per: the form, and in
        subclasses also what it is about (an opening). No colons needed, any are allowed."""
        return self.guard_scope()

    @property
    def token(self):
        if not hasattr(self, "_token"):
            self._token = read_token(self.data.get(TIMESTAMP_FIELD) if self.is_bound else None)
        return self._token

    @property
    def submission_key(self):
        """The key the token was issued with (the same for a double click), or None."""
        token = self.token
        return token[1] if token and token[2] == self.guard_target() else None

    def clean(self):
        cleaned = super().clean()
        error = self._guard_error(cleaned)
        for name in GUARD_FIELDS:
            cleaned.pop(name, None)
        if error == "rate_limited":
            moment = timezone.localtime(self.retry_at)
            shown = formats.time_format(moment, "H:i")
            if moment.date() != timezone.localdate():
                shown = f"{formats.date_format(moment, 'j F')} {shown}"
            raise forms.ValidationError(MESSAGES[error], code=error, params={"time": shown})
        if error:
            if error in ("honeypot", "tampered"):
                count_event(self.request, self.guard_target())
            raise forms.ValidationError(MESSAGES[error], code=error)
        return cleaned

    def full_clean(self):
        super().full_clean()
        if self.is_bound and self._errors:
            # Re-shown after an error: a fresh render time (so a form that waited too long can
            # be sent again once corrected), the same submission key.
            token = self.token
            key = token[1] if token and token[2] == self.guard_target() else None
            self.data = self.data.copy()
            self.data[TIMESTAMP_FIELD] = sign_token(self.guard_target(), key=key)

    def count_submission(self):
        """Call once the submission is stored: it counts towards the rate limit."""
        count_event(self.request, self.guard_target())

    def _guard_error(self, cleaned):
        if cleaned.get(HONEYPOT_FIELD):
            return "honeypot"
        token = read_token(cleaned.get(TIMESTAMP_FIELD))
        if token is None or token[2] != self.guard_target():
            return "tampered"
        if self.request is not None:
            self.retry_at = retry_after(self.request, self.guard_target())
            if self.retry_at is not None:
                return "rate_limited"
        age = time.time() - token[0]
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
