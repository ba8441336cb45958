import re
import xml.etree.ElementTree as ET

import pytest

from pages.factories import StandardPageFactory
from tests.helpers import json_ld

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_pages_with_hreflang_alternates(client, home_pages, translate, locales):
    page = StandardPageFactory(parent=home_pages["nl"], slug="over-ons")
    translate(page, locales["en"], slug="about")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    urls = {u.find("s:loc", NS).text: u for u in root.findall("s:url", NS)}
    assert set(urls) >= {
        "http://testserver/nl/",
        "http://testserver/en/",
        "http://testserver/nl/over-ons/",
        "http://testserver/en/about/",
    }
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in urls["http://testserver/en/about/"].findall("x:link", NS)
    }
    assert alternates == {
        "nl": "http://testserver/nl/over-ons/",
        "en": "http://testserver/en/about/",
        "x-default": "http://testserver/nl/over-ons/",
    }


def test_sitemap_leaves_out_drafts(client, home_pages):
    draft = StandardPageFactory(parent=home_pages["nl"], slug="concept", live=False)
    assert draft.slug not in client.get("/sitemap.xml").text


def test_robots_and_security_txt(client, home_pages):
    robots = client.get("/robots.txt").text
    assert "Disallow: /admin/" in robots
    assert "Sitemap: http://testserver/sitemap.xml" in robots
    security = client.get("/.well-known/security.txt")
    assert security.status_code == 200
    assert re.search(r"^Contact: mailto:", security.text, re.M)
    assert re.search(r"^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", security.text, re.M)


def test_home_page_json_ld(client, home_pages):
    html = client.get("/nl/").text
    data = {item["@type"]: item for item in json_ld(html)}
    assert data["Organization"]["url"] == "http://testserver/nl/"
    assert data["WebSite"]["inLanguage"] == "nl"
    assert data["WebSite"]["potentialAction"]["@type"] == "SearchAction"


def test_meta_tags_and_canonical(client, home_pages):
    page = StandardPageFactory(
        parent=home_pages["nl"],
        slug="meedoen",
        title="Meedoen",
        search_description="Zo doe je mee.",
    )
    html = client.get(page.url).text
    assert '<link rel="canonical" href="http://testserver/nl/meedoen/">' in html
    assert '<meta name="description" content="Zo doe je mee.">' in html
    assert '<meta property="og:title" content="Meedoen">' in html
