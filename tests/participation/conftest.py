import pytest

from core.factories import ThemeFactory
from initiatives.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    OpeningFinderPageFactory,
)


@pytest.fixture
def tree(home_pages):
    home = home_pages["nl"]
    index = InitiativeIndexPageFactory(parent=home)
    finder = OpeningFinderPageFactory(parent=home)
    initiative = InitiativePageFactory(parent=index, slug="energiecoaches", title="Energiecoaches")
    return {"home": home, "index": index, "finder": finder, "initiative": initiative}


@pytest.fixture
def theme(locales):
    return ThemeFactory(name="Verduurzaming", slug="verduurzaming", locale=locales["nl"])


@pytest.fixture
def form_target():
    """Alert tokens are issued for the subscribe form."""
    return "alert-subscribe"


@pytest.fixture
def alert_data(form_token):
    def _data(**overrides):
        data = {
            "email": "bewoner@example.nl",
            "subject": "openings",
            "kind": "",
            "theme": "",
            "place": "",
            "hours": "",
            "frequency": "immediate",
            "consent": "on",
            **form_token(),
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return _data
