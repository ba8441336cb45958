"""StreamField blocks of initiatives and openings: the shared blocks, nothing more for now."""

from core.blocks import BaseStreamBlock


class InitiativeStreamBlock(BaseStreamBlock):
    """What an initiative is about: text, images, quotes, calls to action, documents."""
