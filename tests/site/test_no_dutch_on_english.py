"""Site-wide: no English page shows Dutch text from a translatable field whose translation
exists (page fields, and the people, places and themes pages show)."""

import html
import re

from django.db import models

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.fields import TranslatableField, get_translatable_fields

import pytest

from core.models import BasePage

pytestmark = pytest.mark.django_db
MIN_LENGTH = 12  # shorter values ("Geitenkamp", a first name) are the same in both languages
# Quoted on purpose: an English page describes a Dutch-only document by its Dutch title
# ("Cover of the Dutch document “Gids: …”").
QUOTED = ("“{}”",)


def _dutch_values(source, translation):
    """The Dutch values of ``source``'s translated text fields that differ in ``translation``."""
    values = set()
    for field in get_translatable_fields(type(source)):
        if not isinstance(field, TranslatableField):
            continue
        try:
            db_field = type(source)._meta.get_field(field.field_name)
        except Exception:  # noqa: BLE001, S112 (child relations and the like)
            continue
        if not isinstance(db_field, models.CharField | models.TextField) or isinstance(
            db_field, models.SlugField
        ):
            continue
        dutch = (getattr(source, field.field_name) or "").strip()
        english = (getattr(translation, field.field_name) or "").strip()
        if len(dutch) >= MIN_LENGTH and dutch != english and dutch not in english:
            values.add(dutch)
    return values


def _translated_pairs(model, nl, en):
    for translation in model.objects.filter(locale=en):
        source = translation.get_translation_or_none(nl)
        if source is not None:
            yield source, translation


def test_english_pages_show_no_dutch_from_translated_fields(demo_content, client):
    nl = Locale.objects.get(language_code="nl")
    en = Locale.objects.get(language_code="en")
    dutch = set()
    english_pages = []
    for page in Page.objects.live().filter(locale=en).specific():
        if not isinstance(page, BasePage):
            continue
        english_pages.append(page)
        source = page.get_translation_or_none(nl)
        if source is not None:
            dutch |= _dutch_values(source.specific, page)
    from django.apps import apps

    for model in apps.get_models():
        if issubclass(model, TranslatableMixin) and not issubclass(model, Page):
            if not hasattr(model, "override_translatable_fields") and model._meta.app_label in (
                "wagtailcore",
            ):
                continue
            for source, translation in _translated_pairs(model, nl, en):
                dutch |= _dutch_values(source, translation)
    assert len(english_pages) > 20
    assert len(dutch) > 50
    escaped = {value: html.escape(value) for value in dutch}
    found = []
    for page in english_pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        text = response.content.decode()
        assert '<html lang="en"' in text
        for quote in QUOTED:
            for value in dutch:
                text = text.replace(html.escape(quote.format(value)), "")
        # Links and alternates to the Dutch page carry its address, not its text.
        text = re.sub(r'(href|hreflang)="[^"]*"', "", text)
        found += [(page.url, value) for value, esc in escaped.items() if esc in text]
    assert found == [], "\n".join(f"{url}: {value}" for url, value in found)
