"""The instruments library: an index page and one page per instrument, with its files, versions
and the places in the neighbourhood where it was tried out."""

from django import forms
from django.db import models
from django.db.models import Sum
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.models import (
    AbstractPageTag,
    BasePage,
    IndexPage,
    LocalizedTaggableManager,
    LocalizedTagsMixin,
)
from core.private_media import is_restricted_document, may_see_document

from .choices import (
    LICENCE_EXPLANATION,
    LICENCE_SHORT,
    LICENCE_URLS,
    Audience,
    FileLanguage,
    InstrumentType,
    Licence,
)


class AudienceGroup(models.Model):
    """One of the fixed audiences (gemeente, wijkbedrijf, ...); rows come from a migration, so
    instruments can hold several and the index can filter on them with a join."""

    code = models.CharField(_("code"), max_length=30, choices=Audience.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    class Meta:
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return str(Audience(self.code).label)


class InstrumentIndexPage(IndexPage):
    """The library: every instrument, filterable by theme, type, audience and language, with
    search within the library. Works with plain GET forms, no JavaScript."""

    template = "instruments/instrument_index_page.html"
    subpage_types = ["instruments.InstrumentPage"]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("instrument library")
        verbose_name_plural = _("instrument libraries")

    # ``views.library_context`` (filters, search, pagination), wired in
    # ``InstrumentsConfig.ready`` so the model layer never imports views or forms.
    library_context = None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.library_context(request))
        return context


