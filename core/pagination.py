from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, items, per_page):
    """The page of ``items`` asked for with ``?page=``; anything else is a 404, never a 500."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("page") or 1
    try:
        return paginator.page(number)
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404(_("There is no such page of results.")) from exc


def query_without_page(request):
    """The current query string without ``page``, for pagination links that keep filters."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
