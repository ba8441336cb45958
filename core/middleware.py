from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import (
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotAllowed,
    UnreadablePostError,
)
from django.utils.translation import gettext

from wagtail.models import Site

from csp.middleware import CSPMiddleware

from core.page_cache import cached_fragment
from core.validators import INVALID_TEXT


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_URL_PREFIXES))


class HttpMethodMiddleware:
    """Public URLs (pages, documents, feeds, the sitemap, the API) take GET, HEAD and POST
    (forms) only. Wagtail's page and document views, Django's feeds and sitemaps answer any
    method with their full content, so a TRACE or an OPTIONS request got the whole page.
    Here OPTIONS gets an empty 200 with ``Allow``, anything else a 405 with ``Allow`` and no
    body. The admin keeps every method it uses, except TRACE and CONNECT, which no view of
    this site takes anywhere."""

    PUBLIC_METHODS = ("GET", "HEAD", "POST")
    NEVER = ("TRACE", "CONNECT")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        method = request.method
        if method in self.PUBLIC_METHODS or (
            method not in self.NEVER and is_admin_path(request.path_info)
        ):
            return self.get_response(request)
        allowed = [*self.PUBLIC_METHODS, "OPTIONS"]
        if method == "OPTIONS":
            response = HttpResponse(status=200, content_type="text/plain; charset=utf-8")
            response["Allow"] = ", ".join(allowed)
            response["Content-Length"] = "0"
        else:
            response = HttpResponseNotAllowed(allowed, content_type="text/plain; charset=utf-8")
        response["Cache-Control"] = "no-store"
        return response


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


class TruncatedBody(OSError):
    """The client sent less than its ``Content-Length`` said (the connection broke)."""


class CompleteStream:
    """A request body stream that raises ``TruncatedBody`` when the client's data ends before
    ``Content-Length``: Django's parsers would read the shorter body as a whole one (a form
    cut off mid-message would be stored)."""

    def __init__(self, stream, length):
        self._stream = stream
        self._remaining = length

    def _check(self, data, wanted):
        self._remaining -= len(data)
        if len(data) < wanted and self._remaining > 0:
            raise TruncatedBody("The request body ended before its Content-Length.")
        return data

    def read(self, size=-1, /):
        wanted = self._remaining if size is None or size < 0 else min(size, self._remaining)
        data = b""
        while len(data) < wanted:
            chunk = self._stream.read(wanted - len(data))
            if not chunk:
                break
            data += chunk
        return self._check(data, wanted)

    def close(self):
        self._stream.close()

    def readline(self, size=-1, /):
        wanted = self._remaining if size is None or size < 0 else min(size, self._remaining)
        line = self._stream.readline(wanted)
        if line.endswith(b"\n") or not wanted:
            self._remaining -= len(line)
            return line
        return self._check(line, wanted)


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class RejectInvalidTextMiddleware:
    """Requests no person sends, refused with a plain, translated 400 before any view:

    * a query string with invalid text (``core.validators.INVALID_TEXT``: NUL, other control
      characters, broken UTF-8 such as a lone surrogate): PostgreSQL cannot store or even
      compare NUL (a 500 deep in a query), SQLite cuts text at it;
    * a form body shorter than its ``Content-Length`` (the upload broke off): nothing of it is
      read, so nothing is stored;
    * NUL in the form data of an admin request.

    Invalid text in a public form is left to the form: ``core.validators.apply_input_rules``
    refuses it there with the form's error summary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_invalid(request.GET, INVALID_TEXT.search) or not valid_utf8_query(request):
            return self.refuse(gettext("The request contains characters that are not allowed."))
        if request.method == "POST" and request.content_type in FORM_TYPES:
            stream = getattr(request, "_stream", None)
            length = int(request.META.get("CONTENT_LENGTH") or 0)
            if stream is not None and length > 0:
                request._stream = CompleteStream(stream, length)
            try:
                data = request.POST
            except UnreadablePostError:
                return self.refuse(
                    gettext("The form did not arrive completely. Please send it again.")
                )
            if is_admin_path(request.path_info) and _has_invalid(data, lambda v: "\x00" in v):
                return self.refuse(gettext("The request contains characters that are not allowed."))
        return self.get_response(request)

    @staticmethod
    def refuse(message):
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _has_invalid(query, found):
    return any(found(key) or any(found(v) for v in query.getlist(key)) for key in query)


def valid_utf8_query(request):
    """Whether the raw query string is UTF-8 (Django would silently make a lone surrogate's
    bytes into replacement characters)."""
    raw = request.META.get("QUERY_STRING", "")
    try:
        unquote_to_bytes(raw.replace("+", " ")).decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return False
    return True


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
