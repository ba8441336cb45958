"""Admin for responses: a filterable list with CSV/XLSX export, a detail view to change the
status (recording who and when), and a follow-up list of responses still new after five
working days."""

import datetime

from django import forms
from django.http import HttpResponseForbidden
from django.utils import timezone
from django.utils.functional import cached_property, lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from core.exports import SafeSpreadsheetExportMixin
from core.widgets import ReadOnlyPanel

from .models import HelpOffer, InitiativePage, OpeningPage, Response, Skill
from .models.openings import FOLLOW_UP_WORKING_DAYS, HOURS_BANDS
from .offers import match_offer
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
    page_title = _("Responses to follow up")

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
    edit_handler = ObjectList([FieldPanel("status")] + [ReadOnlyPanel(name) for name in READ_ONLY])


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


# --- Offers of help ---------------------------------------------------------------------------
class HelpOfferFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=HelpOffer.Status.choices)
    kind = django_filters.ChoiceFilter(label=_("Volunteer or paid"), choices=HelpOffer.Kind.choices)
    hours = django_filters.ChoiceFilter(label=_("Time"), choices=HOURS_BANDS)
    skill = django_filters.ChoiceFilter(
        label=_("Skill"), choices=Skill.choices, method="filter_skill"
    )
    theme = django_filters.ChoiceFilter(label=_("Theme"), method="filter_theme")
    from_home = django_filters.BooleanFilter(label=_("From home"))
    age = django_filters.ChoiceFilter(label=_("Age"), choices=AGE_CHOICES, method="filter_age")

    class Meta:
        model = HelpOffer
        fields = ["status", "kind", "hours", "from_home"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from core.models import Theme

        self.filters["theme"].extra["choices"] = [
            (str(key), name)
            for key, name in Theme.objects.filter(locale__language_code="nl")
            .order_by("name")
            .values_list("translation_key", "name")
        ]

    def filter_skill(self, queryset, name, value):
        # JSON containment is not on SQLite; the list is short, so filter on the stored text.
        return queryset.filter(skills__icontains=f'"{value}"')

    def filter_theme(self, queryset, name, value):
        return queryset.filter(themes__translation_key=value).distinct()

    def filter_age(self, queryset, name, value):
        now = timezone.now()
        if value == "follow-up":
            return offers_needing_follow_up(queryset, now)
        if value == "week":
            return queryset.filter(created_at__gte=now - datetime.timedelta(days=7))
        if value == "month":
            return queryset.filter(created_at__gte=now - datetime.timedelta(days=30))
        if value == "older":
            return queryset.filter(created_at__lt=now - datetime.timedelta(days=30))
        return queryset


def offers_needing_follow_up(queryset, now=None):
    return queryset.filter(
        status=HelpOffer.Status.NEW,
        created_at__lt=working_days_ago(FOLLOW_UP_WORKING_DAYS, now),
    )


class OpeningChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.title} ({obj.get_kind_display()}, {obj.locale.language_code})"


