"""The article: what stories and blog posts share, once.

An ``ArticlePage`` has a hero, a StreamField body, a publication date, themes and tags, pages
the editor chose to read further, and the initiatives it is about (it then ends with a "Join
in" section of their open openings). An ``ArticleIndexPage`` lists its articles newest first,
filtered and paginated, with a feed. Stories add people, a place and a lede; the blog adds an
author. Concrete subclasses define the body's blocks and the three child models Django needs
per page type (tags, related pages, initiatives) on the abstract bases below.
"""

import math

from django.db import models
from django.db.models import Case, Count, F, Q, Value, When
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.filters import ArticleFilterForm
from core.json_ld import article_json_ld, body_text
from core.listing import with_listing_images
from core.locales import in_language
from core.page_cache import cached_fragment
from core.widgets import IndexStartChooserPanel

from .base import BasePage
from .indexes import IndexPage
from .site import organisation_name
from .tags import LocalizedTagsMixin, Tag
from .themes import Theme

WORDS_PER_MINUTE = 200
RELATED_ARTICLES = 3


# --- Child models: concrete subclasses add ``page = ParentalKey(<their page>, ...)`` ----------
class AbstractRelatedPage(Orderable):
    """A page the editor chose under "Read further"."""

    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("link_page")]

    class Meta(Orderable.Meta):
        abstract = True


class AbstractInitiativeLink(Orderable):
    """An initiative the article is about; the article then ends with its open openings."""

    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="%(app_label)s_%(class)s_links",
    )

    panels = [IndexStartChooserPanel("initiative")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("initiative this page is about")
        verbose_name_plural = _("initiatives this page is about")


# --- The article page ---------------------------------------------------------------------------
class ArticlePage(LocalizedTagsMixin, BasePage):
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
        help_text=_("Describe the image for this page; leave empty if it is decorative."),
    )
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)

    # Subclasses set these: the body's blocks live on the concrete page.
    json_ld_type = "Article"
    og_type = "article"
    intro_field = "introduction"
    listing_image_fields = ("listing_image", "hero_image")
    page_prefetch = ("themes", "tags", "related_links", "initiative_links")
    # Selected with the page's cards (what ``card_meta`` reads).
    card_select_related = ()
    subpage_types = []

    initiative_panel = InlinePanel(
        "initiative_links",
        label=_("Initiative"),
        heading=_("Initiatives this page is about"),
        help_text=_(
            "The page ends with a “Join in” section showing the open openings of these initiatives."
        ),
    )
    related_panel = InlinePanel(
        "related_links", label=_("Related pages"), heading=_("Read further")
    )
    hero_panel = MultiFieldPanel(
        [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
    )
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        # Tags are words readers search for ("geldzorgen"), in the page's own language.
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("publication_date"),
    ]

    class Meta:
        abstract = True

    # --- Cards ---------------------------------------------------------------------------------
    @property
    def intro(self):
        return getattr(self, self.intro_field, "")

    def get_fallback_summary(self):
        return self.intro

    def get_listing_image(self):
        return self.listing_image or self.hero_image

    def card_meta_parts(self):
        return [date_format(self.publication_date, "j F Y") if self.publication_date else ""]

    @property
    def card_meta(self):
        return " · ".join(part for part in self.card_meta_parts() if part)

    @classmethod
    def theme_listing_queryset(cls, theme, locale):
        return (
            super()
            .theme_listing_queryset(theme, locale)
            .select_related(*cls.card_select_related)
            .order_by("-publication_date", "-first_published_at")
        )

    @cached_property
    def reading_time(self):
        words = len(f"{self.intro} {body_text(self.body)}".split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    # --- Read further --------------------------------------------------------------------------
    def chosen_related_pages(self):
        """The pages the editor chose, in this page's language, live only."""
        ids = [link.link_page_id for link in self.related_links.all() if link.link_page_id]
        if not ids:
            return []
        chosen = list(Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True))
        live = Page.objects.live().public()
        pages = with_listing_images(
            live.filter(translation_key__in=chosen, locale_id=self.locale_id)
        )
        order = {key: i for i, key in enumerate(chosen)}
        return sorted(pages, key=lambda p: order.get(p.translation_key, 0))

    def similar_pages(self, count=RELATED_ARTICLES, exclude=()):
        """Live articles of this type sharing themes, tags or place, best matches first."""
        model = type(self)
        theme_keys = [theme.translation_key for theme in self.themes.all()]
        tag_ids = [tag.pk for tag in self.tags.all()]
        match = Q(themes__translation_key__in=theme_keys) | Q(tagged_items__tag_id__in=tag_ids)
        place_id = getattr(self, "place_id", None)
        place_score = Value(0)
        if place_id:
            match |= Q(place_id=place_id)
            place_score = Case(When(place_id=place_id, then=Value(2)), default=Value(0))
        queryset = (
            model.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(pk__in=[p.pk for p in exclude])
            .filter(match)
            .select_related(*self.card_select_related)
            .annotate(
                shared_themes=Count(
                    "themes", filter=Q(themes__translation_key__in=theme_keys), distinct=True
                ),
                shared_tags=Count(
                    "tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True
                ),
            )
            .annotate(score=F("shared_themes") + F("shared_tags") + place_score)
            .order_by("-score", "-publication_date", "-pk")
        )
        return with_listing_images(queryset.distinct()[:count])

    def related_content(self):
        chosen = self.chosen_related_pages()
        return {"chosen": chosen, "similar": self.similar_pages(exclude=chosen)}

    # --- Join in ("Doe mee") -------------------------------------------------------------------
    @classmethod
    def initiative_model(cls):
        """The initiative page class, from the link's foreign key: no import of that section."""
        link_model = cls._meta.get_field("initiative_links").related_model
        return link_model._meta.get_field("initiative").related_model

    @cached_property
    def about_initiatives(self):
        """The live initiatives this page names, in the editor's order and in this page's
        language (the linked page itself where no translation is live). Links copied into a
        translation still point at the source language's initiative; resolving through the
        translation key makes that harmless."""
        ids = [link.initiative_id for link in self.initiative_links.all() if link.initiative_id]
        if not ids:
            return []
        initiatives = {
            page.pk: page
            for page in self.initiative_model().objects.live().public().filter(pk__in=ids)
        }
        result, seen = [], set()
        for page in in_language((initiatives.get(pk) for pk in ids), self.locale):
            if page.pk not in seen:
                seen.add(page.pk)
                result.append(page)
        return result

    def join_in(self):
        """[{"initiative", "openings"}]: each named initiative with its open openings."""
        initiatives = self.about_initiatives
        if not initiatives:
            return []
        openings = self.initiative_model().open_openings_of(initiatives)
        return [
            {"initiative": initiative, "openings": openings.get(initiative.pk, [])}
            for initiative in initiatives
        ]

    @classmethod
    def pages_about(cls, target):
        """Articles naming ``target`` as their subject: pages that can be a subject (an
        initiative, a partner) say how through ``articles_about_q``."""
        about_q = getattr(target, "articles_about_q", None)
        if about_q is None:
            return cls.objects.none()
        pages = cls.objects.live().public().select_related(*cls.card_select_related)
        return pages.filter(about_q("initiative_links__initiative")).distinct()

    # --- Sharing -------------------------------------------------------------------------------
    def json_ld_authors(self):
        return []

    def json_ld(self, request):
        return article_json_ld(self, request, organisation_name(request))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the template's cached list is stale ({% cached_cards %}).
        context["related"] = SimpleLazyObject(self.related_content)
        context["join_in"] = self.join_in()
        context["json_ld"] = self.json_ld(request)
        context["article_index"] = self.get_parent().specific
        return context


