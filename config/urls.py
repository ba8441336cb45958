from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.cache import never_cache
from django.views.i18n import JavaScriptCatalog
from django.views.static import serve as serve_static

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

import core.converters  # noqa: F401  (registers the "id" converter)
from core import admin_views as core_admin_views
from core import views as core_views
from core.health import APP_CHECKS, HealthView

handler400 = "core.views.bad_request"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"

# Not language-prefixed: the admin, documents, machine-readable files.
urlpatterns = [
    # In front of Wagtail's own: a collection holding images cannot be made private.
    path(
        "admin/collections/<id:collection_id>/privacy/",
        never_cache(require_admin_access(core_admin_views.set_collection_privacy)),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", core_views.security_txt, name="security_txt"),
    path("api/v1/", include("initiatives.api_urls")),
    path("health/", HealthView.as_view(), name="health"),
    path("health/app/", HealthView.as_view(checks=APP_CHECKS), name="health_app"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
]

if settings.SERVE_MEDIA:
    # Images only: documents are always served through Wagtail's view (/documents/...), which
    # checks collection privacy; serving media/documents/ directly would bypass that.
    urlpatterns += [
        re_path(
            r"^media/(?P<path>(?:original_images|images)/[^/]+)$",
            serve_static,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]

# Language-prefixed: /nl/... and /en/...; "/" redirects by the browser's language.
urlpatterns += i18n_patterns(
    path("", include("core.urls")),
    path("", include("stories.urls")),
    path("", include("blog.urls")),
    path("", include("initiatives.urls")),
    path("", include("instruments.urls")),
    path("", include("participation.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
