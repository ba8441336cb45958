"""wagtail-localize can extract, translate and publish every translatable model of `home`."""

from wagtail_localize.models import String, StringTranslation, Translation, TranslationSource

import pytest

from core.factories import ThemeFactory
from core.models import Footer, NavigationMenu
from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def translate_all(source, locale, translate):
    """Give every string of ``source`` a translation made by ``translate``; return the count."""
    count = 0
    for string in String.objects.filter(segments__source=source).distinct():
        StringTranslation.objects.create(
            translation_of=string,
            locale=locale,
            context=string.segments.filter(source=source).first().context,
            data=translate(string.data),
        )
        count += 1
    return count


def test_standard_page_with_blocks_is_translated(
    home_pages, locales, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(
        parent=home_pages["nl"],
        slug="meedoen",
        title="Meedoen",
        introduction="Zo doe je mee.",
        body=[
            ("heading", {"text": "Samen aan de slag", "level": "h2"}),
            ("quote", {"quote": "Iedereen doet mee.", "speaker": "Fatima", "role": "bewoner"}),
            (
                "accordion",
                {
                    "heading": "Vragen",
                    "items": [{"question": "Wat kost het?", "answer": "<p>Niets.</p>"}],
                },
            ),
        ],
    )
    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = set(String.objects.filter(segments__source=source).values_list("data", flat=True))
    assert {
        "Meedoen",
        "Zo doe je mee.",
        "Samen aan de slag",
        "Iedereen doet mee.",
        "Wat kost het?",
    } <= strings
    translated = translate_all(
        source, locales["en"], lambda text: "en-meedoen" if text == "meedoen" else f"EN {text}"
    )
    assert translated == len(strings)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    with django_capture_on_commit_callbacks(execute=True):  # localize publishes on commit
        translation.save_target(publish=True)
    english = page.get_translation(locales["en"]).specific
    assert english.live
    assert english.title == "EN Meedoen"
    assert english.body[1].value["quote"] == "EN Iedereen doet mee."


@pytest.mark.parametrize("factory", ["theme", "menu", "footer"])
def test_snippets_are_translatable(home_pages, locales, factory):
    if factory == "theme":
        obj = ThemeFactory(name="Eenzaamheid", description="Niemand alleen.")
    elif factory == "menu":
        obj = NavigationMenu.objects.create(
            locale=locales["nl"],
            title="Hoofdmenu",
            items=[("link", {"page": home_pages["nl"], "url": "", "label": "Start"})],
        )
    else:
        obj = Footer.objects.create(locale=locales["nl"], tagline="Van en voor bewoners.")
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    assert translate_all(source, locales["en"], lambda text: f"EN {text}") >= 1
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    translation.save_target()
    english = obj.get_translation(locales["en"])
    assert english.locale == locales["en"]
    text = english.tagline if factory == "footer" else str(english)
    assert text.startswith("EN ")
