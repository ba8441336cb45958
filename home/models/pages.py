from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock, HomeStreamBlock
from home.forms import GuardedFormBuilder
from home.listing import with_listing_images

from .base import BasePage
from .themes import Theme


class HomePage(BasePage):
    """The front door: a hero with a call to action, then sections that fill themselves."""

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; empty if decorative."),
    )
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call-to-action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("call-to-action label"), max_length=60, blank=True)
    hero_secondary_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("second link page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_secondary_label = models.CharField(_("second link label"), max_length=60, blank=True)
    body = StreamField(HomeStreamBlock(), verbose_name=_("sections"), blank=True)

    show_on_theme_pages = False
    listing_image_fields = ("listing_image", "hero_image")
    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")]),
                FieldRowPanel([FieldPanel("hero_cta_page"), FieldPanel("hero_cta_label")]),
                FieldRowPanel(
                    [FieldPanel("hero_secondary_page"), FieldPanel("hero_secondary_label")]
                ),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_listing_image(self):
        return self.listing_image or self.hero_image


class StandardPage(BasePage):
    """A plain content page (about us, privacy statement, ...)."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    template = "home/standard_page.html"
    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("themes"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("pages")

    def get_fallback_summary(self):
        return self.introduction


class FormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(RoutablePageMixin, AbstractEmailForm, BasePage):
    """A contact form that stores each message and emails it to the configured address.

    The abuse guard protects it; after sending, the reader is redirected to a thank-you
    address, so reloading never sends twice.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=RICH_TEXT_FEATURES)
    privacy_note = models.CharField(
        _("privacy note"),
        max_length=300,
        blank=True,
        help_text=_("Says briefly what happens with the message; links to the privacy statement."),
    )

    form_builder = GuardedFormBuilder
    show_on_theme_pages = False
    template = "home/contact_page.html"
    landing_page_template = "home/contact_page_landing.html"
    subpage_types = []

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def serve(self, request, *args, **kwargs):
        self._serving_request = request
        return super().serve(request, *args, **kwargs)

    def get_form_parameters(self):
        return {**super().get_form_parameters(), "request": getattr(self, "_serving_request", None)}

    @path("")
    def form_view(self, request):
        return AbstractEmailForm.serve(self, request)

    @path(_("thanks/"), name="thanks")
    def thanks_view(self, request):
        return super().render_landing_page(request)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        return redirect(self.url + self.reverse_subpage("thanks"))


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
    template = "home/theme_index_page.html"
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("per_group")]

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

    @path("<slug:slug>/", name="theme")
    def theme_view(self, request, slug):
        theme = self.themes().filter(slug=slug).first()
        if theme is None:
            raise Http404
        groups = theme_groups(theme, self.locale, per_group=self.per_group)
        alternates = {}
        for translated_index in self.get_translations(inclusive=True).live().specific():
            other = theme.get_translation_or_none(translated_index.locale)
            if other is not None:
                alternates[translated_index.locale.language_code] = translated_index.theme_url(
                    other
                )
        return self.render(
            request,
            template="home/theme_page.html",
            context_overrides={
                "theme": theme,
                "groups": groups,
                "alternate_urls": alternates,
                # Sections offer feeds of a theme through the "theme_feeds" hook.
                "theme_feeds": [
                    feed for hook in hooks.get_hooks("theme_feeds") for feed in hook(theme, request)
                ],
            },
        )


def theme_page_models():
    """Every concrete page type that can appear on a theme page."""
    from wagtail.models import get_page_models

    models = [
        model
        for model in get_page_models()
        if issubclass(model, BasePage) and model.show_on_theme_pages
    ]
    return sorted(models, key=lambda model: model.theme_listing_order)


def theme_groups(theme, locale, per_group=6):
    """[(heading, [pages])] for every page type with pages on ``theme``; one query per type."""
    groups = []
    for model in theme_page_models():
        pages = with_listing_images(model.theme_listing_queryset(theme, locale)[:per_group])
        if pages:
            groups.append({"heading": model.theme_listing_group(), "pages": pages, "model": model})
    return groups
