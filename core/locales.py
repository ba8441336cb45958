"""The active language's Locale and pages in it, without a query each time.

Wagtail's ``Locale.get_active()`` (and so ``page.localized``) queries the database on every
call; a page with a menu, a footer and cards calls it dozens of times. Locales change almost
never, so they are kept per process and forgotten whenever one is saved or deleted.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation

from wagtail.models import Locale, Page

_locales = {}


_wagtail_get_active = Locale.get_active


def active_locale():
    """The Locale of the active language (the default Locale when it has none)."""
    code = translation.get_language()
    locale = _locales.get(code)
    if locale is None:
        locale = _locales[code] = _wagtail_get_active()
    return locale


def use_cached_active_locale():
    """Make Wagtail's own ``Locale.get_active()`` (behind ``page.localized``,
    ``snippet.localized`` and friends) use this cache too. Adding a language means changing
    ``LANGUAGES`` and restarting the workers, so a per-process cache cannot go stale."""
    Locale.get_active = classmethod(lambda cls: active_locale())


@receiver([post_save, post_delete], sender=Locale)
def _forget_locales(**kwargs):
    _locales.clear()


def localized(page):
    """``page`` in the active language when a live translation exists, else ``page`` itself
    (like Wagtail's ``page.localized``, with the locale lookup cached)."""
    if page is None:
        return None
    locale = active_locale()
    if page.locale_id == locale.pk:
        return page
    translation_ = (
        Page.objects.live().filter(translation_key=page.translation_key, locale=locale).first()
    )
    return translation_ or page


def localize_pages(pages):
    """``localized`` for many pages at once: {page pk: page in the active language}, in one
    query, with each page's locale loaded (its URL needs it)."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    locale = active_locale()
    found = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in={p.translation_key for p in pages}, locale=locale)
        .select_related("locale")
    }
    return {page.pk: found.get(page.translation_key, page) for page in pages}


def in_language(objects, locale=None, live=True):
    """Pages or translatable snippets, each in ``locale`` (the active language's by default)
    where a translation exists (a live one, for pages), else the object itself; in the given
    order, one query per model.

    The one resolver for everything an editor links to in one language and a reader sees in
    another: chosen pages, initiatives a story is about, people, places and themes.
    """
    objects = [obj for obj in objects if obj is not None]
    if not objects:
        return []
    locale = locale or active_locale()
    found = {}
    by_model = {}
    for obj in objects:
        if obj.locale_id != locale.pk:
            by_model.setdefault(type(obj), set()).add(obj.translation_key)
    for model, keys in by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale=locale)
        if live and hasattr(queryset, "live"):
            queryset = queryset.live()
        for translation_ in queryset:
            found[(model, translation_.translation_key)] = translation_
    return [found.get((type(obj), obj.translation_key), obj) for obj in objects]


def language_name(code):
    """The name of a site language ("Nederlands" for ``nl``), the code itself if unknown."""
    return dict(settings.LANGUAGES).get(code, code)
