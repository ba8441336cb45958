from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")

    def ready(self):
        # Models never import views: hand the admin's submissions view to the contact page here.
        from pages.admin_views import SafeSubmissionsListView
        from pages.models import ContactPage

        ContactPage.submissions_list_view_class = SafeSubmissionsListView
