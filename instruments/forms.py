from django import forms
from django.utils.translation import gettext_lazy as _

from core.abuse import AbuseGuardMixin
from core.filters import FilterForm
from core.models import Theme
from core.validators import clean_search_query

from .models import Audience, DownloadAnswer, FileLanguage, InstrumentType

SEARCH_MAX_LENGTH = 200


def _with_empty(choices, label):
    return [("", label), *choices]


class InstrumentFilterForm(FilterForm):
    """The library's filters and search, all from the query string, all optional."""

    q = forms.CharField(
        label=_("Search in the library"), required=False, max_length=SEARCH_MAX_LENGTH
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=_with_empty(InstrumentType.choices, _("All types")),
    )
    audience = forms.ChoiceField(
        label=_("For whom"),
        required=False,
        choices=_with_empty(Audience.choices, _("Everyone")),
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=_with_empty(FileLanguage.choices, _("All languages")),
    )

    def __init__(self, data=None, *args, locale=None, languages=None, **kwargs):
        self.locale = locale
        self._themes = None
        super().__init__(data, *args, **kwargs)
        if languages is not None:
            # Only the languages instruments exist in: an empty choice is a dead end.
            used = set(languages)
            self.fields["language"].choices = [
                (code, label)
                for code, label in self.fields["language"].choices
                if code == "" or code in used
            ]

    def themes(self):
        if self._themes is None:
            themes = Theme.objects.all()
            if self.locale is not None:
                themes = themes.filter(locale=self.locale)
            self._themes = {theme.slug: theme for theme in themes}
        return self._themes

    def full_clean(self):
        self.fields["theme"].choices = _with_empty(
            [(slug, theme.name) for slug, theme in self.themes().items()], _("All themes")
        )
        super().full_clean()

    def clean_q(self):
        return clean_search_query(self.cleaned_data.get("q", ""))

    def selected_theme(self):
        slug = self.active().get("theme")
        return self.themes().get(slug) if slug else None


class DownloadQuestionForm(AbuseGuardMixin, forms.ModelForm):
    """The optional question after a download: what for, and which kind of organisation.
    Nothing is required, but an empty form is not stored."""

    abuse_scope = "instrument-question"

    class Meta:
        model = DownloadAnswer
        fields = ["file", "organisation_type", "purpose"]
        widgets = {"purpose": forms.Textarea(attrs={"rows": 3, "maxlength": 500})}

    def __init__(self, *args, page, **kwargs):
        kwargs.setdefault("auto_id", "question_%s")
        super().__init__(*args, **kwargs)
        self.page = page
        self.instance.page = page
        file_field = self.fields["file"]
        # Only files anyone may download: a restricted file's title is not shown.
        file_field.queryset = page.files.filter(
            pk__in=[f.pk for f in page.file_list]
        ).select_related("document")
        file_field.label = _("Which file?")
        file_field.empty_label = _("Not saying")
        file_field.required = False
        self.fields["purpose"].label = _("What will you use it for?")
        self.fields["purpose"].help_text = _(
            "For example: “To start a wijkbedrijf in our village.” Please leave out names."
        )
        self.fields["organisation_type"].label = _("Where do you work?")
        self.fields["organisation_type"].choices = _with_empty(
            self.fields["organisation_type"].choices[1:], _("Not saying")
        )
        if len(page.file_list) < 2:
            # One file: no need to ask which.
            del self.fields["file"]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("purpose", "").strip() and not cleaned.get("organisation_type"):
            raise forms.ValidationError(
                _("Please answer at least one of the questions, or simply leave this page."),
                code="empty",
            )
        return cleaned

    def save(self, commit=True):
        answer = super().save(commit=False)
        answer.page = self.page
        if "file" not in self.fields and len(self.page.file_list) == 1:
            answer.file = self.page.file_list[0]
        if commit:
            answer.save()
        return answer
