from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "initiatives"
    verbose_name = _("Initiatives")

    def ready(self):
        # Pages own their routes and context; the forms and views they use are handed to them
        # here, so models never import forms or views (checked by import-linter).
        from . import forms, views
        from .models import InitiativeIndexPage, OpeningFinderPage, OpeningPage
        from .models.posters import PosterMixin

        InitiativeIndexPage.filter_form_class = forms.InitiativeFilterForm
        OpeningFinderPage.filter_form_class = forms.OpeningFilterForm
        OpeningPage.respond_view = staticmethod(views.respond)
        PosterMixin.poster_view = staticmethod(views.poster)
