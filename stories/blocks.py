"""Blocks of a story body: the shared blocks plus a gallery."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

from core.blocks import BaseStreamBlock


class GalleryImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    images = blocks.ListBlock(GalleryImageBlock(), label=_("Images"), min_num=2, max_num=12)

    class Meta:
        icon = "image"
        label = _("Gallery")
        template = "stories/blocks/gallery.html"
        description = _("Two to twelve images side by side, each with alt text and a caption.")


class StoryStreamBlock(BaseStreamBlock):
    gallery = GalleryBlock()
