from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm


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
