"""Admin widgets shared by the sections."""

from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page


class IndexStartPageChooser(AdminPageChooser):
    """A page chooser for one page type that opens at the page that holds such pages (the
    initiative overview for initiatives) in the default language, not at the tree root."""

    def start_page_id(self):
        parents = [m for m in self.model.allowed_parent_page_models() if m is not Page]
        if not parents or self.model is Page:
            return None
        start = (
            Page.objects.type(*parents)
            .filter(locale=Locale.get_default())
            .order_by("path")
            .values_list("pk", flat=True)
            .first()
        )
        return start

    def get_js_init_options(self, id_, name, value_data):
        opts = super().get_js_init_options(id_, name, value_data)
        if "parentId" not in opts:
            start = self.start_page_id()
            if start is not None:
                opts["parentId"] = start
        return opts


class IndexStartChooserPanel(FieldPanel):
    """A FieldPanel for a foreign key to one page type whose chooser opens at that type's
    overview page (the widget is made once the models are loaded)."""

    def get_form_options(self):
        opts = super().get_form_options()
        if opts:
            widgets = opts.setdefault("widgets", {})
            widgets.setdefault(self.field_name, IndexStartPageChooser(self.db_field.related_model))
        return opts
