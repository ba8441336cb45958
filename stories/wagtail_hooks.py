"""Admin for the stories section: people, places, submissions and the consent report."""

from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.admin.widgets.button import MenuItem as ButtonMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import core.converters  # noqa: F401  (registers the "id" converter)
from stories.admin_views import ConsentReviewView, make_story
from stories.models import Person, Place, StorySubmission


class ConsentColumn(Column):
    """The consent status of a person, with a warning when it needs review."""

    labels = {
        "missing": _("No consent recorded"),
        "expired": _("Consent ended: review stories"),
        "ending": _("Consent ends soon"),
        "ok": _("Given"),
    }

    def get_value(self, instance):
        status = instance.consent_status()
        label = self.labels[status]
        if status == "ok":
            return label
        return format_html('<span class="w-status w-status--label">⚠ {}</span>', label)


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = [
        "name",
        "role",
        "locale",
        ConsentColumn("consent", label=_("Consent")),
        "consent_ends_on",
    ]
    list_filter = ["locale", "role", "is_pseudonym"]
    # No search_fields: the model's own search index is used (restricting fields breaks the
    # SQLite search backend's autocomplete query).


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Places")
    list_display = ["name", "neighbourhood", "city", "locale"]
    list_filter = ["locale", "city"]


class StoryPeopleGroup(SnippetViewSetGroup):
    menu_label = pgettext_lazy("admin menu, short", "People and places")
    menu_icon = "group"
    menu_order = 210
    items = (PersonViewSet, PlaceViewSet)


register_snippet(StoryPeopleGroup)


# --- Submissions --------------------------------------------------------------------------------
class SubmissionIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.story_id:
            buttons.append(
                ButtonMenuItem(
                    _("Open the draft story"),
                    url=reverse("wagtailadmin_pages:edit", args=[instance.story_id]),
                    icon_name="doc-full",
                    priority=5,
                )
            )
        else:
            buttons.append(
                ButtonMenuItem(
                    _("Turn into a draft story"),
                    url=reverse("stories_submission:make_story", args=[instance.pk]),
                    icon_name="doc-full-inverse",
                    priority=5,
                )
            )
        return buttons


class SubmissionEditView(EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.story_id:
            buttons.append(
                Button(
                    _("Open the draft story"),
                    url=reverse("wagtailadmin_pages:edit", args=[self.object.story_id]),
                    icon_name="doc-full",
                    priority=5,
                )
            )
        else:
            buttons.append(
                Button(
                    _("Turn into a draft story"),
                    url=reverse("stories_submission:make_story", args=[self.object.pk]),
                    icon_name="doc-full-inverse",
                    priority=5,
                )
            )
        return buttons


class StorySubmissionViewSet(ModelViewSet):
    model = StorySubmission
    name = "stories_submission"
    icon = "mail"
    menu_label = pgettext_lazy("admin menu, short", "Story submissions")
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = SubmissionIndexView
    edit_view_class = SubmissionEditView
    list_display = ["name", "summary", "contact", "status", "locale", "created_at", "story"]
    list_filter = ["status", "locale"]
    search_fields = ["name", "about", "email"]
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "name",
        "email",
        "phone",
        "neighbourhood",
        "about",
        "consent_at",
        "status",
        "notes",
        "story",
        "created_at",
    ]
    create_view_enabled = False
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<id:pk>/make-story/", make_story, name="make_story"),
        ]


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return StorySubmissionViewSet()


# --- Consent report -----------------------------------------------------------------------------
@hooks.register("register_admin_urls")
def register_consent_report_urls():
    return [
        path("reports/consent-review/", ConsentReviewView.as_view(), name="stories_consent_review"),
        path(
            "reports/consent-review/results/",
            ConsentReviewView.as_view(results_only=True),
            name="stories_consent_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_consent_report_menu_item():
    return MenuItem(
        pgettext_lazy("admin menu, short", "Consent to review"),
        reverse("stories_consent_review"),
        name="stories-consent-review",
        icon_name="warning",
        order=650,
    )
