"""The home page's sections: every shared block plus lists of the newest pages."""

from core.blocks import BaseStreamBlock, LatestPagesBlock


class HomeStreamBlock(BaseStreamBlock):
    latest_pages = LatestPagesBlock()
