"""Admin for responses: a filterable list with CSV/XLSX export, a detail view to change the
status (recording who and when), and a follow-up list of responses still new after five
working days."""

import datetime

from django.http import HttpResponseForbidden
from django.utils import timezone
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from core.exports import SafeSpreadsheetExportMixin

from .models import InitiativePage, OpeningPage, Response
from .models.openings import FOLLOW_UP_WORKING_DAYS
from .workdays import working_days_ago


def _follow_up_text():
    return gettext("Still new after %(days)s working days") % {"days": FOLLOW_UP_WORKING_DAYS}


# Formatted when shown, so the label follows each request's language, not the one at import.
_follow_up_label = lazy(_follow_up_text, str)


AGE_CHOICES = [
    ("follow-up", _follow_up_label()),
    ("week", _("Received in the last 7 days")),
    ("month", _("Received in the last 30 days")),
    ("older", _("Older than 30 days")),
]


def needs_follow_up(queryset, now=None):
    return queryset.filter(
        status=Response.Status.NEW,
        created_at__lt=working_days_ago(FOLLOW_UP_WORKING_DAYS, now),
    )


class ResponseFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Response.Status.choices)
    initiative = django_filters.ModelChoiceFilter(
        label=_("Initiative"), queryset=InitiativePage.objects.order_by("title")
    )
    opening = django_filters.ModelChoiceFilter(
        label=_("Opening"), queryset=OpeningPage.objects.order_by("title")
    )
    age = django_filters.ChoiceFilter(label=_("Age"), choices=AGE_CHOICES, method="filter_age")

    class Meta:
        model = Response
        fields = ["status", "initiative", "opening"]

    def filter_age(self, queryset, name, value):
        now = timezone.now()
        if value == "follow-up":
            return needs_follow_up(queryset, now)
        if value == "week":
            return queryset.filter(created_at__gte=now - datetime.timedelta(days=7))
        if value == "month":
            return queryset.filter(created_at__gte=now - datetime.timedelta(days=30))
        if value == "older":
            return queryset.filter(created_at__lt=now - datetime.timedelta(days=30))
        return queryset


class ResponseEditView(generic.EditView):
    """Only the status can change; the change is recorded with the user and the time."""

    def save_instance(self):
        new_status = self.form.cleaned_data["status"]
        instance = Response.objects.get(pk=self.object.pk)
        instance.set_status(new_status, self.request.user)
        self.has_content_changes = True
        return instance


class ResponseIndexView(SafeSpreadsheetExportMixin, generic.IndexView):
    """The response list. Exporting needs the ``initiatives.export_response`` permission, and
    every exported cell is made safe for spreadsheet programs (residents type the values)."""

    export_permission = "initiatives.export_response"

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.can_export:
            # A plain 403: Wagtail's admin turns a raised PermissionDenied into a redirect to
            # the dashboard, which a download link would hide.
            return HttpResponseForbidden(
                gettext("You do not have permission to export responses."),
                content_type="text/plain; charset=utf-8",
            )
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def can_export(self):
        return self.request.user.has_perm(self.export_permission)

    @cached_property
    def show_export_buttons(self):
        return super().show_export_buttons and self.can_export

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("opening", "initiative")


class FollowUpIndexView(ResponseIndexView):
    def get_base_queryset(self):
        return needs_follow_up(super().get_base_queryset()).order_by("created_at")


READ_ONLY = [
    "opening",
    "initiative",
    "name",
    "email",
    "phone",
    "message",
    "availability",
    "language",
    "created_at",
    "consent_version",
    "consent_given_at",
    "status_changed_at",
    "status_changed_by",
]


class ResponsePermissionPolicy(ModelPermissionPolicy):
    """Responses come from residents only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])

    def users_with_any_permission(self, actions, **kwargs):
        return super().users_with_any_permission([a for a in actions if a != "add"], **kwargs)


class ResponseViewSet(ModelViewSet):
    model = Response
    name = "opening_responses"
    icon = "mail"
    menu_label = _("Responses")
    menu_order = 10
    index_view_class = ResponseIndexView
    edit_view_class = ResponseEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = ResponseFilterSet
    list_display = [
        "name",
        Column("opening", label=_("Opening")),
        Column("initiative", label=_("Initiative")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Received")),
    ]
    list_export = [
        "id",
        "created_at",
        "opening",
        "initiative",
        "name",
        "email",
        "phone",
        "message",
        "availability",
        "language",
        "get_status_display",
        "status_changed_at",
        "consent_version",
        "consent_given_at",
    ]
    export_headings = {"get_status_display": _("Status"), "opening": _("Opening")}
    export_filename = "reacties"

    @property
    def permission_policy(self):
        return ResponsePermissionPolicy(self.model)

    search_fields = ["name", "email", "phone", "message"]
    ordering = ["-created_at"]
    edit_handler = ObjectList(
        [FieldPanel("status")] + [FieldPanel(name, read_only=True) for name in READ_ONLY]
    )


class FollowUpViewSet(ResponseViewSet):
    name = "opening_responses_follow_up"
    icon = "warning"
    menu_label = _("To follow up")
    menu_order = 20
    index_view_class = FollowUpIndexView
    list_export = []


class ResponsesGroup(ViewSetGroup):
    menu_label = _("Responses")
    menu_icon = "mail"
    menu_order = 250
    items = (ResponseViewSet, FollowUpViewSet)


@hooks.register("register_admin_viewset")
def register_responses():
    return ResponsesGroup()
