import datetime

from django.utils import timezone

import pytest

from core.factories import ThemeFactory
from initiatives.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    OpeningFinderPageFactory,
    OpeningPageFactory,
    PartnerIndexPageFactory,
)


@pytest.fixture
def tree(home_pages):
    home = home_pages["nl"]
    index = InitiativeIndexPageFactory(parent=home)
    finder = OpeningFinderPageFactory(parent=home)
    partners = PartnerIndexPageFactory(parent=home)
    initiative = InitiativePageFactory(parent=index, slug="energiecoaches", title="Energiecoaches")
    opening = OpeningPageFactory(parent=initiative, slug="energiecoach", title="Energiecoach")
    return {
        "home": home,
        "index": index,
        "finder": finder,
        "partners": partners,
        "initiative": initiative,
        "opening": opening,
    }


@pytest.fixture
def theme(locales):
    return ThemeFactory(name="Verduurzaming", slug="verduurzaming", locale=locales["nl"])


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


@pytest.fixture
def response_data(form_token):
    def _data(**overrides):
        data = {
            "name": "Henk Jansen",
            "email": "henk@example.nl",
            "phone": "",
            "message": "Ik help graag mee met isoleren.",
            "availability": "dinsdagochtend",
            "consent": "on",
            **form_token(key="0b5c1a7e-3f0e-4d47-9e6a-2b3c4d5e6f70"),
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return _data


@pytest.fixture
def form_target(tree):
    """Response tokens are issued for one opening."""
    return f"opening-response:{tree['opening'].pk}"
