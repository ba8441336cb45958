"""Load the demo site from ``demo/content/*.yaml`` and ``demo/media/``. Idempotent.

Every object is found first (pages by parent and slug in Dutch, their English versions by
translation key, snippets by locale and their ``match:`` fields, images and documents by title
or file hash) and changed only where the data differs, so a second load saves nothing.

A data file holds ``snippets:`` (translatable or not, and site settings), ``pages:`` and
``records:`` (created once, never updated: responses, submissions). A translatable entry has
``shared:`` values for both languages, Dutch ``nl:`` and English ``en:`` values. The Dutch page
is the source; its English translation is made with ``copy_for_translation`` (so both share a
translation key) and then given its English values. Shared references to pages and snippets
are localized for the English side; references inside an ``en:`` block are taken as written.
"""

import hashlib
import io
import uuid
from collections import Counter
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site, TranslatableMixin

from demo.data import FILES, MEDIA_DIR, read
from demo.fields import Missing, assign, is_plain_m2m


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.nl = Locale.objects.get_or_create(language_code="nl")[0]
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.images, self.documents, self.keyed = {}, {}, {}
        self.deferred = []  # (fetch, values, localized names): forward references
        self.changes = Counter()
        self.site_data = {}

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    # --- Running --------------------------------------------------------------------------
    def load(self):
        """Load everything; returns a Counter of what was created or changed."""
        self.media(read("media.yaml"))
        for name in FILES:
            data = read(name)
            self.site_data.update(data.get("site", {}))
            for entry in data.get("snippets", []):
                self.snippet(entry)
            for entry in data.get("pages", []):
                self.page(entry)
            for entry in data.get("records", []):
                self.record(entry)
            for entry in data.get("users", []):
                self.user(entry)
        self.fill_deferred()
        call_command("setup_editorial", stdout=io.StringIO())
        return self.changes

    # --- References -----------------------------------------------------------------------
    def resolve(self, ref):
        if ref.kind == "image":
            return self.images[ref.key]
        if ref.kind == "document":
            return self.documents[ref.key]
        if ref.kind == "page":
            obj = Page.objects.filter(locale=self.nl, url_path=f"/{ref.key}/").first()
        else:
            model_pk = self.keyed.get(ref.key)
            obj = model_pk[0].objects.filter(pk=model_pk[1]).first() if model_pk else None
        if obj is not None and ref.language != "nl":
            obj = obj.get_translation_or_none(Locale.objects.get(language_code=ref.language))
        if obj is None:
            raise Missing(ref)
        return obj

    def localize(self, obj):
        """The English translation of a translatable object, else the object itself."""
        if isinstance(obj, TranslatableMixin):
            return obj.get_translation_or_none(self.en) or obj
        return obj

    def assign_all(self, obj, values, localized=(), fetch=None):
        """Set ``values`` on ``obj``; True if anything changed. Values that refer to objects
        not loaded yet (or many-to-many values of an unsaved object) wait for ``fetch``."""
        changed, later = False, {}
        for name, value in values.items():
            if obj.pk is None and is_plain_m2m(type(obj), name):
                later[name] = value
                continue
            localize = self.localize if name in localized else None
            try:
                changed |= assign(obj, name, value, self.resolve, localize)
            except Missing:
                later[name] = value
        if later:
            self.deferred.append((fetch, later, set(localized) & set(later)))
        return changed

    def fill_deferred(self):
        for fetch, values, localized in self.deferred:
            obj = fetch()
            changed = False
            for name, value in values.items():
                localize = self.localize if name in localized else None
                changed |= assign(obj, name, value, self.resolve, localize)
            if changed:
                self.save(obj)

    def save(self, obj, created=False):
        if isinstance(obj, Page):
            obj.save_revision().publish()
        else:
            obj.save()
        self.changes[f"{type(obj).__name__} {'created' if created else 'changed'}"] += 1

    # --- Media ----------------------------------------------------------------------------
    def media(self, data):
        for key, spec in data.get("images", {}).items():
            extra = {"description": spec.get("alt", "")}
            self.images[key] = self.file(get_image_model(), spec, ImageFile, extra)
        for key, spec in data.get("documents", {}).items():
            self.documents[key] = self.file(get_document_model(), spec, ContentFile, {})

    def file(self, model, spec, wrapper, extra):
        path = MEDIA_DIR / spec["file"]
        content = path.read_bytes()
        obj = model.objects.filter(title=spec["title"]).first()
        if obj is None:
            obj = model.objects.filter(file_hash=hashlib.sha1(content).hexdigest()).first()  # noqa: S324
        if obj is None:
            obj = model(title=spec["title"], **extra)
            obj.file = (
                wrapper(io.BytesIO(content), name=path.name)
                if wrapper is ImageFile
                else (wrapper(content, name=path.name))
            )
            obj.save()
            if hasattr(obj, "get_file_size"):
                obj.get_file_size()
            self.changes[f"{model.__name__} created"] += 1
            return obj
        changed = False
        for name, value in {"title": spec["title"], **extra}.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                changed = True
        if changed:
            obj.save()
            self.changes[f"{model.__name__} changed"] += 1
        return obj

    # --- Pages ----------------------------------------------------------------------------
    def page(self, entry):
        model = apps.get_model(entry["model"])
        shared = entry.get("shared", {})
        values = {**shared, **entry.get("nl", {})}
        if entry.get("parent") is None:
            parent, page = self.root_and_home(model)
        else:
            parent = Page.objects.get(locale=self.nl, url_path=f"/{entry['parent']}/")
            page = parent.get_children().filter(slug=entry["slug"]).first()
        if page is None:
            page = model(slug=entry["slug"], locale=self.nl)
            pending = len(self.deferred)
            self.assign_all(page, values)
            parent.add_child(instance=page)
            self.save(page, created=True)
            self._bind(pending, model, page.pk)
        else:
            page = model.objects.get(pk=page.pk)
            pk = page.pk
            if self.assign_all(page, values, fetch=lambda: model.objects.get(pk=pk)):
                self.save(page)
        if entry.get("parent") is None:
            self.site(page)
        if "en" in entry or shared:
            self.translate_page(model, page, shared, entry.get("en", {}))

    def translate_page(self, model, page, shared, values):
        translation = page.get_translation_or_none(self.en)
        created = translation is None
        if created:
            translation = page.copy_for_translation(self.en, copy_parents=True)
        translation = model.objects.get(pk=translation.pk)
        pk = translation.pk
        changed = self.assign_all(
            translation,
            {**shared, **values},
            localized=set(shared) - set(values),
            fetch=lambda: model.objects.get(pk=pk),
        )
        if changed or created:
            self.save(translation, created=created)

    def _bind(self, start, model, pk):
        """Give deferred values recorded for a then unsaved object a way to fetch it."""
        for index in range(start, len(self.deferred)):
            _fetch, values, localized = self.deferred[index]
            self.deferred[index] = (lambda: model.objects.get(pk=pk), values, localized)

    def root_and_home(self, model):
        home = model.objects.filter(locale=self.nl, depth=2).first()
        if home is None:
            # Wagtail's first migration makes a placeholder page; ours replaces it.
            Page.objects.filter(depth=2, content_type__model="page").delete()
        return Page.get_first_root_node(), home

    def site(self, home):
        """The default Site serves the Dutch home page at WAGTAILADMIN_BASE_URL's address."""
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        hostname = base.hostname or "localhost"
        port = base.port or (443 if base.scheme == "https" else 80)
        name = self.site_data.get("site_name", "")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname=hostname, port=port, root_page=home, is_default_site=True, site_name=name
            )
        elif site.root_page_id != home.pk:
            site.root_page, site.hostname, site.port, site.site_name = home, hostname, port, name
            site.save()

    # --- Snippets, settings, records, users -----------------------------------------------
    def snippet(self, entry):
        model = apps.get_model(entry["model"])
        if entry.get("setting"):
            obj = model.load()
            if self.assign_all(obj, entry["fields"], fetch=model.load):
                self.save(obj)
            return
        translatable = issubclass(model, TranslatableMixin)
        shared = entry.get("shared", {})
        values = {**shared, **entry.get("nl", {})} if translatable else entry.get("fields", {})
        match = {
            name: self._match_value(model, name, value)
            for name, value in entry.get("match", {}).items()
        }
        lookup = {"locale": self.nl, **match} if translatable else match
        obj = model.objects.filter(**lookup).first()
        created = obj is None
        if created:
            obj = model(locale=self.nl) if translatable else model()
        pending = len(self.deferred)
        if self.assign_all(obj, values) or created:
            self.save(obj, created=created)
        self._bind(pending, model, obj.pk)
        if entry.get("key"):
            self.keyed[entry["key"]] = (model, obj.pk)
        if translatable and ("en" in entry or shared):
            self.translate_snippet(model, obj, shared, entry.get("en", {}), entry.get("match"))

    def translate_snippet(self, model, obj, shared, values, match=None):
        translation = obj.get_translation_or_none(self.en)
        if match:
            translation = self._adopt(model, obj, translation, {**shared, **values}, match)
        created = translation is None
        if created:
            translation = obj.copy_for_translation(self.en)
        pending = len(self.deferred)
        changed = self.assign_all(translation, {**shared, **values}, set(shared) - set(values))
        if changed or created:
            self.save(translation, created=created)
        self._bind(pending, model, translation.pk)

    def _adopt(self, model, obj, translation, values, match):
        """The English object the data names (by the ``match:`` fields in its English values)
        is ``obj``'s translation: one made before the link was known (tags split per language
        by a migration) is adopted instead of making a clashing copy, and a copy that stood in
        for it is let go (it keeps its pages, which the page data then re-tags)."""
        if not all(name in values for name in match):
            return translation
        lookup = {name: self._match_value(model, name, values[name]) for name in match}
        named = model.objects.filter(locale=self.en, **lookup).first()
        if named is None or (translation is not None and named.pk == translation.pk):
            return translation
        if translation is not None:
            translation.translation_key = uuid.uuid4()
            translation.save()
        named.translation_key = obj.translation_key
        named.save()
        return named

    def _match_value(self, model, name, value):
        from demo.fields import plain_value

        return plain_value(model._meta.get_field(name), value)

    def record(self, entry):
        """A record made once (found by its ``match:`` fields) and never updated."""
        model = apps.get_model(entry["model"])
        if model.objects.filter(**entry["match"]).exists():
            return
        obj = model()
        for name, value in entry["fields"].items():
            assign(obj, name, value, self.resolve)
        self.save(obj, created=True)

    def user(self, entry):
        User = get_user_model()
        if User.objects.filter(username=entry["username"]).exists():
            return
        User.objects.create_superuser(
            entry["username"],
            entry["email"],
            entry["password"],
            first_name=entry.get("first_name", ""),
            last_name=entry.get("last_name", ""),
        )
        self.changes["user created"] += 1
