from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from .forms import StorySubmissionForm
        from .models import StorySubmissionPage

        StorySubmissionPage.form_class = StorySubmissionForm

        from wagtail.signals import page_published

        from .signals import mark_submission_published

        page_published.connect(
            mark_submission_published, dispatch_uid="stories_submission_published"
        )
