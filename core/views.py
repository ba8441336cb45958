import datetime

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from core.locales import active_locale
from core.pagination import paginate, query_without_page
from core.sitemaps import MultilingualSitemap
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
    """sitemap.xml of every live public page in every language, with hreflang alternates."""
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap})


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
