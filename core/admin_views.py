"""Admin views the whole site shares: the report of pages without a plain summary."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.reports.base import PageReportView
from wagtail.models import Page, get_page_models

from core.models import BasePage


def pages_without_plain_summary():
    """Every page of a BasePage type whose "In plain words" is empty (one query, with a
    subquery per page type)."""
    missing = Q(pk__in=[])
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            missing |= Q(pk__in=model.objects.filter(plain_summary="").values("pk"))
    return Page.objects.filter(missing)


class MissingPlainSummaryView(PageReportView):
    page_title = _("Pages without a plain summary")
    header_icon = "comment"
    index_url_name = "core_missing_plain_summary"
    index_results_url_name = "core_missing_plain_summary_results"
    permission_required = "change"
    list_export = [*PageReportView.list_export, "locale.language_code", "full_url"]
    export_headings = {
        **PageReportView.export_headings,
        "locale.language_code": _("Language"),
        "full_url": _("URL"),
    }

    def get_queryset(self):
        self.queryset = (
            pages_without_plain_summary()
            .select_related("locale", "content_type")
            .order_by("locale__language_code", "path")
        )
        return super().get_queryset()
