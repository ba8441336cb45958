"""Factories for tests and demo content of the instruments library."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import factory
import wagtail_factories

from .models import (
    InstrumentFile,
    InstrumentIndexPage,
    InstrumentPage,
    InstrumentUsage,
    InstrumentVersion,
)


class InstrumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Instrumenten"
    slug = "instrumenten"
    introduction = "Instrumenten om zelf aan de slag te gaan."

    class Meta:
        model = InstrumentIndexPage


class InstrumentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Instrument {n}")
    slug = factory.Sequence(lambda n: f"instrument-{n}")
    summary = "Een werkblad om talent in de wijk in kaart te brengen."
    instrument_type = "worksheet"
    licence = "cc-by-4.0"

    class Meta:
        model = InstrumentPage


def make_document(
    title="Werkblad", filename="werkblad.pdf", content=b"%PDF-1.4\n%test\n", collection=None
):
    Document = get_document_model()
    document = Document(title=title)
    if collection is not None:
        document.collection = collection
    document.file = ContentFile(content, name=filename)
    document._set_document_file_metadata()
    document.save()
    return document


def add_file(page, language="nl", version="1.0", title="", document=None, **document_kwargs):
    """A file on ``page`` (saved directly; the live page reads its files from the database)."""
    document = document or make_document(**document_kwargs)
    return InstrumentFile.objects.create(
        page=page,
        document=document,
        language=language,
        version=version,
        title=title,
        locale_id=page.locale_id,
        sort_order=page.files.count(),
    )


def add_version(page, version, date, changes="Bijgewerkt."):
    return InstrumentVersion.objects.create(
        page=page, version=version, date=date, changes=changes, locale_id=page.locale_id
    )


def add_usage(page, target, note=""):
    return InstrumentUsage.objects.create(
        page=page, target=target, note=note, locale_id=page.locale_id
    )