class HelpOfferAdminForm(WagtailAdminModelForm):
    """The status, plus the open openings to match the offer to (fitting ones first)."""

    match_openings = OpeningChoiceField(
        label=_("Match to openings"),
        queryset=OpeningPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Each opening you tick gets this offer as a response, and its contact person an "
            "email. Openings that fit the offer come first."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer = self.instance
        open_openings = (
            OpeningPage.objects.live()
            .filter(OpeningPage.open_q())
            .exclude(offer_matches__offer=offer)
            .select_related("locale")
            .prefetch_related("themes")
            .order_by("title")
        )
        fitting = [o for o in open_openings if _fits(offer, o)]
        others = [o for o in open_openings if o not in fitting]
        self.fields["match_openings"].queryset = open_openings
        self.fields["match_openings"].choices = [
            (o.pk, f"★ {self.fields['match_openings'].label_from_instance(o)}") for o in fitting
        ] + [(o.pk, self.fields["match_openings"].label_from_instance(o)) for o in others]


def _fits(offer, opening):
    return HelpOffer.objects.fitting(opening).filter(pk=offer.pk).exists()


class HelpOfferEditView(generic.EditView):
    """The status changes (recorded with who and when); ticked openings become matches."""

    def save_instance(self):
        instance = HelpOffer.objects.get(pk=self.object.pk)
        openings = list(self.form.cleaned_data.get("match_openings") or [])
        if openings:
            match_offer(instance, openings, self.request.user)
            instance.refresh_from_db()
        new_status = self.form.cleaned_data["status"]
        if not openings or new_status != HelpOffer.Status.NEW:
            instance.set_status(new_status, self.request.user)
        self.has_content_changes = True
        return instance


class HelpOfferFollowUpIndexView(generic.IndexView):
    page_title = _("Offers of help to follow up")

    def get_base_queryset(self):
        return offers_needing_follow_up(super().get_base_queryset()).order_by("created_at")


def _matches_text(offer):
    return ", ".join(match.opening.title for match in offer.matches.all()) or "–"


OFFER_READ_ONLY = [
    "name",
    "email",
    "phone",
    "contact_preference",
    "skills_other",
    "hours",
    "kind",
    "place",
    "from_home",
    "languages",
    "language",
    "created_at",
    "consent_version",
    "consent_given_at",
    "status_changed_at",
    "status_changed_by",
]


class OfferDetailsPanel(HelpPanel):
    """The offer's skills, themes and matches, as text (they are the resident's to change)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Skills, themes and matches"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            from django.utils.html import format_html

            offer = self.instance
            self.content = format_html(
                "<p><strong>{}</strong> {}</p><p><strong>{}</strong> {}</p>"
                "<p><strong>{}</strong> {}</p>",
                gettext("Skills:"),
                ", ".join(offer.skill_labels()) or "–",
                gettext("Themes:"),
                ", ".join(t.name for t in offer.themes.all()) or "–",
                gettext("Matched to:"),
                _matches_text(offer) if offer.pk else "–",
            )


class HelpOfferViewSet(ModelViewSet):
    model = HelpOffer
    name = "help_offers"
    icon = "group"
    menu_label = _("Offers of help")
    menu_order = 30
    add_to_admin_menu = False
    edit_view_class = HelpOfferEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = HelpOfferFilterSet
    list_display = [
        "name",
        Column("kind", label=_("Volunteer or paid"), accessor="get_kind_display"),
        Column("hours", label=_("Time"), accessor="get_hours_display"),
        Column("place", label=_("Place")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("created_at", label=_("Received")),
    ]
    search_fields = ["name", "email", "phone", "skills_other", "place", "languages"]
    ordering = ["-created_at"]
    edit_handler = ObjectList(
        [FieldPanel("status"), FieldPanel("match_openings"), OfferDetailsPanel()]
        + [ReadOnlyPanel(name) for name in OFFER_READ_ONLY],
        base_form_class=HelpOfferAdminForm,
    )

    @property
    def permission_policy(self):
        return ResponsePermissionPolicy(self.model)


class HelpOfferFollowUpViewSet(HelpOfferViewSet):
    name = "help_offers_follow_up"
    icon = "warning"
    menu_label = _("Offers to follow up")
    menu_order = 40
    index_view_class = HelpOfferFollowUpIndexView


class ParticipationGroup(ViewSetGroup):
    menu_label = _("Offers of help")
    menu_icon = "group"
    menu_order = 260
    items = (HelpOfferViewSet, HelpOfferFollowUpViewSet)


@hooks.register("register_admin_viewset")
def register_offers():
    return ParticipationGroup()


@hooks.register("page_actions")
def offer_help_action(where, request, **kwargs):
    """ "Ik wil helpen" under the openings finder and on initiative pages."""
    if where not in ("openings_finder", "initiative"):
        return []
    from django.urls import reverse

    return [
        {
            "text": gettext("No opening that fits? Tell us what you can and want to do."),
            "label": gettext("I want to help"),
            "url": reverse("initiatives:offer_help"),
        }
    ]
