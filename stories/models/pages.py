"""Story pages, their index and the "Tell your story" page."""

import math

from django import forms
from django.db import models
from django.db.models import Case, Count, F, Q, Value, When
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.filters import FilterForm
from home.listing import with_listing_images
from home.models import BasePage, Theme
from home.pagination import paginate, query_without_page
from stories.blocks import StoryStreamBlock
from stories.panels import ConsentWarningPanel

from .snippets import Person, Place, public_consent_q

WORDS_PER_MINUTE = 200
RELATED_STORIES = 3


def body_text(stream_value):
    """The readable text of a StreamField value (for reading time and summaries)."""
    parts = []

    def walk(value):
        if value is None:
            return
        if hasattr(value, "source"):  # RichText
            parts.append(strip_tags(value.source))
        elif isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict) or hasattr(value, "items"):
            for key, item in value.items():
                if key not in ("level", "url", "embed"):
                    walk(item)
        elif isinstance(value, list | tuple) or hasattr(value, "__iter__"):
            for item in value:
                walk(getattr(item, "value", item))

    for block in stream_value or []:
        walk(block.value)
    return " ".join(p for p in parts if p)


class ArticleMixin:
    """What stories and blog posts share: reading time, related content and JSON-LD.

    The model provides ``body``, ``hero_image``, ``tags``, ``themes``, ``related_links`` and a
    ``publication_date``.
    """

    json_ld_type = "Article"
    date_field = "publication_date"

    @cached_property
    def reading_time(self):
        words = len(
            f"{getattr(self, 'lede', '') or getattr(self, 'introduction', '')} "
            f"{body_text(self.body)}".split()
        )
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def chosen_related_pages(self):
        """The pages the editor chose, in the reader's language, live only."""
        links = self.related_links.select_related("link_page")
        ids = [link.link_page_id for link in links if link.link_page_id]
        if not ids:
            return []
        chosen = Page.objects.filter(pk__in=ids).values_list("translation_key", flat=True)
        pages = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=chosen, locale_id=self.locale_id)
            .specific()
        )
        order = {key: i for i, key in enumerate(chosen)}
        return with_listing_images(sorted(pages, key=lambda p: order.get(p.translation_key, 0)))

    def similar_pages(self, model, count=RELATED_STORIES, exclude=()):
        """Live pages of ``model`` sharing themes, tags or place, best matches first."""
        theme_keys = list(self.themes.values_list("translation_key", flat=True))
        tag_ids = [tag.pk for tag in self.tags.all()]
        place_id = getattr(self, "place_id", None)
        match = Q(themes__translation_key__in=theme_keys) | Q(tagged_items__tag_id__in=tag_ids)
        place_score = Value(0)
        if place_id and hasattr(model, "place"):
            match |= Q(place_id=place_id)
            place_score = Case(When(place_id=place_id, then=Value(2)), default=Value(0))
        queryset = (
            model.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .exclude(pk__in=[p.pk for p in exclude])
            .filter(match)
            .annotate(
                shared_themes=Count(
                    "themes", filter=Q(themes__translation_key__in=theme_keys), distinct=True
                ),
                shared_tags=Count(
                    "tagged_items", filter=Q(tagged_items__tag_id__in=tag_ids), distinct=True
                ),
            )
            .annotate(
                score=F("shared_themes") + F("shared_tags") + place_score,
            )
            .order_by("-score", f"-{self.date_field}", "-pk")
        )
        return with_listing_images(queryset.distinct()[:count])

    def related_content(self):
        chosen = self.chosen_related_pages()
        return {"chosen": chosen, "similar": self.similar_pages(type(self), exclude=chosen)}

    # --- Initiatives this page is about ("Doe mee") ----------------------------------------
    # Select these with the page's cards (what ``card_meta`` reads); subclasses set it.
    card_select_related = ()

    @cached_property
    def about_initiatives(self):
        """The live initiatives this page names, in the editor's order and in this page's
        language (like ``.localized``: the linked page itself where no translation is live).

        Links copied into a translation by wagtail-localize still point at the source
        language's initiative; resolving through the translation key makes that harmless.
        Three queries however many initiatives are named.
        """
        from initiatives.models import InitiativePage

        ids = [link.initiative_id for link in self.initiative_links.all() if link.initiative_id]
        if not ids:
            return []
        keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        found = {}
        for page in (
            InitiativePage.objects.live()
            .public()
            .filter(translation_key__in=set(keys.values()))
            .order_by("pk")
        ):
            best = found.get(page.translation_key)
            if page.locale_id == self.locale_id or (best is None and page.pk in ids):
                found[page.translation_key] = page
        result, seen = [], set()
        for pk in ids:
            page = found.get(keys.get(pk))
            if page is not None and page.pk not in seen:
                seen.add(page.pk)
                result.append(page)
        return result

    def join_in(self):
        """[{"initiative", "openings"}]: each named initiative with its open openings (soonest
        deadline first). One query for the openings of all initiatives together."""
        from initiatives.models import OpeningPage

        initiatives = self.about_initiatives
        if not initiatives:
            return []
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
        by_parent = {}
        for opening in openings:
            by_parent.setdefault(opening.path[: -OpeningPage.steplen], []).append(opening)
        return [
            {"initiative": initiative, "openings": by_parent.get(initiative.path, [])}
            for initiative in initiatives
        ]

    @classmethod
    def pages_about(cls, target):
        """Pages of this type naming ``target`` (an initiative, any translation of it) or, for
        a partner, naming an initiative that partner joins."""
        from initiatives.models import InitiativePage, PartnerPage

        pages = cls.objects.live().public().select_related(*cls.card_select_related)
        if isinstance(target, InitiativePage):
            pages = pages.filter(
                initiative_links__initiative__translation_key=target.translation_key
            )
        elif isinstance(target, PartnerPage):
            pages = pages.filter(
                initiative_links__initiative__live=True,
                initiative_links__initiative__partner_links__partner__translation_key=(
                    target.translation_key
                ),
            )
        else:
            return cls.objects.none()
        return pages.distinct()

    # --- JSON-LD ---------------------------------------------------------------------------
    def json_ld_authors(self):
        return []

    def json_ld(self, request):
        from wagtail.models import Site

        def absolute(url):
            return request.build_absolute_uri(url) if request else url

        site = Site.find_for_request(request) if request else None
        home_url = absolute(site.root_page.localized.url) if site else None
        data = {
            "@context": "https://schema.org",
            "@type": self.json_ld_type,
            "headline": self.title[:110],
            "description": self.get_listing_summary(),
            "inLanguage": self.locale.language_code,
            "url": absolute(self.url),
            "mainEntityOfPage": {"@type": "WebPage", "@id": absolute(self.url)},
            "datePublished": self.publication_date.isoformat() if self.publication_date else None,
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "wordCount": len(body_text(self.body).split()),
            "keywords": ", ".join(tag.name for tag in self.tags.all()),
            "about": [
                {"@type": "Thing", "name": theme.localized.name} for theme in self.themes.all()
            ]
            + [
                {
                    "@type": "Project",
                    "name": initiative.title,
                    "url": absolute(initiative.get_url(request)),
                }
                for initiative in self.about_initiatives
            ],
        }
        publisher = {"@type": "Organization", "name": organisation_name(request)}
        if home_url:
            publisher["@id"] = f"{home_url}#organisation"
            publisher["url"] = home_url
        data["publisher"] = publisher
        authors = self.json_ld_authors()
        data["author"] = authors or publisher
        image = self.get_social_image() or self.hero_image
        if image:
            rendition = image.get_rendition("fill-1200x630|format-jpeg")
            data["image"] = {
                "@type": "ImageObject",
                "url": absolute(rendition.url),
                "width": rendition.width,
                "height": rendition.height,
            }
        return {key: value for key, value in data.items() if value not in (None, "", [])}


