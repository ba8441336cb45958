"""wagtail-localize can translate initiatives and openings; open/closed stays in sync."""

from wagtail_localize.models import Translation, TranslationSource

import pytest

from initiatives.factories import InitiativePartnerFactory, PartnerPageFactory
from tests.home.test_localize import translate_all

pytestmark = pytest.mark.django_db


def publish_translation(page, locale, on_commit):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    assert translate_all(source, locale, lambda text: f"EN {text}") >= 2
    translation = Translation.objects.create(source=source, target_locale=locale)
    with on_commit(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale).specific


def test_initiative_and_opening_round_trip(tree, locales, django_capture_on_commit_callbacks):
    partner = PartnerPageFactory(parent=tree["partners"], slug="spectrum")
    InitiativePartnerFactory(initiative=tree["initiative"], partner=partner, role="traint")
    initiative = tree["initiative"]
    initiative.save_revision().publish()
    for page in (tree["index"], initiative):
        publish_translation(page, locales["en"], django_capture_on_commit_callbacks)
    english = initiative.get_translation(locales["en"]).specific
    assert english.call_for_help.startswith("EN ")
    assert english.partner_links.count() == 1

    opening = tree["opening"]
    english_opening = publish_translation(
        opening, locales["en"], django_capture_on_commit_callbacks
    )
    assert english_opening.title == "EN Energiecoach"
    assert english_opening.deadline == opening.deadline
    assert english_opening.is_open
    assert english_opening.get_parent().pk == english.pk
