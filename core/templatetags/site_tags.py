import json

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail import hooks
from wagtail.models import Locale, Page, Site

from core.blocks import resolve_links
from core.listing import live_children
from core.locales import active_locale, localized
from core.models import Footer, NavigationMenu, Theme
from core.page_cache import cached_fragment, cached_list

register = template.Library()

_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _locale_object(model, locale):
    """The object of ``model`` for ``locale``, else the one of the default language."""
    objects = {obj.locale_id: obj for obj in model.objects.select_related("locale")}
    if locale.pk in objects:
        return objects[locale.pk]
    default = Locale.get_default()
    return objects.get(default.pk) or next(iter(objects.values()), None)


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the active language (cached on the request)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_home_page"):
        site = Site.find_for_request(request)
        request._home_page = localized(site.root_page) if site else None
    return request._home_page


def _site_homes(request, site):
    """{language code: URL of the home page in it}, cached per generation."""

    def build():
        return {
            home.locale.language_code: home.get_url(request)
            for home in Page.objects.filter(
                translation_key=site.root_page.translation_key
            ).select_related("locale")
        }

    return cached_fragment("homes", [site.pk], build)


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the active language, cached per generation."""
    request = context.get("request")
    if request is None:
        return "/"
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    homes = _site_homes(request, site)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE) or "/"


@register.simple_tag(takes_context=True)
def language_links(context):
    """For each language: its name, the URL of this page in it, and whether it is the current.

    A page with a live translation links there, with the same query string; otherwise the
    other language's home page.
    Views can pass ``alternate_urls`` ({language_code: url}) for routes that are not pages.
    """
    request = context.get("request")
    if request is None:
        return []
    cache_name = "_language_links"
    if hasattr(request, cache_name):
        return getattr(request, cache_name)
    current = get_language()
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    explicit = context.get("alternate_urls")
    translated = {}
    if explicit:
        translated = dict(explicit)
    elif page is not None and page.pk:

        def build():
            urls = {}
            translations = page.get_translations(inclusive=True).live().select_related("locale")
            for translation in translations:
                url = translation.get_url(request)
                if url:
                    urls[translation.locale.language_code] = url
            return urls

        translated = dict(
            cached_fragment("translations", [page.translation_key, _site_pk(request)], build)
        )
    elif getattr(request, "resolver_match", None):
        for code, _name in settings.LANGUAGES:
            url = translate_url(request.path, code)
            if url != request.path or code == current:
                translated[code] = url
    site = Site.find_for_request(request)
    homes = _site_homes(request, site) if site is not None else {}
    # The same view in another language keeps its query (a filtered finder, a search).
    query = request.GET.urlencode() if request.method == "GET" else ""
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = translated.get(code)
        if url and query:
            url = f"{url}?{query}"
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url or homes.get(code) or f"/{code}/",
                "is_translation": url is not None,
                "is_current": code == current,
            }
        )
    setattr(request, cache_name, links)
    return links


def _site_pk(request):
    site = Site.find_for_request(request) if request is not None else None
    return site.pk if site else None


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    current_path = request.path if request else ""

    def build():
        menu = _locale_object(NavigationMenu, active_locale())
        if menu is None:
            return []
        return [
            (value.href(), str(value.text()))
            for value in resolve_links(block.value for block in menu.items)
            if value.href()
        ]

    links = cached_fragment("menu", [get_language(), _site_pk(request)], build)
    items = [
        {
            "href": href,
            "text": text,
            "current": href != "/" and current_path.startswith(href) and len(href) > 4,
        }
        for href, text in links
    ]
    return {"items": items, "request": request}


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered once per language and generation (it is the same on every page)."""
    request = context.get("request")

    def build():
        footer = _locale_object(Footer, active_locale())
        partners = []
        if footer is not None and footer.partners_index_id:
            index = localized(footer.partners_index)
            partners = [
                p for p in live_children(index) if getattr(p, "get_listing_image", lambda: None)()
            ]
        if footer is not None:
            resolve_links(link for column in footer.columns for link in column.value["links"])
        return render_to_string(
            "navigation/footer.html",
            {"footer": footer, "partners": partners, "settings": context.get("settings")},
            request=request,
        )

    return mark_safe(cached_fragment("footer", [get_language(), _site_pk(request)], build))  # noqa: S308


@register.simple_tag
def json_ld(data):
    """A JSON-LD script element; the JSON is escaped so it can never close the element."""
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.filter
def localized_page(page):
    """A chosen page in the reader's language (the page itself when there is no translation)."""
    if page is None:
        return None
    return localized(page)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    request = context.get("request")
    if not url:
        return ""
    return request.build_absolute_uri(url) if request else url


