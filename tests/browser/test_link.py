"""From inspiration to participation in a real browser: a resident reads a story, follows a
"Doe mee" card to an opening and sends a response; the story page with its Doe mee section
has zero axe violations in both languages."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE

pytestmark = pytest.mark.browser

STORIES = {
    "nl": "/nl/verhalen/marja-schulden/",
    "en": "/en/stories/empty-school-new-purpose/",
}
TEXT = {
    "nl": {
        "heading": "Doe mee",
        "respond": "Reageer",
        "name": "Je naam",
        "email": "E-mailadres",
        "message": "Je bericht",
        "availability": "Wanneer ben je beschikbaar?",
        "thanks_url": "**/bedankt/",
        "thanks": "Bedankt",
    },
    "en": {
        "heading": "Join in",
        "respond": "Respond",
        "name": "Your name",
        "email": "Email address",
        "message": "Your message",
        "availability": "When are you available?",
        "thanks_url": "**/thanks/",
        "thanks": "Thank",
    },
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_resident_goes_from_story_to_a_sent_response(
    live_site, new_page, assert_accessible, language
):
    text = TEXT[language]
    page = new_page(width=PHONE)
    page.goto(live_site.url + STORIES[language])
    section = page.locator("section.join-in")
    assert section.get_by_role("heading", level=2).inner_text() == text["heading"]
    card = section.locator(".join-in__card").first
    title = card.locator("h4").inner_text()
    # The button's accessible name carries the opening's title after the visible word.
    button = card.get_by_role("link", name=title)
    assert button.inner_text().startswith(text["respond"])
    button.scroll_into_view_if_needed()
    assert button.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    button.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    assert page.locator("html").get_attribute("lang") == language

    page.get_by_label(text["name"]).fill("Sem de Boer")
    page.get_by_label(text["email"]).fill(f"sem-{language}@example.org")
    page.get_by_label(text["message"]).fill("Ik las het verhaal en wil graag helpen.")
    page.get_by_label(text["availability"]).fill("dinsdagavond")
    page.locator("#id_consent").check()
    page.locator("form.form button[type=submit]").click()
    page.wait_for_url(text["thanks_url"])
    assert text["thanks"] in page.locator("h1").inner_text()
    assert_accessible(page)


@pytest.mark.parametrize("width", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_story_with_join_in_is_accessible(live_site, new_page, assert_accessible, language, width):
    page = new_page(width=width)
    response = page.goto(live_site.url + STORIES[language])
    assert response.status == 200
    section = page.locator("section.join-in")
    section.scroll_into_view_if_needed()
    assert section.locator(".join-in__card").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    ["/nl/initiatieven/hulp-bij-papieren-en-schulden/", "/en/partners/spectrum/"],
)
def test_initiative_and_partner_pages_list_stories_about_them(live_site, new_page, path):
    page = new_page()
    page.goto(live_site.url + path)
    cards = page.locator("main .card")
    titles = " ".join(cards.all_inner_texts())
    if path.startswith("/nl/"):
        assert "Marja" in titles and "Mensen met schulden worden steeds armer" in titles
    else:
        assert "Marja: ‘Every letter made the debt bigger’" in titles
        assert "Coffee at ten: together at the kitchen table" in titles
        assert "People in debt keep getting poorer" in titles
