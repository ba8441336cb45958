from wagtail.models import Page

import pytest

from instruments.models import InstrumentFile, InstrumentIndexPage, InstrumentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_content):
    return demo_content


def test_demo_has_at_least_six_instruments_in_both_languages_with_real_files(demo):
    nl = InstrumentPage.objects.live().filter(locale__language_code="nl")
    en = InstrumentPage.objects.live().filter(locale__language_code="en")
    assert nl.count() >= 6
    assert en.count() == nl.count()
    titles = set(nl.values_list("title", flat=True))
    assert {
        "Zo werkt het wijkbedrijf",
        "Starthandboek wijkbedrijf",
        "Werkblad: talent in de wijk in kaart brengen",
        "Gids: schulden en armoede in de wijk",
    } <= titles
    types = set(nl.values_list("instrument_type", flat=True))
    assert {"infographic", "handbook", "worksheet"} <= types
    for page in nl:
        assert page.files.exists() and page.versions.exists() and page.preview_image_id
        assert page.themes.exists() and page.audiences.exists()
    # Every file is real: text PDFs and PNG infographics, with their size recorded.
    for item in InstrumentFile.objects.select_related("document"):
        with item.document.open_file() as handle:
            data = handle.read()
        assert len(data) == item.document.file_size
        if item.document.file_extension == "pdf":
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
            assert b"/Type /Page" in data and b"/FontFile2" in data  # an embedded font
        else:
            assert data.startswith(b"\x89PNG")
    infographic = InstrumentPage.objects.get(slug="zo-werkt-het-wijkbedrijf")
    assert infographic.formats == ["PNG"]
    assert infographic.languages == ["nl", "en"]


def test_demo_adds_menu_and_home_section(demo, client):
    index = InstrumentIndexPage.objects.get(locale__language_code="nl")
    home = Page.objects.get(depth=2, locale__language_code="nl").specific
    assert any(
        block.block_type == "latest_pages" and block.value["index_page"].pk == index.pk
        for block in home.body
    )
    html = client.get("/nl/").content.decode()
    assert 'href="/nl/instrumenten/"' in html
    assert "/nl/instrumenten/zo-werkt-het-wijkbedrijf/" in html
    assert client.get("/en/instruments/").status_code == 200
    assert client.get("/en/instruments/guide-debt-and-poverty/").status_code == 200
