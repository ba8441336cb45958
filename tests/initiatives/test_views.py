"""Pages render, filters filter, JSON-LD, feed and API."""

import pytest

from core.factories import ThemeFactory
from initiatives.factories import (
    InitiativePageFactory,
    InitiativePartnerFactory,
    OpeningPageFactory,
    PartnerPageFactory,
)
from tests.helpers import json_ld, json_ld_of_type

from .conftest import days

pytestmark = pytest.mark.django_db


def titles(response):
    return [p.title for p in response.context["page_obj"].object_list]


def test_pages_render(client, tree):
    partner = PartnerPageFactory(parent=tree["partners"], title="Spectrum", slug="spectrum")
    InitiativePartnerFactory(initiative=tree["initiative"], partner=partner)
    for page in (
        tree["index"],
        tree["initiative"],
        tree["opening"],
        tree["finder"],
        tree["partners"],
        partner,
    ):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    response = client.get(tree["initiative"].url)
    assert b"Energiecoach" in response.content
    assert b"Spectrum" in response.content
    assert b"Energiecoaches" in client.get(partner.url).content


def test_json_ld_job_posting(client, tree):
    response = client.get(tree["opening"].url)
    data = json_ld_of_type(response, "JobPosting")
    assert data["title"] == "Energiecoach"
    assert data["employmentType"] == ["VOLUNTEER"]
    assert data["directApply"] is True
    assert data["validThrough"].startswith(tree["opening"].deadline.isoformat())
    assert data["hiringOrganization"]["@type"] == "Organization"
    assert data["jobLocation"]["address"]["addressCountry"] == "NL"
    assert data["datePosted"]


def test_no_job_posting_when_closed(client, tree):
    opening = tree["opening"]
    opening.status = "filled"
    opening.save_revision().publish()
    assert "JobPosting" not in [d.get("@type") for d in json_ld(client.get(opening.url))]


def test_paid_job_posting_type(tree, rf):
    paid = OpeningPageFactory(parent=tree["initiative"], kind="paid", hours_per_week=36)
    request = rf.get("/")
    assert paid.job_posting(request)["employmentType"] == ["FULL_TIME"]


@pytest.fixture
def finder_data(tree, locales):
    initiative = tree["initiative"]
    other = InitiativePageFactory(
        parent=tree["index"], slug="repair", title="Repair Café", place="Presikhaaf"
    )
    green = ThemeFactory(name="Groen", slug="groen", locale=locales["nl"])
    pages = {
        "vol4": tree["opening"],
        "paid20": OpeningPageFactory(
            parent=initiative,
            title="Betaald twintig",
            kind="paid",
            hours_per_week=20,
            deadline=days(5),
        ),
        "vol_noexp": OpeningPageFactory(
            parent=other,
            title="Gastheer",
            hours_per_week=2,
            no_experience_needed=True,
            place="Presikhaaf",
            deadline=days(50),
        ),
        "oneoff": OpeningPageFactory(
            parent=other,
            title="Eenmalig",
            hours_per_week=None,
            one_off_at="2030-01-01T10:00:00+01:00",
            deadline=days(3),
            from_home=True,
            place="",
        ),
        "paid10": OpeningPageFactory(
            parent=other, title="Betaald tien", kind="paid", hours_per_week=10, deadline=None
        ),
        "closed": OpeningPageFactory(parent=other, title="Gesloten", deadline=days(-1)),
    }
    pages["paid20"].themes.add(green)
    pages["paid20"].save()
    pages["vol_noexp"].themes.add(green)
    pages["vol_noexp"].save()
    return pages


