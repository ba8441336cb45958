from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A societal theme of the neighbourhood (armoede en schulden, eenzaamheid, ...).

    Every content page carries themes; each theme has a public page that gathers what is
    published on it. Pages of every language find a theme through its ``translation_key``.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in the theme's web address.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences shown on the theme page.")
    )
    icon = models.CharField(
        _("icon"),
        max_length=30,
        blank=True,
        choices=[
            ("coin", _("Coin")),
            ("heart", _("Heart")),
            ("people", _("People")),
            ("leaf", _("Leaf")),
            ("care", _("Care")),
            ("recycle", _("Re-use")),
            ("house", _("House")),
        ],
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("icon"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def clean_fields(self, exclude=None):
        # A translated slug ("Poverty and debt") becomes a valid one ("poverty-and-debt").
        self.slug = slugify(self.slug or self.name)
        super().clean_fields(exclude=exclude)
