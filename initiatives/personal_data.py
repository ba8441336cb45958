"""Responses to openings for `manage.py export_personal_data` / `erase_personal_data` (see
``core.personal_data``)."""

from .privacy import (
    erase_for,
    erase_mentions_for,
    erase_offers_for,
    export_for,
    export_mentions_for,
    export_offers_for,
)


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


class MentionsInResponses:
    label = "mentions in other residents' responses and offers"

    def export(self, identifier):
        return export_mentions_for(identifier)

    def erase(self, identifier):
        return erase_mentions_for(identifier)


PROVIDERS = [OpeningResponses(), HelpOffers(), MentionsInResponses()]
