"""Normalised contact keys stored beside a person's email address and phone number, so
``export_personal_data`` / ``erase_personal_data`` find exactly that person with an indexed
lookup (``core.personal_data.contact_filter``)."""

from django.db import models

from core.validators import normalise_email, phone_e164


class ContactKeysQuerySet(models.QuerySet):
    def for_contact(self, identifier):
        """Rows stored for exactly this email address or phone number."""
        from core.personal_data import contact_filter, subject

        return self.filter(contact_filter(subject(identifier)))


class ContactKeys(models.Model):
    """Adds ``email_normalised`` and ``phone_e164``, filled from ``email`` and ``phone`` on
    every save (also when ``update_fields`` names one of them)."""

    email_normalised = models.CharField(
        max_length=254, blank=True, default="", editable=False, db_index=True
    )
    phone_e164 = models.CharField(
        max_length=20, blank=True, default="", editable=False, db_index=True
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.fill_contact_keys()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"email", "phone"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "email_normalised", "phone_e164"}
        super().save(*args, **kwargs)

    def fill_contact_keys(self):
        self.email_normalised = normalise_email(getattr(self, "email", ""))
        self.phone_e164 = phone_e164(getattr(self, "phone", ""))


def fill_contact_keys(model, email_field="email", phone_field="phone"):
    """Fill the keys of rows stored before they existed (for data migrations)."""
    for row in model.objects.only("pk", email_field, *([phone_field] if phone_field else [])):
        keys = {"email_normalised": normalise_email(getattr(row, email_field))}
        if phone_field:
            keys["phone_e164"] = phone_e164(getattr(row, phone_field))
        model.objects.filter(pk=row.pk).update(**keys)
