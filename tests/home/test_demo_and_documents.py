from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

import pytest

from core.models import Footer, NavigationMenu, Theme

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "locale__language_code", "live")),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "themes": Theme.objects.count(),
        "menus": [list(m.items.raw_data) for m in NavigationMenu.objects.order_by("pk")],
        "footers": Footer.objects.count(),
    }


def test_load_demo_builds_both_languages_and_is_idempotent(locales):
    call_command("load_demo", verbosity=0)
    first = snapshot()
    assert first["themes"] == 12  # six themes, in two languages
    languages = {language for _path, language, _live in first["pages"]}
    assert languages >= {"nl", "en"}
    call_command("load_demo", verbosity=0)
    assert snapshot() == first


def test_load_demo_if_empty_leaves_existing_sites_alone(home_pages, capsys):
    call_command("load_demo", if_empty=True)
    assert "no demo content" in capsys.readouterr().out
    assert not Theme.objects.exists()


def test_load_demo_refuses_when_not_allowed(settings):
    from django.core.management.base import CommandError

    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("load_demo")


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
