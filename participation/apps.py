from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    name = "participation"
    verbose_name = _("Participation")

    def ready(self):
        from wagtail.signals import page_published

        from . import impact_views, signals
        from .models import ImpactPage

        ImpactPage.impact_context = staticmethod(impact_views.impact_context)
        page_published.connect(signals.page_published, dispatch_uid="participation-alerts")
