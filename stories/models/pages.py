"""Story pages, their index and the "Tell your story" page."""

from django import forms
from django.db import models
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.filters import ArticleFilterForm
from core.listing import attach_images
from core.locales import in_language
from core.models import (
    AbstractInitiativeLink,
    AbstractPageTag,
    AbstractRelatedPage,
    ArticleIndexPage,
    ArticlePage,
    BasePage,
    LocalizedTaggableManager,
)
from core.resilience import NotSaved, not_saved, save_submission, unavailable
from stories.blocks import StoryStreamBlock
from stories.panels import ConsentWarningPanel

from .snippets import Person, Place, public_consent_q


# --- Story --------------------------------------------------------------------------------------
class StoryPageTag(AbstractPageTag):
    content_object = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryRelatedPage(AbstractRelatedPage):
    page = ParentalKey("stories.StoryPage", on_delete=models.CASCADE, related_name="related_links")


class StoryInitiative(AbstractInitiativeLink):
    page = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="initiative_links"
    )

    class Meta(AbstractInitiativeLink.Meta):
        verbose_name = _("initiative this story is about")
        verbose_name_plural = _("initiatives this story is about")


class StoryPage(ArticlePage):
    """A story from the neighbourhood: who, where, what happened and where it leads."""

    theme_listing_order = 10  # where its group stands on a theme page

    lede = models.TextField(
        _("lede"), max_length=500, help_text=_("One or two sentences that draw the reader in.")
    )
    hero_image_credit = models.CharField(_("hero image credit"), max_length=120, blank=True)
    body = StreamField(StoryStreamBlock(), verbose_name=_("story"), blank=True)
    tags = LocalizedTaggableManager(through=StoryPageTag, blank=True, verbose_name=_("tags"))
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

    intro_field = "lede"
    card_select_related = ("place",)
    body_class = "page-story"
    similar_heading = _("More stories like this")
    template = "stories/story_page.html"
    parent_page_types = ["stories.StoryIndexPage"]

    content_panels = [
        ConsentWarningPanel(heading=_("Consent")),
        *BasePage.content_panels,
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
        ArticlePage.initiative_panel,
        ArticlePage.related_panel,
    ]
    search_fields = [*ArticlePage.search_fields, index.SearchField("lede")]

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")

    # A card shows the place (core.listing.with_listing_images loads it for all cards at once).
    listing_prefetch = ("place",)
    page_select_related = ("place",)

    def card_meta_parts(self):
        place = self.localized_place.name if self.place_id and self.localized_place else ""
        return [*super().card_meta_parts(), place]

    def json_ld_authors(self):
        """Storytellers by name only (never photo or bio), and only while their consent lasts."""
        return [
            {"@type": "Person", "name": person.name}
            for person in self.featured_people
            if person.role == Person.Role.STORYTELLER
        ]

    @cached_property
    def featured_people(self):
        """The people of the story whose consent lasts, each in this page's language (the
        translation a translator made, else the person as chosen).

        Consent covers being named at all: name, role, photo and bio. Someone whose consent is
        missing or has ended is left out of the page, and the story is listed in the consent
        report for the editor to review its text."""
        people = [p for p in self.people.select_related("photo") if p.has_public_consent]
        if any(person.locale_id != self.locale_id for person in people):
            people = in_language(people, self.locale, live=False)
        return attach_images(people, "photo")

    @cached_property
    def localized_place(self):
        """The place in this page's language (a translated page may still point at the Dutch
        place; the translator's version is shown where one exists)."""
        if not self.place_id:
            return None
        if self.place.locale_id == self.locale_id:  # no query on cards of untranslated choices
            return self.place
        return in_language([self.place], self.locale, live=False)[0]

    @property
    def needs_consent_review(self):
        return any(person.consent_needs_review for person in self.people.all())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index = context["article_index"]
        context["story_index"] = index
        context["submission_page"] = (
            index.submission_page() if isinstance(index, StoryIndexPage) else None
        )
        return context


# --- Index --------------------------------------------------------------------------------------
class StoryFilterForm(ArticleFilterForm):
    all_labels = {
        **ArticleFilterForm.all_labels,
        "place": _("All places"),
        "person": _("All people"),
    }

    place = forms.ChoiceField(label=_("Place"), required=False)
    person = forms.ChoiceField(label=_("Person"), required=False)


class StoryIndexPage(ArticleIndexPage):
    """The stories of the neighbourhood, newest first, with filters."""

    article_model = StoryPage
    filter_form_class = StoryFilterForm
    feed_url_names = ("stories:feed_rss", "stories:feed_atom")
    texts = {
        "results": _("Stories"),
        "empty": _("No stories found"),
        "empty_text": _(
            "No story matches all the filters you chose. Remove a filter or show all stories."
        ),
        "show_all": _("Show all stories"),
        "follow": _("Follow new stories:"),
    }
    template = "stories/story_index_page.html"
    body_class = "page-story-index"
    subpage_types = ["stories.StoryPage", "stories.StorySubmissionPage"]

    class Meta:
        verbose_name = _("story index")
        verbose_name_plural = _("story indexes")

    def _used(self, model, articles, **extra):
        """Snippets of ``model`` in this index's language that ``articles`` name."""
        return model.objects.filter(
            locale_id=self.locale_id,
            translation_key__in=model.objects.filter(stories__in=articles).values(
                "translation_key"
            ),
            **extra,
        )

    def filter_choices(self, articles):
        # Only people whose consent lasts are offered as a filter.
        people = self._used(Person, articles).filter(public_consent_q())
        return {
            **super().filter_choices(articles),
            "place": [(p.slug, p.name) for p in self._used(Place, articles)],
            "person": [(p.slug, p.name) for p in people],
        }

    def filter_articles(self, articles, active):
        articles = super().filter_articles(articles, active)
        for name, model, lookup in (("place", Place, "place"), ("person", Person, "people")):
            if name in active:
                keys = model.objects.filter(locale_id=self.locale_id, slug=active[name])
                articles = articles.filter(
                    **{f"{lookup}__translation_key__in": keys.values("translation_key")}
                )
        return articles.distinct()

    def submission_page(self):
        return StorySubmissionPage.objects.live().child_of(self).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["submission_page"] = self.submission_page()
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
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
    ]

    class Meta:
        verbose_name = _("“tell your story” page")
        verbose_name_plural = _("“tell your story” pages")

    def get_fallback_summary(self):
        return self.introduction

    # ``forms.StorySubmissionForm``, wired in ``StoriesConfig.ready`` so the model layer never
    # imports forms (checked by import-linter).
    form_class = None

    @path("")
    def form_view(self, request):
        if request.method == "POST":
            form = self.form_class(request.POST, request=request)
            if form.is_valid():
                try:
                    save_submission(lambda: form.save(locale=self.locale))
                except NotSaved:
                    not_saved(form)
                    return unavailable(self.render(request, context_overrides={"form": form}))
                form.count_submission()
                return redirect(self.url + self.reverse_subpage("thanks"))
            status = 400
        else:
            form = self.form_class(request=request)
            status = 200
        response = self.render(request, context_overrides={"form": form})
        response.status_code = status
        return response

    @path(_("thanks/"), name="thanks")
    def thanks_view(self, request):
        return self.render(request, template="stories/story_submission_thanks.html")
