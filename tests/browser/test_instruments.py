"""The instruments library in a real browser: index and instrument page in both languages at
phone and desktop width with zero axe violations; filtering without JavaScript; a download that
counts; the optional question after a download."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

BROWSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130 Safari/537.36"
PAGES = [
    ("nl", "/nl/instrumenten/"),
    ("en", "/en/instruments/"),
    ("nl", "/nl/instrumenten/zo-werkt-het-wijkbedrijf/"),
    ("en", "/en/instruments/how-the-neighbourhood-enterprise-works/"),
    ("nl", "/nl/instrumenten/starthandboek-wijkbedrijf/"),
    ("en", "/en/instruments/starter-handbook-neighbourhood-enterprise/"),
    ("nl", "/nl/instrumenten/?type=worksheet&language=en"),
    ("en", "/en/instruments/?q=zzzz"),
]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("language", "path"), PAGES, ids=[p for _l, p in PAGES])
def test_library_pages_are_accessible(
    live_site, new_page, assert_accessible, language, path, width
):
    page = new_page(width=width)
    response = page.goto(live_site.url + path)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_filters_work_without_javascript(live_site, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(live_site.url + "/nl/instrumenten/")
        all_cards = page.locator(".instrument-card").count()
        assert all_cards >= 6
        page.get_by_label("Soort").select_option("infographic")
        page.get_by_role("button", name="Toon resultaten").click()
        page.wait_for_url("**type=infographic**")
        titles = page.locator(".instrument-card h2").all_inner_texts()
        assert titles == ["Zo werkt het wijkbedrijf"]
        page.get_by_label("Zoek in de bibliotheek").fill("schulden")
        page.get_by_label("Soort").select_option("")
        page.get_by_role("button", name="Toon resultaten").click()
        assert (
            "Gids: schulden en armoede in de wijk"
            in page.locator(".instrument-card h2").all_inner_texts()
        )
    finally:
        context.close()


def _downloads(page):
    return page.locator(".instrument__facts div").filter(has_text="Downloaded").inner_text()


def test_download_counts_and_opens_the_question(live_site, new_page):
    url = live_site.url + "/en/instruments/worksheet-talent-map/"
    # Headless Chromium says so in its User-Agent: it gets the file but is not counted.
    robot = new_page(width=PHONE)
    robot.goto(url)
    before = _downloads(robot)
    with robot.expect_download():
        robot.locator("[data-instrument-download]").first.click()
    robot.reload()
    assert _downloads(robot) == before

    page = new_page(width=PHONE, user_agent=BROWSER_AGENT)
    page.goto(url)
    question = page.locator("[data-instrument-question]")
    assert question.get_attribute("open") is None
    with page.expect_download() as info:
        page.locator("[data-instrument-download]").first.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(8) == b"%PDF-1.4"
    expect(question).to_have_attribute("open", "")  # the optional question opens
    page.reload()
    assert _downloads(page) != before  # the count went up


def test_question_after_download_is_answered(live_site, new_page, assert_accessible):
    page = new_page()
    page.goto(live_site.url + "/nl/instrumenten/zo-werkt-het-wijkbedrijf/")
    page.locator("[data-instrument-question] summary").click()
    page.get_by_label("Waar werk je?").select_option("municipality")
    page.get_by_label("Waar ga je het voor gebruiken?").fill(
        "Om in onze gemeenteraad uit te leggen hoe een wijkbedrijf werkt."
    )
    page.get_by_role("button", name="Antwoord versturen").click()
    page.wait_for_url("**/bedankt/")
    assert "Bedankt" in page.locator("h1").inner_text()
    assert_accessible(page)


def test_empty_question_shows_the_error_summary(live_site, new_page, assert_accessible):
    page = new_page(width=PHONE)
    page.goto(live_site.url + "/en/instruments/starter-handbook-neighbourhood-enterprise/")
    page.locator("[data-instrument-question] summary").click()
    page.get_by_role("button", name="Send answer").click()
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert "Please answer at least one" in summary.inner_text()
    assert_accessible(page)
