"""Partners: the municipality, housing corporations, care, companies and funds we work with."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import RICH_TEXT_FEATURES
from core.listing import with_listing_images
from core.models import BasePage, pages_about
from core.validators import origin_list, validate_origin_list


class PartnerIndexPage(BasePage):
    """The list of partners, grouped by kind."""

    introduction = models.TextField(_("introduction"), blank=True)

    show_on_theme_pages = False
    template = "initiatives/partner_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["initiatives.PartnerPage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    class Meta:
        verbose_name = _("partner overview")
        verbose_name_plural = _("partner overviews")

    def get_fallback_summary(self):
        return self.introduction

    def partners(self):
        return with_listing_images(
            PartnerPage.objects.live().public().child_of(self).order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = self.partners()
        groups = []
        for value, label in PartnerPage.Kind.choices:
            members = [p for p in partners if p.kind == value]
            if members:
                groups.append({"label": label, "pages": members})
        context["groups"] = groups
        return context


class PartnerPage(BasePage):
    """A partner and the initiatives it joins."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        HOUSING = "housing", _("Housing corporation")
        CARE = "care", _("Care and welfare")
        COMPANY = "company", _("Company")
        FUND = "fund", _("Fund")
        EDUCATION = "education", _("Education")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards, on the home page and in the footer."),
    )
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    website = models.URLField(_("website"), blank=True)
    embed_origins = models.TextField(
        _("sites that may show our openings"),
        blank=True,
        validators=[validate_origin_list],
        help_text=_(
            "The partner's websites that may show the openings widget in a frame, one per "
            "line, like https://www.partner.nl. Leave empty if the partner does not embed it."
        ),
    )

    template = "initiatives/partner_page.html"
    parent_page_types = ["initiatives.PartnerIndexPage"]
    subpage_types = []
    listing_image_fields = ("listing_image", "logo")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("themes"),
        FieldPanel("embed_origins", heading=_("Openings widget")),
    ]
    # The allowlist is the same in every language: copied from the source on every sync.
    override_translatable_fields = [SynchronizedField("embed_origins")]
    search_fields = [*BasePage.search_fields, index.SearchField("description")]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def get_listing_image(self):
        return self.logo or self.listing_image

    @classmethod
    def widget_frame_ancestors(cls):
        """Every origin a live partner page allows to frame the openings widget."""
        origins = set()
        for text in (
            cls.objects.live().exclude(embed_origins="").values_list("embed_origins", flat=True)
        ):
            origins.update(origin_list(text))
        return sorted(origins)

    def get_fallback_summary(self):
        return self.description

    @property
    def card_meta(self):
        return self.get_kind_display()

    def articles_about_q(self, prefix):
        """Articles about an initiative this partner joins (see ``ArticlePage.pages_about``)."""
        return Q(
            **{
                f"{prefix}__live": True,
                f"{prefix}__partner_links__partner__translation_key": self.translation_key,
            }
        )

    def initiatives(self):
        """Live initiatives in this page's language that name this partner (any translation)."""
        # The initiative model, through the partner links: partners.py never imports it.
        links = self._meta.get_field("initiative_links").related_model
        initiative_model = links._meta.get_field("initiative").related_model
        return with_listing_images(
            initiative_model.objects.live()
            .public()
            .filter(
                locale_id=self.locale_id,
                partner_links__partner__translation_key=self.translation_key,
            )
            .distinct()
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the template's cached lists are stale ({% cached_cards %}).
        context["initiatives"] = SimpleLazyObject(self.initiatives)
        # Stories and blog posts about the initiatives this partner joins: those sections
        # answer ``pages_about(partner)`` themselves (one query per page type).
        context["pages_about"] = SimpleLazyObject(
            lambda: [page for group in pages_about(self) for page in group["pages"]]
        )
        context["widget_url"] = self.widget_url(request)
        return context

    def widget_url(self, request=None):
        """The openings widget showing the openings of the initiatives this partner joins."""
        url = reverse("initiatives:openings_widget") + "?" + urlencode({"partner": self.slug})
        return request.build_absolute_uri(url) if request is not None else url
