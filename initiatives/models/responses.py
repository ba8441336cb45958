"""A resident's response to an opening: personal data, kept minimal and for a limited time."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import ContactKeys
from core.models.personal import ContactKeysQuerySet
from core.validators import phone_digits

# The version of the consent text the resident agreed to; change it whenever the text changes.
CONSENT_VERSION = "2026-11-v1"


class ResponseQuerySet(ContactKeysQuerySet):
    pass


class Response(ContactKeys):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        MATCHED = "matched", _("Matched")
        REJECTED = "declined", _("Declined")

    opening = models.ForeignKey(
        "initiatives.OpeningPage",
        verbose_name=_("opening"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    phone_digits = models.CharField(max_length=30, blank=True, editable=False, db_index=True)
    message = models.TextField(_("message"), max_length=2000)
    availability = models.CharField(_("availability"), max_length=300, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)
    consent_version = models.CharField(_("consent text version"), max_length=40)
    consent_given_at = models.DateTimeField(_("consent given at"))
    submission_key = models.UUIDField(
        _("submission key"),
        unique=True,
        default=uuid.uuid4,
        editable=False,
        help_text=_("One per rendered form: a form sent twice is stored once."),
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["-created_at", "-pk"]
        permissions = [("export_response", "Can export responses")]

    def __str__(self):
        return f"{self.name} – {self.opening.title}"

    def save(self, *args, **kwargs):
        self.phone_digits = phone_digits(self.phone)
        if self.initiative_id is None and self.opening_id:
            parent = self.opening.get_parent()
            if parent is not None:
                self.initiative_id = parent.pk
        super().save(*args, **kwargs)

    def set_status(self, status, user=None):
        """Change the status and record who did it and when (also in the history)."""
        if status == self.status:
            return False
        old = self.status
        self.status = status
        self.status_changed_at = timezone.now()
        self.status_changed_by = user if user and user.is_authenticated else None
        self.save(update_fields=["status", "status_changed_at", "status_changed_by"])
        ResponseStatusChange.objects.create(
            response=self,
            old_status=old,
            new_status=status,
            changed_by=self.status_changed_by,
            changed_at=self.status_changed_at,
        )
        return True

    def as_personal_data(self):
        """Everything stored about the resident in this response, for an export."""
        return {
            "id": self.pk,
            "opening": self.opening.title,
            "opening_url": self.opening.full_url,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "message": self.message,
            "availability": self.availability,
            "language": self.language,
            "consent_version": self.consent_version,
            "consent_given_at": self.consent_given_at.isoformat(),
            "received": self.created_at.isoformat(),
            "status": self.status,
            "status_changed_at": (
                self.status_changed_at.isoformat() if self.status_changed_at else None
            ),
            "status_history": [
                {
                    "from": change.old_status,
                    "to": change.new_status,
                    "at": change.changed_at.isoformat(),
                }
                for change in self.status_changes.all()
            ],
        }


class ResponseStatusChange(models.Model):
    """One change of a response's status: who changed it and when."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="status_changes")
    old_status = models.CharField(max_length=12, choices=Response.Status.choices)
    new_status = models.CharField(max_length=12, choices=Response.Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.old_status} → {self.new_status}"
