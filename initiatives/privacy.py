"""Retention, export and erasure of responses (personal data)."""

import calendar
import datetime

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from wagtail.models import PageLogEntry

from core.personal_data import neutralise_log_entries

from .conf import max_age_days, offer_retention_months, retention_months
from .models import HelpOffer, OpeningPage, Response


def months_before(moment, months):
    """The same day ``months`` calendar months before ``moment`` (clamped to month end)."""
    month_index = moment.month - 1 - months
    year = moment.year + month_index // 12
    month = month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def max_age_cutoff(now=None):
    """Anything that arrived before this is deleted, whatever else holds (RESPONSE_MAX_AGE_DAYS)."""
    return (now or timezone.now()) - datetime.timedelta(days=max_age_days())


def unpublished_since(openings):
    """When each opening that is off the site was last unpublished ({page id: moment})."""
    return dict(
        PageLogEntry.objects.filter(
            page_id__in=[opening.pk for opening in openings], action="wagtail.unpublish"
        )
        .values_list("page_id")
        .annotate(last=Max("timestamp"))
    )


def expired_responses(now=None, months=None):
    """Responses whose opening closed (or went off the site) more than the retention period
    ago, and every response older than the maximum age, whatever its opening's state."""
    now = now or timezone.now()
    months = retention_months() if months is None else months
    cutoff = months_before(now, months)
    openings = list(OpeningPage.objects.filter(responses__isnull=False).distinct())
    unpublished = unpublished_since([opening for opening in openings if not opening.live])
    expired_openings = []
    for opening in openings:
        closed = opening.closed_since()
        if not opening.live:
            # Unpublished while open: it takes no responses since, so retention starts then.
            closed = min(filter(None, [closed, unpublished.get(opening.pk)]), default=None)
        if closed is not None and closed < cutoff:
            expired_openings.append(opening.pk)
    return Response.objects.filter(
        Q(opening_id__in=expired_openings) | Q(created_at__lt=max_age_cutoff(now))
    )


def purge_expired(now=None, months=None, dry_run=False):
    responses = expired_responses(now, months)
    count = responses.count()
    if not dry_run and count:
        with transaction.atomic():
            neutralise_log_entries(list(responses))
            responses.delete()
    return count


def export_for(identifier):
    responses = Response.objects.for_contact(identifier).select_related("opening")
    return {
        "subject": identifier,
        "exported_at": timezone.now().isoformat(),
        "responses": [r.as_personal_data() for r in responses.prefetch_related("status_changes")],
    }


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
    """Offers whose last change (or arrival) is longer ago than the retention period, and every
    offer older than the maximum age (status changes do not keep an offer for ever)."""
    now = now or timezone.now()
    months = offer_retention_months() if months is None else months
    cutoff = months_before(now, months)
    return HelpOffer.objects.filter(
        Q(status_changed_at__lt=cutoff)
        | Q(status_changed_at__isnull=True, created_at__lt=cutoff)
        | Q(created_at__lt=max_age_cutoff(now))
    )


def purge_expired_offers(now=None, months=None, dry_run=False):
    offers = expired_offers(now, months)
    count = offers.count()
    if not dry_run and count:
        with transaction.atomic():
            neutralise_log_entries(list(offers))
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
