"""Settings of this section, with their defaults (override them in config/settings)."""

from django.conf import settings


def retention_months():
    """Months a response is kept after its opening closed (RESPONSE_RETENTION_MONTHS)."""
    return int(getattr(settings, "RESPONSE_RETENTION_MONTHS", 12))


def offer_retention_months():
    """Months an offer of help is kept after its last change (HELP_OFFER_RETENTION_MONTHS)."""
    return int(getattr(settings, "HELP_OFFER_RETENTION_MONTHS", 12))
