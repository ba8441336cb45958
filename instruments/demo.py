"""Demo content of the instruments library: seven instruments in Dutch and English, each with
real files made here (text PDFs and PNG infographics), cover images, versions and licences."""

import io

from django.core.files.images import ImageFile
from django.db.models import Q
from django.utils.text import Truncator

from wagtail.images import get_image_model
from wagtail.models import Page

from home.demo_utils import DemoContext

from . import demo_files
from .demo_content import INSTRUMENTS
from .models import (
    AudienceGroup,
    InstrumentFile,
    InstrumentIndexPage,
    InstrumentPage,
    InstrumentUsage,
    InstrumentVersion,
)
from .pdf import build_pdf

COLOURS = {
    "teal": demo_files.TEAL,
    "orange": demo_files.ORANGE,
    "purple": demo_files.PURPLE,
    "blue": demo_files.BLUE,
}
TYPE_LABELS = {
    "nl": {
        "handbook": "Handleiding",
        "worksheet": "Werkblad",
        "canvas": "Canvas",
        "training": "Training",
        "research": "Onderzoek",
        "infographic": "Infographic",
    },
    "en": {
        "handbook": "Handbook",
        "worksheet": "Worksheet",
        "canvas": "Canvas",
        "training": "Training",
        "research": "Research",
        "infographic": "Infographic",
    },
}


def load(ctx: DemoContext):
    home_nl = ctx.homes["nl"]
    index_nl, index_en = ctx.both(
        home_nl,
        InstrumentIndexPage,
        "instrumenten",
        nl={
            "title": "Instrumenten",
            "introduction": "Handleidingen, werkbladen, canvassen en infographics om zelf aan "
            "de slag te gaan met een wijkbedrijf. Gratis te downloaden, gemaakt en uitgeprobeerd "
            "in de Geitenkamp in Arnhem.",
            "listing_summary": "Download onze instrumenten om zelf aan de slag te gaan.",
        },
        en={
            "title": "Instruments",
            "slug": "instruments",
            "introduction": "Handbooks, worksheets, canvases and infographics to start a "
            "neighbourhood enterprise yourself. Free to download, made and tried out in the "
            "Geitenkamp in Arnhem.",
            "listing_summary": "Download our instruments to get started yourself.",
        },
    )
    # Newest first on the index and the home page: create the key instruments last.
    for spec in reversed(INSTRUMENTS):
        _instrument(ctx, index_nl, spec)
    ctx.add_menu_item(index_nl, index_en, weight=40)
    ctx.add_home_section(
        index_nl,
        "Instrumenten om zelf aan de slag te gaan",
        "Instruments to get started yourself",
        count=3,
        intro_nl="Handleidingen, werkbladen en infographics voor andere wijken en gemeenten.",
        intro_en="Handbooks, worksheets and infographics for other neighbourhoods and "
        "municipalities.",
        link_nl="Alle instrumenten",
        link_en="All instruments",
    )
    ctx.store["instruments"] = (index_nl, index_en)


def _usage_pages(ctx, slugs):
    """Initiatives (or stories) where an instrument was used, found by slug through the page
    tree, so this section imports none of the others; the about page when there are none."""
    pages = list(
        Page.objects.live()
        .filter(locale=ctx.locale("nl"), slug__in=slugs)
        .filter(Q(content_type__app_label="initiatives") | Q(content_type__app_label="stories"))
        .order_by("path")
    )
    if not pages and ctx.store.get("about"):
        pages = [ctx.store["about"][0]]
    return pages


def _image(title, data, alt):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    # The image's default alt text is short (255 characters); the page keeps the full one.
    image = Image(title=title, description=Truncator(alt).chars(250))
    image.file = ImageFile(io.BytesIO(data), name=f"{title[:40]}.png")
    image.save()
    return image


def _document(ctx, title, filename, content):
    document = ctx.document(title, filename, content)
    document.get_file_size()
    return document


