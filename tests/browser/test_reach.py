"""Plain-language summaries, the editor's readability hint and the openings widget in a real
browser: both languages, phone and desktop, zero axe violations; the widget framed by an
allowed partner site and refused by any other."""

import http.server
import threading

import pytest

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

SUMMARY_PAGES = [
    ("nl", "/nl/verhalen/marja-schulden/", "In gewone taal"),
    ("en", "/en/initiatives/repair-cafe/", "In plain words"),
    ("nl", "/nl/initiatieven/energiecoaches/energiecoach/", "In gewone taal"),
    ("en", "/en/about-us/", "In plain words"),
]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(
    ("language", "path", "heading"), SUMMARY_PAGES, ids=[p[1] for p in SUMMARY_PAGES]
)
def test_plain_summary_is_shown_and_accessible(
    live_site, new_page, assert_accessible, language, path, heading, width
):
    page = new_page(width=width)
    response = page.goto(live_site.url + path)
    assert response.status == 200
    section = page.locator(".plain-summary")
    assert section.is_visible()
    assert section.locator("h2").text_content().strip() == heading
    assert len(section.locator("p").first.text_content().strip()) > 20
    # Near the top: it starts within the first screen on a desktop.
    if width == DESKTOP:
        assert section.bounding_box()["y"] < 900
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert_accessible(page)


WIDGETS = [("nl", "/nl/vacatures/widget/?partner=gemeente-arnhem"), ("en", "/en/openings/widget/")]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("language", "path"), WIDGETS, ids=[p for _l, p in WIDGETS])
def test_widget_is_accessible(live_site, new_page, assert_accessible, language, path, width):
    page = new_page(width=width)
    response = page.goto(live_site.url + path)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator(".widget__item").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert_accessible(page)


@pytest.fixture
def partner_site(live_site):
    """A partner's web page on its own loopback address, with the widget in an iframe."""
    widget = live_site.url + "/nl/vacatures/widget/?partner=gemeente-arnhem"
    body = (
        "<!doctype html><html lang='nl'><head><title>Partner</title></head><body>"
        f"<iframe id='w' src='{widget}' title='Vacatures' width='600' height='500'></iframe>"
        "</body></html>"
    ).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def set_partner_origins(live_site, origins):
    live_site.manage(
        "shell",
        "-c",
        "from initiatives.models import PartnerPage\n"
        "for page in PartnerPage.objects.filter(slug='gemeente-arnhem'):\n"
        f"    page.embed_origins = {origins!r}\n"
        "    page.save_revision().publish()",  # as an editor does: the page cache is purged
    )


def test_widget_in_a_partner_frame(live_site, new_page, partner_site):
    """Another site may frame the widget only once a partner page allows its address."""
    demo_origins = "https://www.arnhem.nl\nhttps://*.arnhem.nl"
    page = new_page()
    page.goto(partner_site + "/vacatures")
    page.wait_for_timeout(1500)
    assert page.frame_locator("#w").locator(".widget__item").count() == 0  # refused
    try:
        set_partner_origins(live_site, demo_origins + "\n" + partner_site)
        page = new_page()  # a fresh browser: the refused widget may sit in the last one's cache
        page.goto(partner_site + "/vacatures")
        frame = page.frame_locator("#w")
        frame.locator(".widget__item").first.wait_for(timeout=10000)
        assert frame.locator("h1").text_content().startswith("Doe mee met")
    finally:
        set_partner_origins(live_site, demo_origins)


def test_editor_sees_the_readability_hint(live_site, new_page):
    page = new_page(width=1400, height=1000)
    page.goto(live_site.url + "/admin/login/")
    page.fill("#id_username", "redactie")
    page.fill("#id_password", "wijkbedrijf-demo")
    page.click("button[type=submit]")
    page.wait_for_url(live_site.url + "/admin/")
    page.goto(live_site.url + "/admin/pages/search/?q=Buurtmaatje")
    edit = page.locator("a[href$='/edit/']", has_text="Buurtmaatje").first
    edit.click()
    summary = page.locator("#id_plain_summary")
    summary.wait_for()
    hint = page.locator(".readability-hint")
    hint.wait_for()
    assert "Flesch-Douma" in hint.text_content()
    summary.fill(
        "Ten behoeve van de verantwoording van de gemeentelijke subsidieverstrekking dient de "
        "aanvrager een inhoudelijk en financieel eindverslag te overleggen aan het college."
    )
    page.wait_for_timeout(800)
    # The demo editor works in English.
    assert "hard to read" in hint.locator("p").first.text_content()
    summary.fill("De kat zit op de mat.")
    page.wait_for_timeout(800)
    first = hint.locator("p").first.text_content()
    assert "Flesch-Douma score 124.3 (easy to read)" in first
