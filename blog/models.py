"""Blog posts and their index. Authors are people (stories.Person) or, if none is chosen,
the page's owner."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.filters import FilterForm
from home.listing import with_listing_images
from home.models import BasePage, Theme
from home.pagination import paginate, query_without_page
from stories.models import ArticleMixin, Person, organisation_name, public_consent_q


class BlogFilterForm(FilterForm):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    author = forms.ChoiceField(label=_("Author"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data=None, *, posts, locale, **kwargs):
        super().__init__(data, **kwargs)
        themes = Theme.objects.filter(
            locale=locale,
            translation_key__in=Theme.objects.filter(blog_blogpage_pages__in=posts).values(
                "translation_key"
            ),
        )
        tags = Tag.objects.filter(blog_blogpagetag_items__content_object__in=posts).distinct()
        # Only authors whose consent lasts are offered as a filter.
        authors = Person.objects.filter(
            public_consent_q(),
            locale=locale,
            translation_key__in=Person.objects.filter(blog_posts__in=posts).values(
                "translation_key"
            ),
        )
        years = sorted({d.year for d in posts.dates("date", "year")}, reverse=True)
        self.fields["theme"].choices = [("", _("All themes"))] + [(t.slug, t.name) for t in themes]
        self.fields["tag"].choices = [("", _("All tags"))] + sorted(
            {(t.slug, t.name) for t in tags}, key=lambda c: c[1].lower()
        )
        self.fields["author"].choices = [("", _("All authors"))] + [
            (p.slug, p.name) for p in authors
        ]
        self.fields["year"].choices = [("", _("All years"))] + [(y, str(y)) for y in years]
        self._objects = {
            "theme": {t.slug: t for t in themes},
            "author": {p.slug: p for p in authors},
        }
        self._errors = None
        self.full_clean()

    def filter(self, posts):
        active = self.active()
        if "theme" in active:
            theme = self._objects["theme"][active["theme"]]
            posts = posts.filter(themes__translation_key=theme.translation_key)
        if "tag" in active:
            posts = posts.filter(tags__slug=active["tag"])
        if "author" in active:
            author = self._objects["author"][active["author"]]
            posts = posts.filter(author__translation_key=author.translation_key)
        if "year" in active:
            posts = posts.filter(date__year=active["year"])
        return posts.distinct()


class BlogIndexPage(BasePage):
    introduction = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("posts per page"), default=12)

    show_on_theme_pages = False
    template = "blog/blog_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.BlogPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("per_page")]

    class Meta:
        verbose_name = _("blog index")
        verbose_name_plural = _("blog indexes")

    def get_fallback_summary(self):
        return self.introduction

    def posts(self):
        return (
            BlogPage.objects.live()
            .public()
            .child_of(self)
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = self.posts()
        filter_form = BlogFilterForm(request.GET, posts=posts, locale=self.locale)
        filtered = filter_form.filter(posts).select_related("author")
        page_obj = paginate(request, filtered, self.per_page)
        page_obj.object_list = with_listing_images(page_obj.object_list)
        context.update(
            {
                "filter_form": filter_form,
                "posts": page_obj,
                "result_count": page_obj.paginator.count,
                "pagination_query": query_without_page(request),
            }
        )
        return context


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogRelatedPage(Orderable):
    page = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="related_links")
    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("link_page")]


class BlogInitiative(Orderable):
    """An initiative a blog post is about; the post then ends with its open openings."""

    page = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="initiative_links")
    initiative = models.ForeignKey(
        "initiatives.InitiativePage",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="blog_post_links",
    )

    panels = [FieldPanel("initiative")]

    class Meta(Orderable.Meta):
        verbose_name = _("initiative this post is about")
        verbose_name_plural = _("initiatives this post is about")


class BlogPage(ArticleMixin, BasePage):
    theme_listing_order = 40  # where its group stands on a theme page
    introduction = models.TextField(
        _("introduction"), max_length=500, help_text=_("What the post is about, in a few lines.")
    )
    date = models.DateField(_("date"), default=timezone.localdate)
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
        help_text=_("Describe the image for this post; leave empty if it is decorative."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("tags"))

    json_ld_type = "BlogPosting"
    date_field = "date"
    card_select_related = ("author",)
    listing_image_fields = ("listing_image", "hero_image")
    template = "blog/blog_page.html"
    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Hero image")
        ),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("tags")], heading=_("Themes and tags")),
        InlinePanel(
            "initiative_links",
            label=_("Initiative"),
            heading=_("Initiatives this post is about"),
            help_text=_(
                "The post ends with a “Join in” section showing the open openings of these "
                "initiatives."
            ),
        ),
        InlinePanel("related_links", label=_("Related pages"), heading=_("Read further")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    @property
    def publication_date(self):
        return self.date

    def get_fallback_summary(self):
        return self.introduction

    def get_listing_image(self):
        return self.listing_image or self.hero_image

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

    @property
    def card_meta(self):
        parts = [date_format(self.date, "j F Y") if self.date else ""]
        if self.author_id and self.author:
            parts.append(self.author.name)
        return " · ".join(p for p in parts if p)

    @classmethod
    def theme_listing_queryset(cls, theme, locale):
        return (
            super()
            .theme_listing_queryset(theme, locale)
            .select_related("author")
            .order_by("-date", "-first_published_at")
        )

    def json_ld_authors(self):
        # Without a personal name, the organisation (the publisher) is the author.
        name = self.personal_author_name
        return [{"@type": "Person", "name": name}] if name else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = self.related_content()
        context["join_in"] = self.join_in()
        context["json_ld"] = self.json_ld(request)
        context["blog_index"] = self.get_parent().specific
        return context
