"""The home page: the front door of the site in every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import LatestPagesBatch
from core.models import BasePage
from home.blocks import HomeStreamBlock


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
    page_select_related = ("hero_cta_page", "hero_secondary_page")
    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The sections' lists, loaded together when one of them is not cached.
        context["latest_pages"] = LatestPagesBatch(self.body)
        return context

    content_panels = [
        *BasePage.content_panels,
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
