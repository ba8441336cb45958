"""The contact page's form builder: Wagtail's, with the abuse guard (and so the shared input
rules: lengths, checkboxes), autocomplete hints and a phone number field."""

from django import forms

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from core.abuse import AbuseGuardMixin
from core.validators import PhoneField


class GuardedBaseForm(AbuseGuardMixin, BaseForm):
    abuse_scope = "contact"


class GuardedFormBuilder(FormBuilder):
    """Builds Wagtail form-page forms with the abuse guard and helpful autocomplete hints."""

    def get_form_class(self):
        return type("WagtailForm", (GuardedBaseForm,), self.formfields)

    def create_email_field(self, field, options):
        options.setdefault("widget", forms.EmailInput(attrs={"autocomplete": "email"}))
        options.setdefault("max_length", 254)
        return super().create_email_field(field, options)

    def create_phone_field(self, field, options):
        return PhoneField(**options)
