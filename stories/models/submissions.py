"""Stories residents offer through the "Tell your story" form."""

from django.contrib import admin
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Locale

from core.models import ContactKeys
from core.models.personal import ContactKeysQuerySet
from core.widgets import ReadOnlyPanel


class StorySubmission(ContactKeys):
    """A story a resident offers. Personal data is kept to what the storyteller needs."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        PUBLISHED = "published", _("Published")
        DECLINED = "declined", _("Declined")

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    neighbourhood = models.CharField(_("neighbourhood or street"), max_length=120, blank=True)
    about = models.TextField(_("what the story is about"), max_length=4000)
    consent = models.BooleanField(_("consent to be contacted"), default=False)
    consent_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    locale = models.ForeignKey(
        Locale, verbose_name=_("language"), on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    notes = models.TextField(_("internal notes"), blank=True)
    story = models.ForeignKey(
        "stories.StoryPage",
        verbose_name=_("story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)

    objects = ContactKeysQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                ReadOnlyPanel("name"),
                FieldRowPanel([ReadOnlyPanel("email"), ReadOnlyPanel("phone")]),
                ReadOnlyPanel("neighbourhood"),
                ReadOnlyPanel("about"),
                FieldRowPanel(
                    [
                        ReadOnlyPanel("consent_at"),
                        ReadOnlyPanel("created_at"),
                    ]
                ),
            ],
            heading=_("What was sent"),
        ),
        FieldPanel("status"),
        FieldPanel("notes"),
        ReadOnlyPanel("story"),
    ]

    class Meta:
        verbose_name = _("story submission")
        verbose_name_plural = _("story submissions")
        ordering = ["-created_at"]

    def __str__(self):
        name = self.name or _("(details removed)")
        return f"{name}: {Truncator(self.about).words(8)}"

    @property
    @admin.display(description=_("summary"))
    def summary(self):
        return Truncator(self.about).words(20)

    @property
    @admin.display(description=_("contact details"))
    def contact(self):
        return " · ".join(part for part in (self.email, self.phone) if part)

    def index_page(self):
        from .pages import StoryIndexPage

        return (
            StoryIndexPage.objects.filter(locale_id=self.locale_id).first()
            or StoryIndexPage.objects.filter(locale=Locale.get_default()).first()
            or StoryIndexPage.objects.first()
        )

    def default_slug(self):
        """The slug of a story whose title gives none, in the submission's language."""
        language = self.locale.language_code if self.locale_id else None
        with translation.override(language):
            return slugify(pgettext("slug of a story without a usable title", "story"))

    def working_title(self):
        """The draft's title until the storyteller writes one: whose story it is, never the
        resident's first sentence (that would become the page's title and address)."""
        language = self.locale.language_code if self.locale_id else None
        first_name = (self.name or "").split(" ")[0]
        with translation.override(language):
            if first_name:
                return pgettext("working title of a draft story", "Story of %(name)s (draft)") % {
                    "name": first_name
                }
            return pgettext("working title of a draft story", "New story (draft)")

    @transaction.atomic
    def make_draft_story(self, user=None):
        """A draft StoryPage under the story index, filled from this submission (once).

        The row is locked and read again first, so two clicks (two requests, each with its
        own copy of the submission) still make one draft.
        """
        from .pages import StoryPage

        current = StorySubmission.objects.select_for_update().get(pk=self.pk)
        if current.story_id:
            self.story_id = current.story_id
            return StoryPage.objects.get(pk=current.story_id)
        index = self.index_page()
        if index is None:
            raise ValueError("There is no story index to add the story to.")
        title = self.working_title()
        # A neutral slug ("verhaal-12"): the resident's first sentence is no address, and the
        # storyteller sets the real one with the real title.
        base_slug = f"{self.default_slug()}-{self.pk}"
        slug, number = base_slug, 1
        while index.get_children().filter(slug=slug).exists():
            number += 1
            slug = f"{base_slug}-{number}"
        paragraphs = [p.strip() for p in self.about.splitlines() if p.strip()]
        story = StoryPage(
            title=title,
            slug=slug,
            lede=Truncator(self.about).chars(300),
            live=False,
            locale_id=index.locale_id,
            owner=user,
            body=[
                ("paragraph", "".join(f"<p>{escape(p)}</p>" for p in paragraphs)),
            ],
        )
        index.add_child(instance=story)
        story.save_revision(user=user, log_action=True)
        self.story = story
        self.save(update_fields=["story"])
        return story
