"""Themes (a translatable snippet) and the theme overview whose sub-pages gather everything
published on one theme, from every section, through what ``BasePage`` shares."""

from django.db import models
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import TranslatableMixin, get_page_models
from wagtail.search import index

from core.listing import load_cards

from .base import BasePage


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


class ThemeIndexPage(RoutablePageMixin, BasePage):
    """Lists the themes; each theme's own page (a sub-route) gathers all that is published on it.

    The theme page asks every page type that inherits ``BasePage`` for its pages on the theme,
    so sections show up here without `home` importing them.
    """

    introduction = models.TextField(_("introduction"), blank=True)
    per_group = models.PositiveSmallIntegerField(
        _("items per group"), default=6, help_text=_("How many pages of each kind a theme shows.")
    )

    show_on_theme_pages = False
    template = "core/theme_index_page.html"
    subpage_types = []
    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("per_group")]

    class Meta:
        verbose_name = _("theme overview")
        verbose_name_plural = _("theme overviews")

    def themes(self):
        return Theme.objects.filter(locale_id=self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes()
        return context

    def theme_url(self, theme):
        return self.url + self.reverse_subpage("theme", args=[theme.slug])

    def theme_alternates(self, theme):
        """{language code: URL of this theme's page in that language}, in two queries."""
        indexes = (
            ThemeIndexPage.objects.live()
            .filter(translation_key=self.translation_key)
            .select_related("locale")
        )
        themes = {
            other.locale_id: other
            for other in Theme.objects.filter(translation_key=theme.translation_key)
        }
        return {
            index_page.locale.language_code: index_page.theme_url(themes[index_page.locale_id])
            for index_page in indexes
            if index_page.locale_id in themes
        }

    @path("<slug:slug>/", name="theme")
    def theme_view(self, request, slug):
        theme = self.themes().filter(slug=slug).first()
        if theme is None:
            raise Http404
        groups = theme_groups(theme, self.locale_id, per_group=self.per_group)
        return self.render(
            request,
            template="core/theme_page.html",
            context_overrides={
                "theme": theme,
                "groups": groups,
                "alternate_urls": self.theme_alternates(theme),
                # Sections offer feeds of a theme through the "theme_feeds" hook.
                "theme_feeds": [
                    feed for hook in hooks.get_hooks("theme_feeds") for feed in hook(theme, request)
                ],
            },
        )


def theme_page_models():
    """Every concrete page type that can appear on a theme page."""
    models = [
        model
        for model in get_page_models()
        if issubclass(model, BasePage) and model.show_on_theme_pages
    ]
    return sorted(models, key=lambda model: model.theme_listing_order)


def theme_groups(theme, locale_id, per_group=6):
    """[(heading, [pages])] for every page type with pages on ``theme``; one query per type
    (and one for all card images' renditions)."""
    models = theme_page_models()
    lists = load_cards(
        *(model.theme_listing_queryset(theme, locale_id)[:per_group] for model in models)
    )
    return [
        {"heading": model.theme_listing_group(), "pages": pages, "model": model}
        for model, pages in zip(models, lists, strict=True)
        if pages
    ]
