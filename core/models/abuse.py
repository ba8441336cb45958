from django.db import models


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
