"""Site-wide settings (organisation details) and the translatable navigation and footer."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import PreviewableMixin, TranslatableMixin

from core.blocks import LinkBlock
from core.page_cache import cached_fragment


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Facts about the organisation that are the same in every language."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="Wijkbedrijf"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email address"), blank=True)
    phone = models.CharField(_("phone number"), max_length=30, blank=True)
    street_address = models.CharField(_("street and number"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=12, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    kvk_number = models.CharField(_("Chamber of Commerce number"), max_length=20, blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    search_page_enabled = models.BooleanField(_("show search in the header"), default=True)

    select_related = ["logo"]

    @classmethod
    def _get_or_create(cls):
        """The settings (and their logo), kept in the shared cache for the current generation:
        saving them bumps it (core.page_cache)."""
        return cached_fragment("site-settings", [], super()._get_or_create)

    panels = [
        MultiFieldPanel(
            [FieldPanel("organisation_name"), FieldPanel("logo")], heading=_("Organisation")
        ),
        MultiFieldPanel(
            [
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("street_address"),
                FieldPanel("postal_code"),
                FieldPanel("city"),
                FieldPanel("kvk_number"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("mastodon_url"),
            ],
            heading=_("Social media"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("contact_page"),
                FieldPanel("search_page_enabled"),
            ],
            heading=_("Pages"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        links = [
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("LinkedIn", self.linkedin_url),
            ("Mastodon", self.mastodon_url),
        ]
        return [(name, url) for name, url in links if url]


class NavigationMenu(PreviewableMixin, TranslatableMixin, models.Model):
    """The main navigation; one per language."""

    title = models.CharField(_("title"), max_length=80, default="Hoofdmenu")
    items = StreamField([("link", LinkBlock())], verbose_name=_("menu items"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main navigation")
        verbose_name_plural = _("main navigation")

    def __str__(self):
        return f"{self.title} ({self.locale})"

    def get_preview_template(self, request, mode_name):
        return "navigation/preview.html"


class FooterColumnBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=60)
    links = blocks.ListBlock(LinkBlock(), label=_("Links"))

    class Meta:
        icon = "list-ul"
        label = _("Column of links")


class Footer(PreviewableMixin, TranslatableMixin, models.Model):
    """The footer: a short description, columns of links, and partner logos; per language."""

    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    about = models.TextField(_("about the organisation"), blank=True)
    columns = StreamField(
        [("column", FooterColumnBlock())], verbose_name=_("link columns"), blank=True
    )
    partners_index = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("partner overview page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The footer shows the logos (listing images) of the pages under it."),
    )
    partners_heading = models.CharField(_("partners heading"), max_length=80, blank=True)

    panels = [
        FieldPanel("tagline"),
        FieldPanel("about"),
        FieldPanel("columns"),
        MultiFieldPanel(
            [FieldPanel("partners_heading"), FieldPanel("partners_index")], heading=_("Partners")
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return f"{_('Footer')} ({self.locale})"

    def get_preview_template(self, request, mode_name):
        return "navigation/preview.html"


def organisation_name(request=None):
    """The organisation's name from the site settings, else the site name from settings."""
    try:
        # A generic setting: ``load`` (cached on the request); it has no ``for_request``.
        name = SiteSettings.load(request_or_site=request).organisation_name
    except Exception:  # noqa: BLE001 - settings are optional for structured data
        name = ""
    return name or getattr(settings, "WAGTAIL_SITE_NAME", "")
