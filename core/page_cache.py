"""The full-page cache for anonymous readers, and the "generation" that keeps it correct.

Every cached page (and every cached piece of the page chrome: menu, footer, language links) is
stored under a key that contains the site's current *generation*, a number kept in the shared
cache (``CACHES["default"]``: a file cache on one machine, Redis with ``REDIS_URL``). Anything
that can change what a public page shows bumps the generation: publishing, unpublishing,
moving or deleting a page (scheduled publishing too: ``publish_scheduled`` sends the same
``page_published`` signal), and saving or deleting any snippet, any setting, a site, a locale,
an image, a document or a collection. All workers on all machines read the same number, so
after a change none of them serves an old page; the old entries simply expire.

The middleware serves a page from the cache only when

- the request is a GET or HEAD to a public URL (not ``/admin/``, ``/documents/``, ...),
- it carries no session cookie (editors and anyone with a session always get a fresh page),

and stores a response only when it is a 200 HTML/XML/text page that set no cookie, asked for
no CSRF token itself, and did not say ``private``/``no-store``/``no-cache``. Such pages are
sent with ``public, max-age, s-maxage, stale-while-revalidate`` so a CDN in front can follow
the same rules.

A page with a public form is rendered for the cache with placeholders where the CSRF token and
the abuse guard's signed token (with its submission key) go (``core.form_tokens``), stored
without them, and filled in with fresh values for every request, the first one as every hit:
that response holds a token, so it is sent with ``Cache-Control: private, no-store`` and the
visitor's CSRF cookie. A form that asks for a real CSRF token while rendering (plain
``{% csrf_token %}``) keeps the page out of the cache, as does any cookie. Pages shown to
someone with a session are sent with ``Cache-Control: private, no-store`` too.

``PAGE_CACHE_SECONDS`` (0: off) is the lifetime of a stored page.
"""

import hashlib
import time
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models import Q
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from core import form_tokens

GENERATION_KEY = "page-cache:generation"
CACHEABLE_TYPES = (
    "text/html",
    "text/plain",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
)
UNSHAREABLE = ("private", "no-store", "no-cache")


# --- the generation ---------------------------------------------------------------------------
# Within one request the generation is read from the cache once (a page asks for it a dozen
# times: its key, each fragment's). A bump in the request forgets it.
_request_memo = ContextVar("page_cache_generation", default=None)


def generation():
    """The current generation (created on first use, never from zero so that a cache that
    outlived its database cannot match)."""
    memo = _request_memo.get()
    if memo:
        return memo[0]
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)
        value = cache.get(GENERATION_KEY)
    if memo is not None:
        memo.append(value)
    return value


@contextmanager
def one_generation_read():
    """Read the generation once for the code inside (one request), not per fragment."""
    token = _request_memo.set([])
    try:
        yield
    finally:
        _request_memo.reset(token)


def bump_generation():
    """Make every cached page and fragment stale, on every worker: at once (so the rest of this
    transaction, in this process, reads fresh values) and again after the commit (so nothing
    another worker cached from the data before the commit survives it)."""
    _bump()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)


def _bump():
    memo = _request_memo.get()
    if memo:
        memo.clear()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set (yet, or evicted): a fresh, different number
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def fragment_key(name, *parts):
    """A cache key for a piece of the page chrome, valid for the current generation."""
    return ":".join(["fragment", name, str(generation()), *map(str, parts)])


def _value_key(parts):
    raw = "\x1f".join(map(str, parts))
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"value:{generation()}:{digest}"


def cached_value(*parts):
    """A value stored by ``store_value`` for the same ``parts`` in this generation, or None.
    (Parts may hold anything, a path from a URL say: the key is a digest.)"""
    return cache.get(_value_key(parts))


def store_value(value, *parts):
    cache.set(_value_key(parts), value, settings.FRAGMENT_CACHE_SECONDS)


def cached_fragment(name, parts, build, timeout=None):
    """``build()``'s value, cached for this generation under ``name`` and ``parts``."""
    key = fragment_key(name, *parts)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout or settings.FRAGMENT_CACHE_SECONDS)
    return value


