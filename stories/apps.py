from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "stories"
    verbose_name = _("Stories")

    def ready(self):
        from .forms import StorySubmissionForm
        from .models import StorySubmissionPage

        StorySubmissionPage.form_class = StorySubmissionForm
