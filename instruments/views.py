"""Public views of the library: the index's filters, downloads that count, the optional
question after a download, and the feed."""

import re

from django.db.models import Case, IntegerField, When
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served

from core.listing import with_listing_images
from core.page_cache import forget_page
from core.pagination import paginate, query_without_page
from core.private_media import restricted_collection_ids
from core.resilience import NotSaved, not_saved, save_submission, unavailable

from .forms import DownloadQuestionForm, InstrumentFilterForm
from .models import DownloadCount, InstrumentFile, InstrumentPage

# Clients that say they are robots: crawlers, link checkers, previewers, headless browsers.
BOT_USER_AGENT = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|"
    r"headless|lighthouse|pingdom|uptime|monitor|scan|python-requests|go-http-client|"
    r"curl/|wget/|httpclient|java/|libwww|okhttp",
    re.IGNORECASE,
)


def is_bot(request):
    return bool(BOT_USER_AGENT.search(request.META.get("HTTP_USER_AGENT", "")))


# --- The library index --------------------------------------------------------------------------
def public_files():
    """Files whose document is in no restricted collection: what the library's filters know."""
    return InstrumentFile.objects.exclude(document__collection_id__in=restricted_collection_ids())


def instruments_queryset(index, form):
    """Live instruments under ``index`` with the form's filters and search applied."""
    base = InstrumentPage.objects.live().public().child_of(index)
    pages = base
    active = form.active()
    theme = form.selected_theme()
    if theme is not None:
        pages = pages.filter(themes__translation_key=theme.translation_key)
    if active.get("type"):
        pages = pages.filter(instrument_type=active["type"])
    if active.get("audience"):
        pages = pages.filter(audiences__code=active["audience"])
    if active.get("language"):
        in_language = public_files().filter(language=active["language"])
        pages = pages.filter(files__in=in_language)
    pages = pages.distinct()
    query = active.get("q")
    if query:
        # Search first (the search backend only filters on indexed fields), then narrow with
        # the other filters in SQL, keeping the order of relevance.
        ids = [page.pk for page in base.search(query, operator="and")]
        order = Case(
            *[When(pk=pk, then=position) for position, pk in enumerate(ids)],
            output_field=IntegerField(),
        )
        pages = pages.filter(pk__in=ids).order_by(order) if ids else pages.none()
    else:
        pages = pages.order_by("-first_published_at", "pk")
    return pages


def library_context(index, request):
    languages = (
        public_files()
        .filter(page__in=InstrumentPage.objects.live().child_of(index))
        .order_by()
        .values_list("language", flat=True)
        .distinct()
    )
    form = InstrumentFilterForm(request.GET, locale=index.locale, languages=languages)
    pages = instruments_queryset(index, form)
    page_obj = paginate(request, pages, index.per_page or 12)
    instruments = list(
        InstrumentPage.objects.filter(pk__in=[p.pk for p in page_obj.object_list])
        .select_related("listing_image", "preview_image")
        .prefetch_related("files__document")
    )
    by_id = {page.pk: page for page in instruments}
    page_obj.object_list = with_listing_images(
        [by_id[p.pk] for p in page_obj.object_list if p.pk in by_id]
    )
    return {
        "filter_form": form,
        "instruments": page_obj,
        "result_count": page_obj.paginator.count,
        "pagination_query": query_without_page(request),
    }


# --- Downloads ----------------------------------------------------------------------------------
@require_http_methods(["GET", "HEAD"])
def download(request, file_id):
    """Count the download (not for robots, not for HEAD) and serve the file as an attachment.

    The document's collection privacy is checked by Wagtail's own ``before_serve_document``
    hooks, exactly as ``wagtail.documents.views.serve`` does; a restricted download is not
    counted. A file that is gone from storage gives a 404.
    """
    item = get_object_or_404(
        InstrumentFile.objects.select_related("document__collection", "page"), pk=file_id
    )
    page = item.page
    if not page.live:
        raise Http404(_("This instrument is not published."))
    for restriction in page.get_view_restrictions():
        if not restriction.accept_request(request):
            return redirect(page.url)
    document = item.document
    for fn in hooks.get_hooks("before_serve_document"):
        result = fn(document, request)
        if isinstance(result, HttpResponse):
            return result
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, OSError, ValueError) as exc:
        raise Http404(_("This file is no longer available.")) from exc

    if request.method == "GET" and not is_bot(request):
        DownloadCount.record(item)
        if page.show_download_count:
            forget_page(request, page)  # the page shows the count: no cached copy of it
    document_served.send(sender=get_document_model(), instance=document, request=request)

    response = FileResponse(
        handle,
        as_attachment=True,
        filename=document.filename,
        content_type=document.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    add_never_cache_headers(response)
    return response


# --- The optional question after a download -----------------------------------------------------
def _live_instrument(page_id):
    page = get_object_or_404(InstrumentPage.objects.live().public(), pk=page_id)
    return page


@require_http_methods(["GET", "POST"])
def question(request, page_id):
    page = _live_instrument(page_id)
    if request.method == "POST":
        form = DownloadQuestionForm(request.POST, page=page, request=request)
        if form.is_valid():
            try:
                save_submission(form.save)
            except NotSaved:
                not_saved(form)
                return unavailable(_question_page(request, page, form, 503))
            form.count_submission()
            return redirect("instruments:question_thanks", page_id=page.pk)
        return _question_page(request, page, form, 400)
    return _question_page(request, page, DownloadQuestionForm(page=page, request=request), 200)


def _question_page(request, page, form, status):
    return render(
        request,
        "instruments/question.html",
        {"instrument": page, "form": form, "alternate_urls": _alternates(page, "question")},
        status=status,
    )


@require_http_methods(["GET"])
def question_thanks(request, page_id):
    page = _live_instrument(page_id)
    return render(
        request,
        "instruments/question_thanks.html",
        {"instrument": page, "alternate_urls": _alternates(page, "question_thanks")},
    )


def _alternates(page, route):
    from django.utils import translation

    urls = {}
    for other in page.get_translations(inclusive=True).live().select_related("locale"):
        code = other.locale.language_code
        with translation.override(code):
            urls[code] = reverse(f"instruments:{route}", kwargs={"page_id": other.pk})
    return urls
