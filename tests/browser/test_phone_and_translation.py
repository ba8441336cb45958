"""The phone menu, the story editor's pickers and the translate flow, in a real browser."""

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("javascript", [True, False])
def test_phone_menu_folds_and_opens(live_site, browser, javascript, assert_accessible):
    context = browser.new_context(
        viewport={"width": PHONE, "height": 800}, java_script_enabled=javascript
    )
    page = context.new_page()
    try:
        page.goto(live_site.url + "/nl/")
        menu = page.locator("nav.main-nav details")
        assert menu.get_attribute("open") is None
        assert page.locator(".main-nav__list").is_visible() is False
        main_top = page.locator("main").bounding_box()["y"]
        assert main_top < 200, main_top  # it was ~320 px with the wrapped navigation
        page.locator(".main-nav__toggle").click()
        assert page.locator(".main-nav__list").is_visible()
        page.locator(".main-nav__list a", has_text="Verhalen").click()
        page.wait_for_url(re.compile(r"/nl/verhalen/$"))
        if javascript:
            assert_accessible(page)
    finally:
        context.close()


def test_desktop_menu_is_open(live_site, new_page):
    page = new_page(width=DESKTOP)
    page.goto(live_site.url + "/en/")
    assert page.locator(".main-nav__list").is_visible()
    assert page.locator(".main-nav__toggle").is_visible() is False


def test_finder_shows_the_count_before_folded_filters(live_site, new_page):
    page = new_page(width=PHONE)
    page.goto(live_site.url + "/nl/doe-mee/")
    count = page.locator(".result-count").bounding_box()["y"]
    first_result = page.locator(".listing-layout__results .card").first.bounding_box()["y"]
    filters = page.locator(".filters").bounding_box()
    assert count < filters["y"]
    # was about 1,400 px down; the plain-language summary and the alert links now sit above it
    assert first_result < 1000, first_result
    page.locator(".filters__summary").click()
    assert page.locator("#filter_kind").is_visible()


def _log_in(page, url):
    page.goto(url + "/admin/login/")
    page.fill("#id_username", "redactie")
    page.fill("#id_password", "wijkbedrijf-demo")
    page.click("button[type=submit]")
    page.wait_for_url(url + "/admin/")


def test_story_editor_pickers_list_the_pages_language_only(live_site, new_page):
    story_id = live_site.manage(
        "shell",
        "-c",
        "from stories.models import StoryPage; from wagtail.models import Locale;"
        "print(StoryPage.objects.filter(locale=Locale.get_default()).first().pk)",
    ).split()[-1]
    page = new_page(width=DESKTOP, height=1000)
    _log_in(page, live_site.url)
    page.goto(f"{live_site.url}/admin/pages/{story_id}/edit/")
    people = page.locator("[data-contentpath=people] input[type=checkbox]")
    people.first.wait_for(state="attached")
    labels = [
        text.strip() for text in page.locator("[data-contentpath=people] label").all_inner_texts()
    ]
    names = [label for label in labels if label and label != "People in this story"]
    assert len(names) == len(set(names)), names  # each person once, not once per language
    themes = page.locator("[data-contentpath=themes] label").all_inner_texts()
    assert not any("Poverty and debt" in text for text in themes)


def test_translating_a_live_page_keeps_english_unpublished(live_site, new_page):
    page_id = live_site.manage(
        "shell",
        "-c",
        "from pages.models import StandardPage; from wagtail.models import Locale, Page;"
        "home = Page.objects.get(depth=2, locale=Locale.get_default());"
        "p = home.add_child(instance=StandardPage(title='Nieuw bericht voor de wijk',"
        " slug='nieuw-bericht-wijk'));"
        "p.save_revision().publish(); print(p.pk)",
    ).split()[-1]
    page = new_page(width=DESKTOP, height=1000)
    _log_in(page, live_site.url)
    page.goto(f"{live_site.url}/admin/localize/submit/page/{page_id}/")
    page.locator("input[name=locales]").first.wait_for(state="attached")
    for box in page.locator("input[name=locales]").all():
        box.check()
    page.locator("form:has(input[name=locales]) [type=submit]").first.click()
    page.wait_for_load_state()
    anonymous = new_page(width=PHONE)
    response = anonymous.goto(live_site.url + "/en/nieuw-bericht-wijk/")
    assert response.status == 404
    anonymous.goto(live_site.url + "/en/")
    assert "Nieuw bericht voor de wijk" not in anonymous.content()
    state = live_site.manage(
        "shell",
        "-c",
        "from wagtail.models import Page;"
        f"p = Page.objects.get(pk={page_id});"
        "t = Page.objects.get(translation_key=p.translation_key, locale__language_code='en');"
        "print(t.live)",
    ).split()[-1]
    assert state == "False"
