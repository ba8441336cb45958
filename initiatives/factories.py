"""Factories for tests and demo content."""

import datetime
import uuid

from django.utils import timezone

import factory
import wagtail_factories

from .models import (
    InitiativeIndexPage,
    InitiativePage,
    InitiativePartner,
    OpeningFinderPage,
    OpeningPage,
    PartnerIndexPage,
    PartnerPage,
    Response,
)
from .models.responses import CONSENT_VERSION


class InitiativeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Initiatieven"
    slug = "initiatieven"

    class Meta:
        model = InitiativeIndexPage


class InitiativePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Initiatief {n}")
    slug = factory.Sequence(lambda n: f"initiatief-{n}")
    call_for_help = "Wie helpt ons mee in de wijk?"
    status = InitiativePage.Status.RUNNING
    place = "Geitenkamp"
    coordinator_name = "Fatima El Amrani"

    class Meta:
        model = InitiativePage


class OpeningPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Vacature {n}")
    slug = factory.Sequence(lambda n: f"vacature-{n}")
    kind = OpeningPage.Kind.VOLUNTEER
    tasks = "<p>Je helpt buren met kleine klussen.</p>"
    hours_per_week = 4
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    place = "Geitenkamp"
    contact_name = "Sanne de Vries"
    contact_email = "sanne@wijkbedrijf.example"
    status = OpeningPage.Status.OPEN

    class Meta:
        model = OpeningPage


class OpeningFinderPageFactory(wagtail_factories.PageFactory):
    title = "Doe mee"
    slug = "doe-mee"

    class Meta:
        model = OpeningFinderPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partners"
    slug = "partners"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner {n}")
    slug = factory.Sequence(lambda n: f"partner-{n}")
    kind = PartnerPage.Kind.CARE
    description = "<p>Een partner van het wijkbedrijf.</p>"

    class Meta:
        model = PartnerPage


class InitiativePartnerFactory(factory.django.DjangoModelFactory):
    role = "denkt mee"

    class Meta:
        model = InitiativePartner


class ResponseFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bewoner {n}")
    email = factory.Sequence(lambda n: f"bewoner{n}@example.nl")
    phone = ""
    message = "Ik help graag mee."
    availability = "doordeweeks 's ochtends"
    language = "nl"
    consent_version = CONSENT_VERSION
    consent_given_at = factory.LazyFunction(timezone.now)
    submission_key = factory.LazyFunction(uuid.uuid4)

    class Meta:
        model = Response
