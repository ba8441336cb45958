"""Personal data the stories section stores: story submissions (see core.personal_data)."""

from core.personal_data import matches


class StorySubmissions:
    label = "story submissions"

    def _matching(self, identifier):
        from stories.models import StorySubmission

        for submission in StorySubmission.objects.iterator():
            if matches(identifier, submission.email, submission.phone):
                yield submission

    def export(self, identifier):
        return [
            {
                "name": s.name,
                "email": s.email,
                "phone": s.phone,
                "neighbourhood": s.neighbourhood,
                "about": s.about,
                "consent_at": s.consent_at.isoformat() if s.consent_at else None,
                "received": s.created_at.isoformat(),
                "status": s.status,
            }
            for s in self._matching(identifier)
        ]

    def erase(self, identifier):
        from stories.models import StorySubmission

        ids = [s.pk for s in self._matching(identifier)]
        StorySubmission.objects.filter(pk__in=ids).delete()
        return len(ids)


PROVIDERS = [StorySubmissions()]
