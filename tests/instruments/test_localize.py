"""wagtail-localize translates an instrument; its files keep their rows (and so their download
counts) when the translation is synced again."""

import datetime

from wagtail_localize.models import String, StringTranslation, Translation, TranslationSource

import pytest

from instruments.factories import add_usage, add_version
from instruments.models import DownloadCount

pytestmark = pytest.mark.django_db


def translate_all(source, locale):
    for string in String.objects.filter(segments__source=source).distinct():
        StringTranslation.objects.get_or_create(
            translation_of=string,
            locale=locale,
            context=string.segments.filter(source=source).first().context,
            defaults={"data": f"EN {string.data}"},
        )


def test_instrument_translation_round_trip_keeps_file_rows(
    make_instrument, home_pages, locales, django_capture_on_commit_callbacks
):
    page = make_instrument(
        title="Werkblad talentenkaart",
        summary="Talent in de straat.",
        files=[("nl", "1.0"), ("en", "1.0")],
    )
    add_version(page, "1.0", datetime.date(2025, 1, 15), "Eerste versie.")
    add_usage(page, home_pages["nl"], "Bij de start.")
    page.save_revision().publish()

    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = set(String.objects.filter(segments__source=source).values_list("data", flat=True))
    assert {"Werkblad talentenkaart", "Talent in de straat.", "Eerste versie."} <= strings
    translate_all(source, locales["en"])
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = page.get_translation(locales["en"]).specific
    assert english.title == "EN Werkblad talentenkaart"
    assert english.versions.get().changes == "EN Eerste versie."
    files = list(english.files.order_by("sort_order"))
    assert [f.language for f in files] == ["nl", "en"]
    assert {f.locale_id for f in files} == {locales["en"].pk}
    DownloadCount.record(files[0])

    # The Dutch page changes; the translation is synced again.
    page = page.specific_class.objects.get(pk=page.pk)
    page.summary = "Talent in de straat, in kaart gebracht."
    page.save_revision().publish()
    source.update_from_db()
    translate_all(source, locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    english = page.get_translation(locales["en"]).specific
    assert english.summary == "EN Talent in de straat, in kaart gebracht."
    assert [f.pk for f in english.files.order_by("sort_order")] == [f.pk for f in files]
    assert DownloadCount.objects.get().count == 1
