"""Signal receivers of the stories section."""


def mark_submission_published(sender, instance, **kwargs):
    """A story made from a resident's submission is published: the submission is marked
    "published" (whichever language's page went live), so the list stops saying "new"."""
    from .models import StoryPage, StorySubmission

    if not isinstance(instance, StoryPage):
        return
    StorySubmission.objects.filter(story__translation_key=instance.translation_key).exclude(
        status=StorySubmission.Status.PUBLISHED
    ).update(status=StorySubmission.Status.PUBLISHED)
