"""Standard content pages (about us, privacy, accessibility) and the contact page."""

from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.models import BasePage
from core.widgets import ReadabilityPanel
from pages.form_builder import GuardedFormBuilder


class StandardPage(BasePage):
    """A plain content page (about us, privacy statement, ...)."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    template = "pages/standard_page.html"
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("themes"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("pages")

    def get_fallback_summary(self):
        return self.introduction


class FormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(RoutablePageMixin, AbstractEmailForm, BasePage):
    """A contact form that stores each message and emails it to the configured address.

    The abuse guard protects it; after sending, the reader is redirected to a thank-you
    address, so reloading never sends twice.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=RICH_TEXT_FEATURES)
    privacy_note = models.CharField(
        _("privacy note"),
        max_length=300,
        blank=True,
        help_text=_("Says briefly what happens with the message; links to the privacy statement."),
    )

    form_builder = GuardedFormBuilder
    show_on_theme_pages = False
    template = "pages/contact_page.html"
    landing_page_template = "pages/contact_page_landing.html"
    subpage_types = []

    content_panels = [
        *AbstractEmailForm.content_panels,
        ReadabilityPanel(),
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("privacy_note"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def serve(self, request, *args, **kwargs):
        self._serving_request = request
        return super().serve(request, *args, **kwargs)

    def get_form_parameters(self):
        return {**super().get_form_parameters(), "request": getattr(self, "_serving_request", None)}

    @path("")
    def form_view(self, request):
        return AbstractEmailForm.serve(self, request)

    @path(_("thanks/"), name="thanks")
    def thanks_view(self, request):
        return super().render_landing_page(request)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        return redirect(self.url + self.reverse_subpage("thanks"))
