"""The impact page's context and CSV rows (handed to ``ImpactPage`` in the app's ready())."""

import datetime

from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from core.validators import parse_id

from . import charts
from .impact import METRICS, active_language, available_years, figures, shown, theme_name


def metric_labels():
    return {
        "openings_filled": _("Openings filled"),
        "residents": _("Residents who responded or offered help"),
        "stories": _("Stories published"),
        "downloads": _("Instrument downloads"),
    }


def month_name(month):
    return formats.date_format(datetime.date(2000, month, 1), "M")


def impact_context(request):
    """(context, status): the figures of the year in ``?year=``, or an error and a 400."""
    years = available_years()
    raw = request.GET.get("year", "")
    year = years[0]
    if raw:
        if parse_id(raw) not in years:
            return (
                {
                    "error": _("There are no figures for that year. Choose one from the list."),
                    "years": years,
                    "year": year,
                },
                400,
            )
        year = parse_id(raw)
    data = figures(year)
    labels = metric_labels()
    language = active_language()
    totals = data["totals"]
    median = totals.get("median_days_to_contact")
    enough = (totals.get("contact_measured") or 0) >= 5
    summary = [
        {
            "label": _("Openings filled"),
            "value": shown(totals["openings_filled"]),
            "note": _("%(volunteer)s volunteer, %(paid)s paid")
            % {
                "volunteer": shown(totals["openings_filled_volunteer"]),
                "paid": shown(totals["openings_filled_paid"]),
            },
        },
        {
            "label": _("Hours of work per week placed"),
            "value": (
                formats.number_format(totals["hours_placed"], use_l10n=True)
                if totals["openings_filled"] >= 5 or not totals["openings_filled"]
                else "–"
            ),
            "note": _("in the openings that were filled"),
        },
        {
            "label": _("Residents who responded or offered help"),
            "value": shown(totals["residents"]),
            "note": _("each person counted once"),
        },
        {
            "label": _("Days to first contact"),
            "value": formats.number_format(median, use_l10n=True) if enough and median else "–",
            "note": _("median, from response to first contact")
            if enough
            else _("too few responses to show"),
        },
        {"label": _("Stories published"), "value": shown(totals["stories"]), "note": ""},
        {
            "label": _("Instrument downloads"),
            "value": shown(totals["downloads"]),
            "note": _(
                "%(municipalities)s municipalities and %(organisations)s organisations "
                "told us they use them"
            )
            % {
                "municipalities": shown(totals["municipalities"]),
                "organisations": shown(totals["organisations"]),
            },
        },
    ]
    monthly = []
    for metric in METRICS:
        bars = [(month_name(row["month"]), row[metric]) for row in data["months"]]
        title = _("%(metric)s per month in %(year)s") % {"metric": labels[metric], "year": year}
        monthly.append(
            {
                "id": f"chart-{metric}",
                "title": title,
                "svg": charts.bar_chart(
                    f"chart-{metric}",
                    title,
                    _("Bar chart; the table below gives the same numbers."),
                    bars,
                ),
                "rows": [(label, shown(value)) for label, value in bars],
            }
        )
    themes = [
        {"name": theme_name(row, language), "values": [shown(row[m]) for m in METRICS]}
        for row in data["themes"]
    ]
    themes.sort(key=lambda row: row["name"])
    computed = parse_datetime(data.get("computed_at", "")) or timezone.now()
    context = {
        "year": year,
        "years": years,
        "summary": summary,
        "monthly": monthly,
        "metric_names": [labels[m] for m in METRICS],
        "theme_rows": themes,
        "computed_at": computed,
        "small_count": 5,
        "csv_rows": csv_rows(data, labels, language),
    }
    return context, 200


def csv_rows(data, labels, language):
    rows = [[_("year"), _("group"), _("figure"), _("value")]]
    year = data["year"]
    totals = data["totals"]
    for key, label in [
        ("openings_filled", labels["openings_filled"]),
        ("openings_filled_volunteer", _("Volunteer openings filled")),
        ("openings_filled_paid", _("Paid openings filled")),
        ("residents", labels["residents"]),
        ("offers", _("Offers of help")),
        ("stories", labels["stories"]),
        ("downloads", labels["downloads"]),
        ("municipalities", _("Municipalities using the instruments")),
        ("organisations", _("Organisations using the instruments")),
    ]:
        rows.append([year, _("total"), label, shown(totals.get(key, 0))])
    if totals.get("openings_filled", 0) >= 5:
        rows.append([year, _("total"), _("Hours of work per week placed"), totals["hours_placed"]])
    if (totals.get("contact_measured") or 0) >= 5 and totals.get("median_days_to_contact"):
        rows.append(
            [year, _("total"), _("Days to first contact"), totals["median_days_to_contact"]]
        )
    for row in data["months"]:
        for metric in METRICS:
            rows.append([year, f"{year}-{row['month']:02d}", labels[metric], shown(row[metric])])
    for row in data["themes"]:
        for metric in METRICS:
            rows.append([year, theme_name(row, language), labels[metric], shown(row[metric])])
    return rows
