from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every section shares: base page, themes, site settings, navigation, abuse guard,
    translation and listing helpers, exports and the personal-data registry."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from wagtail.admin.forms import WagtailAdminPageForm
        from wagtail.models import get_page_models

        from core.admin_forms import TranslatedChoicesPageForm
        from core.models import BasePage

        # Every page type's admin form offers translatable snippets in the page's language.
        for model in get_page_models():
            if issubclass(model, BasePage) and model.base_form_class in (
                None,
                WagtailAdminPageForm,
            ):
                model.base_form_class = TranslatedChoicesPageForm
