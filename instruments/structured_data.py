"""JSON-LD for an instrument: a CreativeWork with a DigitalDocument for each file."""

from core.locales import in_language

from .models import FileLanguage


def instrument_json_ld(page, request=None, downloads=None):
    url = page.get_full_url(request)
    root = request.build_absolute_uri("/") if request is not None else (url or "/")
    root = root.rstrip("/")

    def absolute(path):
        return path if path.startswith("http") else f"{root}{path}"

    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": url,
        "url": url,
        "name": page.title,
        "description": page.summary,
        "inLanguage": page.locale.language_code,
        "genre": str(page.get_instrument_type_display()),
        "learningResourceType": str(page.get_instrument_type_display()),
        "author": {"@type": "Organization", "name": page.get_author()},
        "publisher": {"@type": "Organization", "name": page.get_author()},
        "creditText": page.citation(request),
        "audience": [
            {"@type": "Audience", "audienceType": str(audience)}
            for audience in page.audiences.all()
        ],
        # Themes in the page's language (a translated page may still name the Dutch theme).
        "about": [theme.name for theme in in_language(page.themes.all(), page.locale)],
        "keywords": ", ".join(tag.name for tag in page.tags.all()),
    }
    if page.licence_url:
        data["license"] = page.licence_url
    else:
        data["copyrightNotice"] = str(page.licence_short)
    versions = page.version_list
    if versions:
        data["datePublished"] = min(v.date for v in versions).isoformat()
    elif page.first_published_at:
        data["datePublished"] = page.first_published_at.date().isoformat()
    if page.last_updated:
        data["dateModified"] = page.last_updated.isoformat()
    version = page.current_version
    if version:
        data["version"] = version.version
    image = page.get_listing_image()
    if image is not None:
        data["image"] = absolute(image.get_rendition("max-1200x1200|format-png").url)
    data["hasPart"] = [
        {
            "@type": "DigitalDocument",
            "name": item.get_title(),
            "encodingFormat": item.document.content_type,
            "contentSize": f"{item.size} B" if item.size else None,
            "inLanguage": item.language,
            "version": item.version or None,
            "url": absolute(item.get_download_url()),
            "description": str(FileLanguage(item.language).label),
        }
        for item in page.file_list
    ]
    for part in data["hasPart"]:
        for key in [k for k, v in part.items() if v is None]:
            del part[key]
    if downloads is not None:
        data["interactionStatistic"] = {
            "@type": "InteractionCounter",
            "interactionType": "https://schema.org/DownloadAction",
            "userInteractionCount": downloads,
        }
    if not data["keywords"]:
        del data["keywords"]
    return data
