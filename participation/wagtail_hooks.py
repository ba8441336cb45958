"""Links to the alert form on the pages of lower sections (the ``page_actions`` hook), and the
admin list of alerts (personal data: read and delete only)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Alert

FINDER_FILTERS = ("kind", "theme", "place", "hours")


def _subscribe_url(**params):
    query = urlencode({k: v for k, v in params.items() if v})
    return reverse("participation:alert_subscribe") + (f"?{query}" if query else "")


@hooks.register("page_actions")
def alert_actions(where, request, theme=None, **kwargs):
    if where == "openings_finder":
        params = {k: request.GET.get(k, "") for k in FINDER_FILTERS} if request else {}
        filtered = any(params.values())
        return [
            {
                "text": gettext("Nothing for you yet? We mail you when a new opening fits.")
                if not filtered
                else gettext("Get new openings that match these filters by email."),
                "label": gettext("Keep me posted"),
                "url": _subscribe_url(subject=Alert.Subject.OPENINGS, **params),
            }
        ]
    if where in ("theme", "initiative") and theme is not None:
        return [
            {
                "text": gettext("New openings on “%(theme)s” in your mailbox.")
                % {"theme": theme.name},
                "label": gettext("Alert me to new openings on this theme"),
                "url": _subscribe_url(subject=Alert.Subject.OPENINGS, theme=theme.slug),
            },
            {
                "label": gettext("Alert me to new stories on this theme"),
                "url": _subscribe_url(subject=Alert.Subject.STORIES, theme=theme.slug),
            },
        ]
    return []


class ReadAndDeletePolicy(ModelPermissionPolicy):
    """Alerts come from residents only: nobody adds or changes one in the admin."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        actions = [a for a in actions if a not in ("add", "change")]
        return super().user_has_any_permission(user, actions)

    def users_with_any_permission(self, actions, **kwargs):
        actions = [a for a in actions if a not in ("add", "change")]
        return super().users_with_any_permission(actions, **kwargs)


class AlertViewSet(ModelViewSet):
    model = Alert
    icon = "mail"
    menu_label = _("Alerts")
    menu_order = 270
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_filter = ["subject", "frequency", "language"]
    list_display = [
        Column("subject", label=_("About"), accessor="get_subject_display"),
        Column("frequency", label=_("How often"), accessor="get_frequency_display"),
        Column("language", label=_("Language")),
        DateColumn("confirmed_at", label=_("Confirmed")),
        DateColumn("last_sent_at", label=_("Last digest")),
    ]
    inspect_view_fields = [
        "subject",
        "opening_kind",
        "theme",
        "place",
        "hours",
        "frequency",
        "language",
        "created_at",
        "confirmed_at",
        "interest_confirmed_at",
        "last_sent_at",
    ]
    form_fields = ["frequency"]
    search_fields = ["email"]
    ordering = ["-created_at"]

    @property
    def permission_policy(self):
        return ReadAndDeletePolicy(self.model)


@hooks.register("register_admin_viewset")
def register_alerts():
    return AlertViewSet("alerts")
