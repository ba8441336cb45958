"""JSON-LD, the feed, the sitemap, site search, theme pages and the home page."""

import xml.etree.ElementTree as ET

from django.urls import reverse

from wagtail.search.backends import get_search_backend

import pytest

from instruments.factories import add_version
from tests.helpers import json_ld

pytestmark = pytest.mark.django_db


def test_json_ld_creative_work_with_digital_documents(client, make_instrument, themes):
    import datetime

    page = make_instrument(
        title="Werkblad talentenkaart",
        files=[("nl", "1.2"), ("en", "1.2")],
        audiences=["residents"],
        themes=[themes["participatie"]],
        tags=["talent"],
        licence="cc-by-sa-4.0",
    )
    add_version(page, "1.2", datetime.date(2025, 6, 30), "Eenvoudiger vragen.")
    html = client.get(page.url).content.decode()
    data = next(d for d in json_ld(html) if d.get("@type") == "CreativeWork")
    assert data["name"] == "Werkblad talentenkaart"
    assert data["url"].endswith(page.url)
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert data["inLanguage"] == "nl"
    assert data["version"] == "1.2"
    assert data["dateModified"] == "2025-06-30"
    assert data["datePublished"] == "2025-06-30"  # the first version, not the page's publication
    assert data["about"] == ["Participatie"]
    assert data["audience"] == [{"@type": "Audience", "audienceType": "Bewoners"}]
    assert data["keywords"] == "talent"
    assert data["interactionStatistic"]["userInteractionCount"] == 0
    parts = data["hasPart"]
    assert [p["@type"] for p in parts] == ["DigitalDocument", "DigitalDocument"]
    assert [p["inLanguage"] for p in parts] == ["nl", "en"]
    assert parts[0]["encodingFormat"] == "application/pdf"
    assert parts[0]["url"].endswith(reverse("instruments:download", args=[page.files.first().pk]))
    assert parts[0]["contentSize"].endswith(" B")
    assert "creditText" in data and "Werkblad talentenkaart (versie 1.2)" in data["creditText"]


def test_json_ld_cannot_break_out_of_its_script(client, make_instrument):
    page = make_instrument(title="</script><script>alert(1)</script>")
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    assert "</script><script>alert(1)</script>" in [d.get("name") for d in json_ld(html)]


def test_feed_lists_new_and_updated_instruments(client, index, make_instrument, locales, translate):
    import datetime

    from django.utils import timezone

    first = make_instrument(title="Starthandboek", summary="Zo begin je.")
    updated = make_instrument(title="Gids schulden")
    translate(first, locales["en"], title="Starter handbook")
    type(updated).objects.filter(pk=updated.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=30),
        last_published_at=timezone.now(),
    )
    response = client.get(reverse("instruments:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    items = root.findall("./channel/item")
    titles = [item.findtext("title") for item in items]
    assert "Starthandboek" in titles
    assert any(t.endswith("Gids schulden") and t != "Gids schulden" for t in titles)
    assert "Starter handbook" not in titles  # Dutch feed only
    first_item = next(i for i in items if i.findtext("title") == "Starthandboek")
    assert first_item.findtext("link").endswith(first.url)
    assert first_item.findtext("description") == "Zo begin je."
    assert root.findtext("./channel/title") == index.title


def test_english_feed(client, index, make_instrument, locales, translate):
    page = make_instrument(title="Starthandboek")
    translate(index, locales["en"], title="Instruments", slug="instruments")
    translate(page, locales["en"], title="Starter handbook")
    response = client.get("/en/instruments/feed/")
    titles = [i.findtext("title") for i in ET.fromstring(response.content).findall(".//item")]
    assert titles == ["Starter handbook"]


def test_feed_without_a_library_is_404(client, home_pages):
    assert client.get(reverse("instruments:feed")).status_code == 404


def test_instrument_is_in_the_sitemap(client, make_instrument):
    page = make_instrument(title="In de sitemap")
    assert page.full_url in client.get("/sitemap.xml").content.decode()


def test_instrument_is_found_by_site_search(client, make_instrument):
    page = make_instrument(title="Canvas systeempartners", summary="Opdrachten en budget.")
    get_search_backend().add(page)
    response = client.get("/nl/zoeken/", {"q": "systeempartners"})
    assert response.status_code == 200
    assert page.url in response.content.decode()


def test_instrument_is_on_its_theme_page(client, home_pages, make_instrument, themes):
    from core.factories import ThemeIndexPageFactory

    theme_index = ThemeIndexPageFactory(parent=home_pages["nl"])
    page = make_instrument(title="Gids schulden", themes=[themes["armoede"]])
    response = client.get(theme_index.theme_url(themes["armoede"]))
    assert response.status_code == 200
    assert page.url in response.content.decode()
    assert (
        page.url not in client.get(theme_index.theme_url(themes["participatie"])).content.decode()
    )
