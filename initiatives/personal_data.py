"""Responses to openings for `manage.py export_personal_data` / `erase_personal_data` (see
``core.personal_data``)."""

from .privacy import erase_for, export_for


class OpeningResponses:
    label = "responses to openings"

    def export(self, identifier):
        return export_for(identifier)["responses"]

    def erase(self, identifier):
        return erase_for(identifier)


PROVIDERS = [OpeningResponses()]
