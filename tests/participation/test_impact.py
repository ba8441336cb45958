"""The impact page: figures per year, small counts suppressed, SVG and table, CSV, cache."""

import datetime
import uuid

from django.utils import timezone

import pytest

from initiatives.factories import OpeningPageFactory
from initiatives.models import HelpOffer, Response
from participation.impact import SUPPRESSED, compute, figures, shown
from participation.models import ImpactPage, ImpactSnapshot

pytestmark = pytest.mark.django_db


def _response(opening, n, when):
    return Response.objects.create(
        opening=opening,
        name=f"Bewoner {n}",
        email=f"bewoner{n}@example.nl",
        message="Ik doe mee.",
        consent_version="v",
        consent_given_at=when,
        created_at=when,
        submission_key=uuid.uuid4(),
    )


@pytest.fixture
def impact_page(tree):
    page = ImpactPage(title="Wat we samen doen", slug="wat-we-samen-doen")
    tree["home"].add_child(instance=page)
    page.save_revision().publish()
    return page


def test_shown_suppresses_counts_below_five():
    assert [shown(n) for n in (0, 1, 4, 5, 12)] == [0, SUPPRESSED, SUPPRESSED, 5, 12]


def test_compute_counts_people_once_and_per_month(tree, theme):
    year = timezone.now().year
    march = timezone.make_aware(datetime.datetime(year, 3, 10, 12))
    opening = OpeningPageFactory(parent=tree["initiative"], hours_per_week=4, people_needed=2)
    opening.themes.add(theme)
    opening.save_revision().publish()
    for n in range(6):
        _response(opening, n, march)
    _response(opening, 0, march)  # the same person again
    HelpOffer.objects.create(
        name="Aanbieder",
        email="BEWONER1@example.nl",
        hours="tot-4",
        consent_version="v",
        consent_given_at=march,
        created_at=march,
    )
    opening.status = "filled"
    opening.save_revision().publish()
    data = compute(year)
    assert data["totals"]["residents"] == 6
    assert data["months"][2]["residents"] == 6
    assert data["totals"]["openings_filled"] == 1
    assert data["totals"]["hours_placed"] == 8.0
    theme_row = next(row for row in data["themes"] if row["names"].get("nl") == "Verduurzaming")
    assert theme_row["residents"] == 6
    assert theme_row["openings_filled"] == 1


def test_page_shows_suppressed_counts_chart_and_table(client, impact_page, tree):
    year = timezone.now().year
    opening = OpeningPageFactory(parent=tree["initiative"])
    when = timezone.make_aware(datetime.datetime(year, 1, 15, 12))
    for n in range(3):
        _response(opening, n, when)
    response = client.get(impact_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "&lt;5" in html
    assert html.count('<svg class="chart"') == 4
    assert 'role="img"' in html
    assert "<table" in html
    # The raw count of three never appears as a residents figure.
    residents = response.context["summary"][2]
    assert residents["value"] == SUPPRESSED
    assert "<script" not in html.split("<main", 1)[-1].split("</main>")[0]


def test_bad_year_is_a_clear_400(client, impact_page):
    response = client.get(impact_page.url + "?year=1800")
    assert response.status_code == 400
    assert "geen cijfers" in response.content.decode()
    assert client.get(impact_page.url + "?year=abc").status_code == 400
    assert client.get(impact_page.url + "csv/?year=abc").status_code == 400


def test_csv_download_has_suppressed_aggregates(client, impact_page, tree):
    year = timezone.now().year
    opening = OpeningPageFactory(parent=tree["initiative"])
    _response(opening, 1, timezone.make_aware(datetime.datetime(year, 2, 1, 12)))
    response = client.get(impact_page.url + f"csv/?year={year}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    assert f"{year},{year}-02,Bewoners die reageerden of hulp aanboden,<5" in body
    assert "bewoner1@example.nl" not in body


def test_figures_are_stored_and_reused_until_recomputed(tree, django_assert_num_queries):
    year = timezone.now().year
    first = figures(year)
    assert ImpactSnapshot.objects.filter(year=year).count() == 1
    opening = OpeningPageFactory(parent=tree["initiative"])
    _response(opening, 1, timezone.now())
    with django_assert_num_queries(1):
        assert figures(year)["totals"] == first["totals"]
    assert figures(year, recompute=True)["totals"]["residents"] == 1


def test_english_page(client, impact_page, locales, translate):
    english = translate(impact_page, locales["en"], title="What we achieve together")
    response = client.get(english.url)
    assert response.status_code == 200
    assert "Per month" in response.content.decode()


def test_page_tree_rules():
    assert ImpactPage.parent_page_types == ["home.HomePage"]
    assert ImpactPage.subpage_types == []