def _files(ctx, spec):
    """The documents of an instrument: {language: (document, version)}; and preview images."""
    slug_nl = spec["slug"][0]
    documents, previews = {}, {}
    for language, version in spec["files"]:
        text = spec[language]
        if spec.get("infographic"):
            data = demo_files.infographic(language)
            documents[language] = _document(
                ctx,
                f"{text['title']} (infographic, {language.upper()})",
                f"{spec['slug'][0 if language == 'nl' else 1]}-{language}.png",
                data,
            )
            previews[language] = _image(f"{text['title']} (infographic)", data, text["alt"])
        else:
            colour = COLOURS[spec.get("colour", "teal")]
            pdf = build_pdf(
                text["title"],
                text["sections"],
                subtitle=text["cover"],
                footer=f"Wijkbedrijf Geitenkamp · {text['title']} · {version}",
                author="Wijkbedrijf Geitenkamp",
                accent=colour,
                language=language,
            )
            documents[language] = _document(
                ctx,
                f"{text['title']} (PDF, {language.upper()})",
                f"{slug_nl}-{language}-{version}.pdf",
                pdf,
            )
            kind = TYPE_LABELS[language][spec["type"]]
            previews[language] = _image(
                f"{text['title']} (cover)",
                demo_files.cover(text["title"], text["cover"], kind, colour),
                "",
            )
    return documents, previews


def _instrument(ctx, index_nl, spec):
    slug_nl, slug_en = spec["slug"]
    existing = index_nl.get_children().filter(slug=slug_nl).first()
    if existing is not None:
        ctx.translate(existing.specific, "en", slug=slug_en)
        return
    documents, previews = _files(ctx, spec)
    nl, en = spec["nl"], spec["en"]
    preview_nl = previews.get("nl")
    preview_en = previews.get("en", preview_nl)
    file_labels = {
        "nl": {"nl": "Nederlands", "en": "Engels"},
        "en": {"nl": "Dutch", "en": "English"},
    }
    files = [
        InstrumentFile(
            document=documents[language],
            language=language,
            version=version,
            title=f"{TYPE_LABELS['nl'][spec['type']]} ({file_labels['nl'][language]})",
        )
        for language, version in spec["files"]
    ]
    versions = [
        InstrumentVersion(version=v, date=date, changes=text_nl)
        for v, date, text_nl, _text_en in spec["versions"]
    ]
    usages = [InstrumentUsage(target=page, note="") for page in _usage_pages(ctx, spec["used_in"])]
    audiences = list(AudienceGroup.objects.filter(code__in=spec["audiences"]))
    themes = [ctx.store["themes"][slug] for slug in spec["themes"] if slug in ctx.store["themes"]]
    page_nl = ctx.page(
        index_nl,
        InstrumentPage,
        slug_nl,
        title=nl["title"],
        summary=nl["summary"],
        instrument_type=spec["type"],
        licence=spec["licence"],
        needs_time=nl["needs_time"],
        needs_people=nl["needs_people"],
        needs_costs=nl["needs_costs"],
        experience_note=f"<p>{nl['experience']}</p>",
        preview_image=preview_nl,
        preview_image_alt=nl.get("alt", "")
        if spec.get("infographic")
        else f"Omslag van “{nl['title']}”",
        files=files,
        versions=versions,
        usages=usages,
        audiences=audiences,
        themes=themes,
        tags=spec["tags"][0],
    )
    page_en = ctx.translate(
        page_nl,
        "en",
        slug=slug_en,
        title=en["title"],
        summary=en["summary"],
        needs_time=en["needs_time"],
        needs_people=en["needs_people"],
        needs_costs=en["needs_costs"],
        experience_note=f"<p>{en['experience']}</p>",
        preview_image=preview_en,
        preview_image_alt=en.get("alt", "")
        if spec.get("infographic")
        else (
            f"Cover of “{en['title']}”"
            if "en" in previews
            else f"Cover of the Dutch document “{nl['title']}”"
        ),
        tags=spec["tags"][1],
    )
    # The copied child rows are the Dutch ones: give the English page its own texts, same files.
    en_files = list(page_en.files.all())
    for item in en_files:
        item.title = f"{TYPE_LABELS['en'][spec['type']]} ({file_labels['en'][item.language]})"
    en_versions = list(page_en.versions.all())
    for item, (_v, _d, _nl, text_en) in zip(en_versions, spec["versions"], strict=False):
        item.changes = text_en
    page_en.files = en_files
    page_en.versions = en_versions
    page_en.save_revision().publish()
