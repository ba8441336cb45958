"""The figures of the impact page ("Wat we samen doen"): aggregates only, per year, per month
and per theme. Raw counts are stored in ``ImpactSnapshot`` (recomputed daily by the worker);
what the page and the CSV show goes through ``shown()``, which hides counts below
``SMALL_COUNT`` so no person can be recognised."""

import statistics
from collections import defaultdict

from django.db.models import Min, Sum
from django.utils import timezone

from wagtail.models import Locale

from core.models import Theme
from initiatives.models import HelpOffer, OpeningPage, Response
from instruments.models import DownloadAnswer, DownloadCount
from instruments.models.choices import OrganisationType
from stories.models import StoryPage

from .models import ImpactSnapshot

SMALL_COUNT = 5
SUPPRESSED = "<5"
METRICS = ("openings_filled", "residents", "stories", "downloads")


def shown(value):
    """A count as published: fewer than five (but not none) becomes "<5"."""
    if value is None:
        return ""
    if isinstance(value, int) and 0 < value < SMALL_COUNT:
        return SUPPRESSED
    return value


def is_suppressed(value):
    return isinstance(value, int) and 0 < value < SMALL_COUNT


def _person(email, phone_digits):
    email = (email or "").strip().lower()
    return email or (f"tel:{phone_digits}" if phone_digits else None)


def _month(moment):
    return timezone.localtime(moment).month if hasattr(moment, "tzinfo") else moment.month


def _one_per_translation(pages):
    """Pages of every language counted once (by translation key), Dutch preferred."""
    seen = {}
    for page in pages:
        key = page["translation_key"]
        if key not in seen or page["locale__language_code"] == "nl":
            seen[key] = page
    return list(seen.values())