def _theme_index(request):
    """The live theme overview page in the active language, cached on the request."""
    from core.models import ThemeIndexPage

    cache_name = "_theme_index_page"
    if request is None:
        return None
    if not hasattr(request, cache_name):
        locale = active_locale()

        def build():
            return ThemeIndexPage.objects.live().filter(locale=locale).first() or ""

        setattr(request, cache_name, cached_fragment("theme-index", [locale.pk], build) or None)
    return getattr(request, cache_name)


def _themes_in(locale):
    """{translation key: theme} of every theme in ``locale``, cached for the generation (saving
    a theme, a snippet, bumps it): the theme tags of a page need no query each."""

    def build():
        return {theme.translation_key: theme for theme in Theme.objects.filter(locale=locale)}

    return cached_fragment("themes", [locale.pk], build)


@register.simple_tag(takes_context=True)
def theme_link(context, theme):
    """{name, url} of a theme in the reader's language; url is None without a theme overview."""
    locale = active_locale()
    if theme.locale_id != locale.pk:
        theme = _themes_in(locale).get(theme.translation_key, theme)
    index = _theme_index(context.get("request"))
    return {"name": theme.name, "url": index.theme_url(theme) if index else None}


@register.simple_tag
def json_ld_organisation(site_settings, home_url, logo_url=None):
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": f"{home_url}#organisation",
        "name": site_settings.organisation_name,
        "url": home_url,
    }
    if logo_url:
        data["logo"] = logo_url
    if site_settings.email:
        data["email"] = site_settings.email
    if site_settings.phone:
        data["telephone"] = site_settings.phone
    if site_settings.street_address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": site_settings.street_address,
            "postalCode": site_settings.postal_code,
            "addressLocality": site_settings.city,
            "addressCountry": "NL",
        }
    same_as = [url for _name, url in site_settings.social_links()]
    if same_as:
        data["sameAs"] = same_as
    return data


@register.simple_tag(takes_context=True)
def json_ld_website(context, home_url):
    from django.urls import reverse

    request = context.get("request")
    search_url = (
        request.build_absolute_uri(reverse("core:search")) if request else reverse("core:search")
    )
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": f"{home_url}#website",
        "url": home_url,
        "name": context["settings"]["core"]["SiteSettings"].organisation_name,
        "inLanguage": get_language(),
        "publisher": {"@id": f"{home_url}#organisation"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": f"{search_url}?q={{search_term_string}}",
            },
            "query-input": "required name=search_term_string",
        },
    }


@register.inclusion_tag("components/page_actions.html", takes_context=True)
def page_actions(context, where, **kwargs):
    """Links that sections offer on another section's page, through the ``page_actions`` hook.

    ``where`` names the spot ("openings_finder", "theme", "initiative"); each hook function is
    called as ``hook(where, request, **kwargs)`` and returns a list of ``{"label", "url"}``
    dicts (and optionally ``"text"``). So a lower section links to a higher one without
    importing it.
    """
    request = context.get("request")
    actions = []
    for hook in hooks.get_hooks("page_actions"):
        actions += hook(where, request, **kwargs) or []
    return {"actions": actions}


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """[(url, title)] of ``page``'s ancestors under the site root (cached per generation)."""
    if hasattr(page, "breadcrumb_trail"):
        return page.breadcrumb_trail(context.get("request"))
    request = context.get("request")
    return [(ancestor.get_url(request), ancestor.title) for ancestor in page.get_ancestors()[1:]]


class CachedCardsNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def render(self, context):
        parts = [part.resolve(context) for part in self.parts]
        html = cached_list(
            context.get("request"), self.name, parts, lambda: self.nodelist.render(context)
        )
        return mark_safe(html)  # noqa: S308 - the enclosed template's own output


@register.tag
def cached_cards(parser, token):
    """``{% cached_cards "name" key ... %}...{% endcached_cards %}``: the enclosed list of cards
    rendered once per generation, language, site, day and keys (``cached_list``). Give the
    lists lazily (``SimpleLazyObject``) so a cached render costs no query."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'":
        raise template.TemplateSyntaxError("cached_cards needs a quoted name first")
    nodelist = parser.parse(("endcached_cards",))
    parser.delete_first_token()
    return CachedCardsNode(
        bits[1][1:-1], [parser.compile_filter(bit) for bit in bits[2:]], nodelist
    )