def cached_list(request, name, parts, build):
    """The HTML of a list of cards (``build()``), cached like ``cached_fragment`` and also per
    language, site and day (what is open depends on the date).

    For lists that cost queries per section rather than per page: the home page's sections,
    "stories about this initiative". A preview (or a render without a request) is built
    fresh, and ``CARD_LIST_CACHE_SECONDS=0`` builds it every time: the tests that count a
    list's queries for 5 and for 50 items run so."""
    seconds = settings.CARD_LIST_CACHE_SECONDS
    if seconds <= 0 or request is None or getattr(request, "is_preview", False):
        return build()
    site = getattr(request, "_wagtail_site", None)
    parts = [get_language(), site.pk if site else "", timezone.localdate(), *parts]
    return cached_fragment(name, parts, build, timeout=seconds)


# --- Cache-Control helpers --------------------------------------------------------------------
def never_share(response):
    """Mark a response as personal: no browser history cache, no CDN, no page cache."""
    response.headers.pop("Cache-Control", None)
    patch_cache_control(response, private=True, no_store=True)
    response["X-Page-Cache"] = "skip"
    return response


def _public_headers(response):
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_BROWSER_SECONDS,
        s_maxage=settings.PAGE_CACHE_SECONDS,
        stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
    )


# --- the middleware ---------------------------------------------------------------------------
def _bypassed_path(path):
    return path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES))


def _used_csrf_token(request):
    """Whether the page asked for a CSRF token: ``get_token`` sets this key (and the CSRF
    middleware sets it back to False after writing the cookie), so its presence is the sign."""
    return "CSRF_COOKIE_NEEDS_UPDATE" in request.META


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "page_cache_skip", False):
        return False
    control = response.get("Cache-Control", "")
    if any(word in control for word in UNSHAREABLE) or "max-age=0" in control:
        return False
    content_type = response.get("Content-Type", "").split(";")[0].strip()
    return content_type in CACHEABLE_TYPES


