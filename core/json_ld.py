"""Structured data (schema.org JSON-LD) that more than one section writes."""

from django.utils import timezone
from django.utils.html import strip_tags

from wagtail.models import Site


def body_text(stream_value):
    """The readable text of a StreamField value (for reading time, summaries, word counts)."""
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


def image_object(image, absolute):
    rendition = image.get_rendition("fill-1200x630|format-jpeg")
    return {
        "@type": "ImageObject",
        "url": absolute(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def article_json_ld(page, request, organisation):
    """Article / BlogPosting JSON-LD of an article page (``page.json_ld_type``), published by
    the organisation named ``organisation``."""

    def absolute(url):
        return request.build_absolute_uri(url) if request else url

    site = Site.find_for_request(request) if request else None
    home_url = absolute(site.root_page.localized.url) if site else None
    data = {
        "@context": "https://schema.org",
        "@type": page.json_ld_type,
        "headline": page.title[:110],
        "description": page.get_listing_summary(),
        "inLanguage": page.locale.language_code,
        "url": absolute(page.url),
        "mainEntityOfPage": {"@type": "WebPage", "@id": absolute(page.url)},
        "datePublished": page.publication_date.isoformat() if page.publication_date else None,
        "dateModified": (page.last_published_at or timezone.now()).isoformat(),
        "wordCount": len(body_text(page.body).split()),
        "keywords": ", ".join(tag.name for tag in page.tags.all()),
        "about": [{"@type": "Thing", "name": theme.localized.name} for theme in page.themes.all()]
        + [
            {
                "@type": "Project",
                "name": initiative.title,
                "url": absolute(initiative.get_url(request)),
            }
            for initiative in page.about_initiatives
        ],
    }
    publisher = {"@type": "Organization", "name": organisation}
    if home_url:
        publisher["@id"] = f"{home_url}#organisation"
        publisher["url"] = home_url
    data["publisher"] = publisher
    data["author"] = page.json_ld_authors() or publisher
    image = page.get_social_image() or page.hero_image
    if image:
        data["image"] = image_object(image, absolute)
    return {key: value for key, value in data.items() if value not in (None, "", [])}
