"""StreamField blocks shared by every section. Each block has a template, an icon, a
description and a preview value, so editors see what they pick."""

import hashlib

from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from core.listing import load_cards
from core.locales import localize_pages, localized
from core.page_cache import cached_list

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/streamfield/heading.html"
        description = _("A section heading; it also appears in the page outline.")
        preview_value = {"text": "Samen aan de slag in de wijk", "level": "h2"}


class RichTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "components/streamfield/rich_text.html"
        description = _("Paragraphs with links and lists.")
        preview_value = (
            "<p>In een all inclusive wijk hoeft niemand zich te vervelen, eenzaam te zijn of "
            "zonder geld te zitten.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/streamfield/image.html"
        description = _("An image with alt text, an optional caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Their role"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/streamfield/quote.html"
        description = _("A pull quote with the person who said it.")
        preview_value = {
            "quote": "Iedereen kan iets bijdragen, groot of klein, betaald of vrijwillig.",
            "speaker": "Fatima",
            "role": "wijkondernemer",
        }


class LinkValue(blocks.StructValue):
    """Resolves the chosen page to the reader's language."""

    def page_in_language(self):
        """The chosen page in the reader's language; set in bulk by ``resolve_links``."""
        if not hasattr(self, "_page_in_language"):
            self._page_in_language = localized(self.get("page"))
        return self._page_in_language

    def href(self):
        page = self.page_in_language()
        return page.url if page else self.get("url")

    def text(self):
        page = self.page_in_language()
        return self.get("label") or (page.title if page else self.get("url"))


def resolve_links(values):
    """Resolve the pages of many LinkValues to the reader's language in one query."""
    values = list(values)
    resolved = localize_pages(value.get("page") for value in values)
    for value in values:
        page = value.get("page")
        value._page_in_language = resolved.get(page.pk) if page else None
    return values


class LinkBlock(blocks.StructBlock):
    """A link to a page or an external address, with an optional label."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)
    label = blocks.CharBlock(label=_("Label"), required=False, max_length=80)

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter a web address."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "components/streamfield/call_to_action.html"
        description = _("A highlighted invitation with one button.")
        preview_value = {
            "heading": "Doe mee in de wijk",
            "text": "Er is werk genoeg: betaald of vrijwillig.",
            "link": {"url": "https://example.org", "label": "Bekijk de oproepen"},
        }


class ConsentEmbedBlock(blocks.StructBlock):
    """A video or audio embed that loads nothing from a third party until the reader asks."""

    embed = EmbedBlock(label=_("Web address of the video or audio"))
    title = blocks.CharBlock(label=_("What it is"), max_length=120)
    transcript = blocks.RichTextBlock(
        label=_("Transcript or summary"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "media"
        label = _("Video or audio")
        template = "components/streamfield/embed.html"
        description = _(
            "Shown as a button first: the other site is contacted only when the reader asks."
        )


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)

    class Meta:
        icon = "doc-full"
        label = _("Document")


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document links")
        template = "components/streamfield/documents.html"
        description = _("Downloads with their format and size.")


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or heading"), max_length=200)
    answer = RichTextBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Item")


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "components/streamfield/accordion.html"
        description = _("Foldable questions and answers; works without JavaScript.")
        preview_value = {
            "heading": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Wat is een wijkbedrijf?",
                    "answer": "<p>Een bedrijf van en voor inwoners.</p>",
                },
            ],
        }


class LatestPagesBlock(blocks.StructBlock):
    """The newest live children of a chosen index page, as cards.

    This is how `home` shows stories, calls for help or instruments without importing those
    sections: it only knows the page tree and the listing fields every page shares.
    """

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    index_page = blocks.PageChooserBlock(label=_("Index page"))
    count = blocks.IntegerBlock(label=_("How many"), default=3, min_value=1, max_value=12)
    descendants = blocks.BooleanBlock(
        label=_("Include deeper pages"),
        required=False,
        help_text=_("Also list grandchildren, such as the openings under initiatives."),
    )
    link_label = blocks.CharBlock(label=_("Label of the link to the index"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Latest pages")
        template = "components/streamfield/latest_pages.html"
        description = _("The newest pages under a chosen section, such as stories or openings.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        batch = (parent_context or {}).get("latest_pages")
        if isinstance(batch, LatestPagesBatch):
            context["pages"] = batch.pages(value)
        else:
            context["pages"] = load_cards(latest_pages_query(value))[0]
        return context

    def render(self, value, context=None):
        """The section's HTML, cached per generation (any publish makes it stale): see
        ``core.page_cache.cached_list``."""
        index = value["index_page"]
        texts = "\x1f".join(
            str(value.get(name) or "") for name in ("heading", "intro", "link_label")
        )
        parts = [
            index.pk if index else "",
            value["count"],
            bool(value.get("descendants")),
            hashlib.sha256(texts.encode()).hexdigest()[:16],
        ]
        render = super().render
        request = context.get("request") if context else None
        html = cached_list(request, "latest-pages", parts, lambda: str(render(value, context)))
        return mark_safe(html)  # noqa: S308 - our own template's output


def latest_pages_query(value):
    """The newest live, public pages a ``LatestPagesBlock`` value lists, in the reader's
    language: a queryset (or an empty list), its cards not loaded yet."""
    from core.listing import newest_live  # noqa: PLC0415

    if value["index_page"] is None:
        return []
    # Only the type and the tree fields are needed: no query for the specific fields.
    index = localized(value["index_page"]).specific_deferred
    if hasattr(index, "latest_listing"):
        # A page that lists pages from elsewhere (the openings finder) says what is newest.
        return index.latest_listing(value["count"])
    return newest_live(index, value["count"], descendants=value.get("descendants"))


def _latest_key(value):
    index = value["index_page"]
    return (index.pk if index else None, value["count"], bool(value.get("descendants")))


class LatestPagesBatch:
    """The lists of every ``LatestPagesBlock`` in a stream, loaded together the first time a
    block renders (its cached HTML stale): the renditions of all their cards in one query
    instead of one per section. A page puts it in its context as ``latest_pages``."""

    def __init__(self, stream):
        self.stream = stream
        self.loaded = None

    def pages(self, value):
        if self.loaded is None:
            values = {
                _latest_key(child.value): child.value
                for child in self.stream
                if isinstance(child.block, LatestPagesBlock)
            }
            lists = load_cards(*(latest_pages_query(v) for v in values.values()))
            self.loaded = dict(zip(values, lists, strict=True))
        key = _latest_key(value)
        if key not in self.loaded:  # a value not in the stream given (a preview of one block)
            self.loaded[key] = load_cards(latest_pages_query(value))[0]
        return self.loaded[key]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = RichTextBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = ConsentEmbedBlock()
    documents = DocumentListBlock()
    accordion = AccordionBlock()

    class Meta:
        block_counts = {}
