"""Answers to the optional question after a download hold no identity by design (no name, no
address, no IP). Someone may still type an email address or phone number into the free text;
this provider finds and erases such answers on request (see core.personal_data). Only the
whole address or number counts: ``xp7@example.nl`` is not ``p7@example.nl``."""

from core.personal_data import mentioning, subject


class DownloadAnswers:
    label = "answers to the question after a download"

    def _matching(self, identifier):
        from .models import DownloadAnswer

        answers = DownloadAnswer.objects.exclude(purpose="").select_related("page")
        return mentioning(answers, subject(identifier), "purpose")

    def export(self, identifier):
        return [
            {
                "date": answer.date.isoformat(),
                "instrument": answer.page.title,
                "organisation_type": answer.organisation_type,
                "purpose": answer.purpose,
            }
            for answer in self._matching(identifier)
        ]

    def erase(self, identifier):
        from .models import DownloadAnswer

        ids = [answer.pk for answer in self._matching(identifier)]
        DownloadAnswer.objects.filter(pk__in=ids).delete()
        return len(ids)


PROVIDERS = [DownloadAnswers()]
