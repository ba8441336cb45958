from .initiatives import InitiativeIndexPage, InitiativePage, InitiativePartner
from .openings import OpeningFinderPage, OpeningPage
from .partners import PartnerIndexPage, PartnerPage
from .responses import Response, ResponseStatusChange

__all__ = [
    "InitiativeIndexPage",
    "InitiativePage",
    "InitiativePartner",
    "OpeningFinderPage",
    "OpeningPage",
    "PartnerIndexPage",
    "PartnerPage",
    "Response",
    "ResponseStatusChange",
]
