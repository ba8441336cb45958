"""The downloads report in the Wagtail admin."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .reports import (
    PeriodForm,
    answer_table,
    answers_in_period,
    download_report,
    download_table,
    organisation_summary,
    to_csv,
    to_xlsx,
)

REPORT_PERMISSION = "instruments.view_downloadcount"


def can_see_report(user):
    return user.is_active and user.has_perm(REPORT_PERMISSION)


def download_report_view(request):
    if not can_see_report(request.user):
        raise PermissionDenied
    form = PeriodForm(request.GET)
    start, end = form.period()
    report = download_report(start, end)
    answers = list(answers_in_period(start, end))
    export = request.GET.get("export")
    stem = f"downloads-{start.isoformat()}-{end.isoformat()}"
    if export == "csv":
        if request.GET.get("table") == "answers":
            content = to_csv(*answer_table(answers))
            stem = f"answers-{start.isoformat()}-{end.isoformat()}"
        else:
            content = to_csv(*download_table(report))
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{stem}.csv"'
        return response
    if export == "xlsx":
        content = to_xlsx(
            [
                (_("Downloads"), *download_table(report)),
                (_("Answers"), *answer_table(answers)),
            ]
        )
        response = HttpResponse(
            content,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{stem}.xlsx"'
        return response
    query = request.GET.copy()
    query.pop("export", None)
    query.pop("table", None)
    query["start"], query["end"] = start.isoformat(), end.isoformat()
    return TemplateResponse(
        request,
        "instruments/admin/download_report.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "report": report,
            "grand_total": sum(item["total"] for item in report),
            "answers": answers,
            "organisations": organisation_summary(answers),
            "export_query": query.urlencode(),
            "header_icon": "download",
        },
    )
