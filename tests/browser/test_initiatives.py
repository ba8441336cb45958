"""Initiatives, openings, the finder and partners in a real browser: both languages, phone and
desktop, zero axe violations; the response form's error state; a resident's whole path."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

PAGES = [
    ("nl", "/nl/initiatieven/"),
    ("en", "/en/initiatives/?status=running"),
    ("nl", "/nl/initiatieven/energiecoaches/"),
    ("en", "/en/initiatives/new-life-for-the-old-school/"),
    ("nl", "/nl/initiatieven/energiecoaches/energiecoach/"),
    ("en", "/en/initiatives/repair-cafe/repair-cafe-coordinator/"),
    ("nl", "/nl/doe-mee/"),
    ("en", "/en/join-in/?kind=paid&sort=nieuwste"),
    ("nl", "/nl/partners/"),
    ("en", "/en/partners/spectrum/"),
    ("nl", "/nl/initiatieven/energiecoaches/energiecoach/bedankt/"),
    ("en", "/en/initiatives/energy-coaches/volunteer-energy-coach/thanks/"),
]


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize(("language", "path"), PAGES, ids=[p for _l, p in PAGES])
def test_page_is_accessible(live_site, new_page, assert_accessible, language, path, width):
    page = new_page(width=width)
    response = page.goto(live_site.url + path)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert_accessible(page)


def test_closed_opening_shows_closed_and_has_no_form(live_site, new_page):
    page = new_page()
    page.goto(live_site.url + "/nl/initiatieven/repair-cafe/coordinator-repair-cafe/")
    assert page.locator(".notice--closed").is_visible()
    assert page.locator("form.form").count() == 0


@pytest.mark.parametrize("language", ["nl", "en"])
def test_response_form_errors_take_focus(live_site, new_page, assert_accessible, language):
    path = {
        "nl": "/nl/initiatieven/buurtmaatjes/buurtmaatje/",
        "en": "/en/initiatives/neighbourhood-buddies/neighbourhood-buddy/",
    }[language]
    page = new_page(width=PHONE)
    page.goto(live_site.url + path)
    page.locator("#id_name").fill("Piet")
    page.locator("form.form button[type=submit]").click()
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert summary.locator("a").count() >= 3  # email or phone, message, consent
    assert page.locator("#id_name").input_value() == "Piet"  # kept
    assert not page.locator("#id_consent").is_checked()
    assert_accessible(page)


def test_resident_path_from_home_to_response(live_site, new_page, assert_accessible):
    """From the home page to the finder, a filter, an opening and a sent response."""
    page = new_page()
    page.goto(live_site.url + "/nl/")
    page.locator(".hero a", has_text="Doe mee").first.click()
    page.wait_for_url("**/nl/doe-mee/")
    page.get_by_label("Vrijwillig of betaald").select_option("volunteer")
    page.get_by_label("Geen ervaring nodig").check()
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url("**/doe-mee/?*")
    assert "no_experience=on" in page.url
    page.get_by_role("link", name="Gastvrouw of gastheer").click()
    page.wait_for_url("**/gastvrouw-repair-cafe/")
    page.get_by_label("Je naam").fill("Fatma Yilmaz")
    page.get_by_label("E-mailadres").fill("fatma@example.org")
    page.get_by_label("Je bericht").fill("Ik ontvang graag mensen op zaterdag.")
    page.get_by_label("Wanneer ben je beschikbaar?").fill("zaterdagochtend")
    page.locator("#id_consent").check()
    mails_before = len(list(live_site.mail_dir.glob("*"))) if live_site.mail_dir.exists() else 0
    page.get_by_role("button", name="Verstuur mijn reactie").click()
    page.wait_for_url("**/gastvrouw-repair-cafe/bedankt/")
    assert "Bedankt" in page.locator("h1").inner_text()
    assert "werkdagen" in page.locator("main").inner_text()
    assert_accessible(page)
    assert live_site.wait_for_mails(mails_before + 1) > mails_before
