"""Settings of this section, with their defaults (override them in config/settings)."""

from django.conf import settings


def retention_months():
    """Months a response is kept after its opening closed (RESPONSE_RETENTION_MONTHS)."""
    return int(getattr(settings, "RESPONSE_RETENTION_MONTHS", 12))
