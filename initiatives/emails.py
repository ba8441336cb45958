"""Emails about responses. The contact person's email never contains the resident's message:
it links to the admin, where the message is behind a login."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.mail import queue_mail

from .models.openings import FOLLOW_UP_WORKING_DAYS
from .workdays import add_working_days

ADMIN_URL_NAME = "opening_responses:edit"


def admin_url(response):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse(ADMIN_URL_NAME, args=[response.pk])


def _send(subject_template, body_template, context, recipient, language):
    with translation.override(language):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    # Queued, not sent: the worker sends it and retries while the mail server fails.
    queue_mail(subject, body, [recipient])
    return True


def notify_contact(response):
    """Tell the opening's contact person a response came in (no personal message in it)."""
    opening = response.opening
    if not opening.contact_email:
        return False
    context = {
        "response": response,
        "opening": opening,
        "admin_url": admin_url(response),
        "follow_up_days": FOLLOW_UP_WORKING_DAYS,
    }
    return _send(
        "initiatives/email/contact_subject.txt",
        "initiatives/email/contact_body.txt",
        context,
        opening.contact_email,
        opening.locale.language_code,
    )


def confirm_resident(response):
    """Confirm to the resident that the response arrived, when they gave an email address."""
    if not response.email:
        return False
    opening = response.opening
    context = {
        "response": response,
        "opening": opening,
        "opening_url": opening.full_url,
        "reply_by": add_working_days(response.created_at or timezone.now(), FOLLOW_UP_WORKING_DAYS),
        "follow_up_days": FOLLOW_UP_WORKING_DAYS,
    }
    return _send(
        "initiatives/email/resident_subject.txt",
        "initiatives/email/resident_body.txt",
        context,
        response.email,
        response.language or opening.locale.language_code,
    )


def remind_contact(email, responses, language):
    """Remind a contact person of responses still waiting for a first contact."""
    context = {
        "responses": [(r, admin_url(r)) for r in responses],
        "follow_up_days": FOLLOW_UP_WORKING_DAYS,
    }
    return _send(
        "initiatives/email/reminder_subject.txt",
        "initiatives/email/reminder_body.txt",
        context,
        email,
        language,
    )


def offer_admin_url(offer):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("help_offers:edit", args=[offer.pk])


def remind_offers(email, offers, language):
    """Remind the community builder of offers of help still waiting for a first contact."""
    context = {
        "offers": [(offer, offer_admin_url(offer)) for offer in offers],
        "follow_up_days": FOLLOW_UP_WORKING_DAYS,
    }
    return _send(
        "initiatives/email/offer_reminder_subject.txt",
        "initiatives/email/offer_reminder_body.txt",
        context,
        email,
        language,
    )
