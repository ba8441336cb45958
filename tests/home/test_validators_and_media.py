from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model

import pytest

from core.exports import safe_cell
from core.validators import clean_search_query, phone_digits, validate_phone


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("06-12 34 56 78", "0612345678"),
        ("+31 6 12345678", "0612345678"),
        ("0031 6 1234 5678", "0612345678"),
        ("+44 20 7946 0958", "442079460958"),
    ],
)
def test_phone_digits(raw, digits):
    assert phone_digits(raw) == digits


@pytest.mark.parametrize("good", ["06 12345678", "026-123 45 67", "+31 (0)26 123 4567"])
def test_validate_phone_accepts_real_numbers(good):
    validate_phone(good)


@pytest.mark.parametrize("bad", ["((((----))))", "........", "1234567", "06 1234 abcd", "0" * 16])
def test_validate_phone_refuses_numbers_nobody_can_call(bad):
    with pytest.raises(ValidationError):
        validate_phone(bad)


def test_safe_cell_neutralises_formulas():
    assert safe_cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("Gewoon tekst") == "Gewoon tekst"
    assert safe_cell(12) == 12


def test_clean_search_query():
    assert clean_search_query(' "wijk\x00  bedrijf" ') == "wijk bedrijf"
    assert len(clean_search_query("x" * 500)) == 200


def test_media_urls_serve_images_but_never_documents():
    from django.urls import Resolver404, resolve
    from django.views.static import serve

    assert resolve("/media/images/huizen.width-800.webp").func is serve
    assert resolve("/media/original_images/huizen.png").func is serve
    for path in ["/media/documents/geheim.pdf", "/media/images/../documents/geheim.pdf"]:
        with pytest.raises(Resolver404):
            resolve(path)


@pytest.mark.django_db
def test_documents_are_served_through_wagtail_only(client, locales):
    Document = get_document_model()
    document = Document(title="Werkblad")
    document.file = SimpleUploadedFile("werkblad.pdf", b"%PDF-1.4 demo")
    document.save()
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert client.get(document.url).status_code == 200
