"""Admin panels of the stories section."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.admin.panels import HelpPanel


class ConsentWarningPanel(HelpPanel):
    """Tells the editor, on the story itself, whose consent is missing, ended or ends soon."""

    class BoundPanel(HelpPanel.BoundPanel):
        template_name = "stories/admin/consent_warning_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.template_name = "stories/admin/consent_warning_panel.html"
            self.warnings = []
            story = self.instance
            if story is None or not story.pk:
                return
            for person in story.people.all():
                status = person.consent_status()
                if status == "missing":
                    message = _("No consent is recorded for %(name)s.")
                elif status == "expired":
                    message = _("The consent of %(name)s ended on %(date)s: review this story.")
                elif status == "ending":
                    message = _("The consent of %(name)s ends on %(date)s.")
                else:
                    continue
                self.warnings.append(
                    message
                    % {
                        "name": person.name,
                        "date": date_format(person.consent_ends_on, "j F Y")
                        if person.consent_ends_on
                        else "",
                    }
                )

        def is_shown(self):
            return bool(self.warnings)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["warnings"] = self.warnings
            return context