# --- The article index ----------------------------------------------------------------------------
class ArticleIndexPage(IndexPage):
    """Articles newest first, filtered by theme, tag and what the subclass adds, paginated."""

    # Set by subclasses: the article page class, the filter form, the feed's URL names, texts.
    article_model = None
    filter_form_class = ArticleFilterForm
    feed_url_names = (None, None)  # (rss, atom)
    texts = {}
    template = "core/article_index_page.html"

    class Meta:
        abstract = True

    def articles(self):
        return (
            self.article_model.objects.live()
            .public()
            .child_of(self)
            .filter(locale_id=self.locale_id)
            .order_by("-publication_date", "-first_published_at")
        )

    def filter_choices(self, articles):
        """{field: [(value, label)]} of what the articles use, in this index's language."""
        model = self.article_model
        themes = Theme.objects.filter(
            locale_id=self.locale_id,
            translation_key__in=Theme.objects.filter(
                **{f"{model._meta.app_label}_{model._meta.model_name}_pages__in": articles}
            ).values("translation_key"),
        )
        through = model.tags.through
        tags = Tag.objects.filter(
            locale_id=self.locale_id,
            pk__in=through.objects.filter(content_object__in=articles).values("tag_id"),
        )
        return {
            "theme": [(theme.slug, theme.name) for theme in themes],
            "tag": sorted({(t.slug, t.name) for t in tags}, key=lambda c: c[1].lower()),
        }

    def filter_articles(self, articles, active):
        """``articles`` narrowed by the valid, set filters ``active`` ({field: value})."""
        if "theme" in active:
            keys = Theme.objects.filter(locale_id=self.locale_id, slug=active["theme"]).values(
                "translation_key"
            )
            articles = articles.filter(themes__translation_key__in=keys)
        if "tag" in active:
            articles = articles.filter(tags__slug=active["tag"], tags__locale_id=self.locale_id)
        return articles.distinct()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        # What the articles use changes only with a page or snippet (a new generation), and
        # people's consent by the day: cached under both.
        choices = cached_fragment(
            "filter-choices", [self.pk, timezone.localdate()], lambda: self.filter_choices(articles)
        )
        form = self.filter_form_class(request.GET, choices=choices)
        filtered = self.filter_articles(articles, form.active()).select_related(
            *self.article_model.card_select_related
        )
        context.update(self.paginated(request, filtered, filter_form=form, texts=self.texts))
        return context
