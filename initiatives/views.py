"""Public views of the section: responding to an opening, posters, feeds and the JSON API."""

import hashlib
import uuid

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed, JsonResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from core.models import SiteSettings, Theme

from . import emails, posters
from .conf import retention_months
from .models import OpeningPage, Response
from .models.responses import CONSENT_VERSION


def _privacy_url(request, opening):
    site_settings = SiteSettings.load(request_or_site=request)
    page = site_settings.privacy_page
    if page is None:
        return None
    page = page.localized
    return page.get_url(request)


def response_form(request, opening, data=None):
    from .forms import ResponseForm

    return ResponseForm(
        data,
        request=request,
        opening=opening,
        privacy_url=_privacy_url(request, opening),
        retention_months=retention_months(),
    )


def respond(request, opening):
    """Show the opening with its form; on POST store one response and redirect to thanks."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        form = response_form(request, opening) if opening.is_open else None
        return opening.render(request, context_overrides={"form": form})
    if not opening.is_open:
        # Closed: nothing is stored, and the page says why.
        response = opening.render(request, context_overrides={"form": None, "refused": True})
        response.status_code = 410
        return response
    form = response_form(request, opening, request.POST)
    if not form.is_valid():
        response = opening.render(request, context_overrides={"form": form})
        response.status_code = 400
        return response
    store_response(form, opening)
    return opening.redirect_to_thanks()


def store_response(form, opening):
    """Save the response once (a form sent twice has the same key) and send the emails."""
    response = form.save(commit=False)
    response.opening = opening
    response.initiative_id = opening.get_parent().pk
    response.language = get_language() or opening.locale.language_code
    response.consent_version = CONSENT_VERSION
    response.consent_given_at = timezone.now()
    response.submission_key = form.cleaned_data.get("submission_key") or uuid.uuid4()
    try:
        with transaction.atomic():
            response.save()
    except IntegrityError:
        # The same form was sent again (a double click, a retry): it is stored already. Any
        # other integrity error is a real fault and must not pass as a duplicate.
        if Response.objects.filter(submission_key=response.submission_key).exists():
            return None
        raise
    emails.notify_contact(response)
    emails.confirm_resident(response)
    return response


# --- Posters ---------------------------------------------------------------------------------
POSTER_CACHE_SECONDS = 24 * 60 * 60
POSTER_MAX_AGE = 60 * 60


def poster(request, page):
    """The A4 poster (PDF) of an open opening or a running initiative, cached.

    The cache key holds everything the poster shows that can change: the page's last
    publication, its language, the day (deadlines), the organisation's details and, for an
    initiative, its open openings. Publishing the page makes a new key, so the old poster is
    never served again (and expires from the cache by itself).
    """
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET"])
    from .models import InitiativePage

    site_settings = SiteSettings.load(request_or_site=request)
    url = page.get_full_url(request)
    parts = [
        "poster-v1",
        page.pk,
        page.last_published_at.isoformat() if page.last_published_at else "",
        page.locale.language_code,
        timezone.localdate().isoformat(),
        url,
        site_settings.organisation_name,
        site_settings.phone,
        site_settings.street_address,
        site_settings.postal_code,
        site_settings.city,
    ]
    openings = []
    if isinstance(page, InitiativePage):
        openings = list(page.open_openings())
        parts += [f"{o.pk}:{o.last_published_at.isoformat()}" for o in openings]
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:32]
    etag = f'"{digest}"'
    headers = {
        "Cache-Control": f"public, max-age={POSTER_MAX_AGE}",
        "ETag": etag,
        "X-Content-Type-Options": "nosniff",
    }
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        key = f"initiatives:poster:{digest}"
        pdf = cache.get(key)
        if pdf is None:
            if isinstance(page, InitiativePage):
                pdf = posters.initiative_poster(page, url, openings, site_settings)
            else:
                pdf = posters.opening_poster(page, url, site_settings)
            cache.set(key, pdf, POSTER_CACHE_SECONDS)
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = f'inline; filename="poster-{page.slug}.pdf"'
    for name, value in headers.items():
        response[name] = value
    return response


# --- JSON API ---------------------------------------------------------------------------------
API_MAX_LIMIT = 100


def opening_as_json(opening, request):
    initiative = getattr(opening, "_parent", None) or opening.get_parent()
    return {
        "id": opening.pk,
        "title": opening.title,
        "summary": opening.get_listing_summary(),
        "url": opening.get_full_url(request),
        "kind": opening.kind,
        "kind_label": str(opening.get_kind_display()),
        "hours_per_week": float(opening.hours_per_week) if opening.hours_per_week else None,
        "one_off_at": opening.one_off_at.isoformat() if opening.one_off_at else None,
        "start_date": opening.start_date.isoformat() if opening.start_date else None,
        "deadline": opening.deadline.isoformat() if opening.deadline else None,
        "place": opening.place,
        "from_home": opening.from_home,
        "no_experience_needed": opening.no_experience_needed,
        "people_needed": opening.people_needed,
        "initiative": initiative.title if initiative else None,
        "themes": [theme.name for theme in opening.themes.all()],
        "published": opening.first_published_at.isoformat() if opening.first_published_at else None,
        "language": opening.locale.language_code,
    }


def open_openings(locale, theme_slug=None):
    queryset = (
        OpeningPage.objects.live()
        .public()
        .filter(locale=locale)
        .filter(OpeningPage.open_q())
        .select_related("locale")
        .order_by("-first_published_at", "-pk")
    )
    theme = None
    if theme_slug:
        theme = Theme.objects.filter(locale=locale, slug=theme_slug).first()
        if theme is None:
            raise Http404("Unknown theme")
        queryset = queryset.filter(themes__translation_key=theme.translation_key).distinct()
    return queryset, theme


@require_GET
def openings_api(request):
    """Read-only JSON of the open openings in the URL's language, newest first.

    ``GET /nl/vacatures/api/`` (``/en/openings/api/``). Query parameters, all optional:
    ``theme`` (a theme slug of that language), ``kind`` (``vrijwillig`` or ``betaald``),
    ``limit`` (1-100, default 20). Returns ``{"count": n, "results": [...]}``; each result has
    id, title, summary, url, kind, hours_per_week, one_off_at, start_date, deadline, place,
    from_home, no_experience_needed, people_needed, initiative, themes, published, language.
    Bad parameters get a 400 with an ``error`` message. Any website may read it (CORS).
    """
    locale = Locale.get_active()
    try:
        limit = int(request.GET.get("limit", 20))
    except ValueError:
        limit = 0
    if not 1 <= limit <= API_MAX_LIMIT:
        return _api_error(f"limit must be a number from 1 to {API_MAX_LIMIT}")
    kind = request.GET.get("kind", "")
    if kind and kind not in OpeningPage.Kind.values:
        return _api_error("kind must be one of: " + ", ".join(OpeningPage.Kind.values))
    try:
        queryset, _theme = open_openings(locale, request.GET.get("theme"))
    except Http404:
        return _api_error("unknown theme")
    if kind:
        queryset = queryset.filter(kind=kind)
    count = queryset.count()
    openings = list(queryset.prefetch_related("themes")[:limit])
    parents = _parents(openings)
    results = []
    for opening in openings:
        opening._parent = parents.get(opening.pk)
        results.append(opening_as_json(opening, request))
    response = JsonResponse({"count": count, "results": results})
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


def _api_error(message):
    response = JsonResponse({"error": message}, status=400)
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _parents(openings):
    """{opening pk: its initiative} in one query."""
    from .models import InitiativePage

    paths = {o.pk: o.path[: -OpeningPage.steplen] for o in openings}
    initiatives = {p.path: p for p in InitiativePage.objects.filter(path__in=paths.values())}
    return {pk: initiatives.get(path) for pk, path in paths.items()}
