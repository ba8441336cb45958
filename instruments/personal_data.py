"""Answers to the optional question after a download hold no identity by design (no name, no
address, no IP). Someone may still type an email address or phone number into the free text;
this provider finds and erases such answers on request (see core.personal_data)."""

import re

from core.personal_data import normalise


class DownloadAnswers:
    label = "answers to the question after a download"

    def _matching(self, identifier):
        from .models import DownloadAnswer

        wanted = normalise(identifier)
        if not wanted:
            return []
        if "@" in wanted:
            return list(DownloadAnswer.objects.filter(purpose__icontains=wanted))
        found = []
        for answer in DownloadAnswer.objects.exclude(purpose="").iterator():
            for candidate in re.findall(r"\+?[\d][\d\s().-]{7,}\d", answer.purpose):
                if normalise(candidate) == wanted:
                    found.append(answer)
                    break
        return found

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