def compute(year):
    """The raw figures of ``year`` as plain data (stored as JSON)."""
    months = {m: defaultdict(int) for m in range(1, 13)}
    month_people = {m: set() for m in range(1, 13)}
    themes = defaultdict(lambda: defaultdict(int))
    theme_people = defaultdict(set)

    # Openings filled (status "filled", closed in the year) and the hours of work they place.
    filled = _one_per_translation(
        OpeningPage.objects.filter(status=OpeningPage.Status.FILLED, closed_at__year=year).values(
            "pk",
            "translation_key",
            "locale__language_code",
            "kind",
            "hours_per_week",
            "people_needed",
            "closed_at",
        )
    )
    opening_themes = defaultdict(set)
    for pk, key in OpeningPage.themes.through.objects.filter(
        openingpage_id__in=[f["pk"] for f in filled]
    ).values_list("openingpage_id", "theme__translation_key"):
        opening_themes[pk].add(str(key))
    totals = defaultdict(int)
    hours = 0.0
    for opening in filled:
        totals["openings_filled"] += 1
        totals[f"openings_filled_{opening['kind']}"] += 1
        hours += float(opening["hours_per_week"] or 0) * (opening["people_needed"] or 1)
        months[_month(opening["closed_at"])]["openings_filled"] += 1
        for key in opening_themes[opening["pk"]]:
            themes[key]["openings_filled"] += 1

    # Residents who responded or offered help (each person once), and time to first contact.
    responses = Response.objects.filter(created_at__year=year).annotate(
        first_change=Min("status_changes__changed_at")
    )
    response_themes = defaultdict(set)
    for opening_id, key in OpeningPage.themes.through.objects.filter(
        openingpage_id__in=responses.values("opening_id")
    ).values_list("openingpage_id", "theme__translation_key"):
        response_themes[opening_id].add(str(key))
    people = set()
    waits = []
    for response in responses.only(
        "email", "phone_digits", "created_at", "opening_id", "status", "status_changed_at"
    ):
        person = _person(response.email, response.phone_digits)
        people.add(person)
        month_people[_month(response.created_at)].add(person)
        for key in response_themes[response.opening_id]:
            theme_people[key].add(person)
        contacted = response.first_change or (
            response.status_changed_at if response.status != Response.Status.NEW else None
        )
        if contacted:
            waits.append(max((contacted - response.created_at).total_seconds(), 0) / 86400)
    offers = HelpOffer.objects.filter(created_at__year=year).prefetch_related("themes")
    for offer in offers:
        person = _person(offer.email, offer.phone_digits)
        people.add(person)
        month_people[_month(offer.created_at)].add(person)
        for theme in offer.themes.all():
            theme_people[str(theme.translation_key)].add(person)
    totals["residents"] = len(people - {None})
    totals["offers"] = offers.count()
    totals["contact_measured"] = len(waits)
    median_days = round(statistics.median(waits), 1) if waits else None

    # Stories published (first publication in the year).
    stories = _one_per_translation(
        StoryPage.objects.live()
        .filter(first_published_at__year=year)
        .values("pk", "translation_key", "locale__language_code", "first_published_at")
    )
    story_themes = defaultdict(set)
    for pk, key in StoryPage.themes.through.objects.filter(
        storypage_id__in=[s["pk"] for s in stories]
    ).values_list("storypage_id", "theme__translation_key"):
        story_themes[pk].add(str(key))
    for story in stories:
        totals["stories"] += 1
        months[_month(story["first_published_at"])]["stories"] += 1
        for key in story_themes[story["pk"]]:
            themes[key]["stories"] += 1

    # Instrument downloads, and who told us they use the instruments.
    downloads = DownloadCount.objects.filter(date__year=year)
    totals["downloads"] = downloads.aggregate(n=Sum("count"))["n"] or 0
    for month, count in (
        downloads.values_list("date__month")
        .annotate(n=Sum("count"))
        .order_by()
        .values_list("date__month", "n")
    ):
        months[month]["downloads"] += count
    instrument_page_themes = defaultdict(set)
    per_page = dict(
        downloads.values_list("file__page_id")
        .annotate(n=Sum("count"))
        .order_by()
        .values_list("file__page_id", "n")
    )
    from instruments.models import InstrumentPage

    for pk, key in InstrumentPage.themes.through.objects.filter(
        instrumentpage_id__in=list(per_page)
    ).values_list("instrumentpage_id", "theme__translation_key"):
        instrument_page_themes[pk].add(str(key))
    for page_id, count in per_page.items():
        for key in instrument_page_themes[page_id]:
            themes[key]["downloads"] += count
    answers = DownloadAnswer.objects.filter(date__year=year).exclude(organisation_type="")
    users = _count_by(answers, "organisation_type")
    totals["municipalities"] = users.get(OrganisationType.MUNICIPALITY, 0)
    totals["organisations"] = sum(
        n
        for kind, n in users.items()
        if kind not in (OrganisationType.MUNICIPALITY, OrganisationType.INDIVIDUAL)
    )

    for month in months:
        months[month]["residents"] = len(month_people[month] - {None})
    for key, persons in theme_people.items():
        themes[key]["residents"] = len(persons - {None})

    names = defaultdict(dict)
    for key, language, name in Theme.objects.values_list(
        "translation_key", "locale__language_code", "name"
    ):
        names[str(key)][language] = name
    return {
        "year": year,
        "computed_at": timezone.now().isoformat(),
        "totals": {
            **{k: totals.get(k, 0) for k in METRICS},
            "openings_filled_volunteer": totals.get("openings_filled_volunteer", 0),
            "openings_filled_paid": totals.get("openings_filled_paid", 0),
            "hours_placed": round(hours, 1),
            "offers": totals.get("offers", 0),
            "contact_measured": totals.get("contact_measured", 0),
            "median_days_to_contact": median_days,
            "municipalities": totals.get("municipalities", 0),
            "organisations": totals.get("organisations", 0),
        },
        "months": [{"month": m, **{k: months[m].get(k, 0) for k in METRICS}} for m in range(1, 13)],
        "themes": sorted(
            (
                {"key": key, "names": names.get(key, {}), **{k: v.get(k, 0) for k in METRICS}}
                for key, v in themes.items()
                if key in names
            ),
            key=lambda row: row["names"].get("nl", ""),
        ),
    }


def _count_by(queryset, field):
    counts = defaultdict(int)
    for value in queryset.values_list(field, flat=True):
        counts[value] += 1
    return counts


def available_years(now=None):
    """From the first year with data to this year (this year at least)."""
    this_year = (now or timezone.now()).year
    firsts = [
        Response.objects.order_by("created_at").values_list("created_at", flat=True).first(),
        HelpOffer.objects.order_by("created_at").values_list("created_at", flat=True).first(),
        StoryPage.objects.live()
        .order_by("first_published_at")
        .values_list("first_published_at", flat=True)
        .first(),
        DownloadCount.objects.order_by("date").values_list("date", flat=True).first(),
    ]
    first = min([d.year for d in firsts if d] or [this_year])
    return list(range(this_year, max(first, this_year - 10) - 1, -1))


def figures(year, recompute=False):
    """The stored figures of ``year``, computed and stored now when there are none yet."""
    snapshot = ImpactSnapshot.objects.filter(year=year).first()
    if snapshot is None or recompute:
        data = compute(year)
        snapshot, _created = ImpactSnapshot.objects.update_or_create(
            year=year, defaults={"data": data, "computed_at": timezone.now()}
        )
    return snapshot.data


def recompute_all():
    years = available_years()
    for year in years:
        figures(year, recompute=True)
    ImpactSnapshot.objects.exclude(year__in=years).delete()
    return len(years)


def theme_name(row, language):
    return row["names"].get(language) or row["names"].get("nl") or ""


def active_language():
    return Locale.get_active().language_code
