"""Responses to openings for `manage.py export_personal_data` / `erase_personal_data` (see
``core.personal_data``)."""

from core.personal_data import MentionsIn

from .privacy import erase_for, erase_offers_for, export_for, export_offers_for


class OpeningResponses:
    label = "responses to openings"

    def export(self, identifier):
        return export_for(identifier)["responses"]

    def erase(self, identifier):
        return erase_for(identifier)


class HelpOffers:
    label = "offers of help"

    def export(self, identifier):
        return export_offers_for(identifier)

    def erase(self, identifier):
        return erase_offers_for(identifier)


# Free text in which a resident may name someone else (a friend, a neighbour).
MENTIONS = MentionsIn(
    "mentions in other residents' responses and offers",
    ("initiatives.Response", ("message", "availability")),
    ("initiatives.HelpOffer", ("contact_preference", "skills_other")),
)

PROVIDERS = [OpeningResponses(), HelpOffers(), MENTIONS]
