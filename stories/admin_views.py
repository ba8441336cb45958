"""Admin views of the stories section: turning a submission into a draft story, and the
report of stories whose people's consent has ended (or will soon)."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.views.reports.base import PageReportView

from stories.models import StoryPage, StorySubmission
from stories.models.snippets import CONSENT_WARNING_DAYS


def make_story(request, pk):
    """GET: confirm; POST: create a draft StoryPage from the submission and open it."""
    submission = get_object_or_404(StorySubmission, pk=pk)
    index = submission.index_page()
    if index is None:
        messages.error(request, _("Create a story index page first."))
        return redirect("stories_submission:edit", pk)
    # Both: seeing the submission (it holds personal data) and adding a story page.
    if not request.user.has_perm("stories.change_storysubmission"):
        raise PermissionDenied
    if not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    if submission.story_id:
        return redirect("wagtailadmin_pages:edit", submission.story_id)
    if request.method == "POST":
        story = submission.make_draft_story(user=request.user)
        messages.success(
            request,
            _("Draft story “%(title)s” created. Write it, then submit it for moderation.")
            % {"title": story.title},
        )
        return redirect("wagtailadmin_pages:edit", story.pk)
    return TemplateResponse(
        request,
        "stories/admin/make_story_confirm.html",
        {
            "submission": submission,
            "index": index,
            "page_title": _("Turn into a draft story"),
            # The generic admin template titles the browser tab with ``header_title``.
            "header_title": _("Turn into a draft story"),
            "header_icon": "doc-full-inverse",
            "back_url": reverse("stories_submission:index"),
        },
    )


class ConsentReviewView(PageReportView):
    page_title = gettext_lazy("Stories to review for consent")
    header_icon = "warning"
    index_url_name = "stories_consent_review"
    index_results_url_name = "stories_consent_review_results"
    permission_required = "change"

    def get_queryset(self):
        today = timezone.localdate()
        soon = today + datetime.timedelta(days=CONSENT_WARNING_DAYS)
        from stories.models import Person

        flagged = Person.objects.filter(consent_given_on__isnull=True) | Person.objects.filter(
            consent_ends_on__lte=soon
        )
        self.queryset = (
            StoryPage.objects.filter(people__in=flagged)
            .distinct()
            .select_related("locale")
            .order_by("-latest_revision_created_at")
        )
        return super().get_queryset()
