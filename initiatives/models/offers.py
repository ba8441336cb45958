"""Offers of help ("Ik wil helpen"): a resident who found no fitting opening says what they can
and want to do; the community builder matches the offer to openings.

Personal data, under the same rules as responses: minimal, consented, exportable, erasable and
kept for a limited time (``HELP_OFFER_RETENTION_MONTHS`` after the last change).
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import ContactKeys
from core.validators import phone_digits

from .openings import HOURS_BANDS, OpeningPage
from .responses import ResponseQuerySet

# The version of the offer's consent text; change it whenever the text changes.
OFFER_CONSENT_VERSION = "2026-12-v1"


class Skill(models.TextChoices):
    """What a resident can do; stored in English, shown translated."""

    CONTACT = "contact", _("Talking and listening, keeping someone company")
    CARE = "care", _("Care and support")
    CHILDREN = "children", _("Children and young people")
    LANGUAGE = "language", _("Language and homework help")
    ADMIN = "admin", _("Paperwork, money and forms")
    COMPUTER = "computer", _("Computers and phones")
    DIY = "diy", _("Odd jobs, repairs and building")
    GARDEN = "garden", _("Gardening and greenery")
    COOKING = "cooking", _("Cooking and hosting")
    ENERGY = "energy", _("Energy saving and insulation")
    ORGANISING = "organising", _("Organising activities")
    TRANSPORT = "transport", _("Driving and errands")
    CREATIVE = "creative", _("Writing, photos and design")
    TRANSLATING = "translating", _("Translating and interpreting")


class HelpOfferQuerySet(ResponseQuerySet):
    def active(self):
        """Offers the community builder still works with."""
        return self.filter(status__in=[HelpOffer.Status.NEW, HelpOffer.Status.CONTACTED])

    def fitting(self, opening):
        """Active offers that fit an opening: kind, and at least a theme or the place."""
        queryset = self.active()
        if opening.kind == OpeningPage.Kind.VOLUNTEER:
            queryset = queryset.exclude(kind=HelpOffer.Kind.PAID)
        else:
            queryset = queryset.exclude(kind=HelpOffer.Kind.VOLUNTEER)
        theme_keys = [t.translation_key for t in opening.themes.all()]
        fits = Q(themes__translation_key__in=theme_keys) if theme_keys else Q(pk__in=[])
        if opening.from_home:
            fits |= Q(from_home=True)
        if opening.place:
            fits |= Q(place__iexact=opening.place)
        return queryset.filter(fits).distinct()


class HelpOffer(ContactKeys):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        MATCHED = "matched", _("Matched")
        CLOSED = "closed", _("Closed")

    class Kind(models.TextChoices):
        VOLUNTEER = "volunteer", _("As a volunteer")
        PAID = "paid", _("Paid work")
        EITHER = "either", _("Either")

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    phone_digits = models.CharField(max_length=30, blank=True, editable=False, db_index=True)
    contact_preference = models.CharField(_("how to reach them"), max_length=200, blank=True)
    skills = models.JSONField(_("skills"), default=list, blank=True)
    skills_other = models.TextField(_("what else they can do"), max_length=1000, blank=True)
    themes = models.ManyToManyField(
        "core.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    hours = models.CharField(_("time"), max_length=12, choices=HOURS_BANDS)
    kind = models.CharField(
        _("volunteer or paid"), max_length=12, choices=Kind.choices, default=Kind.EITHER
    )
    place = models.CharField(_("place or neighbourhood"), max_length=80, blank=True)
    from_home = models.BooleanField(_("from home"), default=False)
    languages = models.CharField(_("languages spoken"), max_length=200, blank=True)
    language = models.CharField(_("language of the site"), max_length=10, blank=True)
    consent_version = models.CharField(_("consent text version"), max_length=40)
    consent_given_at = models.DateTimeField(_("consent given at"))
    submission_key = models.UUIDField(
        _("submission key"), unique=True, default=uuid.uuid4, editable=False
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

    objects = HelpOfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offer of help")
        verbose_name_plural = _("offers of help")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.phone_digits = phone_digits(self.phone)
        super().save(*args, **kwargs)

    def skill_labels(self):
        labels = dict(Skill.choices)
        return [str(labels.get(value, value)) for value in self.skills]

    def set_status(self, status, user=None):
        if status == self.status:
            return False
        self.status = status
        self.status_changed_at = timezone.now()
        self.status_changed_by = user if user and user.is_authenticated else None
        self.save(update_fields=["status", "status_changed_at", "status_changed_by"])
        return True

    def summary(self):
        """One paragraph about the offer, for the response it becomes when matched."""
        parts = [", ".join(self.skill_labels()), self.skills_other, str(self.get_hours_display())]
        if self.languages:
            parts.append(str(_("Languages: %(languages)s") % {"languages": self.languages}))
        return " · ".join(part for part in parts if part)

    def as_personal_data(self):
        return {
            "id": self.pk,
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "contact_preference": self.contact_preference,
            "skills": list(self.skills),
            "skills_other": self.skills_other,
            "themes": [theme.name for theme in self.themes.all()],
            "hours": self.hours,
            "kind": self.kind,
            "place": self.place,
            "from_home": self.from_home,
            "languages": self.languages,
            "language": self.language,
            "consent_version": self.consent_version,
            "consent_given_at": self.consent_given_at.isoformat(),
            "received": self.created_at.isoformat(),
            "status": self.status,
            "matches": [
                {"opening": match.opening.title, "at": match.matched_at.isoformat()}
                for match in self.matches.all()
            ],
        }


class HelpOfferMatch(models.Model):
    """An offer matched to an opening: it becomes a response in that opening's pipeline."""

    offer = models.ForeignKey(HelpOffer, on_delete=models.CASCADE, related_name="matches")
    opening = models.ForeignKey(
        "initiatives.OpeningPage", on_delete=models.CASCADE, related_name="offer_matches"
    )
    response = models.OneToOneField(
        "initiatives.Response",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="offer_match",
    )
    matched_at = models.DateTimeField(default=timezone.now)
    matched_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-matched_at"]
        constraints = [
            models.UniqueConstraint(fields=["offer", "opening"], name="unique_offer_match")
        ]

    def __str__(self):
        return f"{self.offer} → {self.opening}"
