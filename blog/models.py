"""Blog posts and their index. Authors are people (stories.Person) or, if none is chosen,
the page's owner."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.filters import ArticleFilterForm
from core.locales import in_language
from core.models import (
    AbstractInitiativeLink,
    AbstractPageTag,
    AbstractRelatedPage,
    ArticleIndexPage,
    ArticlePage,
    BasePage,
    LocalizedTaggableManager,
    organisation_name,
)
from stories.models import Person, public_consent_q


class BlogPageTag(AbstractPageTag):
    content_object = ParentalKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogRelatedPage(AbstractRelatedPage):
    page = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="related_links")


class BlogInitiative(AbstractInitiativeLink):
    page = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="initiative_links")

    class Meta(AbstractInitiativeLink.Meta):
        verbose_name = _("initiative this post is about")
        verbose_name_plural = _("initiatives this post is about")


class BlogPage(ArticlePage):
    theme_listing_order = 40  # where its group stands on a theme page

    introduction = models.TextField(
        _("introduction"), max_length=500, help_text=_("What the post is about, in a few lines.")
    )
    author = models.ForeignKey(
        Person,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_posts",
        help_text=_(
            "Leave empty to show the full name of the page's owner, or else the organisation's "
            "name."
        ),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tags = LocalizedTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("tags"))

    json_ld_type = "BlogPosting"
    card_select_related = ("author",)
    body_class = "page-blog"
    similar_heading = _("More blog posts like this")
    template = "blog/blog_page.html"
    parent_page_types = ["blog.BlogIndexPage"]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("publication_date"), FieldPanel("author")]),
        ArticlePage.hero_panel,
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("tags")], heading=_("Themes and tags")),
        ArticlePage.initiative_panel,
        ArticlePage.related_panel,
    ]
    search_fields = [*ArticlePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    @property
    def personal_author_name(self):
        """The chosen author's name, else the owner's full name (never a login name)."""
        if self.author_id and self.author:
            return self.author.name
        owner = self.owner
        return (owner.get_full_name() or "").strip() if owner else ""

    @property
    def author_name(self):
        """Who wrote the post, for the byline and feeds: a person, else the organisation."""
        return self.personal_author_name or organisation_name()

    @cached_property
    def localized_author(self):
        """The author in this page's language (the translator's bio and role, where made)."""
        if not self.author_id:
            return None
        if self.author.locale_id == self.locale_id:
            return self.author
        return in_language([self.author], self.locale, live=False)[0]

    # A card shows the author (core.listing.with_listing_images loads it for all cards at once).
    listing_prefetch = ("author",)
    page_select_related = ("author__photo",)

    def card_meta_parts(self):
        author = self.author.name if self.author_id and self.author else ""
        return [*super().card_meta_parts(), author]

    def json_ld_authors(self):
        # Without a personal name, the organisation (the publisher) is the author.
        name = self.personal_author_name
        return [{"@type": "Person", "name": name}] if name else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blog_index"] = context["article_index"]
        return context


class BlogFilterForm(ArticleFilterForm):
    all_labels = {
        **ArticleFilterForm.all_labels,
        "author": _("All authors"),
        "year": _("All years"),
    }

    author = forms.ChoiceField(label=_("Author"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)


class BlogIndexPage(ArticleIndexPage):
    article_model = BlogPage
    filter_form_class = BlogFilterForm
    feed_url_names = ("blog:feed_rss", "blog:feed_atom")
    texts = {
        "results": _("Blog posts"),
        "empty": _("No blog posts found"),
        "empty_text": _(
            "No blog post matches all the filters you chose. Remove a filter or show all posts."
        ),
        "show_all": _("Show all blog posts"),
        "follow": _("Follow the blog:"),
    }
    body_class = "page-blog-index"
    template = "core/article_index_page.html"
    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index")
        verbose_name_plural = _("blog indexes")

    def filter_choices(self, articles):
        # Only authors whose consent lasts are offered as a filter.
        authors = Person.objects.filter(
            public_consent_q(),
            locale_id=self.locale_id,
            translation_key__in=Person.objects.filter(blog_posts__in=articles).values(
                "translation_key"
            ),
        )
        years = sorted({d.year for d in articles.dates("publication_date", "year")}, reverse=True)
        return {
            **super().filter_choices(articles),
            "author": [(p.slug, p.name) for p in authors],
            "year": [(y, str(y)) for y in years],
        }

    def filter_articles(self, articles, active):
        articles = super().filter_articles(articles, active)
        if "author" in active:
            keys = Person.objects.filter(locale_id=self.locale_id, slug=active["author"])
            articles = articles.filter(author__translation_key__in=keys.values("translation_key"))
        if "year" in active:
            articles = articles.filter(publication_date__year=active["year"])
        return articles.distinct()
