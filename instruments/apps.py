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