class InstrumentPageTag(AbstractPageTag):
    content_object = ParentalKey(
        "instruments.InstrumentPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class InstrumentPage(LocalizedTagsMixin, BasePage):
    """A downloadable instrument: what it is, for whom, what you need, where it was tried out,
    its files, versions, licence and how to cite it."""

    theme_listing_order = 50  # where its group stands on a theme page

    summary = models.TextField(
        _("summary"), max_length=500, help_text=_("What the instrument is and what it helps with.")
    )
    instrument_type = models.CharField(
        _("type"), max_length=20, choices=InstrumentType.choices, default=InstrumentType.HANDBOOK
    )
    audiences = ParentalManyToManyField(
        AudienceGroup, verbose_name=_("for whom"), blank=True, related_name="instruments"
    )
    tags = LocalizedTaggableManager(through=InstrumentPageTag, blank=True, verbose_name=_("tags"))
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    preview_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("preview image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For an infographic the image itself; for a PDF an image of its cover."),
    )
    preview_image_alt = models.TextField(
        _("preview alt text"),
        max_length=600,
        blank=True,
        help_text=_("Describe what the preview shows, for people who cannot see it."),
    )
    needs_time = models.CharField(
        _("time needed"), max_length=120, blank=True, help_text=_("E.g. “Two sessions of 2 hours”")
    )
    needs_people = models.CharField(
        _("people needed"), max_length=160, blank=True, help_text=_("Who takes part, how many.")
    )
    needs_costs = models.CharField(
        _("costs"), max_length=160, blank=True, help_text=_("E.g. “None, apart from printing”")
    )
    experience_note = RichTextField(
        _("how it was tried out"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A short note on how the instrument was used in the neighbourhood."),
    )
    licence = models.CharField(
        _("licence"), max_length=30, choices=Licence.choices, default=Licence.CC_BY
    )
    author = models.CharField(
        _("author"),
        max_length=160,
        blank=True,
        help_text=_("Named in the citation. Leave empty to use the organisation's name."),
    )
    show_download_count = models.BooleanField(
        _("show download count"), default=True, help_text=_("Show how often it was downloaded.")
    )

    template = "instruments/instrument_page.html"
    parent_page_types = ["instruments.InstrumentIndexPage"]
    subpage_types = []
    listing_image_fields = ("listing_image", "preview_image")
    # A card lists the file formats: their files, for all cards at once (core.listing).
    listing_prefetch = ("files__document",)
    # Shown more than once on the page (facts, JSON-LD, tags): loaded once (BasePage.route).
    page_prefetch = ("themes", "tags", "audiences", "files__document")

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("instrument_type"), FieldPanel("licence")]),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [FieldPanel("preview_image"), FieldPanel("preview_image_alt")],
            heading=_("Preview"),
        ),
        InlinePanel("files", label=_("Files"), min_num=1),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("needs_time"), FieldPanel("needs_people"), FieldPanel("needs_costs")],
            heading=_("What you need"),
        ),
        FieldPanel("experience_note"),
        InlinePanel("usages", label=_("Where it was used")),
        InlinePanel("versions", label=_("Version history")),
        MultiFieldPanel(
            [FieldPanel("author"), FieldPanel("show_download_count")], heading=_("Citing")
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("experience_note"),
        index.SearchField("needs_people"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        # Only public files: a restricted file's title must not make the page a search result.
        index.SearchField("public_file_titles"),
        index.FilterField("instrument_type"),
        index.FilterField("licence"),
    ]

    class Meta:
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    # --- Cards ---------------------------------------------------------------------------------
    def get_fallback_summary(self):
        return self.summary

    def get_listing_image(self):
        return self.listing_image or self.preview_image

    @cached_property
    def kind_label(self):
        return self.get_instrument_type_display()

    @property
    def card_meta(self):
        parts = [self.get_instrument_type_display()]
        formats = self.formats
        if formats:
            parts.append(", ".join(formats))
        languages = self.languages
        if languages:
            parts.append(", ".join(code.upper() for code in languages))
        return " · ".join(str(p) for p in parts)

    # --- Files ---------------------------------------------------------------------------------
    @cached_property
    def all_files(self):
        """Every file in its order; uses a prefetch (``files__document``) when there is one."""
        prefetched = getattr(self, "_prefetched_objects_cache", {}).get("files")
        items = prefetched if prefetched is not None else self.files.select_related("document")
        return [f for f in items if f.document_id]

    @cached_property
    def file_list(self):
        """The files anyone may download: none whose document is in a restricted collection
        (what cards, JSON-LD, search, feeds and the question form show)."""
        return [f for f in self.all_files if not is_restricted_document(f.document)]

    def visible_files(self, request):
        """The files this visitor may download: the public ones, and the restricted ones whose
        collection's restriction ``request`` passes (a logged-in editor, a password given)."""
        return [f for f in self.all_files if may_see_document(f.document, request)]

    def public_file_titles(self):
        """The titles of the public files, for the search index."""
        return " ".join(f.get_title() for f in self.file_list)

    @property
    def formats(self):
        seen = []
        for item in self.file_list:
            fmt = item.format_label
            if fmt and fmt not in seen:
                seen.append(fmt)
        return seen

    @property
    def languages(self):
        """Codes of the languages the files exist in, in file order (derived, never retyped)."""
        seen = []
        for item in self.file_list:
            if item.language not in seen:
                seen.append(item.language)
        return seen

    def language_labels(self):
        return [str(FileLanguage(code).label) for code in self.languages]

    # --- Versions, licence, citation -----------------------------------------------------------
    @cached_property
    def version_list(self):
        return sorted(self.versions.all(), key=lambda v: (v.date, v.pk or 0), reverse=True)

    @property
    def current_version(self):
        versions = self.version_list
        return versions[0] if versions else None

    @property
    def last_updated(self):
        version = self.current_version
        if version:
            return version.date
        published = self.last_published_at or self.first_published_at
        return timezone.localdate(published) if published else None

    @property
    def licence_url(self):
        return LICENCE_URLS.get(self.licence, "")

    @property
    def licence_short(self):
        return LICENCE_SHORT.get(self.licence, self.licence)

    @property
    def licence_explanation(self):
        return LICENCE_EXPLANATION.get(self.licence, "")

    def get_author(self):
        if self.author:
            return self.author
        from core.models import SiteSettings

        return SiteSettings.load().organisation_name or "Wijkbedrijf"

    def citation(self, request=None):
        """A ready "how to cite" line: author (year). Title (version x) [type]. URL. Licence."""
        year = (self.last_updated or timezone.localdate()).year
        version = self.current_version
        title = self.title
        if version:
            title = gettext("%(title)s (version %(version)s)") % {
                "title": title,
                "version": version.version,
            }
        url = self.get_full_url(request) or ""
        return gettext(
            "%(author)s (%(year)s). %(title)s [%(type)s]. %(url)s. Licence: %(licence)s."
        ) % {
            "author": self.get_author(),
            "year": year,
            "title": title,
            "type": self.get_instrument_type_display().lower(),
            "url": url,
            "licence": self.licence_short,
        }

    # --- Downloads -----------------------------------------------------------------------------
    def download_total(self):
        """Downloads of every file of this instrument in every language."""
        from .downloads import DownloadCount

        total = DownloadCount.objects.filter(
            file__page__translation_key=self.translation_key
        ).aggregate(total=Sum("count"))["total"]
        return total or 0

    # ``forms.DownloadQuestionForm``, wired in ``InstrumentsConfig.ready``.
    question_form_class = None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["question_form"] = self.question_form_class(page=self)
        context["files"] = self.visible_files(request)
        context["downloads"] = self.download_total() if self.show_download_count else None
        return context

    # --- Where it was used ---------------------------------------------------------------------
    @classmethod
    def pages_about(cls, target):
        return (
            cls.objects.live()
            .public()
            .filter(usages__target__translation_key=target.translation_key)
            .distinct()
        )

    def usage_list(self):
        """The pages it was used on, each in the reader's language when translated; a few
        queries however many there are."""
        from wagtail.models import Locale

        usages = [u for u in self.usages.select_related("target") if u.target_id]
        keys = {u.target.translation_key for u in usages}
        localized = {
            page.translation_key: page
            for page in Page.objects.live()
            .public()
            .filter(translation_key__in=keys, locale=Locale.get_active())
            .specific()
        }
        result = []
        for usage in usages:
            page = localized.get(usage.target.translation_key)
            if page is None and usage.target.live:
                page = usage.target
            if page is not None:
                result.append({"page": page, "note": usage.note})
        return result


class InstrumentFile(TranslatableMixin, Orderable):
    """One downloadable file of an instrument: a Wagtail document in one language and version."""

    page = ParentalKey(InstrumentPage, on_delete=models.CASCADE, related_name="files")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(
        _("label"),
        max_length=160,
        blank=True,
        help_text=_("E.g. “Handbook” or “Printable A3”. Leave empty to use the document's title."),
    )
    language = models.CharField(
        _("language"), max_length=5, choices=FileLanguage.choices, default=FileLanguage.DUTCH
    )
    version = models.CharField(_("version"), max_length=20, blank=True)

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("language"), FieldPanel("version")]),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
        ordering = ["sort_order", "pk"]  # files added together keep their order

    def __str__(self):
        return self.get_title()

    def get_title(self):
        return self.title or (self.document.title if self.document_id else "")

    @property
    def format_label(self):
        return self.document.file_extension.upper() if self.document_id else ""

    @property
    def size(self):
        """Size in bytes; Wagtail stores it on the document, so this needs no file access."""
        try:
            return self.document.get_file_size()
        except (OSError, ValueError):
            return None

    def get_download_url(self):
        from django.urls import reverse

        return reverse("instruments:download", args=[self.pk])


