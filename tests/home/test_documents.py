from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form

import pytest

pytestmark = pytest.mark.django_db


def _document_form(name, size):
    upload = SimpleUploadedFile(name, b"x" * size)
    form_class = get_document_form(get_document_model())
    return form_class(data={"title": "Handleiding", "collection": 1}, files={"file": upload})


def test_document_upload_refuses_large_files(settings, locales):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1000
    form = _document_form("handleiding.pdf", 2000)
    assert not form.is_valid()
    assert "file" in form.errors


def test_document_upload_refuses_other_extensions(locales):
    form = _document_form("virus.exe", 10)
    assert not form.is_valid()
    assert "file" in form.errors


def test_documents_are_served_with_content_disposition(client, home_pages):
    Document = get_document_model()
    document = Document(title="Werkblad")
    document.file = SimpleUploadedFile("werkblad.pdf", b"%PDF-1.4 demo")
    document.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert "werkblad.pdf" in response["Content-Disposition"]


def test_document_form_is_the_safe_one():
    from core.documents import SafeDocumentForm

    assert issubclass(get_document_form(get_document_model()), SafeDocumentForm)
