"""Posters: an A4 PDF per open opening and running initiative, with the title, a QR code to the
page and a phone number, in the page's language, cached until the page changes."""

import re
import zlib

from django.core.cache import cache

import pytest

from core.models import SiteSettings
from initiatives import posters
from initiatives.factories import InitiativePageFactory, OpeningPageFactory

pytestmark = pytest.mark.django_db


def pdf_text(content):
    """Every text the PDF shows or links to: decompressed page streams plus the raw objects."""
    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", content, re.S)
    parts = [content.decode("latin-1")]
    for stream in streams:
        try:
            parts.append(zlib.decompress(stream).decode("cp1252", "replace"))
        except zlib.error:
            continue
    # Literal strings escape their brackets and backslashes.
    return "\n".join(parts).replace("\\(", "(").replace("\\)", ")")


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def qr_payloads(monkeypatch):
    """What each poster's QR code encodes."""
    encoded = []
    make = posters.segno.make

    def spy(content, *args, **kwargs):
        encoded.append(content)
        return make(content, *args, **kwargs)

    monkeypatch.setattr(posters.segno, "make", spy)
    return encoded


def test_opening_poster_has_title_qr_target_and_phone(client, tree, qr_payloads):
    opening = tree["opening"]
    opening.contact_phone = "026 123 4567"
    opening.title = "Energiecoach voor ideeën"
    opening.save_revision().publish()
    response = client.get(opening.url + "poster/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = pdf_text(response.content)
    url = "http://testserver" + opening.url
    assert qr_payloads == [url]
    assert f"/URI ({url})" in text  # the QR code links to the page
    assert url in text  # and the address is printed under it
    assert "Energiecoach voor ideeën" in text
    assert "Geen internet? Bel 026 123 4567" in text
    assert "Wat je gaat doen" in text  # Dutch page, Dutch poster
    assert "Vrijwilligerswerk" in text
    assert response["Content-Disposition"] == 'inline; filename="poster-energiecoach.pdf"'


def test_poster_is_in_the_page_language(client, tree, locales, translate):
    english = translate(tree["opening"], locales["en"], title="Energy coach", slug="energy-coach")
    response = client.get(english.url + "poster/")
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Energy coach" in text
    assert "What you will do" in text
    assert "Wat je gaat doen" not in text


def test_site_phone_when_the_page_has_none(client, tree):
    settings = SiteSettings.load()
    settings.phone = "026 999 0000"
    settings.save()
    text = pdf_text(client.get(tree["opening"].url + "poster/").content)
    assert "Bel 026 999 0000" in text


def test_initiative_poster_lists_open_openings(client, tree, qr_payloads):
    initiative = tree["initiative"]
    OpeningPageFactory(parent=initiative, title="Gesloten klus", status="closed")
    response = client.get(initiative.url + "poster/")
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Energiecoaches" in text
    assert "Energiecoach (Vrijwillig" in text
    assert "Gesloten klus" not in text
    assert qr_payloads == ["http://testserver" + initiative.url]


def test_no_poster_for_closed_openings_or_finished_initiatives(client, tree):
    closed = OpeningPageFactory(parent=tree["initiative"], status="filled")
    assert client.get(closed.url + "poster/").status_code == 404
    finished = InitiativePageFactory(parent=tree["index"], status="finished")
    assert client.get(finished.url + "poster/").status_code == 404
    assert b"poster/" not in client.get(closed.url).content


def test_pages_link_to_their_poster(client, tree):
    html = client.get(tree["opening"].url).content.decode()
    assert f'href="{tree["opening"].url}poster/"' in html
    assert "Print een poster" in html
    assert (
        f'href="{tree["initiative"].url}poster/"'
        in client.get(tree["initiative"].url).content.decode()
    )


def test_cached_until_the_page_changes(client, tree, monkeypatch):
    calls = []
    build = posters.opening_poster

    def counting(*args, **kwargs):
        calls.append(1)
        return build(*args, **kwargs)

    monkeypatch.setattr(posters, "opening_poster", counting)
    opening = tree["opening"]
    first = client.get(opening.url + "poster/")
    second = client.get(opening.url + "poster/")
    assert len(calls) == 1
    assert first.content == second.content
    assert first["Cache-Control"] == "public, max-age=3600"
    assert not first.cookies
    # An unchanged poster is not sent again to a browser that has it.
    again = client.get(opening.url + "poster/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304

    opening.title = "Energiecoach (nieuw)"
    opening.save_revision().publish()
    changed = client.get(opening.url + "poster/")
    assert len(calls) == 2
    assert changed["ETag"] != first["ETag"]
    assert "Energiecoach (nieuw)" in pdf_text(changed.content)


def test_poster_only_answers_get(client, tree):
    assert client.post(tree["opening"].url + "poster/").status_code == 405
