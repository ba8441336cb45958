"""Share-preview helpers for ``components/social_meta.html``."""

from django import template
from django.conf import settings
from django.utils import translation

register = template.Library()


@register.simple_tag
def social_image_alt(page, image):
    """The alt text of a page's share image, in the page's language.

    The page's own alt text for that image comes first (an article's hero alt, written and
    translated per page). An image's own default alt text is written once, in Dutch: it is used
    on pages in the default language only, so an English page never shares a Dutch description.
    """
    if image is None:
        return ""
    hero_id = getattr(page, "hero_image_id", None)
    hero_alt = getattr(page, "hero_image_alt", "")
    if hero_id is not None and hero_id == image.pk and hero_alt:
        return hero_alt
    # The page renders in the active language; no query needed to know it.
    if translation.get_language() == settings.LANGUAGE_CODE:
        return image.default_alt_text or image.title
    return ""
