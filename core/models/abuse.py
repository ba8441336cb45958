from django.db import models


class RateLimitBucket(models.Model):
    """How many times one (hashed) client sent one form in one time window.

    Holds no personal data: ``key`` is a keyed hash of address and form, and rows of windows that
    are over are deleted as new ones are made.
    """

    key = models.CharField(max_length=40)
    window = models.BigIntegerField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window"], name="unique_rate_limit_bucket")
        ]
        indexes = [models.Index(fields=["window"])]

    def __str__(self):
        return f"{self.key[:8]}… @ {self.window}: {self.count}"
