"""The upload forms of the admin (``WAGTAILDOCS_DOCUMENT_FORM_BASE``,
``WAGTAILIMAGES_IMAGE_FORM_BASE``)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from core.private_media import IMAGE_MESSAGE, is_restricted_collection


class SafeDocumentForm(BaseDocumentForm):
    """Document uploads: only the extensions in WAGTAILDOCS_EXTENSIONS, and no larger than
    DOCUMENT_MAX_UPLOAD_SIZE."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and getattr(uploaded, "size", 0) > settings.DOCUMENT_MAX_UPLOAD_SIZE:
            raise ValidationError(
                _("This file is %(size)s; documents may be at most %(max)s.")
                % {
                    "size": filesizeformat(uploaded.size),
                    "max": filesizeformat(settings.DOCUMENT_MAX_UPLOAD_SIZE),
                },
                code="file_too_large",
            )
        return uploaded


class PublicCollectionImageForm(BaseImageForm):
    """Images only in collections without a view restriction: an image is always served from
    a public address (see ``core.private_media``)."""

    def clean_collection(self):
        collection = self.cleaned_data.get("collection")
        if is_restricted_collection(collection):
            raise ValidationError(IMAGE_MESSAGE, code="private_collection")
        return collection
