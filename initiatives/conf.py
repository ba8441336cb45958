"""Settings of this section, with their defaults (override them in config/settings)."""

from django.conf import settings


def retention_months():
    """Months a response is kept after its opening closed (RESPONSE_RETENTION_MONTHS)."""
    return int(getattr(settings, "RESPONSE_RETENTION_MONTHS", 12))


def offer_retention_months():
    """Months an offer of help is kept after its last change (HELP_OFFER_RETENTION_MONTHS)."""
    return int(getattr(settings, "HELP_OFFER_RETENTION_MONTHS", 12))


def max_age_days():
    """Days a response or an offer is kept at most, from its arrival (RESPONSE_MAX_AGE_DAYS)."""
    return int(getattr(settings, "RESPONSE_MAX_AGE_DAYS", 730))
