"""Private collections stay private (issue 10).

Wagtail checks a collection's view restriction (``CollectionViewRestriction``) when it serves
a *document* (``/documents/...``), but not for *images*: an image and its renditions are files
with public addresses (``/media/...``, or the bucket's URL), whatever collection they are in.
So this site keeps no image in a restricted collection, and says so where it would happen:

* uploading (or editing) an image into a restricted collection is refused with a message,
  in the multiple uploader too (``core.documents.PublicCollectionImageForm``, set as
  ``WAGTAILIMAGES_IMAGE_FORM_BASE``);
* moving images into one with the bulk action "Add to collection" is refused
  (``refuse_images_into_restricted_collection``, a ``before_bulk_action`` hook);
* making a collection private while it (or a collection under it) holds images is refused
  (``core.admin_views.set_collection_privacy`` in front of Wagtail's privacy view).

Private photos belong in a private collection as documents: those are only served to whoever
may see them. Documents in restricted collections are left out of everything public
(``is_restricted_document``, ``visible_documents``): instrument pages, JSON-LD, search, feeds.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.page_cache import cached_fragment

IMAGE_MESSAGE = _(
    "Images cannot be kept private: anyone who has an image's address can open it. Choose a "
    "collection without privacy restrictions, or upload a private photo as a document into a "
    "private collection."
)
PRIVACY_MESSAGE = _(
    "This collection (or one inside it) holds %(count)s images. Images cannot be kept "
    "private: anyone who has an image's address can open it. Move the images to a collection "
    "without restrictions first, or keep private photos as documents."
)


def restricted_collection_ids():
    """The ids of every collection with a view restriction on it or on a collection above it,
    for the current generation (a restriction's save or delete bumps it)."""
    from wagtail.models import Collection, CollectionViewRestriction

    def build():
        paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
        under = Q(pk__in=[])
        for path in set(paths):
            under |= Q(path__startswith=path)
        return sorted(Collection.objects.filter(under).values_list("pk", flat=True))

    return frozenset(cached_fragment("restricted-collections", [], build))


def is_restricted_collection(collection):
    return collection is not None and collection.pk in restricted_collection_ids()


def is_restricted_document(document):
    return document is not None and document.collection_id in restricted_collection_ids()


def may_see_document(document, request):
    """Whether ``request`` passes every view restriction of the document's collection."""
    if not is_restricted_document(document):
        return True
    if request is None:
        return False
    return all(r.accept_request(request) for r in document.collection.get_view_restrictions())


def images_in(collection):
    """The images in ``collection`` and every collection under it."""
    from wagtail.images import get_image_model

    return get_image_model().objects.filter(
        collection__path__startswith=collection.path, collection__depth__gte=collection.depth
    )
