from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from axes.models import AccessAttempt


class RateLimitEvent(models.Model):
    """One counted attempt of one (hashed) client on one form and target: a stored submission,
    or a clear sign of abuse (a filled-in honeypot, a forged token).

    The rate limit is a sliding window over these rows. They hold no personal data: ``key`` is
    a keyed hash of address, form and target, and rows older than the longest window are
    deleted as new ones are made.
    """

    key = models.CharField(max_length=40)
    at = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["key", "at"])]

    def __str__(self):
        return f"{self.key[:8]}… @ {self.at:%Y-%m-%d %H:%M:%S}"


class FailedSignIn(AccessAttempt):
    """The failed password attempts django-axes counts (core/login_throttling.py): admin logins
    per user name and address, the shared passwords of private pages and documents per address
    (no user name). Editors with the permission see them under *Settings → Failed sign-ins*;
    deleting one unlocks that user name and address at once. Axes deletes the rows whose
    cool-off is over at every sign-in, failed or not, anywhere on the site."""

    class Meta:
        proxy = True
        verbose_name = _("failed sign-in")
        verbose_name_plural = _("failed sign-ins")

    def __str__(self):
        return f"{self.who()} – {self.ip_address or '?'}"

    def locked_until(self):
        """When the lockout ends, or None while the limit is not reached."""
        if self.failures_since_start < settings.AXES_FAILURE_LIMIT:
            return None
        return self.attempt_time + settings.AXES_COOLOFF_TIME

    def locked_until_display(self):
        until = self.locked_until()
        return formats.date_format(timezone.localtime(until), "DATETIME_FORMAT") if until else "–"

    locked_until_display.short_description = _("Locked until")

    def who(self):
        return self.username or _("Password of a private page or document")

    who.short_description = _("User name or form")