class InstrumentVersion(TranslatableMixin, Orderable):
    """A line of the version history: when and what changed."""

    page = ParentalKey(InstrumentPage, on_delete=models.CASCADE, related_name="versions")
    version = models.CharField(_("version"), max_length=20)
    date = models.DateField(_("date"))
    changes = models.CharField(_("what changed"), max_length=300)

    panels = [FieldRowPanel([FieldPanel("version"), FieldPanel("date")]), FieldPanel("changes")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("version")
        verbose_name_plural = _("versions")
        ordering = ["sort_order"]

    def __str__(self):
        return f"{self.version} ({self.date})"


class InstrumentUsage(TranslatableMixin, Orderable):
    """A page (an initiative, a story, any page) where the instrument was used. Chosen with a
    page chooser, so this section never imports the others."""

    page = ParentalKey(InstrumentPage, on_delete=models.CASCADE, related_name="usages")
    target = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [FieldPanel("target"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("where it was used")
        verbose_name_plural = _("where it was used")
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.target)


def reindex_for_privacy(sender, instance, raw=False, **kwargs):
    """A collection's restriction came or went, or a document moved: the search index of the
    instruments with files there changes (only public file titles are indexed)."""
    from wagtail.models import Collection, CollectionViewRestriction
    from wagtail.search import index as search_index

    from core.page_cache import bump_generation

    if raw:
        return
    bump_generation()  # forget the cached restricted collections first
    if isinstance(instance, CollectionViewRestriction):
        collection = Collection.objects.filter(pk=instance.collection_id).first()
        if collection is None:
            return
        ids = Collection.objects.filter(path__startswith=collection.path).values("pk")
    else:
        ids = [instance.collection_id]
    pages = InstrumentPage.objects.filter(files__document__collection__in=ids).distinct()
    for page in pages:
        search_index.insert_or_update_object(page)
