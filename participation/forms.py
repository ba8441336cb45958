"""The alert form ("Houd me op de hoogte") and the forms of the manage page."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.abuse import AbuseGuardMixin
from core.models import Theme
from core.validators import ConsentField
from initiatives.models import OpeningPage
from initiatives.models.openings import HOURS_BANDS

from .alerts import FROM_HOME
from .models import Alert


class AlertForm(AbuseGuardMixin, forms.Form):
    abuse_scope = "alert-subscribe"

    email = forms.EmailField(
        label=_("Your email address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please fill in your email address."),
            "invalid": _("Please fill in a valid email address, like name@example.nl."),
        },
    )
    subject = forms.ChoiceField(
        label=_("What do you want to hear about?"),
        choices=Alert.Subject.choices,
        initial=Alert.Subject.OPENINGS,
        widget=forms.RadioSelect,
    )
    kind = forms.ChoiceField(
        label=_("Volunteer or paid (openings only)"),
        required=False,
        choices=[("", _("Both"))] + list(OpeningPage.Kind.choices),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    place = forms.ChoiceField(label=_("Place (openings only)"), required=False)
    hours = forms.ChoiceField(
        label=_("Time (openings only)"),
        required=False,
        choices=[("", _("Any amount of time"))] + HOURS_BANDS,
    )
    frequency = forms.ChoiceField(
        label=_("How often?"),
        choices=Alert.Frequency.choices,
        initial=Alert.Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )
    consent = ConsentField(
        label=_("I agree that my email address is stored to send me these alerts"),
        error_messages={"required": _("Please tick this box, or we cannot send you alerts.")},
    )

    def __init__(self, *args, locale=None, privacy_url=None, retention_days=365, **kwargs):
        super().__init__(*args, **kwargs)
        self.locale = locale
        self.themes = {t.slug: t for t in Theme.objects.filter(locale=locale).order_by("name")}
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (slug, theme.name) for slug, theme in self.themes.items()
        ]
        places = (
            OpeningPage.objects.live()
            .filter(locale=locale)
            .exclude(place="")
            .order_by("place")
            .values_list("place", flat=True)
            .distinct()
        )
        self.fields["place"].choices = (
            [("", _("All places"))] + [(p, p) for p in places] + [(FROM_HOME, _("From home"))]
        )
        self.fields["consent"].initial = False
        text = _(
            "We only use it for these alerts. Every mail has a link to stop at once. We delete "
            "the alert when you have not confirmed within a week, and a year after you last "
            "told us you still want it (we ask a month before)."
        )
        del retention_days
        self.fields["consent"].help_text = (
            format_html(
                '{} <a href="{}">{}</a>', text, privacy_url, _("Read our privacy statement.")
            )
            if privacy_url
            else text
        )

    def clean_theme(self):
        slug = self.cleaned_data.get("theme")
        return self.themes.get(slug) if slug else None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("subject") == Alert.Subject.STORIES:
            # Stories have no kind, place or hours: keep only the theme.
            cleaned.update(kind="", place="", hours="")
        return cleaned


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(label=_("How often?"), choices=Alert.Frequency.choices)
