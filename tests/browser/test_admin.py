"""The Wagtail admin works under its own Content Security Policy: editing and preview."""

import pytest

pytestmark = pytest.mark.browser


def test_editor_can_log_in_edit_and_preview_without_csp_errors(live_site, new_page):
    page = new_page(width=1400, height=1000)
    csp_errors = []
    page.on(
        "console",
        lambda message: (
            csp_errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.goto(live_site.url + "/admin/login/")
    page.fill("#id_username", "redactie")
    page.fill("#id_password", "wijkbedrijf-demo")
    page.click("button[type=submit]")
    page.wait_for_url(live_site.url + "/admin/")
    page.goto(live_site.url + "/admin/pages/")
    page.get_by_role("link", name="Wijkbedrijf Geitenkamp").first.wait_for()
    home_id = page.evaluate(
        "document.querySelector('a[href*=\"/admin/pages/\"][href$=\"/edit/\"]').href.split('/')[5]"
    )
    page.goto(f"{live_site.url}/admin/pages/{home_id}/edit/")
    page.locator("#id_hero_heading").wait_for()
    assert page.locator("[data-side-panel-toggle='preview']").count() == 1
    page.locator("[data-side-panel-toggle='preview']").click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.locator("h1").first.wait_for(state="attached", timeout=15000)
    heading = page.locator("#id_hero_heading").input_value()
    assert heading and frame.locator("h1").first.text_content().strip() == heading
    assert csp_errors == []
