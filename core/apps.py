from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every section shares: base page, themes, site settings, navigation, abuse guard,
    translation and listing helpers, exports and the personal-data registry."""

    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from core import listing, locales, page_cache

        listing.use_shared_image_filters()
        page_cache.connect_signals()
        page_cache.use_cached_private_q()
        locales.use_cached_active_locale()
        from wagtail.admin.forms import WagtailAdminPageForm
        from wagtail.models import get_page_models
        from wagtail.signals import page_published

        from core.admin_forms import TranslatedChoicesPageForm
        from core.models import BasePage

        page_published.connect(reindex_with_tags, dispatch_uid="core_reindex_with_tags")

        # Every page type's admin form offers translatable snippets in the page's language.
        for model in get_page_models():
            if issubclass(model, BasePage) and model.base_form_class in (
                None,
                WagtailAdminPageForm,
            ):
                model.base_form_class = TranslatedChoicesPageForm


def reindex_with_tags(sender, instance, **kwargs):
    """Index a published page again once its tags are stored.

    Wagtail indexes a page while saving it, reading it back from the database before its
    child rows (the tags of a ClusterTaggableManager) are written, so a page's new tags were
    never searchable. ``page_published`` comes after the whole save."""
    if getattr(type(instance), "tags", None) is None:
        return
    from wagtail.search.index import insert_or_update_object

    insert_or_update_object(instance)
