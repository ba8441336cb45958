from django.urls import path, reverse
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import can_see_report, download_report_view


class DownloadReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_admin_urls")
def register_report_url():
    return [
        path(
            "reports/instrument-downloads/",
            download_report_view,
            name="instruments_download_report",
        )
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return DownloadReportMenuItem(
        pgettext_lazy("admin menu, short", "Downloads"),
        reverse("instruments_download_report"),
        name="instrument-downloads",
        icon_name="download",
        order=700,
    )
