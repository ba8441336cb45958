from django.contrib import messages
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.i18n import JavaScriptCatalog

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_views import MissingPlainSummaryView
from core.drafts import release_abandoned_slug
from core.feeds import theme_feed_links
from core.models import FailedSignIn, Footer, NavigationMenu, OutgoingMail, Tag, Theme
from core.private_media import IMAGE_MESSAGE, is_restricted_collection


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "locale", "sort_order"]
    list_filter = ["locale"]
    search_fields = ["name", "description"]
    # Plain database filtering: the full-text backend on SQLite fails on snippet fields.
    search_backend_name = None
    ordering = ["sort_order", "name"]


class TagViewSet(SnippetViewSet):
    """Free tags per language; translate a Dutch tag here and its English pages follow."""

    model = Tag
    icon = "tag"
    menu_label = _("Tags")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    search_backend_name = None
    ordering = ["name"]


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Main navigation")
    list_display = ["title", "locale"]


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "doc-empty"
    menu_label = _("Footer")
    list_display = ["__str__", "locale"]


class SiteSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Site")
    menu_icon = "site"
    menu_order = 300
    items = (ThemeViewSet, TagViewSet, NavigationMenuViewSet, FooterViewSet)


register_snippet(SiteSnippetsGroup)


# Theme pages advertise the theme's feeds; a section may add its own through this hook.
@hooks.register("theme_feeds")
def theme_feeds(theme, request):
    return theme_feed_links(theme, request)


class OutgoingMailViewSet(ModelViewSet):
    """Editors see what the site sent and, above all, what it could not send."""

    model = OutgoingMail
    icon = "mail"
    menu_label = _("Outgoing email")
    add_to_settings_menu = True
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["subject", "to", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status"]
    search_fields = ["subject", "to"]
    search_backend_name = None
    ordering = ["-created_at"]
    form_fields = ["status"]


@hooks.register("register_admin_viewset")
def register_outgoing_mail():
    return OutgoingMailViewSet("outgoing_mail")


# --- Brute-force protection: failed sign-ins, unlocked by deleting -----------------------------
class UnlockOnlyPolicy(ModelPermissionPolicy):
    """Failed sign-ins are looked at and deleted (which unlocks), never made or changed."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class FailedSignInViewSet(ModelViewSet):
    model = FailedSignIn
    icon = "lock"
    menu_label = _("Failed sign-ins")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    permission_policy = UnlockOnlyPolicy(FailedSignIn)
    list_display = [
        "who",
        Column("ip_address", label=_("Address")),
        Column("path_info", label=_("Where")),
        Column("failures_since_start", label=_("Wrong passwords")),
        DateColumn("attempt_time", label=_("Last attempt")),
        Column("locked_until_display", label=_("Locked until")),
    ]
    search_fields = ["username", "ip_address"]
    search_backend_name = None
    ordering = ["-attempt_time"]
    inspect_view_fields = ["username", "ip_address", "path_info", "failures_since_start"]
    form_fields = []  # never edited (see UnlockOnlyPolicy); Wagtail builds the view anyway


@hooks.register("register_admin_viewset")
def register_failed_sign_ins():
    return FailedSignInViewSet("failed_sign_ins")


# --- Plain language: pages without a summary ---------------------------------------------------
@hooks.register("register_admin_urls")
def register_plain_summary_report_urls():
    return [
        path(
            "reports/plain-summary/",
            MissingPlainSummaryView.as_view(),
            name="core_missing_plain_summary",
        ),
        path(
            "reports/plain-summary/results/",
            MissingPlainSummaryView.as_view(results_only=True),
            name="core_missing_plain_summary_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_plain_summary_report_menu_item():
    return MenuItem(
        pgettext_lazy("admin menu, short", "No plain summary"),
        reverse("core_missing_plain_summary"),
        name="core-missing-plain-summary",
        icon_name="comment",
        order=660,
    )


# --- Private collections hold no images (core.private_media) ----------------------------------
@hooks.register("before_bulk_action")
def refuse_images_into_restricted_collection(request, action_type, objects, action):
    from wagtail.images import get_image_model

    if action_type != "add_to_collection" or action.model is not get_image_model():
        return None
    collection = action.cleaned_form.cleaned_data.get("collection")
    if not is_restricted_collection(collection):
        return None
    messages.error(request, IMAGE_MESSAGE)
    return redirect(action.next_url)


# A draft the editor abandoned (autosave made it) never blocks the slug of the next attempt.
@hooks.register("before_create_page")
def release_slug_for_new_page(request, parent_page, page_class):
    if request.method == "POST":
        release_abandoned_slug(parent_page, request.POST.get("slug", ""), request.user)


@hooks.register("before_edit_page")
def release_slug_for_renamed_page(request, page):
    slug = request.POST.get("slug", "") if request.method == "POST" else ""
    if slug and slug != page.slug:
        release_abandoned_slug(page.get_parent(), slug, request.user, page=page)


# wagtail-localize's translation editor: its JavaScript strings from our catalogue first (its
# Dutch "Publish in " lost its space), and the two texts it never translates put right.
@hooks.register("register_admin_urls", order=-1)
def localize_javascript_catalogue():
    return [
        path(
            "localize/jsi18n/",
            JavaScriptCatalog.as_view(packages=["wagtail_localize", "core"]),
            name="core_localize_javascript_catalog",
        )
    ]


@hooks.register("insert_global_admin_js")
def localize_wording_js():
    return format_html('<script src="{}" defer></script>', static("core/js/localize-wording.js"))
