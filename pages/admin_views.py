"""Admin views of the pages section."""

from wagtail.contrib.forms.views import SubmissionsListView

from core.exports import SafeSpreadsheetExportMixin


class SafeSubmissionsListView(SafeSpreadsheetExportMixin, SubmissionsListView):
    """Wagtail's list of form submissions, exporting only safe cells (no formulas, no
    characters a worksheet cannot hold, local times)."""
