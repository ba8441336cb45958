"""Matching an offer of help to openings: each match becomes a response in the opening's
pipeline (the contact person gets the usual message) and is recorded on the offer."""

import uuid

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from .models import HelpOffer, HelpOfferMatch, Response


def match_offer(offer, openings, user=None):
    """Match ``offer`` to each of ``openings`` once; returns the new matches."""
    from .tasks import notify_contact_of_match

    created = []
    with transaction.atomic():
        already = set(offer.matches.values_list("opening_id", flat=True))
        for opening in openings:
            if opening.pk in already:
                continue
            with translation.override(opening.locale.language_code):
                message = gettext("Offer of help: %(summary)s") % {"summary": offer.summary()}
                availability = str(offer.get_hours_display())
            response = Response.objects.create(
                opening=opening,
                name=offer.name,
                email=offer.email,
                phone=offer.phone,
                message=message[:2000],
                availability=availability[:300],
                language=offer.language,
                consent_version=offer.consent_version,
                consent_given_at=offer.consent_given_at,
                submission_key=uuid.uuid4(),
                created_at=timezone.now(),
            )
            created.append(
                HelpOfferMatch.objects.create(
                    offer=offer, opening=opening, response=response, matched_by=user
                )
            )
        if created:
            offer.set_status(HelpOffer.Status.MATCHED, user)
    for match in created:
        response_id = match.response_id
        transaction.on_commit(lambda pk=response_id: notify_contact_of_match.enqueue(pk))
    return created
