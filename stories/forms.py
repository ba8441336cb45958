from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.abuse import AbuseGuardMixin
from core.validators import ConsentField, PhoneField
from stories.models import StorySubmission


class StorySubmissionForm(AbuseGuardMixin, forms.ModelForm):
    """ "Tell your story": name, a way to reach the person, what it is about, consent."""

    abuse_scope = "story-submission"

    phone = PhoneField(label=_("Phone number"))

    consent = ConsentField(
        label=_("The storyteller may contact me about my story"),
        help_text=_(
            "We use your details only to talk with you about your story. Nothing is published "
            "without your permission."
        ),
        error_messages={"required": _("Please tick the box so we may contact you.")},
    )

    class Meta:
        model = StorySubmission
        fields = ["name", "email", "phone", "neighbourhood", "about", "consent"]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "neighbourhood": _("Neighbourhood or street (optional)"),
            "about": _("What is your story about?"),
        }
        help_texts = {
            "email": _("Fill in your email address, your phone number or both."),
            "about": _("A few sentences are enough. We will get in touch to hear more."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "about": forms.Textarea(attrs={"rows": 6}),
        }
        error_messages = {
            "name": {"required": _("Please tell us your name.")},
            "about": {"required": _("Please tell us briefly what your story is about.")},
            "email": {"invalid": _("Please enter an email address like name@example.nl.")},
        }

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if not name:
            raise ValidationError(_("Please tell us your name."), code="required")
        return name

    def clean_about(self):
        about = self.cleaned_data["about"].strip()
        if len(about) < 20:
            raise ValidationError(
                _("Please write a little more: at least 20 characters."), code="too_short"
            )
        return about

    def clean(self):
        cleaned = super().clean()
        contact_errors = "email" in self.errors or "phone" in self.errors
        if not contact_errors and not cleaned.get("email") and not cleaned.get("phone"):
            self.add_error(
                "email", _("Please fill in an email address or a phone number so we can reach you.")
            )
        return cleaned

    def save(self, locale, commit=True):
        submission = super().save(commit=False)
        submission.locale = locale
        submission.consent_at = timezone.now()
        if commit:
            submission.save()
        return submission
