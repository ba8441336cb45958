"""Building blocks for demo content, shared by every section's ``demo.py``.

Every helper is idempotent: it finds what an earlier run made (by slug or title) and leaves it
as it is, so ``load_demo`` can run any number of times and change nothing after the first.
"""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from home.demo_images import draw, draw_logo


class DemoContext:
    """What sections share while loading demo content: locales, home pages, lookups."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.locales = {}
        self._homes = {}  # language code -> (model, pk)
        self.store = {}  # sections leave objects here for sections loaded after them

    @property
    def homes(self):
        """The home pages, read fresh on every access. A copy held while pages are added under
        it has a stale child count; publishing it would write that count back to the tree."""
        return {code: model.objects.get(pk=pk) for code, (model, pk) in self._homes.items()}

    @homes.setter
    def homes(self, pages):
        self._homes = {code: (type(page), page.pk) for code, page in pages.items()}

    # --- Logging -------------------------------------------------------------------------------
    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- Locales -------------------------------------------------------------------------------
    def locale(self, code):
        if code not in self.locales:
            self.locales[code], _ = Locale.objects.get_or_create(language_code=code)
        return self.locales[code]

    # --- Media ---------------------------------------------------------------------------------
    def image(self, title, motif="houses", seed=0, alt=""):
        """An illustration, drawn once and found by title afterwards."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        data = draw(motif, seed)
        image = Image(title=title, description=alt)
        image.file = ImageFile(io.BytesIO(data), name=f"demo-{motif}-{seed}.png")
        image.save()
        return image

    def logo(self, title, name, seed=0, alt=""):
        """A wordmark for a demo organisation, drawn once and found by title afterwards."""
        Image = get_image_model()
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        image = Image(title=title, description=alt)
        image.file = ImageFile(io.BytesIO(draw_logo(name, seed)), name=f"demo-logo-{seed}.png")
        image.save()
        return image

    def document(self, title, filename, content):
        Document = get_document_model()
        existing = Document.objects.filter(title=title).first()
        if existing:
            return existing
        document = Document(title=title)
        document.file = ContentFile(content, name=filename)
        document.save()
        return document

    # --- Pages ---------------------------------------------------------------------------------
    def page(self, parent, model, slug, **fields):
        """A live child of ``parent`` with this slug, created with ``fields`` if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return existing.specific
        page = model(slug=slug, locale=parent.locale, **_split_m2m(model, fields)[0])
        parent.add_child(instance=page)
        self._set_m2m(page, fields)
        page.save_revision().publish()
        return page

    def translate(self, page, code, **fields):
        """The live translation of ``page`` into ``code``, made with ``fields`` if missing."""
        locale = self.locale(code)
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        translation = page.copy_for_translation(locale, copy_parents=True)
        translation = translation.specific
        plain, _m2m = _split_m2m(type(translation), fields)
        for name, value in plain.items():
            setattr(translation, name, localize(value, locale))
        self._set_m2m(translation, fields, locale)
        translation.save_revision().publish()
        return type(translation).objects.get(pk=translation.pk)

    def both(self, parent_nl, model, slug, nl, en, shared=None):
        """A page in Dutch and its English translation; ``shared`` fields go to both."""
        shared = shared or {}
        page_nl = self.page(parent_nl, model, slug, **{**shared, **nl})
        page_en = self.translate(page_nl, "en", **{**shared, **en})
        return page_nl, page_en

    @staticmethod
    def _set_m2m(page, fields, locale=None):
        _plain, m2m = _split_m2m(type(page), fields)
        for name, value in m2m.items():
            getattr(page, name).set([localize(v, locale) for v in value] if locale else value)
        if m2m:
            page.save()

    # --- Snippets ------------------------------------------------------------------------------
    def translated_snippet(self, obj, code, **fields):
        """The translation of a translatable snippet into ``code``, made if missing."""
        locale = self.locale(code)
        existing = obj.get_translation_or_none(locale)
        if existing is not None:
            return existing
        translation = obj.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save()
        return translation

    # --- Site-wide additions by sections -------------------------------------------------------
    def add_menu_item(self, page_nl, page_en, weight=50):
        """Add a section's index page to the main navigation of both languages (once).

        Items are ordered by ``weight`` (lower first): sections load in dependency order, but
        the menu reads in the order a visitor needs (stories, join in, initiatives, ...).
        """
        from core.models import NavigationMenu

        weights = self.store.setdefault("menu_weights", {})
        weights[page_nl.translation_key] = weight
        for code, page in (("nl", page_nl), ("en", page_en)):
            menu = NavigationMenu.objects.filter(locale=self.locale(code)).first()
            if menu is None or any(
                block.value.get("page") and block.value["page"].pk == page.pk
                for block in menu.items
            ):
                continue
            items = [("link", block.value) for block in menu.items]
            position = sum(
                1
                for block in menu.items
                if block.value.get("page")
                and weights.get(block.value["page"].translation_key, 50) <= weight
            )
            items.insert(position, ("link", {"page": page, "url": "", "label": ""}))
            menu.items = items
            menu.save()

    def add_home_section(
        self,
        index_nl,
        heading_nl,
        heading_en,
        count=3,
        intro_nl="",
        intro_en="",
        link_nl="",
        link_en="",
        descendants=False,
    ):
        """Add a "latest pages" section for ``index_nl`` to both home pages (once)."""
        for code, heading, intro, link in (
            ("nl", heading_nl, intro_nl, link_nl),
            ("en", heading_en, intro_en, link_en),
        ):
            # Fresh from the database: a copy held since before pages were added under it has
            # a stale child count, and publishing it would hide those children.
            home = self.homes[code]
            if any(
                block.block_type == "latest_pages"
                and block.value["index_page"]
                and block.value["index_page"].translation_key == index_nl.translation_key
                for block in home.body
            ):
                continue
            index = index_nl.get_translation_or_none(self.locale(code)) or index_nl
            home.body.append(
                (
                    "latest_pages",
                    {
                        "heading": heading,
                        "intro": intro,
                        "index_page": index,
                        "count": count,
                        "descendants": descendants,
                        "link_label": link,
                    },
                )
            )
            home.save_revision().publish()


def localize(value, locale):
    """A translatable object in ``locale`` when it has a translation there; else unchanged."""
    if locale is not None and hasattr(value, "get_translation_or_none"):
        return value.get_translation_or_none(locale) or value
    return value


def _split_m2m(model, fields):
    """Separate many-to-many values (set after the page exists) from plain field values."""
    m2m_names = {f.name for f in model._meta.get_fields() if getattr(f, "many_to_many", False)}
    plain = {k: v for k, v in fields.items() if k not in m2m_names}
    m2m = {k: v for k, v in fields.items() if k in m2m_names}
    return plain, m2m


def root_page():
    return Page.get_first_root_node()
