"""Factories for the home page."""

import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Wijkbedrijf"
    hero_heading = "Samen aan het werk in de wijk"

    class Meta:
        model = HomePage
