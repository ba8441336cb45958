"""Public views of the section: responding to an opening, posters, feeds and the JSON API."""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import (
    HttpResponse,
    HttpResponseNotAllowed,
    HttpResponsePermanentRedirect,
    JsonResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language, gettext
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from core.models import SiteSettings
from core.resilience import NotSaved, not_saved, save_submission, unavailable

from . import emails
from .conf import offer_retention_months, retention_months
from .models import HelpOffer, OpeningPage, Response
from .models.offers import OFFER_CONSENT_VERSION
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
    try:
        stored = store_response(form, opening)
    except NotSaved:
        not_saved(form)
        return unavailable(opening.render(request, context_overrides={"form": form}))
    if stored is not None:
        form.count_submission()
    return opening.redirect_to_thanks()


SAME_SUBMISSION_FIELDS = ("name", "email", "phone", "message", "availability")


def store_response(form, opening):
    """Save the response once and queue its emails in the same transaction (both or neither).

    A form sent twice (a double click, a retry) has the same signed submission key and the same
    answers: it is stored once and None is returned the second time. A key that arrives with
    *other* answers is not a repeat (a page handed to two residents): that response is stored
    under a new key, never dropped."""
    response = form.save(commit=False)
    response.opening = opening
    response.initiative_id = opening.get_parent().pk
    response.language = get_language() or opening.locale.language_code
    response.consent_version = CONSENT_VERSION
    response.consent_given_at = timezone.now()
    response.submission_key = form.submission_key or uuid.uuid4()

    def save():
        existing = Response.objects.filter(submission_key=response.submission_key).first()
        if existing is not None:
            if (
                all(
                    getattr(existing, name) == getattr(response, name)
                    for name in SAME_SUBMISSION_FIELDS
                )
                and existing.opening_id == opening.pk
            ):
                return None
            response.submission_key = uuid.uuid4()
        try:
            with transaction.atomic():
                response.save()
        except IntegrityError:
            # The same form, sent at the same moment by a second click: stored already.
            if Response.objects.filter(submission_key=response.submission_key).exists():
                return None
            raise
        emails.notify_contact(response)
        emails.confirm_resident(response)
        return response

    return save_submission(save)


# --- Offers of help ("Ik wil helpen") ---------------------------------------------------------
def offer_form(request, data=None):
    from .forms import HelpOfferForm

    return HelpOfferForm(
        data,
        request=request,
        locale=Locale.get_active(),
        privacy_url=_privacy_url(request, None),
        retention_months=offer_retention_months(),
    )


def offer_help(request):
    """A resident says what they can and want to do; stored once, then a thank-you page."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    form = offer_form(request, request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if form.is_valid():
            store_offer(form)
            return redirect(reverse("initiatives:offer_help_thanks"))
        return render(request, "initiatives/offer_help.html", {"form": form}, status=400)
    return render(request, "initiatives/offer_help.html", {"form": form})


@require_GET
def offer_help_thanks(request):
    return render(request, "initiatives/offer_help_thanks.html")


def store_offer(form):
    offer = form.save(commit=False)
    offer.language = get_language() or "nl"
    offer.consent_version = OFFER_CONSENT_VERSION
    offer.consent_given_at = timezone.now()
    offer.submission_key = form.cleaned_data.get("submission_key") or uuid.uuid4()
    try:
        with transaction.atomic():
            offer.save()
            form.save_m2m()
    except IntegrityError:
        if HelpOffer.objects.filter(submission_key=offer.submission_key).exists():
            return None  # the same form sent twice: stored already
        raise
    return offer


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
    # fpdf2 and segno are loaded only when a poster is made, not with every page.
    from . import posters
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
        parts += [f"{o.pk}:{o.last_published_at}" for o in openings]
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
    url = opening.get_full_url(request)
    return {
        "id": opening.pk,
        "title": opening.title,
        "summary": opening.get_listing_summary(),
        "plain_summary": opening.plain_summary,
        "url": url,
        "poster_url": url + opening.reverse_subpage("poster"),
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


API_FIELDS = (
    "id",
    "title",
    "summary",
    "plain_summary",
    "url",
    "poster_url",
    "kind",
    "kind_label",
    "hours_per_week",
    "one_off_at",
    "start_date",
    "deadline",
    "place",
    "from_home",
    "no_experience_needed",
    "people_needed",
    "initiative",
    "themes",
    "published",
    "language",
)


def filtered_openings(request, locale):
    """(form, queryset) of the open openings in ``locale`` filtered by the finder's filters
    in ``request.GET`` (kind, theme, place, hours, initiative, partner, no_experience, sort)."""
    from .forms import OpeningFilterForm

    form = OpeningFilterForm(request.GET or None, locale_id=locale.pk)
    base = OpeningPage.open_in(locale.pk).select_related("locale")
    return form, form.order(form.filter(base))


def _with_parents(openings):
    parents = _parents(openings)
    for opening in openings:
        opening._parent = parents.get(opening.pk)
    return openings


@require_GET
def openings_api(request):
    """``GET /api/v1/openings/``: read-only JSON of the open openings, documented in the README.

    Query parameters, all optional: ``language`` (``nl`` or ``en``, default ``nl``), the
    finder's filters ``kind``, ``theme``, ``place``, ``hours``, ``initiative``, ``partner``,
    ``no_experience``, ``sort``, and ``limit`` (1-100, default 20). Returns
    ``{"version": 1, "language", "count", "results": [...]}`` with ``API_FIELDS`` per result.
    A bad parameter gets a 400 with ``error`` and ``errors`` ({parameter: [messages]}), in the
    chosen language. Any website may read it (CORS).
    """
    language = request.GET.get("language") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        codes = ", ".join(code for code, _name in settings.LANGUAGES)
        return _api_error(gettext("language must be one of: %(codes)s") % {"codes": codes})
    with translation.override(language):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            return _api_error(gettext("This language has no content yet."))
        try:
            limit = int(request.GET.get("limit", 20))
        except ValueError:
            limit = 0
        errors = {}
        if not 1 <= limit <= API_MAX_LIMIT:
            errors["limit"] = [
                gettext("limit must be a number from 1 to %(max)s") % {"max": API_MAX_LIMIT}
            ]
        form, queryset = filtered_openings(request, locale)
        form.is_valid()
        for name, messages in form.errors.items():
            errors[name] = [str(message) for message in messages]
        if errors:
            return _api_error(gettext("Some parameters are not valid."), errors)
        count = queryset.count()
        openings = _with_parents(list(queryset.prefetch_related("themes")[:limit]))
        results = [opening_as_json(opening, request) for opening in openings]
    response = JsonResponse(
        {"version": 1, "language": language, "count": count, "results": results},
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


@require_GET
def openings_api_unversioned(request):
    """The API's first address (``/nl/vacatures/api/``): a permanent redirect to version 1."""
    query = request.GET.copy()
    query.setdefault("language", get_language() or settings.LANGUAGE_CODE)
    response = HttpResponsePermanentRedirect(
        reverse("initiatives_api:openings") + "?" + query.urlencode()
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _api_error(message, errors=None):
    response = JsonResponse(
        {"error": message, "errors": errors or {}},
        status=400,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _parents(openings):
    """{opening pk: its initiative} in one query."""
    from .models import InitiativePage

    paths = {o.pk: o.path[: -OpeningPage.steplen] for o in openings}
    initiatives = {p.path: p for p in InitiativePage.objects.filter(path__in=paths.values())}
    return {pk: initiatives.get(path) for pk, path in paths.items()}


# --- The openings widget for partner sites ------------------------------------------------------
WIDGET_LIMIT = 8
WIDGET_MAX_LIMIT = 30
WIDGET_MAX_AGE = 5 * 60


def widget_frame_ancestors():
    """Who may put the widget in a frame: ``OPENINGS_WIDGET_FRAME_ANCESTORS`` (``*`` for any
    site) plus the sites each partner's page allows, and this site itself."""
    from .models import PartnerPage

    configured = list(settings.OPENINGS_WIDGET_FRAME_ANCESTORS)
    if "*" in configured:
        return ["*"]
    return ["'self'", *sorted({*configured, *PartnerPage.widget_frame_ancestors()})]


@require_GET
@xframe_options_exempt
def openings_widget(request):
    """A small page of open openings made to sit in an ``<iframe>`` on a partner's site.

    Takes the finder's filters (``theme``, ``initiative``, ``partner``, ``kind``, ...) and
    ``limit`` (1-30, default 8). The only pages whose CSP ``frame-ancestors`` allows other
    sites: see ``widget_frame_ancestors``.
    """
    from .models import OpeningFinderPage

    locale = Locale.get_active()
    form, queryset = filtered_openings(request, locale)
    try:
        limit = int(request.GET.get("limit", WIDGET_LIMIT))
    except ValueError:
        limit = 0
    form.is_valid()
    invalid = bool(form.errors) or not 1 <= limit <= WIDGET_MAX_LIMIT
    openings, count = [], 0
    if not invalid:
        count = queryset.count()
        openings = _with_parents(list(queryset[:limit]))
        for opening in openings:
            opening.widget_url = opening.get_full_url(request)
            opening.initiative = opening._parent
    finder = OpeningFinderPage.objects.live().filter(locale=locale).first()
    response = render(
        request,
        "initiatives/widget.html",
        {
            "openings": openings,
            "count": count,
            "invalid": invalid,
            "finder_url": finder.get_full_url(request) if finder else None,
            "organisation": SiteSettings.load(request_or_site=request).organisation_name,
        },
        status=400 if invalid else 200,
    )
    response._csp_replace = {"frame-ancestors": widget_frame_ancestors()}
    response["Cache-Control"] = f"public, max-age={WIDGET_MAX_AGE}"
    return response
