"""Factories for standard and contact pages."""

import factory
import wagtail_factories

from pages.models import ContactPage, FormField, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    introduction = "Een korte inleiding."

    class Meta:
        model = StandardPage


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
