"""Residents' rights in one place: export and erase everything stored about one person.

Every app that stores personal data has a ``personal_data.py`` module with a ``PROVIDERS`` list
of objects with:

* ``label``: what kind of record it is ("contact messages", "responses to openings");
* ``export(identifier) -> list[dict]``: every record matching an email address or phone
  number, as plain JSON-serialisable data;
* ``erase(identifier) -> int``: delete those records and return how many went.

``manage.py export_personal_data`` and ``erase_personal_data`` ask every provider, so a new
section only needs to add its module; `core` does not import it.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import module_has_submodule

from core.validators import phone_digits


def normalise(identifier):
    """An email address in lower case, or a phone number as its digits (see phone_digits)."""
    identifier = (identifier or "").strip()
    if "@" in identifier:
        return identifier.lower()
    return phone_digits(identifier)


def matches(identifier, *values):
    """Whether any of ``values`` (emails or phone numbers as stored) is ``identifier``."""
    wanted = normalise(identifier)
    return bool(wanted) and any(value and normalise(str(value)) == wanted for value in values)


def providers():
    found = []
    for label in settings.LOCAL_APPS:
        app = apps.get_app_config(label)
        if module_has_submodule(app.module, "personal_data"):
            found += import_module(f"{app.name}.personal_data").PROVIDERS
    return found


# The core itself keeps no personal data: the abuse guard stores keyed hashes, never addresses.
PROVIDERS = []
