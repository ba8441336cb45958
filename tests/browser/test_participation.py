"""Alerts, offers of help and the impact page in a real browser: both languages, phone and
desktop, zero axe violations, no horizontal scrolling; the alert form's error state."""

import time

import pytest

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

PAGES = [
    ("nl", "/nl/wat-we-samen-doen/"),
    ("en", "/en/what-we-achieve-together/"),
    ("nl", "/nl/meldingen/?subject=openings&kind=volunteer"),
    ("en", "/en/alerts/"),
    ("nl", "/nl/meldingen/kijk-in-je-mail/"),
    ("en", "/en/alerts/check-your-mail/"),
    ("nl", "/nl/ik-wil-helpen/"),
    ("en", "/en/offer-help/"),
    ("nl", "/nl/ik-wil-helpen/bedankt/"),
    ("en", "/en/offer-help/thanks/"),
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


def test_impact_page_has_charts_tables_and_no_script_needed(live_site, new_page):
    page = new_page(width=PHONE, java_script_enabled=False)
    page.goto(live_site.url + "/nl/wat-we-samen-doen/")
    assert page.locator("svg.chart").count() == 4
    assert page.locator("table.impact__table").count() >= 4


@pytest.mark.parametrize("language", ["nl", "en"])
def test_alert_form_errors_take_focus(live_site, new_page, assert_accessible, language):
    page = new_page(width=PHONE)
    page.goto(live_site.url + {"nl": "/nl/meldingen/", "en": "/en/alerts/"}[language])
    page.locator("#id_email").fill("not-an-address")
    time.sleep(1.1)
    page.locator("form.form button[type=submit]").click()
    page.locator("[data-error-summary]").wait_for()
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.locator("#id_email").input_value() == "not-an-address"
    assert_accessible(page)