def organisation_name(request=None):
    """The organisation's name from the site settings, else the site name from settings."""
    from django.conf import settings

    from home.models import SiteSettings

    try:
        # A generic setting: ``load`` (cached on the request); it has no ``for_request``.
        name = SiteSettings.load(request_or_site=request).organisation_name
    except Exception:  # noqa: BLE001 - settings are optional for structured data
        name = ""
    return name or getattr(settings, "WAGTAIL_SITE_NAME", "")


# --- Index --------------------------------------------------------------------------------------
class StoryFilterForm(FilterForm):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)
    person = forms.ChoiceField(label=_("Person"), required=False)

    def __init__(self, data=None, *, stories, locale, **kwargs):
        super().__init__(data, **kwargs)
        themes = Theme.objects.filter(
            locale=locale,
            translation_key__in=Theme.objects.filter(stories_storypage_pages__in=stories).values(
                "translation_key"
            ),
        )
        tags = Tag.objects.filter(stories_storypagetag_items__content_object__in=stories)
        places = Place.objects.filter(
            locale=locale,
            translation_key__in=Place.objects.filter(stories__in=stories).values("translation_key"),
        )
        # Only people whose consent lasts are offered as a filter.
        people = Person.objects.filter(
            public_consent_q(),
            locale=locale,
            translation_key__in=Person.objects.filter(stories__in=stories).values(
                "translation_key"
            ),
        )
        self.fields["theme"].choices = [("", _("All themes"))] + [(t.slug, t.name) for t in themes]
        self.fields["tag"].choices = [("", _("All tags"))] + sorted(
            {(t.slug, t.name) for t in tags.distinct()}, key=lambda c: c[1].lower()
        )
        self.fields["place"].choices = [("", _("All places"))] + [(p.slug, p.name) for p in places]
        self.fields["person"].choices = [("", _("All people"))] + [(p.slug, p.name) for p in people]
        self._objects = {
            "theme": {t.slug: t for t in themes},
            "place": {p.slug: p for p in places},
            "person": {p.slug: p for p in people},
        }
        # Validate again now that the choices are known.
        self._errors = None
        self.full_clean()

    def filter(self, stories):
        active = self.active()
        if "theme" in active:
            theme = self._objects["theme"][active["theme"]]
            stories = stories.filter(themes__translation_key=theme.translation_key)
        if "tag" in active:
            stories = stories.filter(tags__slug=active["tag"])
        if "place" in active:
            place = self._objects["place"][active["place"]]
            stories = stories.filter(place__translation_key=place.translation_key)
        if "person" in active:
            person = self._objects["person"][active["person"]]
            stories = stories.filter(people__translation_key=person.translation_key)
        return stories.distinct()


