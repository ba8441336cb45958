"""Alerts ("Houd me op de hoogte"): an email address and what to be told about.

Personal data: double opt-in (nothing is sent before the resident confirms from the first
mail), consent recorded, exported and erased with the other records, and deleted a year after
the resident last confirmed their interest (``ALERT_RETENTION_DAYS``).
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.validators import normalise_email

# The version of the consent text of the alert form; change it whenever the text changes.
ALERT_CONSENT_VERSION = "2026-12-v1"


class AlertQuerySet(models.QuerySet):
    def for_email(self, email):
        """The alerts of exactly this address (compared trimmed and in lower case)."""
        email = normalise_email(email)
        return self.filter(email_normalised=email) if email else self.none()

    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class Alert(models.Model):
    class Subject(models.TextChoices):
        OPENINGS = "openings", _("New openings")
        STORIES = "stories", _("New stories")

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("Straight away")
        WEEKLY = "weekly", _("Once a week")

    email = models.EmailField(_("email address"))
    email_normalised = models.CharField(
        max_length=254, blank=True, default="", editable=False, db_index=True
    )
    language = models.CharField(_("language"), max_length=10)
    subject = models.CharField(
        _("about"), max_length=12, choices=Subject.choices, default=Subject.OPENINGS
    )
    opening_kind = models.CharField(_("volunteer or paid"), max_length=12, blank=True)
    theme = models.ForeignKey(
        "core.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place = models.CharField(_("place"), max_length=80, blank=True)
    hours = models.CharField(_("time"), max_length=12, blank=True)
    frequency = models.CharField(
        _("how often"), max_length=12, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    consent_version = models.CharField(_("consent text version"), max_length=40)
    consent_given_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    interest_confirmed_at = models.DateTimeField(
        _("interest last confirmed at"),
        null=True,
        blank=True,
        help_text=_("The alert is deleted a year after this (or after confirming)."),
    )
    renewal_sent_at = models.DateTimeField(_("renewal request sent at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_subject_display()} ({self.pk})"

    def save(self, *args, **kwargs):
        self.email_normalised = normalise_email(self.email)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "email" in update_fields:
            kwargs["update_fields"] = {*update_fields, "email_normalised"}
        super().save(*args, **kwargs)

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def interest_since(self):
        return self.interest_confirmed_at or self.confirmed_at or self.created_at

    def as_personal_data(self):
        return {
            "id": self.pk,
            "email": self.email,
            "language": self.language,
            "about": self.subject,
            "volunteer_or_paid": self.opening_kind,
            "theme": self.theme.name if self.theme else None,
            "place": self.place,
            "time": self.hours,
            "frequency": self.frequency,
            "consent_version": self.consent_version,
            "consent_given_at": self.consent_given_at.isoformat(),
            "created": self.created_at.isoformat(),
            "confirmed_at": self.confirmed_at.isoformat() if self.confirmed_at else None,
            "interest_confirmed_at": (
                self.interest_confirmed_at.isoformat() if self.interest_confirmed_at else None
            ),
            "last_sent_at": self.last_sent_at.isoformat() if self.last_sent_at else None,
            "pages_sent": self.deliveries.count(),
        }


class AlertDelivery(models.Model):
    """A page mailed to an alert, so no page is mailed twice (in any language version)."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    page_key = models.UUIDField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "page_key"], name="unique_alert_delivery")
        ]

    def __str__(self):
        return f"{self.alert_id}: {self.page_key}"
