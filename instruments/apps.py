from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstrumentsConfig(AppConfig):
    name = "instruments"
    verbose_name = _("Instruments")

    def ready(self):
        # Pages own their context; the forms and views they use are handed to them here, so
        # models never import forms or views (checked by import-linter).
        from . import forms, views
        from .models import InstrumentIndexPage, InstrumentPage

        InstrumentIndexPage.library_context = views.library_context
        InstrumentPage.question_form_class = forms.DownloadQuestionForm

        # Only public files are indexed: keep the index true when privacy changes.
        from django.db.models.signals import post_delete, post_save

        from wagtail.documents import get_document_model
        from wagtail.models import CollectionViewRestriction

        from .models.pages import reindex_for_privacy

        for sender in (CollectionViewRestriction, get_document_model()):
            post_save.connect(reindex_for_privacy, sender=sender, dispatch_uid=f"privacy-{sender}")
        post_delete.connect(
            reindex_for_privacy, sender=CollectionViewRestriction, dispatch_uid="privacy-delete"
        )
