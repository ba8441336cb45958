"""Factories for tests and demo content (wagtail-factories on factory_boy)."""

from wagtail.models import Locale

import factory
import wagtail_factories

from core.models import Theme, ThemeIndexPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "nl"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    description = "Een thema van de wijk."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Theme


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"

    class Meta:
        model = ThemeIndexPage
