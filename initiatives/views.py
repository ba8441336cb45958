"""Public views of the section: responding to an opening, feeds and the JSON API."""

import uuid

from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
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
        queryset, _theme = OpeningPage.open_in(locale, request.GET.get("theme"))
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
