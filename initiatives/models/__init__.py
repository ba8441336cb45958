from .initiatives import InitiativeIndexPage, InitiativePage, InitiativePartner
from .offers import HelpOffer, HelpOfferMatch, Skill
from .openings import OpeningFinderPage, OpeningPage
from .partners import PartnerIndexPage, PartnerPage
from .responses import Response, ResponseStatusChange

__all__ = [
    "HelpOffer",
    "HelpOfferMatch",
    "Skill",
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