class StoryIndexPage(BasePage):
    """The stories of the neighbourhood, newest first, with filters."""

    introduction = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("stories per page"), default=12)

    show_on_theme_pages = False
    template = "stories/story_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage", "stories.StorySubmissionPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("per_page")]

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def get_fallback_summary(self):
        return self.introduction

    def stories(self):
        return (
            StoryPage.objects.live()
            .public()
            .child_of(self)
            .filter(locale_id=self.locale_id)
            .order_by("-publication_date", "-first_published_at")
        )

    def submission_page(self):
        return StorySubmissionPage.objects.live().child_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stories = self.stories()
        filter_form = StoryFilterForm(request.GET, stories=stories, locale=self.locale)
        filtered = filter_form.filter(stories).select_related("place")
        page_obj = paginate(request, filtered, self.per_page)
        page_obj.object_list = with_listing_images(page_obj.object_list)
        context.update(
            {
                "filter_form": filter_form,
                "stories": page_obj,
                "result_count": page_obj.paginator.count,
                "pagination_query": query_without_page(request),
                "submission_page": self.submission_page(),
            }
        )
        return context


# --- Story --------------------------------------------------------------------------------------
class StoryPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryRelatedPage(Orderable):
    page = ParentalKey("stories.StoryPage", on_delete=models.CASCADE, related_name="related_links")
    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("link_page")]


class StoryInitiative(Orderable):
    """An initiative a story is about; the story then ends with its open openings."""

    page = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="initiative_links"
    )
    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="story_links",
    )

    panels = [FieldPanel("initiative")]

    class Meta(Orderable.Meta):
        verbose_name = _("initiative this story is about")
        verbose_name_plural = _("initiatives this story is about")


