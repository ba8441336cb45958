"""Initiatives: a call for help in the neighbourhood, with its openings as child pages."""

from django.db import models
from django.db.models import F, Q
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.listing import card_queryset, with_listing_images
from core.models import BasePage, IndexPage, pages_about
from core.validators import validate_phone

from ..blocks import InitiativeStreamBlock
from .openings import OpeningPage
from .partners import PartnerPage
from .posters import PosterMixin


class InitiativeIndexPage(IndexPage):
    """All initiatives, filterable by theme, place, status and partner."""

    template = "initiatives/initiative_index_page.html"
    subpage_types = ["initiatives.InitiativePage"]

    class Meta:
        verbose_name = _("initiative overview")
        verbose_name_plural = _("initiative overviews")

    def initiatives(self):
        return InitiativePage.objects.live().public().child_of(self)

    # ``forms.InitiativeFilterForm``, wired in ``InitiativesConfig.ready``.
    filter_form_class = None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form_class(request.GET or None, index_page=self)
        results = form.filter(self.initiatives()).order_by("-first_published_at", "pk")
        context.update(self.paginated(request, results, filter_form=form))
        return context


class InitiativePage(PosterMixin, BasePage):
    """An initiative: the question it asks the neighbourhood, and what it is about."""

    theme_listing_order = 30  # where its group stands on a theme page

    class Status(models.TextChoices):
        IDEA = "idea", _("Idea")
        RUNNING = "running", _("Running")
        FINISHED = "finished", _("Finished")

    call_for_help = models.TextField(
        _("call for help"),
        max_length=500,
        help_text=_("The question to the neighbourhood, in one or two sentences."),
    )
    body = StreamField(InitiativeStreamBlock(), verbose_name=_("what it is about"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    place = models.CharField(
        _("place"),
        max_length=80,
        blank=True,
        help_text=_("The neighbourhood or address, e.g. “Geitenkamp”."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("main image alt text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; empty if decorative."),
    )
    coordinator_name = models.CharField(_("coordinator"), max_length=120, blank=True)
    coordinator_role = models.CharField(_("coordinator's role"), max_length=120, blank=True)
    coordinator_email = models.EmailField(_("coordinator's email"), blank=True)
    coordinator_phone = models.CharField(
        _("coordinator's phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    coordinator_note = models.CharField(
        _("how to reach the coordinator"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Tuesday mornings in the community centre”."),
    )

    template = "initiatives/initiative_page.html"
    parent_page_types = ["initiatives.InitiativeIndexPage"]
    subpage_types = ["initiatives.OpeningPage"]
    listing_image_fields = ("listing_image", "hero_image")
    # The template reads the themes more than once: loaded once (BasePage.route).
    page_prefetch = ("themes",)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("call_for_help"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("place")]),
        FieldRowPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")]),
        FieldPanel("body"),
        FieldPanel("themes"),
        InlinePanel("partner_links", label=_("Partners involved")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("coordinator_name"), FieldPanel("coordinator_role")]),
                FieldRowPanel([FieldPanel("coordinator_email"), FieldPanel("coordinator_phone")]),
                FieldPanel("coordinator_note"),
            ],
            heading=_("Coordinator"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("call_for_help"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def get_listing_image(self):
        return self.listing_image or self.hero_image

    def get_fallback_summary(self):
        return self.call_for_help

    @property
    def has_poster(self):
        return self.status != self.Status.FINISHED

    @property
    def card_meta(self):
        parts = [str(self.get_status_display())]
        if self.place:
            parts.append(self.place)
        return " · ".join(parts)

    # --- Openings ------------------------------------------------------------------------------
    def openings(self):
        return OpeningPage.objects.live().public().child_of(self)

    def open_openings(self):
        """The openings of this initiative that still take responses, soonest deadline first."""
        return with_listing_images(
            self.openings()
            .filter(OpeningPage.open_q())
            .order_by(F("deadline").asc(nulls_last=True), "-first_published_at")
        )

    @classmethod
    def open_openings_of(cls, initiatives):
        """{initiative pk: [its open openings, soonest deadline first]} for many initiatives, in
        one query (the "Join in" section of an article)."""
        under = Q()
        for initiative in initiatives:
            under |= Q(path__startswith=initiative.path, depth=initiative.depth + 1)
        openings = (
            OpeningPage.objects.live()
            .public()
            .filter(under)
            .filter(OpeningPage.open_q())
            .order_by(F("deadline").asc(nulls_last=True), "-first_published_at", "pk")
        )
        by_path = {initiative.path: initiative.pk for initiative in initiatives}
        result = {}
        for opening in openings:
            parent = by_path.get(opening.path[: -OpeningPage.steplen])
            result.setdefault(parent, []).append(opening)
        return result

    def articles_about_q(self, prefix):
        """Articles about this initiative (any translation of it), from their initiative
        link ``prefix`` (see ``ArticlePage.pages_about``)."""
        return Q(**{f"{prefix}__translation_key": self.translation_key})

    def closed_openings(self):
        return with_listing_images(
            self.openings().exclude(OpeningPage.open_q()).order_by("-first_published_at")
        )

    def partners(self):
        """[(partner, role)] of the live partners involved, in this page's language where a
        translation exists (links copied into a translation still point at the source)."""
        links = list(self.partner_links.all())
        if not links:
            return []
        keys_by_id = dict(
            PartnerPage.objects.filter(pk__in=[link.partner_id for link in links]).values_list(
                "pk", "translation_key"
            )
        )
        by_key = {}
        partners = PartnerPage.objects.live().public()
        for partner in card_queryset(partners.filter(translation_key__in=set(keys_by_id.values()))):
            if partner.locale_id == self.locale_id or partner.translation_key not in by_key:
                by_key[partner.translation_key] = partner
        with_listing_images(by_key.values())
        result = []
        for link in links:
            partner = by_key.get(keys_by_id.get(link.partner_id))
            if partner is not None:
                result.append((partner, link.role))
        return result

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["open_openings"] = self.open_openings()
        context["closed_openings"] = self.closed_openings()
        context["partners"] = self.partners()
        # Built only when the template's cached list is stale ({% cached_cards %}).
        context["pages_about"] = SimpleLazyObject(lambda: pages_about(self))
        return context


class InitiativePartner(Orderable):
    """A partner involved in an initiative, with what it does there."""

    initiative = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="partner_links")
    partner = models.ForeignKey(
        "initiatives.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="initiative_links",
    )
    role = models.CharField(
        _("role in this initiative"),
        max_length=160,
        blank=True,
        help_text=_("E.g. “provides the building”."),
    )

    panels = [FieldPanel("partner"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner involved")
        verbose_name_plural = _("partners involved")