class PageCacheMiddleware:
    """Serve anonymous GET/HEAD requests from the shared cache (see the module docstring).

    Sits above GZipMiddleware, so a stored page is the compressed body; the key includes
    whether the client accepts gzip."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with one_generation_read():
            return self.serve(request)

    def serve(self, request):
        if request.method not in ("GET", "HEAD") or _bypassed_path(request.path_info):
            return self.get_response(request)
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            # Editors (and anyone with a session) always get a fresh, personal page.
            response = self.get_response(request)
            if "Cache-Control" not in response:
                never_share(response)
            return response
        seconds = settings.PAGE_CACHE_SECONDS
        key = self.key(request) if seconds > 0 else None
        if key is None:
            response = self.get_response(request)
            if _used_csrf_token(request) or response.cookies:
                return never_share(response)  # a page with a form (or a cookie): personal
            return response
        entry = cache.get(key)
        if entry is not None:
            return self.from_entry(request, entry)
        with form_tokens.placeholders() as rendered:
            response = self.get_response(request)
        if rendered.used and not response.streaming:
            return self.form_page(request, response, rendered, key, seconds)
        if _used_csrf_token(request) or response.cookies:
            return never_share(response)  # a form outside the placeholders (or a cookie)
        if not _storable(request, response):
            return response
        _public_headers(response)
        response["X-Page-Cache"] = "miss"
        if request.method == "GET":
            entry = (response.status_code, list(response.items()), response.content)
            cache.set(key, entry, seconds)
        return response

    @staticmethod
    def form_page(request, response, rendered, key, seconds):
        """A page with a form, rendered with placeholders: stored without its per-visitor
        values when it may be stored at all, and sent with fresh ones."""
        entry = form_tokens.make_entry(response, rendered)
        stored = (
            request.method == "GET"
            and not _used_csrf_token(request)  # a form without the placeholders: not stored
            and _storable(request, response)
        )
        if stored:
            cache.set(key, entry, seconds)
        form_tokens.personalise(request, entry, response)
        never_share(response)
        response["X-Page-Cache"] = "miss" if stored else "skip"
        return response

    @staticmethod
    def key(request):
        try:
            host = request.get_host()
        except DisallowedHost:
            return None
        encoding = request.META.get("HTTP_ACCEPT_ENCODING", "")
        gzip = "gzip" if "gzip" in encoding.lower() else "identity"
        return _page_key(f"{request.scheme}://{host}{request.get_full_path()}", gzip)

    @staticmethod
    def from_entry(request, entry):
        form_page = isinstance(entry, dict)  # a page with a form: fresh per-visitor values
        status, headers, content = (entry["status"], entry["headers"], b"") if form_page else entry
        response = HttpResponse(b"" if request.method == "HEAD" else content, status=status)
        for name, value in headers:
            response[name] = value
        if form_page:
            form_tokens.personalise(request, entry, response)
            never_share(response)
        response["X-Page-Cache"] = "hit"
        return response


def _page_key(url, encoding):
    digest = hashlib.sha256(f"{url}|{encoding}".encode()).hexdigest()
    return f"page:{generation()}:{digest}"


# --- invalidation -----------------------------------------------------------------------------
def forget_page(request, page):
    """Drop the stored copies of ``page`` at its own URL (gzip and plain, on this request's
    scheme and host), without a new generation: for a figure on the page that changes without
    a publish, like an instrument's download count. Copies under other host names or query
    strings follow within ``PAGE_CACHE_SECONDS``."""
    url = urlsplit(page.get_url(request) or "")
    try:
        host = url.netloc or request.get_host()
    except DisallowedHost:
        return
    base = f"{url.scheme or request.scheme}://{host}{url.path}"
    cache.delete_many([_page_key(base, encoding) for encoding in ("gzip", "identity")])


_models = None


def invalidating_models():
    """Every model whose change can alter a public page: snippets, settings and Wagtail's own
    site, locale, image, document and collection models (pages go through their signals).
    Read on first use, after every app registered its snippets in ``wagtail_hooks``."""
    global _models
    if _models is None:
        from wagtail.contrib.settings.registry import registry as settings_registry
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import (
            Collection,
            CollectionViewRestriction,
            Locale,
            PageViewRestriction,
            Site,
        )
        from wagtail.snippets.models import get_snippet_models

        models = {
            Site,
            Locale,
            Collection,
            CollectionViewRestriction,
            PageViewRestriction,
            get_image_model(),
            get_document_model(),
        }
        models.update(get_snippet_models())
        models.update(settings_registry)
        _models = frozenset(models)
    return _models


def _on_page_change(sender=None, **kwargs):
    bump_generation()


def _on_save(sender, raw=False, created=False, **kwargs):
    if raw or sender not in invalidating_models():  # raw: loading fixtures
        return
    if created and _is_setting(sender):
        # A setting is created with its defaults by the first page that reads it (``load``);
        # that changes nothing a page showed. The admin saves an existing one: that bumps.
        return
    bump_generation()


def _is_setting(model):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    return issubclass(model, (BaseGenericSetting, BaseSiteSetting))


def _on_delete(sender, **kwargs):
    from wagtail.models import Page

    if sender in invalidating_models() or issubclass(sender, Page):
        bump_generation()


def connect_signals():
    from django.db.models.signals import post_delete, post_save

    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(_on_page_change, dispatch_uid=f"page-cache-{id(signal)}")
    post_save.connect(_on_save, dispatch_uid="page-cache-save")
    post_delete.connect(_on_delete, dispatch_uid="page-cache-delete")


# --- which pages are private ------------------------------------------------------------------
def restricted_paths():
    """The tree paths of every page with a view restriction, for the current generation
    (saving or deleting a restriction bumps it)."""
    from wagtail.models import PageViewRestriction

    def build():
        return sorted(PageViewRestriction.objects.values_list("page__path", flat=True))

    return cached_fragment("restricted-paths", [], build)


def cached_private_q(queryset):
    """``PageQuerySet.private_q`` without its query per call: every ``.public()`` listing on a
    page asked the database for all view restrictions again."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def use_cached_private_q():
    from wagtail.query import PageQuerySet

    PageQuerySet.private_q = cached_private_q
