"""Standard content pages (about us, privacy, accessibility) and the contact page."""

from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.mail import queue_mail
from core.models import BasePage
from core.resilience import NotSaved, not_saved, save_submission, unavailable
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
    # Wagtail's types and a phone number, checked like every phone field of the site.
    field_type = models.CharField(
        verbose_name=_("field type"),
        max_length=16,
        choices=[*FORM_FIELD_CHOICES[:3], ("phone", _("Phone number")), *FORM_FIELD_CHOICES[3:]],
    )
    field_type.required_on_save = True


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
        if request.method != "POST":
            return AbstractEmailForm.serve(self, request)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 400  # refused: the same page with the error summary
        if form.is_valid():
            try:
                submission = self.process_form_submission(form)
            except NotSaved:
                not_saved(form)
                status = 503
            else:
                form.count_submission()
                return self.render_landing_page(request, submission)
        context = self.get_context(request)
        context["form"] = form
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        return unavailable(response) if status == 503 else response

    def process_form_submission(self, form):
        """Store the message and queue its mail in one transaction (both or neither)."""

        def save():
            submission = self.get_submission_class().objects.create(
                form_data=form.cleaned_data, page=self
            )
            if self.to_address:
                addresses = [x.strip() for x in self.to_address.split(",") if x.strip()]
                queue_mail(self.subject, self.render_email(form), addresses, self.from_address)
            return submission

        return save_submission(save)

    @path(_("thanks/"), name="thanks")
    def thanks_view(self, request):
        return super().render_landing_page(request)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        return redirect(self.url + self.reverse_subpage("thanks"))
