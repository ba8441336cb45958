"""Crawl the whole demo site on a live server: every page listed in the sitemap answers, every
internal link works, and junk in query strings never causes a 500."""

import re
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

import pytest

pytestmark = pytest.mark.live

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
JUNK_QUERIES = [
    "page=-1&q=" + "x" * 600 + "&theme=<script>alert(1)</script>&year=twee-duizend",
    "page=abc&tag=%00&place=%FF&person=999999999999999999999&sort=zzz&kind=%E2%80%8B",
    "page=99999&hours=-5&initiative=abc&audience=1&audience=2&type=&language=xx-YY",
]


def fetch(url, method="GET"):
    request = urllib.request.Request(url, method=method, headers={"User-Agent": "crawl-test"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def pages(live_site):
    status, body = fetch(live_site.url + "/sitemap.xml")
    assert status == 200
    urls = [loc.text for loc in ET.fromstring(body).findall("s:url/s:loc", NS)]
    # The demo Site's address may differ from the live server's: keep the paths.
    return [urlsplit(url).path for url in urls]


def test_sitemap_covers_every_section(pages):
    for path in [
        "/nl/",
        "/en/",
        "/nl/verhalen/",
        "/en/stories/",
        "/nl/doe-mee/",
        "/nl/instrumenten/",
        "/en/instruments/",
        "/nl/blog/",
        "/nl/partners/",
    ]:
        assert path in pages
    assert len(pages) > 80


def test_every_page_answers_with_one_h1_and_the_right_language(live_site, pages):
    problems = []
    for path in pages:
        status, body = fetch(live_site.url + path)
        language = path.split("/")[1]
        if status != 200:
            problems.append(f"{path}: {status}")
        elif body.count("<h1") != 1:
            problems.append(f"{path}: {body.count('<h1')} h1 elements")
        elif f'<html lang="{language}"' not in body:
            problems.append(f"{path}: wrong html lang")
    assert problems == []


def test_internal_links_work(live_site, pages):
    links = set()
    for path in pages:
        _status, body = fetch(live_site.url + path)
        for href in re.findall(r'href="([^"#]+)', body):
            absolute = urljoin(live_site.url + path, href.replace("&amp;", "&"))
            if absolute.startswith(live_site.url) and "/admin/" not in absolute:
                links.add(absolute)
    broken = []
    for url in sorted(links):
        status, _body = fetch(url, method="HEAD" if "/download/" in url else "GET")
        if status >= 400:
            broken.append(f"{url}: {status}")
    assert broken == []
    assert len(links) > 100


def test_junk_query_strings_never_cause_a_server_error(live_site, pages):
    errors = []
    for path in pages:
        for query in JUNK_QUERIES:
            status, body = fetch(f"{live_site.url}{path}?{query}")
            if status >= 500 or "Server Error" in body:
                errors.append(f"{path}?{query[:60]}: {status}")
    assert errors == []


def test_junk_posted_to_every_form_never_causes_a_server_error(live_site, pages):
    """Every page with a POST form gets a real CSRF token and garbage in every field."""
    import http.cookiejar

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    posted, errors = 0, []
    for path in pages:
        with opener.open(live_site.url + path, timeout=30) as response:
            body = response.read().decode()
        for form in re.findall(r'<form[^>]*method="post"[^>]*>(.*?)</form>', body, re.S | re.I):
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
            names = set(re.findall(r'name="([^"]+)"', form)) - {"csrfmiddlewaretoken"}
            data = {name: "\udcff' OR 1=1; <b>" + "x" * 3000 for name in names}
            data["csrfmiddlewaretoken"] = token.group(1) if token else ""
            encoded = urllib.parse.urlencode(data, errors="surrogateescape").encode()
            request = urllib.request.Request(live_site.url + path, data=encoded, method="POST")
            request.add_header("Referer", live_site.url + path)
            try:
                with opener.open(request, timeout=30) as response:
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            posted += 1
            if status >= 500:
                errors.append(f"POST {path}: {status}")
    assert posted >= 10  # contact, story offers, responses to openings, download question
    assert errors == []
