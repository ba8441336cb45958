from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.i18n import JavaScriptCatalog

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_views import MissingPlainSummaryView
from core.drafts import release_abandoned_slug
from core.feeds import theme_feed_links
from core.models import Footer, NavigationMenu, OutgoingMail, Tag, Theme


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
