"""Temporary: model labels and stored choice values as they were before the core-layer move.

The data files use the new labels (``core.Theme``, ``pages.StandardPage``) and English choice
values (``volunteer``, ``paid``). Until the apps are moved this maps them to what the models
still use; delete this module once the core layer is merged.
"""

from django.apps import apps

LABELS = {
    "pages.StandardPage": "home.StandardPage",
    "pages.ContactPage": "home.ContactPage",
    "pages.FormField": "home.FormField",
    "core.ThemeIndexPage": "home.ThemeIndexPage",
    "core.Theme": "home.Theme",
    "core.SiteSettings": "home.SiteSettings",
    "core.NavigationMenu": "home.NavigationMenu",
    "core.Footer": "home.Footer",
}

CHOICES = {
    "idea": "idee",
    "running": "loopt",
    "finished": "afgerond",
    "volunteer": "vrijwillig",
    "paid": "betaald",
    "filled": "vervuld",
    "closed": "gesloten",
    "new": "nieuw",
    "contacted": "contact",
    "matched": "gematcht",
    "declined": "afgewezen",
    "municipality": "gemeente",
    "housing": "woningcorporatie",
    "care": "zorg-welzijn",
    "company": "bedrijf",
    "handbook": "handleiding",
    "worksheet": "werkblad",
    "research": "onderzoek",
    "residents": "bewoners",
}


def get_model(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return apps.get_model(LABELS[label])


def legacy_choice(field, value):
    choices = {choice for choice, _label in field.flatchoices}
    return CHOICES[value] if CHOICES.get(value) in choices else value
