"""The public impact page ("Wat we samen doen" / "What we achieve together")."""

import csv
import io

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.models import BasePage


class ImpactSnapshot(models.Model):
    """The raw figures of one year, recomputed daily by the worker (``recompute_impact``).
    Aggregates only; small counts are hidden when shown, never stored per person."""

    year = models.PositiveSmallIntegerField(unique=True)
    data = models.JSONField(default=dict)
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("impact figures")
        verbose_name_plural = _("impact figures")
        ordering = ["-year"]

    def __str__(self):
        return str(self.year)


class ImpactPage(RoutablePageMixin, BasePage):
    introduction = models.TextField(_("introduction"), blank=True)
    method_note = models.TextField(
        _("how we count"),
        blank=True,
        help_text=_("Shown under the figures: where they come from and what they leave out."),
    )

    template = "participation/impact_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    show_on_theme_pages = False

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("method_note"),
    ]

    class Meta:
        verbose_name = _("impact page")
        verbose_name_plural = _("impact pages")

    def get_fallback_summary(self):
        return self.introduction

    # ``views.impact_context`` builds the figures; wired in ``ParticipationConfig.ready`` so the
    # model layer imports no views.
    impact_context = None

    @path("")
    def index_view(self, request):
        context, status = self.impact_context(request)
        response = self.render(request, context_overrides=context)
        response.status_code = status
        return response

    @path("csv/", name="csv")
    def csv_view(self, request):
        context, status = self.impact_context(request)
        if status != 200:
            return HttpResponse(context["error"], status=status, content_type="text/plain")
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in context["csv_rows"]:
            writer.writerow(row)
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        filename = f"{self.slug}-{context['year']}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def csv_url(self, year):
        return f"{self.url}{self.reverse_subpage('csv')}?year={year}"
