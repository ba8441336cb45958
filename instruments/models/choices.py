"""Fixed vocabularies of the instruments library: types, audiences, languages, licences."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class InstrumentType(models.TextChoices):
    HANDBOOK = "handbook", _("Handbook")
    WORKSHEET = "worksheet", _("Worksheet")
    CANVAS = "canvas", _("Canvas")
    INFOGRAPHIC = "infographic", _("Infographic")
    TRAINING = "training", _("Training")
    RESEARCH = "research", _("Research")


class Audience(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipalities")
    WIJKBEDRIJF = "neighbourhood_enterprise", _("Neighbourhood enterprises")
    RESIDENTS = "residents", _("Residents")
    PARTNERS = "partners", _("Partners")
    PROFESSIONALS = "professionals", _("Professionals")


class FileLanguage(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
    GERMAN = "de", _("German")
    FRENCH = "fr", _("French")
    ARABIC = "ar", _("Arabic")
    TURKISH = "tr", _("Turkish")
    POLISH = "pl", _("Polish")
    UKRAINIAN = "uk", _("Ukrainian")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("Creative Commons Attribution 4.0 (CC BY 4.0)")
    CC_BY_SA = "cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.ALL_RIGHTS_RESERVED: "",
}

LICENCE_SHORT = {
    Licence.CC_BY: "CC BY 4.0",
    Licence.CC_BY_SA: "CC BY-SA 4.0",
    Licence.ALL_RIGHTS_RESERVED: _("All rights reserved"),
}

LICENCE_EXPLANATION = {
    Licence.CC_BY: _(
        "You may share and adapt this instrument, also commercially, as long as you name the maker."
    ),
    Licence.CC_BY_SA: _(
        "You may share and adapt this instrument as long as you name the maker and share your "
        "version under the same licence."
    ),
    Licence.ALL_RIGHTS_RESERVED: _(
        "You may download and use this instrument for your own work; ask us before you share or "
        "change it."
    ),
}


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    WIJKBEDRIJF = "neighbourhood_enterprise", _("Neighbourhood enterprise")
    RESIDENTS = "residents", _("Residents' initiative")
    CARE = "care", _("Care or social work organisation")
    HOUSING = "housing", _("Housing corporation")
    EDUCATION = "education", _("Education or research")
    COMPANY = "company", _("Company")
    INDIVIDUAL = "individual", _("Private person")
    OTHER = "other", _("Other")
