"""Personal data of the contact pages, for export_personal_data / erase_personal_data."""

from core.personal_data import matches


class ContactMessages:
    """Messages sent through contact pages (Wagtail form submissions)."""

    label = "contact messages"

    def _matching(self, identifier):
        from wagtail.contrib.forms.models import FormSubmission

        for submission in FormSubmission.objects.select_related("page").iterator():
            data = submission.form_data or {}
            if matches(identifier, *data.values()):
                yield submission

    def export(self, identifier):
        return [
            {
                "page": submission.page.title,
                "sent_at": submission.submit_time.isoformat(),
                "data": submission.form_data,
            }
            for submission in self._matching(identifier)
        ]

    def erase(self, identifier):
        ids = [submission.pk for submission in self._matching(identifier)]
        from wagtail.contrib.forms.models import FormSubmission

        FormSubmission.objects.filter(pk__in=ids).delete()
        return len(ids)


PROVIDERS = [ContactMessages()]
