from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponseBadRequest
from django.utils.translation import gettext

from wagtail.models import Site

from csp.middleware import CSPMiddleware

from core.page_cache import cached_fragment


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_URL_PREFIXES))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with two policies: the strict one for public pages, and one the Wagtail admin
    (including its page previews) can work under."""

    def process_response(self, request, response):
        if is_admin_path(request.path_info) and "Content-Security-Policy" in response:
            # A page preview is rendered by a nested request for the page's own URL, which
            # already carries the public policy (frame-ancestors 'none'); the admin frames it.
            del response["Content-Security-Policy"]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


class SecurityHeadersMiddleware:
    """Headers Django does not set itself: Permissions-Policy, and frame rules for the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if is_admin_path(request.path_info):
            # Page previews are shown in an iframe of the admin itself.
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class RejectInvalidTextMiddleware:
    """A NUL character in the query string or in form data is never meant: PostgreSQL cannot
    store or even compare it (a 500 deep in a query), SQLite cuts text at it. Refuse such a
    request with a plain 400 before any view sees it, on both databases alike."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_nul(request.GET) or (
            request.method == "POST"
            and request.content_type == "application/x-www-form-urlencoded"
            and self._has_nul(request.POST)
        ):
            return HttpResponseBadRequest(
                gettext("The request contains characters that are not allowed."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)

    @staticmethod
    def _has_nul(query):
        return any("\x00" in key or any("\x00" in v for v in query.getlist(key)) for key in query)


class CachedSiteMiddleware:
    """Finds the request's Wagtail site (``Site.find_for_request``, one query) once per host and
    generation, in the shared cache, with its root page already specific: Wagtail's routing
    starts at ``site.root_page.localized.specific``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            host = request.get_host()
        except DisallowedHost:
            host = None
        if host is not None:

            def build():
                site = Site._find_for_request(request)
                if site is None:
                    return ""
                site.root_page = site.root_page.specific
                # Routing starts at the root page in the reader's language (BasePage.localized).
                site.root_page.live_translations = {
                    page.locale_id: page
                    for page in site.root_page.get_translations(inclusive=True).live()
                }
                return site

            request._wagtail_site = (
                cached_fragment("site", [host, request.get_port()], build) or None
            )
        return self.get_response(request)