@pytest.mark.parametrize(
    "query,expected",
    [
        ("", {"Energiecoach", "Betaald twintig", "Gastheer", "Eenmalig", "Betaald tien"}),
        ("kind=paid", {"Betaald twintig", "Betaald tien"}),
        ("kind=volunteer", {"Energiecoach", "Gastheer", "Eenmalig"}),
        ("theme=groen", {"Betaald twintig", "Gastheer"}),
        ("place=Presikhaaf", {"Gastheer"}),
        ("place=thuis", {"Eenmalig"}),
        ("hours=tot-4", {"Gastheer"}),
        ("hours=4-8", {"Energiecoach"}),
        ("hours=8-16", {"Betaald tien"}),
        ("hours=16-plus", {"Betaald twintig"}),
        ("hours=eenmalig", {"Eenmalig"}),
        ("no_experience=on", {"Gastheer"}),
        ("initiative=repair", {"Gastheer", "Eenmalig", "Betaald tien"}),
        ("initiative=energiecoaches", {"Energiecoach", "Betaald twintig"}),
        ("kind=paid&theme=groen", {"Betaald twintig"}),
        ("kind=volunteer&initiative=repair&hours=tot-4", {"Gastheer"}),
        ("theme=groen&no_experience=on&place=Presikhaaf", {"Gastheer"}),
        ("kind=paid&hours=tot-4", set()),
        (
            "kind=nonsense",
            {"Energiecoach", "Betaald twintig", "Gastheer", "Eenmalig", "Betaald tien"},
        ),
    ],
)
def test_finder_filters(client, tree, finder_data, query, expected):
    response = client.get(f"{tree['finder'].url}?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert response.context["result_count"] == len(expected)


def test_finder_sorting(client, tree, finder_data):
    from django.utils import timezone

    from initiatives.models import OpeningPage

    for age, page in enumerate(reversed(list(finder_data.values()))):
        OpeningPage.objects.filter(pk=page.pk).update(
            first_published_at=timezone.now() - timezone.timedelta(days=age)
        )
    response = client.get(tree["finder"].url + "?sort=deadline")
    order = titles(response)
    assert order[0] == "Eenmalig"  # deadline in 3 days
    assert order[-1] == "Betaald tien"  # no deadline: last
    response = client.get(tree["finder"].url + "?sort=nieuwste")
    assert titles(response)[0] == "Betaald tien"  # made last


def test_finder_kind_counts_and_bad_page(client, tree, finder_data):
    response = client.get(tree["finder"].url + "?theme=groen")
    counts = {c["value"]: c["count"] for c in response.context["kind_counts"]}
    assert counts == {"volunteer": 1, "paid": 1}
    assert client.get(tree["finder"].url + "?page=99").status_code == 404
    assert client.get(tree["finder"].url + "?page=abc").status_code == 404


def test_initiative_index_filters(client, tree, locales):
    partner = PartnerPageFactory(parent=tree["partners"], slug="spectrum")
    theme = ThemeFactory(name="Zorg", slug="zorg", locale=locales["nl"])
    other = InitiativePageFactory(
        parent=tree["index"], title="Idee", status="idea", place="Presikhaaf"
    )
    other.themes.add(theme)
    other.save()
    InitiativePartnerFactory(initiative=tree["initiative"], partner=partner)
    url = tree["index"].url
    assert set(titles(client.get(url))) == {"Energiecoaches", "Idee"}
    assert titles(client.get(url + "?status=idea")) == ["Idee"]
    assert titles(client.get(url + "?theme=zorg")) == ["Idee"]
    assert titles(client.get(url + "?partner=spectrum")) == ["Energiecoaches"]
    assert titles(client.get(url + "?place=Presikhaaf")) == ["Idee"]
    assert titles(client.get(url + "?place=Presikhaaf&status=running")) == []
    assert len(titles(client.get(url + "?status=bogus"))) == 2


def test_feed_lists_open_openings(client, tree, finder_data):
    response = client.get("/nl/vacatures/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert "Betaald twintig" in body
    assert "Gesloten" not in body
    themed = client.get("/nl/vacatures/feed/groen/").content.decode()
    assert "Betaald twintig" in themed
    assert "Energiecoach<" not in themed
    assert client.get("/nl/vacatures/feed/onbekend/").status_code == 404


def test_english_urls(client, tree, finder_data):
    assert client.get("/en/openings/feed/").status_code == 200
    english = client.get("/en/openings/api/", follow=True)
    assert english.redirect_chain == [("/api/v1/openings/?language=en", 301)]
    assert english.json()["count"] == 0  # no English pages here


def test_api(client, tree, finder_data):
    response = client.get("/api/v1/openings/")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    data = response.json()
    assert data["count"] == 5
    found = {r["title"] for r in data["results"]}
    assert "Gesloten" not in found
    first = data["results"][0]
    assert {"title", "url", "kind", "deadline", "initiative", "themes"} <= set(first)
    assert client.get("/api/v1/openings/?kind=paid").json()["count"] == 2
    assert client.get("/api/v1/openings/?theme=groen").json()["count"] == 2
    assert len(client.get("/api/v1/openings/?limit=1").json()["results"]) == 1
    for bad in ("limit=0", "limit=x", "kind=x", "theme=onbekend", "language=de"):
        response = client.get("/api/v1/openings/?" + bad)
        assert response.status_code == 400
        assert "error" in response.json()
    assert client.post("/api/v1/openings/").status_code == 405
