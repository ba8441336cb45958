"""Factories for tests and demo content of the stories section."""

import datetime

from wagtail.models import Locale

import factory
import wagtail_factories

from stories.models import (
    Person,
    Place,
    StoryIndexPage,
    StoryPage,
    StorySubmission,
    StorySubmissionPage,
)


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bewoner {n}")
    slug = factory.Sequence(lambda n: f"bewoner-{n}")
    role = Person.Role.RESIDENT
    bio = "Woont in de wijk."
    consent_given_on = datetime.date(2025, 1, 1)
    consent_scope = "Naam en verhaal op de website."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person


class PlaceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Wijk {n}")
    slug = factory.Sequence(lambda n: f"wijk-{n}")
    neighbourhood = factory.SelfAttribute("name")
    city = "Arnhem"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Place


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Verhalen"
    slug = "verhalen"
    introduction = "Verhalen uit de wijk."

    class Meta:
        model = StoryIndexPage


class StoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Verhaal {n}")
    slug = factory.Sequence(lambda n: f"verhaal-{n}")
    lede = "Een verhaal uit de wijk."
    publication_date = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = StoryPage


class StorySubmissionPageFactory(wagtail_factories.PageFactory):
    title = "Vertel je verhaal"
    slug = "vertel-je-verhaal"

    class Meta:
        model = StorySubmissionPage


class StorySubmissionFactory(factory.django.DjangoModelFactory):
    name = "Kees"
    email = "kees@example.nl"
    about = "Wij zijn een moestuin begonnen achter de flat.\nNu doen er twaalf buren mee."
    consent = True
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = StorySubmission
