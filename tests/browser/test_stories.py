"""Stories, blog and theme pages in a real browser: both languages, phone and desktop, zero axe
violations; filters work without JavaScript; the story form shows its errors accessibly."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

PAGES = [
    ("nl", "/nl/verhalen/"),
    ("en", "/en/stories/"),
    ("nl", "/nl/verhalen/?theme=participatie&place=geitenkamp"),
    ("en", "/en/stories/?tag=debt&person=henk-jansen"),  # no results
    ("nl", "/nl/verhalen/leeg-schoolgebouw-nieuwe-bestemming/"),
    ("en", "/en/stories/marja-debt/"),
    ("nl", "/nl/blog/"),
    ("en", "/en/blog/?year=2025"),
    ("nl", "/nl/blog/mensen-met-schulden-worden-steeds-armer/"),
    ("en", "/en/blog/people-in-debt-keep-getting-poorer/"),
    ("nl", "/nl/themas/armoede-en-schulden/"),
    ("en", "/en/themes/participation/"),
    ("nl", "/nl/verhalen/vertel-je-verhaal/"),
    ("en", "/en/stories/tell-your-story/"),
]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("language", "path"), PAGES, ids=[p for _l, p in PAGES])
def test_page_is_accessible(live_site, new_page, assert_accessible, language, path, width):
    page = new_page(width=width)
    response = page.goto(live_site.url + path)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    # Nothing wider than the screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)


def test_filters_work_without_javascript(live_site, browser):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": DESKTOP, "height": 900}
    )
    try:
        page = context.new_page()
        page.goto(live_site.url + "/nl/verhalen/")
        all_cards = page.locator(".card").count()
        assert all_cards >= 8
        page.get_by_label("Thema").select_option("armoede-en-schulden")
        page.get_by_label("Plek").select_option("geitenkamp")
        page.get_by_role("button", name="Toon resultaten").click()
        page.wait_for_load_state()
        assert "theme=armoede-en-schulden" in page.url and "place=geitenkamp" in page.url
        titles = page.locator(".card__title").all_inner_texts()
        assert 0 < len(titles) < all_cards
        assert any("Marja" in title for title in titles)
        page.get_by_role("link", name="Alle filters wissen").click()
        assert page.locator(".card").count() == all_cards
    finally:
        context.close()


def test_story_links_to_filtered_index(live_site, new_page):
    page = new_page(width=PHONE)
    page.goto(live_site.url + "/en/stories/marja-debt/")
    page.get_by_role("link", name="debt", exact=True).click()
    assert "tag=debt" in page.url
    assert page.locator(".card__title", has_text="Marja").count() == 1


@pytest.mark.parametrize("language", ["nl", "en"])
def test_story_form_errors_are_accessible(live_site, new_page, assert_accessible, language):
    path = "/nl/verhalen/vertel-je-verhaal/" if language == "nl" else "/en/stories/tell-your-story/"
    page = new_page(width=PHONE)
    page.goto(live_site.url + path)
    page.locator("form.form button[type=submit]").click()
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert summary.locator("a").count() >= 3
    assert page.locator(".form-field--invalid").count() >= 3
    assert page.title().startswith("Fout:" if language == "nl" else "Error:")
    assert_accessible(page)


def test_story_form_sends_and_thanks(live_site, new_page):
    page = new_page()
    page.goto(live_site.url + "/nl/verhalen/vertel-je-verhaal/")
    page.get_by_label("Je naam").fill("Anna de Vries")
    page.get_by_label("E-mailadres").fill("anna@example.org")
    page.get_by_label("Waar gaat je verhaal over?").fill(
        "Mijn buurman repareert al dertig jaar fietsen voor de hele straat."
    )
    page.locator("input[type=checkbox][name=consent]").check()
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url("**/bedankt/")
    assert "Dank je wel" in page.locator("h1").inner_text()
