"""Helpers for lists of page cards that keep the number of queries flat.

A card shows a page's image (with a rendition), and what its type names in
``listing_prefetch`` (a place, an author, files). Given a queryset of one page type, the images
and the forward foreign keys are joined into the page query itself; everything else is loaded
for all cards at once: one query per reverse relation, one for all renditions.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Prefetch, QuerySet, prefetch_related_objects

from modelcluster.fields import ParentalKey
from wagtail.images import get_image_model
from wagtail.models import Page


def _forward_relation(model, name):
    """Whether ``name`` is a foreign key (or one-to-one) on ``model`` itself."""
    if not isinstance(name, str) or "__" in name:
        return False
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return bool(field.concrete and (field.many_to_one or field.one_to_one))


def lean_lookups(model, lookups):
    """``lookups`` for ``prefetch_related`` on ``model``, with ``"relation__key"`` (a foreign
    key of the related rows, ``files__document``) made one query instead of two: a
    ``Prefetch`` of the relation whose queryset joins the key in."""
    result = []
    for lookup in lookups:
        if isinstance(lookup, str) and lookup.count("__") == 1:
            relation, key = lookup.split("__")
            try:
                field = model._meta.get_field(relation)
            except FieldDoesNotExist:  # not a field of this model: Django will say so
                field = None
            related = field.related_model if field is not None else None
            # Not for modelcluster's child relations: their prefetch keeps a custom queryset
            # unfiltered, so a later ``.iterator()`` on it would read every page's rows.
            if (
                related is not None
                and not isinstance(getattr(field, "field", None), ParentalKey)
                and _forward_relation(related, key)
            ):
                lookup = Prefetch(relation, queryset=related._default_manager.select_related(key))
        result.append(lookup)
    return result


def card_queryset(queryset):
    """``queryset`` (of one page type) with what its cards show joined in or prefetched."""
    model = queryset.model
    joined, lookups = [], []
    names = (*getattr(model, "listing_image_fields", ()), *getattr(model, "listing_prefetch", ()))
    for name in names:
        if _forward_relation(model, name):
            joined.append(name)
        else:
            lookups.append(name)
    if joined:
        queryset = queryset.select_related(*joined)
    if lookups:
        queryset = queryset.prefetch_related(*lean_lookups(model, lookups))
    return queryset


def _is_specific_queryset(pages):
    return isinstance(pages, QuerySet) and pages.model is Page


def with_listing_images(pages):
    """Load everything the cards of these pages show, in as few queries as there are page
    types, and return the pages as a list (see ``load_cards``)."""
    return load_cards(pages)[0]


def load_cards(*lists):
    """Each list of pages (a queryset or a list) as a list, with what its cards show loaded.

    Page types name their image fields in ``listing_image_fields`` and what else a card shows
    in ``listing_prefetch`` (lookups for ``prefetch_related``). A queryset of one page type gets
    those joined into its own query (``card_queryset``); a queryset of ``Page`` is made
    specific one query per type, likewise. The renditions of all images of all lists come in
    one query, so ``page.get_listing_image()`` and ``{% image %}`` need none.
    """
    loaded = []
    for pages in lists:
        if _is_specific_queryset(pages):
            pages = _specific_cards(pages)
        elif isinstance(pages, QuerySet) and hasattr(pages.model, "listing_image_fields"):
            pages = card_queryset(pages)
        loaded.append(list(pages))
    everything = [page for pages in loaded for page in pages]
    by_type = {}
    for page in everything:
        by_type.setdefault(type(page), []).append(page)
    for model, group in by_type.items():
        lookups = [
            name
            for name in getattr(model, "listing_prefetch", ())
            if not _forward_relation(model, name) or not _loaded(group, name)
        ]
        if lookups:
            # Skips what the query already prefetched.
            prefetch_related_objects(group, *lean_lookups(model, lookups))
    _attach_images(everything)
    return loaded


def _loaded(pages, name):
    field = pages[0]._meta.get_field(name)
    return all(field.is_cached(page) for page in pages)


def _attach_images(pages):
    """Load the card images not joined in yet (one query), then all their renditions (one)."""
    wanted, images = {}, []
    for page in pages:
        for field_name in getattr(page, "listing_image_fields", ()):
            field = page._meta.get_field(field_name)
            if field.is_cached(page):
                image = getattr(page, field_name)
                if image is not None:
                    images.append(image)
            elif getattr(page, field.attname, None):
                wanted.setdefault(getattr(page, field.attname), []).append((page, field_name))
    if wanted:
        for image in get_image_model().objects.filter(pk__in=wanted):
            for page, field_name in wanted[image.pk]:
                setattr(page, field_name, image)
                images.append(image)
    prefetch_renditions(images)


def prefetch_renditions(images):
    """All renditions of these images in one query (those not loaded yet), so ``{% image %}``
    and ``{% picture %}`` find them without the cache or the database."""
    images = [image for image in images if not hasattr(image, "prefetched_renditions")]
    if images:
        renditions = get_image_model().get_rendition_model().objects.all()
        prefetch_related_objects(
            images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
        )


def attach_images(objects, field_name):
    """The image in ``field_name`` of each object, loaded for all of them in one query where
    it is not joined in yet, with all their renditions in one more (people's photos)."""
    images, wanted = [], {}
    for obj in objects:
        field = obj._meta.get_field(field_name)
        if field.is_cached(obj):
            if getattr(obj, field_name) is not None:
                images.append(getattr(obj, field_name))
        elif getattr(obj, field.attname, None):
            wanted.setdefault(getattr(obj, field.attname), []).append(obj)
    if wanted:
        for image in get_image_model().objects.filter(pk__in=wanted):
            for obj in wanted[image.pk]:
                setattr(obj, field_name, image)
                images.append(image)
    prefetch_renditions(images)
    return objects


def attach_page_renditions(page):
    """The renditions of every image a routed page has loaded already (its own foreign keys,
    and theirs one step further: an author's photo), in one query.

    Without this each ``{% picture %}`` of the page's own images asks the cache and, as Wagtail
    writes what it found in the cache back to it, writes every rendition again on every request
    (a file rename each with the file cache)."""
    image_model = get_image_model()
    images = {}

    def collect(obj, depth):
        for field in obj._meta.concrete_fields:
            if not field.is_relation or not field.is_cached(obj):
                continue
            value = getattr(obj, field.name)
            if isinstance(value, image_model):
                images.setdefault(id(value), value)
            elif value is not None and depth < 2 and not isinstance(value, Page):
                collect(value, depth + 1)

    collect(page, 1)
    prefetch_renditions(list(images.values()))


def _specific_cards(queryset):
    """The specific pages of a ``Page`` queryset in its order: one query for the types, then
    one per type with its card relations joined in (Wagtail's ``specific()`` cannot join per
    type, so a card image would cost a query of its own)."""
    rows = list(queryset.values_list("pk", "content_type_id"))
    pks_by_type = {}
    for pk, content_type_id in rows:
        pks_by_type.setdefault(content_type_id, []).append(pk)
    found = {}
    for content_type_id, pks in pks_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        found.update((page.pk, page) for page in card_queryset(model.objects.filter(pk__in=pks)))
    return [found[pk] for pk, _ in rows if pk in found]


def newest_live(index_page, count=None, descendants=False):
    """A queryset of the newest live, public pages under ``index_page`` (in its language)."""
    pages = Page.objects.live().public().filter(locale_id=index_page.locale_id)
    pages = pages.descendant_of(index_page) if descendants else pages.child_of(index_page)
    pages = pages.order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    return pages[:count] if count else pages


def live_children(index_page, count=None, descendants=False):
    """The newest live, public pages under ``index_page``, loaded as cards."""
    return with_listing_images(newest_live(index_page, count, descendants))


def use_shared_image_filters():
    """Let Wagtail's ``{% image %}``, ``{% srcset_image %}`` and ``{% picture %}`` parse their
    filter specs once per template node instead of on every render.

    Each render builds new ``Filter`` objects, and each of those parses its operations again
    (``inspect.getcallargs`` per operation): on the home page about 4 ms a request. A node's
    specs are fixed when the template is compiled and a ``Filter`` keeps no per-image state,
    so the node can keep its filters."""
    from wagtail.images.templatetags.wagtailimages_tags import ImageNode, SrcsetImageNode

    def get_filter(self, _parse=ImageNode.get_filter):
        if "_shared_filter" not in self.__dict__:
            self._shared_filter = _parse(self)
        return self._shared_filter

    def get_filters(self, _parse=SrcsetImageNode.get_filters):
        if "_shared_filters" not in self.__dict__:
            self._shared_filters = _parse(self)
        return list(self._shared_filters)

    ImageNode.get_filter = get_filter
    SrcsetImageNode.get_filters = get_filters
