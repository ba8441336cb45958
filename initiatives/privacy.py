"""Retention, export and erasure of responses (personal data)."""

import calendar

from django.db import transaction
from django.utils import timezone

from core.personal_data import (
    export_mentions,
    mentioned_elsewhere,
    neutralise_log_entries,
    redact_rows,
    subject,
)

from .conf import offer_retention_months, retention_months
from .models import HelpOffer, OpeningPage, Response


def months_before(moment, months):
    """The same day ``months`` calendar months before ``moment`` (clamped to month end)."""
    month_index = moment.month - 1 - months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def expired_responses(now=None, months=None):
    """Responses whose opening closed more than the retention period ago."""
    now = now or timezone.now()
    months = retention_months() if months is None else months
    cutoff = months_before(now, months)
    expired_openings = []
    for opening in OpeningPage.objects.filter(responses__isnull=False).distinct():
        closed = opening.closed_since()
        if closed is not None and closed < cutoff:
            expired_openings.append(opening.pk)
    return Response.objects.filter(opening_id__in=expired_openings)


def purge_expired(now=None, months=None, dry_run=False):
    responses = expired_responses(now, months)
    count = responses.count()
    if not dry_run and count:
        with transaction.atomic():
            responses.delete()
    return count


def export_for(identifier):
    responses = Response.objects.for_contact(identifier).select_related("opening")
    return {
        "subject": identifier,
        "exported_at": timezone.now().isoformat(),
        "responses": [r.as_personal_data() for r in responses.prefetch_related("status_changes")],
    }


# Free text in which a resident may name someone else (a friend, a neighbour).
RESPONSE_TEXT = ("message", "availability")
OFFER_TEXT = ("contact_preference", "skills_other")


def mentions_for(identifier):
    """Other residents' responses and offers whose free text names this person whole."""
    who = subject(identifier)
    return (
        mentioned_elsewhere(Response.objects.all(), who, *RESPONSE_TEXT),
        mentioned_elsewhere(HelpOffer.objects.all(), who, *OFFER_TEXT),
    )


def export_mentions_for(identifier):
    who = subject(identifier)
    responses, offers = mentions_for(identifier)
    return export_mentions(responses, who, *RESPONSE_TEXT) + export_mentions(
        offers, who, *OFFER_TEXT
    )


def erase_mentions_for(identifier):
    """Replace the address or number in other people's text by "[gewist]"; their rows stay."""
    who = subject(identifier)
    responses, offers = mentions_for(identifier)
    return redact_rows(responses, who, *RESPONSE_TEXT) + redact_rows(offers, who, *OFFER_TEXT)


def erase_for(identifier, dry_run=False):
    responses = Response.objects.for_contact(identifier)
    count = responses.count()
    if not dry_run and count:
        with transaction.atomic():
            neutralise_log_entries(list(responses))
            responses.delete()
    return count


# --- Offers of help ---------------------------------------------------------------------------
def expired_offers(now=None, months=None):
    """Offers whose last change (or arrival) is longer ago than the retention period."""
    now = now or timezone.now()
    months = offer_retention_months() if months is None else months
    cutoff = months_before(now, months)
    from django.db.models import Q

    return HelpOffer.objects.filter(
        Q(status_changed_at__lt=cutoff) | Q(status_changed_at__isnull=True, created_at__lt=cutoff)
    )


def purge_expired_offers(now=None, months=None, dry_run=False):
    offers = expired_offers(now, months)
    count = offers.count()
    if not dry_run and count:
        with transaction.atomic():
            offers.delete()
    return count


def export_offers_for(identifier):
    offers = HelpOffer.objects.for_contact(identifier).prefetch_related(
        "themes", "matches__opening"
    )
    return [offer.as_personal_data() for offer in offers]


def erase_offers_for(identifier, dry_run=False):
    offers = HelpOffer.objects.for_contact(identifier)
    count = offers.count()
    if not dry_run and count:
        with transaction.atomic():
            neutralise_log_entries(list(offers))
            offers.delete()
    return count
