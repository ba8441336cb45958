"""The paginated index: an introduction, a filter form and cards, page by page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel

from core.listing import with_listing_images
from core.pagination import paginate, query_without_page

from .base import BasePage


class IndexPage(BasePage):
    """Abstract base of every index (stories, blog, initiatives, openings, instruments)."""

    introduction = models.TextField(_("introduction"), blank=True)
    per_page = models.PositiveSmallIntegerField(_("items per page"), default=12)

    show_on_theme_pages = False
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("per_page")]

    class Meta:
        abstract = True

    def get_fallback_summary(self):
        return self.introduction

    def paginated(self, request, queryset, **extra):
        """The context of one page of ``queryset``: ``page_obj`` (its cards with their images
        loaded), ``result_count`` and ``pagination_query`` (the filters, without ``page``)."""
        page_obj = paginate(request, queryset, self.per_page or 12)
        page_obj.object_list = with_listing_images(page_obj.object_list)
        return {
            "page_obj": page_obj,
            "result_count": page_obj.paginator.count,
            "pagination_query": query_without_page(request),
            **extra,
        }
