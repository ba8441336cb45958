"""Browser tests: Playwright (Python) driving Debian's Chromium, never a downloaded browser.

Fixtures:
- ``live_site`` (from tests/conftest.py): the full demo served by gunicorn; ``live_site.url``.
- ``browser``: a headless Chromium (session). Skipped, with the reason, when no Chromium is
  installed.
- ``new_page(width=1280, height=900)``: a fresh page (own context) at that viewport; closed after
  the test. Use ``PHONE`` and ``DESKTOP`` for the two widths every page is checked at.
- ``assert_accessible(page)``: runs axe-core (WCAG 2.0/2.1 A and AA rules) and fails with a
  readable report of every violation.

Mark tests with ``pytestmark = pytest.mark.browser``.
"""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
PHONE = 390
DESKTOP = 1280
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"No Chromium at {CHROMIUM}: install Debian's chromium to run browser tests")
    # Playwright's sync API runs an event loop; the tests touch no database themselves.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    contexts = []

    def _new_page(width=DESKTOP, height=900, **context_options):
        context = browser.new_context(
            viewport={"width": width, "height": height}, **context_options
        )
        contexts.append(context)
        return context.new_page()

    yield _new_page
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe():
    return Axe()


@pytest.fixture
def assert_accessible(axe):
    def _check(page):
        results = axe.run(
            page,
            options={
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "resultTypes": ["violations"],
            },
        )
        assert results.violations_count == 0, (
            f"axe found {results.violations_count} WCAG violation(s) on {page.url}:\n"
            + results.generate_report()
        )
        return results

    return _check