class StoryPage(ArticleMixin, BasePage):
    """A story from the neighbourhood: who, where, what happened and where it leads."""

    theme_listing_order = 10  # where its group stands on a theme page

    lede = models.TextField(
        _("lede"), max_length=500, help_text=_("One or two sentences that draw the reader in.")
    )
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
        help_text=_("Describe the image for this story; leave empty if it is decorative."),
    )
    hero_image_credit = models.CharField(_("hero image credit"), max_length=120, blank=True)
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    body = StreamField(StoryStreamBlock(), verbose_name=_("story"), blank=True)
    tags = ClusterTaggableManager(through=StoryPageTag, blank=True, verbose_name=_("tags"))
    people = ParentalManyToManyField(
        Person, verbose_name=_("people in this story"), blank=True, related_name="stories"
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("place"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="stories",
    )

    json_ld_type = "Article"
    card_select_related = ("place",)
    listing_image_fields = ("listing_image", "hero_image")
    template = "stories/story_page.html"
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    content_panels = [
        ConsentWarningPanel(heading=_("Consent")),
        *Page.content_panels,
        FieldPanel("lede"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldRowPanel([FieldPanel("hero_image_alt"), FieldPanel("hero_image_credit")]),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("publication_date"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("people"), FieldPanel("place"), FieldPanel("themes"), FieldPanel("tags")],
            heading=_("Who, where and what"),
        ),
        InlinePanel(
            "initiative_links",
            label=_("Initiative"),
            heading=_("Initiatives this story is about"),
            help_text=_(
                "The story ends with a “Join in” section showing the open openings of these "
                "initiatives."
            ),
        ),
        InlinePanel("related_links", label=_("Related pages"), heading=_("Read further")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lede"),
        index.SearchField("body"),
        index.FilterField("publication_date"),
    ]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    def get_fallback_summary(self):
        return self.lede

    def get_listing_image(self):
        return self.listing_image or self.hero_image

    @property
    def card_meta(self):
        date = date_format(self.publication_date, "j F Y") if self.publication_date else ""
        place = self.place.name if self.place_id and self.place else ""
        return " · ".join(part for part in (date, place) if part)

    @classmethod
    def theme_listing_queryset(cls, theme, locale):
        return (
            super()
            .theme_listing_queryset(theme, locale)
            .select_related("place")
            .order_by("-publication_date", "-first_published_at")
        )

    def json_ld_authors(self):
        """Storytellers by name only (never photo or bio), whatever their consent."""
        return [
            {"@type": "Person", "name": person.name}
            for person in self.people.all()
            if person.role == Person.Role.STORYTELLER
        ]

    @cached_property
    def featured_people(self):
        """Everyone in the story; templates show photo, role and bio only of people whose
        consent lasts (``has_public_consent``, ``public_photo``, ``public_bio``)."""
        return list(self.people.select_related("photo"))

    @property
    def needs_consent_review(self):
        return any(person.consent_needs_review for person in self.people.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_content()
        context["join_in"] = self.join_in()
        context["json_ld"] = self.json_ld(request)
        index = self.get_parent().specific
        context["story_index"] = index
        context["submission_page"] = (
            index.submission_page() if isinstance(index, StoryIndexPage) else None
        )
        return context


# --- Tell your story ----------------------------------------------------------------------------
class StorySubmissionPage(RoutablePageMixin, BasePage):
    """The public "Tell your story" form; answers are stored as StorySubmission."""

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    privacy_note = models.TextField(
        _("privacy note"),
        blank=True,
        help_text=_("What happens with what people send; links to the privacy statement."),
    )
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=RICH_TEXT_FEATURES)

    show_on_theme_pages = False
    template = "stories/story_submission_page.html"
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
    ]

    class Meta:
        verbose_name = _("“tell your story” page")
        verbose_name_plural = _("“tell your story” pages")

    def get_fallback_summary(self):
        return self.introduction

    @path("")
    def form_view(self, request):
        from stories.forms import StorySubmissionForm

        if request.method == "POST":
            form = StorySubmissionForm(request.POST, request=request)
            if form.is_valid():
                form.save(locale=self.locale)
                return redirect(self.url + self.reverse_subpage("thanks"))
            status = 400
        else:
            form = StorySubmissionForm(request=request)
            status = 200
        response = self.render(request, context_overrides={"form": form})
        response.status_code = status
        return response

    @path(_("thanks/"), name="thanks")
    def thanks_view(self, request):
        return self.render(request, template="stories/story_submission_thanks.html")
