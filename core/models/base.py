"""The abstract page every page type of the site inherits: SEO, social and listing fields,
themes, and the hooks through which `home` lists pages of sections it does not import."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, get_page_models
from wagtail.search import index

from core import readability
from core.json_ld import body_text
from core.listing import attach_page_renditions, lean_lookups, load_cards
from core.locales import active_locale
from core.page_cache import cached_fragment, cached_value, store_value
from core.widgets import ReadabilityPanel


def _page_relations(model):
    """The foreign keys a routed page shows itself: its locale (language, JSON-LD), its images
    and its ``page_select_related``."""
    names = ["locale", "social_image", *model.listing_image_fields, *model.page_select_related]
    return list(dict.fromkeys(names))


class BasePage(Page):
    """Abstract base: listing card, share preview, meta tags and themes in one place."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Title on cards and in lists. Leave empty to use the page title."),
    )
    listing_summary = models.TextField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences on cards and in lists."),
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared. Leave empty to use the listing image."),
    )
    social_text = models.CharField(
        _("social text"),
        max_length=255,
        blank=True,
        help_text=_("Shown when the page is shared. Leave empty to use the search description."),
    )
    canonical_url = models.URLField(
        _("canonical URL"),
        blank=True,
        help_text=_("Only when this page republishes content that lives elsewhere."),
    )
    plain_summary = models.TextField(
        _("in plain words"),
        max_length=1500,
        blank=True,
        help_text=_(
            "What this page says, in plain language (level B1): short sentences, everyday "
            "words, “you” and “we”. Shown at the top of the page under “In plain words”."
        ),
    )
    themes = ParentalManyToManyField(
        "core.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
    )

    # Pages of this type show on theme pages (set False on index and utility pages).
    show_on_theme_pages = True
    # Theme pages list their groups by this (lower first): stories, then ways to join in.
    theme_listing_order = 90
    # Image fields a card of this page may show; `core.listing.with_listing_images` loads them.
    listing_image_fields = ("listing_image",)
    # Relations the page itself shows more than once (theme tags, JSON-LD, related content):
    # loaded once when the page is routed to (see ``route``). Articles name theirs.
    page_prefetch = ()
    # Foreign keys the page itself shows (a hero image, linked pages): joined into the query
    # that loads the page when it is routed to.
    page_select_related = ()

    # Every page type starts its content panels with these: title, then the plain summary.
    content_panels = [
        *Page.content_panels,
        ReadabilityPanel(),
    ]
    listing_panels = [
        FieldPanel("listing_title"),
        FieldPanel("listing_summary"),
        FieldPanel("listing_image"),
    ]
    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("For search engines")),
        MultiFieldPanel(listing_panels, heading=_("Cards and lists")),
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text"), FieldPanel("canonical_url")],
            heading=_("Sharing"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
        index.SearchField("plain_summary"),
        index.FilterField("locale"),
    ]

    class Meta:
        abstract = True

    # --- Routing, view restrictions and breadcrumbs, cached per generation ----------------------
    @property
    def localized(self):
        """Wagtail's ``localized`` (a query each time), unless the live translations of this
        page are known: the site's root page carries them (``CachedSiteMiddleware``)."""
        translations = getattr(self, "live_translations", None)
        if translations is None:
            return super().localized
        return translations.get(active_locale().pk, self)

    def route(self, request, path_components):
        """Wagtail's routing (one query for each level of the path and one for ``.specific``),
        remembered for the current generation: a request for a known path costs one query,
        for the page itself. The first ``route`` of a request (on the site's root page) looks
        the path up; a page found by walking the tree is remembered only when it is live. The
        rest of the path a routable page resolves itself (subpage routes need no query)."""
        if request is None or getattr(request, "_route_cache_walking", False):
            return super().route(request, path_components)
        request._route_cache_walking = True
        try:
            parts = ["route", self.pk, "/".join(path_components)]
            entry = cached_value(*parts)
            page = None
            if entry is not None:
                content_type_id, pk, consumed = entry
                model = ContentType.objects.get_for_id(content_type_id).model_class()
                page = None
                if model is not None:
                    page = model.objects.select_related(*_page_relations(model)).filter(pk=pk)
                    page = page.first()
            if page is not None:
                result = page.route(request, path_components[consumed:])
            else:
                result = super().route(request, path_components)
                found = result[0]
                if found.live:
                    consumed = found.depth - self.depth
                    store_value((found.content_type_id, found.pk, consumed), *parts)
        finally:
            request._route_cache_walking = False
        found = result[0]
        lookups = getattr(found, "page_prefetch", ())
        if lookups:
            prefetch_related_objects([found], *lean_lookups(type(found), lookups))
        attach_page_renditions(found)
        found._public_view_restrictions = cached_fragment(
            "view-restrictions", [found.pk], lambda: list(Page.get_view_restrictions(found))
        )
        return result

    def get_view_restrictions(self):
        """The restrictions cached by ``route`` for a page served to the public (Wagtail's
        ``check_view_restrictions`` hook iterates them); a fresh queryset everywhere else."""
        cached = getattr(self, "_public_view_restrictions", None)
        if cached is not None:
            return cached
        return super().get_view_restrictions()

    def breadcrumb_trail(self, request):
        """[(url, title)] of the ancestors under the site root, cached per generation."""

        def build():
            return [
                (ancestor.get_url(request), ancestor.title)
                for ancestor in self.get_ancestors().filter(depth__gt=1)
            ]

        site = getattr(request, "_wagtail_site", None)
        return cached_fragment("breadcrumbs", [self.pk, site.pk if site else ""], build)

    # --- Cards and sharing ---------------------------------------------------------------------
    def get_listing_title(self):
        return self.listing_title or self.title

    def get_listing_summary(self):
        if self.listing_summary:
            return self.listing_summary
        if self.search_description:
            return self.search_description
        return Truncator(strip_tags(self.get_fallback_summary())).words(30)

    def get_fallback_summary(self):
        """Text to summarise when no summary was written; sections override this."""
        return ""

    def get_listing_image(self):
        return self.listing_image

    def get_social_image(self):
        return self.social_image or self.get_listing_image()

    def get_social_text(self):
        return self.social_text or self.search_description or self.get_listing_summary()

    def get_canonical_url(self, request=None):
        return self.canonical_url or self.get_full_url(request)

    # --- Plain language ------------------------------------------------------------------------
    def readability_text(self):
        """The page's own text (besides the plain summary), for the readability report."""
        parts = [strip_tags(self.get_fallback_summary() or "")]
        body = getattr(self, "body", None)
        if body is not None and hasattr(body, "stream_block"):
            parts.append(body_text(body))
        return "\n\n".join(part for part in parts if part)

    def readability(self):
        """{"summary": Readability, "body": Readability} in the page's language."""
        language = self.locale.language_code if self.locale_id else "nl"
        return {
            "summary": readability.measure(self.plain_summary, language),
            "body": readability.measure(self.readability_text(), language),
        }

    @cached_property
    def kind_label(self):
        """What this page is, for cards: "Verhaal", "Vacature"..."""
        return self._meta.verbose_name

    # --- Theme pages ---------------------------------------------------------------------------
    @classmethod
    def theme_listing_queryset(cls, theme, locale):
        """Live pages of this type on ``theme`` (any translation of it) in ``locale``.

        Sections override this to narrow what a theme page shows (only open openings, say).
        """
        return (
            cls.objects.live()
            .public()
            .filter(locale=locale, themes__translation_key=theme.translation_key)
            .distinct()
            .order_by("-first_published_at")
        )

    @classmethod
    def pages_about(cls, target):
        """Live pages of this type that name ``target`` (an initiative, say) as their subject.

        A section whose pages link to pages of another section overrides this, so the target's
        page can list them ("stories about this initiative") without importing that section.
        """
        return cls.objects.none()

    @classmethod
    def theme_listing_group(cls):
        """The heading a theme page groups pages of this type under."""
        return cls._meta.verbose_name_plural


def pages_about(target, per_type=6):
    """[{"heading", "pages"}] of live pages of every type that name ``target`` as their subject
    (see ``BasePage.pages_about``), in the target's language; one query per page type (and
    one for the renditions of all their cards' images)."""
    querysets = {}
    for model in get_page_models():
        if not issubclass(model, BasePage):
            continue
        queryset = model.pages_about(target)
        if not queryset.query.is_empty():
            queryset = queryset.filter(locale_id=target.locale_id)
            querysets[model] = queryset.order_by("-first_published_at")[:per_type]
    lists = load_cards(*querysets.values())
    return [
        {"heading": model._meta.verbose_name_plural, "pages": pages}
        for model, pages in zip(querysets, lists, strict=True)
        if pages
    ]
