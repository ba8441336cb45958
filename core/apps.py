from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every section shares: base page, themes, site settings, navigation, abuse guard,
    translation and listing helpers, exports and the personal-data registry."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import locales, page_cache

        page_cache.connect_signals()
        page_cache.use_cached_private_q()
        locales.use_cached_active_locale()
