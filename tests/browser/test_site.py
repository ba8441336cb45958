"""The site shell in a real browser: both languages, phone and desktop, zero axe violations."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

PAGES = [
    ("nl", "/nl/"),
    ("en", "/en/"),
    ("nl", "/nl/over-ons/"),
    ("en", "/en/about-us/"),
    ("nl", "/nl/themas/"),
    ("en", "/en/themes/poverty-and-debt/"),
    ("nl", "/nl/zoeken/?q=wijk"),
    ("en", "/en/search/?q=neighbourhood"),
    ("nl", "/nl/contact/"),
    ("en", "/en/contact/"),
    ("nl", "/nl/bestaat-niet/"),
]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("language", "path"), PAGES, ids=[p for _l, p in PAGES])
def test_page_is_accessible(live_site, new_page, assert_accessible, language, path, width):
    page = new_page(width=width)
    response = page.goto(live_site.url + path)
    assert response.status == (404 if "bestaat-niet" in path else 200)
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert_accessible(page)


def test_skip_link_is_first_and_moves_focus(live_site, new_page):
    page = new_page()
    page.goto(live_site.url + "/nl/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Naar de inhoud"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_goes_to_the_translation(live_site, new_page):
    page = new_page(width=PHONE)
    page.goto(live_site.url + "/nl/over-ons/")
    page.get_by_role("navigation", name="Kies een taal").get_by_role("link", name="English").click()
    assert page.url == live_site.url + "/en/about-us/"
    assert page.locator("html").get_attribute("lang") == "en"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_contact_form_errors_take_focus_and_link_to_fields(
    live_site, new_page, assert_accessible, language
):
    page = new_page(width=PHONE)
    page.goto(f"{live_site.url}/{language}/contact/")
    page.locator("form.form button[type=submit]").click()
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    links = summary.locator("a")
    assert links.count() >= 3
    first_target = links.first.get_attribute("href")
    assert page.locator(first_target).count() == 1
    links.first.click()
    assert page.evaluate("'#' + document.activeElement.id") == first_target
    assert page.locator(".form-field--invalid").count() >= 3
    assert_accessible(page)


def test_contact_form_sends_and_thanks(live_site, new_page):
    page = new_page()
    page.goto(live_site.url + "/nl/contact/")
    page.get_by_label("Je naam").fill("Anna de Vries")
    page.get_by_label("E-mailadres").fill("anna@example.org")
    page.get_by_label("Je bericht").fill("Ik wil graag meehelpen in de repaircafé.")
    page.locator("input[type=checkbox]").check()
    mails_before = len(list(live_site.mail_dir.glob("*"))) if live_site.mail_dir.exists() else 0
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url("**/bedankt/")
    assert "Bedankt" in page.locator("h1").inner_text()
    assert live_site.wait_for_mails(mails_before + 1) == mails_before + 1
