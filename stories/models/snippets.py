"""People and places that stories are about: translatable snippets."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

# Stories with a person whose consent ends within this many days are flagged as well.
CONSENT_WARNING_DAYS = 30


def public_consent_q(today=None, prefix=""):
    """People whose consent is recorded and has not ended: only they are shown with photo
    and bio, and only they are offered as a public filter."""
    today = today or timezone.localdate()
    return models.Q(**{f"{prefix}consent_given_on__isnull": False}) & (
        models.Q(**{f"{prefix}consent_ends_on__isnull": True})
        | models.Q(**{f"{prefix}consent_ends_on__gte": today})
    )


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone a story is about or a blog post is written by, with their recorded consent."""

    class Role(models.TextChoices):
        RESIDENT = "resident", pgettext_lazy("person role", "Resident")
        VOLUNTEER = "volunteer", pgettext_lazy("person role", "Volunteer")
        ENTREPRENEUR = "entrepreneur", pgettext_lazy("person role", "Neighbourhood entrepreneur")
        COMMUNITY_BUILDER = "community_builder", pgettext_lazy("person role", "Community builder")
        INFORMATION_GATHERER = (
            "information_gatherer",
            pgettext_lazy("person role", "Information gatherer"),
        )
        STORYTELLER = "storyteller", pgettext_lazy("person role", "Storyteller")
        PARTNER = "partner", pgettext_lazy("person role", "Partner")
        OTHER = "other", pgettext_lazy("person role", "Other")

    name = models.CharField(
        _("name"), max_length=120, help_text=_("The name shown on the site; may be a pseudonym.")
    )
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("Used in filter addresses."))
    is_pseudonym = models.BooleanField(
        _("name is a pseudonym"),
        default=False,
        help_text=_("Readers are told the name was changed; the photo is then never shown."),
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices, default=Role.RESIDENT)
    role_description = models.CharField(
        _("role in their own words"),
        max_length=120,
        blank=True,
        help_text=_("Optional, e.g. “volunteer at the repair café”. Replaces the role shown."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short bio"), max_length=600, blank=True)
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_scope = models.TextField(
        _("what the consent covers"),
        blank=True,
        help_text=_("E.g. “name, photo and story on the website and in the newsletter”."),
    )
    consent_ends_on = models.DateField(
        _("consent ends on"),
        null=True,
        blank=True,
        help_text=_("After this date, stories with this person are flagged for review."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("is_pseudonym"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("role_description")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("consent_given_on"), FieldPanel("consent_ends_on")]),
                FieldPanel("consent_scope"),
            ],
            heading=_("Consent"),
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug"),
        TranslatableField("role_description"),
        TranslatableField("bio"),
        SynchronizedField("consent_given_on"),
        TranslatableField("consent_scope"),
        SynchronizedField("consent_ends_on"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_person_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    @property
    def role_label(self):
        return self.role_description or self.get_role_display()

    @property
    def has_public_consent(self):
        """Consent is recorded and has not ended (it may end soon)."""
        return self.consent_status() in ("ok", "ending")

    @property
    def public_photo(self):
        """No photo is shown of someone who appears under a pseudonym or whose consent is
        missing or has ended."""
        return self.photo if self.has_public_consent and not self.is_pseudonym else None

    @property
    def public_bio(self):
        """The bio, only while consent lasts; otherwise just the name is shown."""
        return self.bio if self.has_public_consent else ""

    def consent_status(self, today=None):
        """ "missing", "expired", "ending" (within CONSENT_WARNING_DAYS) or "ok"."""
        today = today or timezone.localdate()
        if not self.consent_given_on:
            return "missing"
        if self.consent_ends_on:
            if self.consent_ends_on < today:
                return "expired"
            if self.consent_ends_on <= today + datetime.timedelta(days=CONSENT_WARNING_DAYS):
                return "ending"
        return "ok"

    @property
    def consent_needs_review(self):
        return self.consent_status() != "ok"


class Place(TranslatableMixin, index.Indexed, models.Model):
    """Where a story happens: a neighbourhood, optionally a street, in a city."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("As readers know it, e.g. “Geitenkamp”.")
    )
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("Used in filter addresses."))
    neighbourhood = models.CharField(_("neighbourhood"), max_length=120, blank=True)
    street = models.CharField(_("street"), max_length=120, blank=True)
    city = models.CharField(_("city"), max_length=80, default="Arnhem")
    description = models.TextField(_("description"), max_length=600, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("neighbourhood"), FieldPanel("street"), FieldPanel("city")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Coordinates")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("neighbourhood"),
        SynchronizedField("street"),
        SynchronizedField("city"),
        TranslatableField("description"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_place_slug_per_locale")
        ]

    def __str__(self):
        return (
            f"{self.name}, {self.city}" if self.city and self.city not in self.name else self.name
        )

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None
