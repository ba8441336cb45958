"""sitemap.xml on Wagtail's sitemap framework, with hreflang alternates (and x-default) for
every language a page exists in."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live public page of the site's home page and its translations; each entry names
    its translations as alternates (Django's sitemap template renders them)."""

    def items(self):
        site = self.get_wagtail_site()
        under_a_home = Q()
        for path in Page.objects.filter(translation_key=site.root_page.translation_key).values_list(
            "path", flat=True
        ):
            under_a_home |= Q(path__startswith=path)
        return (
            Page.objects.live()
            .public()
            .filter(under_a_home)
            .select_related("locale")
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions = defaultdict(list)
        for item in pages:
            url = item.get_full_url(self.request)
            if url:
                versions[item.translation_key].append(
                    {"lang_code": item.locale.language_code, "location": url}
                )
        urls = []
        for item in pages:
            alternates = list(versions[item.translation_key])
            default = next(
                (a["location"] for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE),
                None,
            )
            if default:
                alternates.append({"lang_code": "x-default", "location": default})
            location = next(
                (a["location"] for a in alternates if a["lang_code"] == item.locale.language_code),
                None,
            )
            if location:
                urls.append(
                    {"location": location, "lastmod": self.lastmod(item), "alternates": alternates}
                )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
