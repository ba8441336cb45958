"""The downloads report: downloads per instrument and file over a chosen period, the answers to
the optional question, and exports of both as CSV or XLSX."""

import csv
import datetime
import io
from collections import Counter

from django import forms
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.exports import safe_cell
from core.locales import language_name

from .models import DownloadAnswer, DownloadCount, FileLanguage, OrganisationType

MAX_PERIOD_DAYS = 366 * 5


class PeriodForm(forms.Form):
    start = forms.DateField(
        label=gettext_lazy("From"), widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=gettext_lazy("Up to and including"), widget=forms.DateInput(attrs={"type": "date"})
    )

    @staticmethod
    def default_period():
        end = timezone.localdate()
        return end - datetime.timedelta(days=29), end

    def __init__(self, data=None, **kwargs):
        start, end = self.default_period()
        if data is not None and not (data.get("start") or data.get("end")):
            data = None  # nothing chosen: the last 30 days
        super().__init__(data, initial={"start": start, "end": end}, **kwargs)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if end < start:
                raise forms.ValidationError(_("The end date is before the start date."))
            if (end - start).days > MAX_PERIOD_DAYS:
                raise forms.ValidationError(_("Please choose a period of at most five years."))
        return cleaned

    def period(self):
        """(start, end) of a valid form, else the default period."""
        if self.is_bound and self.is_valid():
            return self.cleaned_data["start"], self.cleaned_data["end"]
        return self.default_period()


def download_report(start, end):
    """Instruments with downloads in the period, most downloaded first:
    [{"page_id", "title", "language", "total", "files": [{"title", "language", "downloads"}]}]
    Two queries, however many instruments there are."""
    rows = (
        DownloadCount.objects.filter(date__gte=start, date__lte=end)
        .values(
            "file_id",
            "file__title",
            "file__document__title",
            "file__language",
            "file__sort_order",
            "file__page_id",
            "file__page__title",
            "file__page__locale__language_code",
        )
        .annotate(downloads=Sum("count"))
        .order_by("file__page__title", "file__page_id", "file__sort_order", "file_id")
    )
    instruments = {}
    for row in rows:
        page_id = row["file__page_id"]
        instrument = instruments.setdefault(
            page_id,
            {
                "page_id": page_id,
                "title": row["file__page__title"],
                "language": row["file__page__locale__language_code"],
                "total": 0,
                "files": [],
            },
        )
        instrument["files"].append(
            {
                "file_id": row["file_id"],
                "title": row["file__title"] or row["file__document__title"],
                "language": row["file__language"],
                "language_label": _language_label(row["file__language"]),
                "downloads": row["downloads"],
            }
        )
        instrument["total"] += row["downloads"]
    return sorted(instruments.values(), key=lambda i: (-i["total"], i["title"]))


def answers_in_period(start, end):
    return (
        DownloadAnswer.objects.filter(date__gte=start, date__lte=end)
        .select_related("page", "file", "file__document")
        .order_by("-date", "-pk")
    )


def organisation_summary(answers):
    counts = Counter(a.organisation_type for a in answers if a.organisation_type)
    return [
        {"label": str(OrganisationType(code).label), "count": count}
        for code, count in counts.most_common()
    ]


def _language_label(code):
    try:
        return str(FileLanguage(code).label)
    except ValueError:
        return code


# --- Exports ------------------------------------------------------------------------------------
def download_table(report):
    header = [_("Instrument"), _("Page language"), _("File"), _("File language"), _("Downloads")]
    rows = [
        [
            item["title"],
            language_name(item["language"]),
            file["title"],
            file["language_label"],
            file["downloads"],
        ]
        for item in report
        for file in item["files"]
    ]
    return header, rows


def answer_table(answers):
    header = [_("Date"), _("Instrument"), _("File"), _("Type of organisation"), _("Purpose")]
    rows = [
        [
            answer.date.isoformat(),
            answer.page.title,
            answer.file.get_title() if answer.file else "",
            answer.get_organisation_type_display(),
            answer.purpose,
        ]
        for answer in answers
    ]
    return header, rows


def to_csv(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(sheets):
    """``sheets``: [(title, header, rows)] -> XLSX bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        sheet.append([str(h) for h in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
        for column in sheet.columns:
            width = max(len(str(cell.value or "")) for cell in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
