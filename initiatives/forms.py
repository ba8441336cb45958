"""Filter forms of the initiative index and the openings finder, and the response form."""

import uuid

from django import forms
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.abuse import AbuseGuardMixin
from core.filters import FilterForm
from core.models import Theme
from core.page_cache import cached_fragment
from core.validators import ConsentField, PhoneField, consent_help_text

from .models import HelpOffer, InitiativePage, OpeningPage, PartnerPage, Response, Skill
from .models.openings import HOURS_BANDS, hours_band_q

FROM_HOME = "thuis"


def _all(label):
    return [("", label)]


class _ChoiceFilterForm(FilterForm):
    """A FilterForm whose choices depend on the page; they are set before (lazy) validation."""

    def __init__(self, data=None, **kwargs):
        super().__init__(data)
        self.load_choices(**kwargs)

    def load_choices(self, **kwargs):
        raise NotImplementedError

    def has_active_filters(self):
        return any(name != "sort" for name in self.active())

    @staticmethod
    def theme_choices(locale_id):
        return [
            (theme.slug, theme.name)
            for theme in Theme.objects.filter(locale_id=locale_id).only("slug", "name")
        ]


class InitiativeFilterForm(_ChoiceFilterForm):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=_all(_("Any status")) + list(InitiativePage.Status.choices),
    )
    partner = forms.ChoiceField(label=_("Partner"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)

    def load_choices(self, index_page):
        self.index_page = index_page
        locale_id = index_page.locale_id
        self.fields["theme"].choices = _all(_("All themes")) + self.theme_choices(locale_id)
        self.fields["partner"].choices = _all(_("All partners")) + list(
            PartnerPage.objects.live()
            .public()
            .filter(locale_id=locale_id)
            .order_by("title")
            .values_list("slug", "title")
        )
        places = (
            index_page.initiatives()
            .exclude(place="")
            .order_by("place")
            .values_list("place", flat=True)
            .distinct()
        )
        self.fields["place"].choices = _all(_("All places")) + [(p, p) for p in places]

    def filter(self, queryset):
        active = self.active()
        locale_id = self.index_page.locale_id
        if "theme" in active:
            theme = Theme.objects.filter(locale_id=locale_id, slug=active["theme"]).first()
            if theme:
                queryset = queryset.filter(themes__translation_key=theme.translation_key).distinct()
        if "status" in active:
            queryset = queryset.filter(status=active["status"])
        if "partner" in active:
            keys = PartnerPage.objects.filter(locale_id=locale_id, slug=active["partner"]).values(
                "translation_key"
            )
            queryset = queryset.filter(partner_links__partner__translation_key__in=keys).distinct()
        if "place" in active:
            queryset = queryset.filter(place=active["place"])
        return queryset


class OpeningFilterForm(_ChoiceFilterForm):
    SORT_DEADLINE = "deadline"
    SORT_NEWEST = "nieuwste"

    kind = forms.ChoiceField(
        label=_("Volunteer or paid"),
        required=False,
        choices=_all(_("Both")) + list(OpeningPage.Kind.choices),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    place = forms.ChoiceField(label=_("Place"), required=False)
    hours = forms.ChoiceField(
        label=_("Time"), required=False, choices=_all(_("Any amount of time")) + HOURS_BANDS
    )
    initiative = forms.ChoiceField(label=_("Initiative"), required=False)
    partner = forms.ChoiceField(label=_("Partner"), required=False)
    no_experience = forms.BooleanField(label=_("No experience needed"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(SORT_DEADLINE, _("Deadline (soonest first)")), (SORT_NEWEST, _("Newest"))],
    )

    def load_choices(self, finder=None, locale_id=None):
        """Choices for the finder page ``finder``, or (API, widget) for a language."""
        self.locale_id = locale_id = finder.locale_id if finder is not None else locale_id
        # Cached per generation and day (which openings are open depends on the date).
        data = cached_fragment(
            "opening-choices",
            [locale_id, timezone.localdate()],
            lambda: self.choice_data(locale_id),
        )
        self.fields["theme"].choices = _all(_("All themes")) + data["theme"]
        self.fields["partner"].choices = _all(_("All partners")) + data["partner"]
        self.fields["place"].choices = (
            _all(_("All places")) + [(p, p) for p in data["place"]] + [(FROM_HOME, _("From home"))]
        )
        self.fields["initiative"].choices = _all(_("All initiatives")) + data["initiative"]

    @classmethod
    def choice_data(cls, locale_id):
        """What the finder's filters offer in a language: themes, partners, the places of open
        openings and initiatives."""

        def live_titles(model):
            pages = model.objects.live().public().filter(locale_id=locale_id).order_by("title")
            return list(pages.values_list("slug", "title"))

        places = (
            OpeningPage.open_in(locale_id)
            .exclude(place="")
            .order_by("place")
            .values_list("place", flat=True)
            .distinct()
        )
        return {
            "theme": cls.theme_choices(locale_id),
            "partner": live_titles(PartnerPage),
            "place": list(places),
            "initiative": live_titles(InitiativePage),
        }

    def filter(self, queryset, skip=()):
        active = {k: v for k, v in self.active().items() if k not in skip}
        locale_id = self.locale_id
        if "kind" in active:
            queryset = queryset.filter(kind=active["kind"])
        if "theme" in active:
            theme = Theme.objects.filter(locale_id=locale_id, slug=active["theme"]).first()
            if theme:
                queryset = queryset.filter(themes__translation_key=theme.translation_key).distinct()
        if "place" in active:
            if active["place"] == FROM_HOME:
                queryset = queryset.filter(from_home=True)
            else:
                queryset = queryset.filter(place=active["place"])
        if "hours" in active:
            queryset = queryset.filter(hours_band_q(active["hours"]))
        if active.get("no_experience"):
            queryset = queryset.filter(no_experience_needed=True)
        if "initiative" in active:
            initiative = (
                InitiativePage.objects.filter(locale_id=locale_id, slug=active["initiative"])
                .only("path", "depth")
                .first()
            )
            if initiative:
                queryset = queryset.child_of(initiative)
        if "partner" in active:
            keys = PartnerPage.objects.filter(locale_id=locale_id, slug=active["partner"]).values(
                "translation_key"
            )
            initiatives = InitiativePage.objects.filter(
                locale_id=locale_id, partner_links__partner__translation_key__in=keys
            ).only("path", "depth")
            under = Q(pk__in=[])
            for initiative in initiatives:
                under |= Q(path__startswith=initiative.path, depth=initiative.depth + 1)
            queryset = queryset.filter(under)
        return queryset

    def order(self, queryset):
        if self.value("sort") == self.SORT_NEWEST:
            return queryset.order_by(F("first_published_at").desc(nulls_last=True), "-pk")
        # Soonest deadline first; openings without a deadline last, newest first among them.
        return queryset.order_by(F("deadline").asc(nulls_last=True), "-first_published_at", "-pk")


class ResponseForm(AbuseGuardMixin, forms.ModelForm):
    abuse_scope = "opening-response"

    phone = PhoneField(label=_("Phone number"))

    consent = ConsentField(
        label=_("I agree that my details are stored to handle my response"),
        required=True,
        error_messages={"required": _("Please tick this box, or we cannot handle your response.")},
    )

    class Meta:
        model = Response
        fields = ["name", "email", "phone", "message", "availability"]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "message": _("Your message"),
            "availability": _("When are you available?"),
        }
        help_texts = {
            "email": _("Fill in an email address, a phone number, or both."),
            "message": _("Why would you like to join in? A few sentences are enough."),
            "availability": _("E.g. “weekday mornings” or “from January”."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "message": forms.Textarea(attrs={"rows": 5}),
            "availability": forms.TextInput(),
        }
        error_messages = {
            "name": {"required": _("Please fill in your name.")},
            "message": {"required": _("Please write a short message.")},
            "email": {"invalid": _("Please fill in a valid email address, like name@example.nl.")},
        }

    def __init__(self, *args, opening=None, privacy_url=None, retention_months=12, **kwargs):
        super().__init__(*args, **kwargs)
        self.opening = opening
        # The consent box is never pre-ticked, whatever initial data says.
        self.fields["consent"].initial = False
        text = _(
            "We use your details only to contact you about this opening and keep them for at "
            "most %(months)s months after it closes."
        ) % {"months": retention_months}
        self.fields["consent"].help_text = consent_help_text(text, privacy_url)
        self.order_fields(["name", "email", "phone", "message", "availability", "consent"])

    def guard_target(self):
        # The token and the rate limit belong to this opening: answering eleven openings in an
        # hour is fine, a token issued on one opening is not accepted on another.
        return f"{self.abuse_scope}:{self.opening.pk if self.opening else ''}"

    def clean(self):
        cleaned = super().clean()
        missing = not cleaned.get("email") and not cleaned.get("phone")
        if missing and not self.has_error("email") and not self.has_error("phone"):
            self.add_error(
                "email",
                forms.ValidationError(
                    _("Please fill in an email address or a phone number, so we can reach you."),
                    code="no_contact",
                ),
            )
        return cleaned


class HelpOfferForm(AbuseGuardMixin, forms.ModelForm):
    """ "Ik wil helpen": what a resident can and wants to do, when no opening fits."""

    abuse_scope = "help-offer"

    skills = forms.MultipleChoiceField(
        label=_("What can you do?"),
        choices=Skill.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Which themes matter to you?"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    phone = PhoneField(label=_("Phone number"))
    consent = ConsentField(
        label=_("I agree that my details are stored to find work that fits my offer"),
        required=True,
        error_messages={"required": _("Please tick this box, or we cannot handle your offer.")},
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    class Meta:
        model = HelpOffer
        fields = [
            "skills",
            "skills_other",
            "themes",
            "hours",
            "kind",
            "place",
            "from_home",
            "languages",
            "name",
            "email",
            "phone",
            "contact_preference",
        ]
        labels = {
            "skills_other": _("Anything else you can or want to do"),
            "hours": _("How much time do you have?"),
            "kind": _("Volunteer or paid?"),
            "place": _("Where? Your neighbourhood or street"),
            "from_home": _("I can (also) help from home"),
            "languages": _("Languages you speak"),
            "name": _("Your name"),
            "email": _("Email address"),
            "contact_preference": _("How and when can we best reach you?"),
        }
        help_texts = {
            "languages": _("E.g. “Dutch, Turkish, a little English”."),
            "email": _("Fill in an email address, a phone number, or both."),
            "contact_preference": _("E.g. “call me after 6 pm” or “WhatsApp”."),
        }
        widgets = {
            "skills_other": forms.Textarea(attrs={"rows": 3}),
            "hours": forms.RadioSelect,
            "kind": forms.RadioSelect,
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "name": {"required": _("Please fill in your name.")},
            "hours": {"required": _("Please choose how much time you have.")},
            "email": {"invalid": _("Please fill in a valid email address, like name@example.nl.")},
        }

    def __init__(self, *args, locale=None, privacy_url=None, retention_months=12, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale).order_by("name")
        self.fields["hours"].choices = HOURS_BANDS
        self.fields["consent"].initial = False
        text = _(
            "We use your details only to find work that fits and to contact you about it, and "
            "keep them for at most %(months)s months after your last contact with us."
        ) % {"months": retention_months}
        self.fields["consent"].help_text = consent_help_text(text, privacy_url)

    def clean(self):
        cleaned = super().clean()
        no_skills = not cleaned.get("skills") and not (cleaned.get("skills_other") or "").strip()
        if no_skills and not self.has_error("skills"):
            self.add_error(
                "skills",
                forms.ValidationError(
                    _("Please tick what you can do, or describe it in your own words."),
                    code="no_skills",
                ),
            )
        missing = not cleaned.get("email") and not cleaned.get("phone")
        if missing and not self.has_error("email") and not self.has_error("phone"):
            self.add_error(
                "email",
                forms.ValidationError(
                    _("Please fill in an email address or a phone number, so we can reach you."),
                    code="no_contact",
                ),
            )
        return cleaned
