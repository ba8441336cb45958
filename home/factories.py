"""Factories for tests and demo content (wagtail-factories on factory_boy)."""

from wagtail.models import Locale

import factory
import wagtail_factories

from home.models import ContactPage, FormField, HomePage, StandardPage, Theme, ThemeIndexPage


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


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Wijkbedrijf"
    hero_heading = "Samen aan het werk in de wijk"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    introduction = "Een korte inleiding."

    class Meta:
        model = StandardPage


class ThemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Thema's"
    slug = "themas"

    class Meta:
        model = ThemeIndexPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Contact"
    slug = "contact"
    to_address = "info@wijkbedrijf.example"
    from_address = "website@wijkbedrijf.example"
    subject = "Nieuw bericht"

    class Meta:
        model = ContactPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Veld {n}")
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField
