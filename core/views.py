import datetime
from itertools import groupby

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from core.locales import active_locale
from core.pagination import paginate, query_without_page
from core.validators import clean_search_query

SEARCH_PER_PAGE = 10
SEARCH_MAX_LENGTH = 200


@require_GET
def search(request):
    """Full-text search over the live pages of the current language."""
    query = clean_search_query(request.GET.get("q", ""), max_length=10_000)
    if len(query) > SEARCH_MAX_LENGTH:
        return render(
            request,
            "core/search.html",
            {"query": query[:SEARCH_MAX_LENGTH], "error": _("Please use a shorter search term.")},
            status=400,
        )
    results_page = None
    if query:
        locale = active_locale()
        results = Page.objects.live().public().filter(locale=locale).exclude(depth__lte=1)
        results_page = paginate(request, results.search(query, operator="and"), SEARCH_PER_PAGE)
        results_page.object_list = specific_in_order(results_page.object_list)
    return render(
        request,
        "core/search.html",
        {
            "query": query,
            "results": results_page,
            "pagination_query": query_without_page(request),
        },
    )


def specific_in_order(pages):
    """The specific pages for ``pages``, in the same order, with one query per page type."""
    pages = list(pages)
    by_id = {p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()}
    return [by_id[p.pk] for p in pages if p.pk in by_id]


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    """sitemap.xml of every live public page, with hreflang alternates for its translations."""
    site = Site.find_for_request(request)
    pages = (
        Page.objects.live()
        .public()
        .exclude(depth__lte=1)
        .select_related("locale")
        .order_by("translation_key", "locale__language_code")
        .specific(defer=True)
    )
    if site is not None:
        roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list(
            "path", flat=True
        )
        pages = [p for p in pages if any(p.path.startswith(r) for r in roots)]
    entries = []
    for _key, group in groupby(pages, key=lambda p: p.translation_key):
        group = list(group)
        alternates = []
        for page in group:
            url = page.get_full_url(request)
            if url:
                alternates.append((page.locale.language_code, url, page))
        default = next((a for a in alternates if a[0] == settings.LANGUAGE_CODE), None)
        for _code, url, page in alternates:
            entries.append(
                {
                    "location": url,
                    "lastmod": page.last_published_at,
                    "alternates": alternates,
                    "default": default[1] if default else None,
                }
            )
    xml = loader.render_to_string("sitemap.xml", {"entries": entries}, request)
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/search/",
        "Disallow: /*/zoeken/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def security_txt(request):
    """RFC 9116 security.txt; Expires moves along, a year ahead, so it is never stale."""
    expires = (timezone.now() + datetime.timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.astimezone(datetime.UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    response = render(request, "404.html", status=404)
    return response


def _standalone_error(request, template, status):
    """An error page that needs no database, no site and no host check, in the URL's language."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        html = loader.get_template(template).render({"LANGUAGE_CODE": language})
    return HttpResponse(html, status=status)


def server_error(request):
    return _standalone_error(request, "500.html", 500)


def bad_request(request, exception=None):
    """Also used for a disallowed Host header, so it must not build absolute URLs."""
    return _standalone_error(request, "400.html", 400)
