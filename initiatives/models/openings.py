"""Openings (volunteer or paid work under an initiative) and the site-wide finder."""

import datetime
from decimal import Decimal

from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import formats, timezone, translation
from django.utils.formats import number_format
from django.utils.html import strip_tags
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, IndexPage, Theme
from core.validators import validate_phone

from ..panels import FittingOffersPanel
from ..workdays import add_working_days
from .posters import PosterMixin

# The contact person answers within this many working days (promised on the thank-you page;
# the follow-up list and reminders use the same number).
FOLLOW_UP_WORKING_DAYS = 5

HOURS_BANDS = [
    ("eenmalig", _("One-off")),
    ("tot-4", _("Up to 4 hours a week")),
    ("4-8", _("4 to 8 hours a week")),
    ("8-16", _("8 to 16 hours a week")),
    ("16-plus", _("More than 16 hours a week")),
]


def hours_band_q(band):
    """A filter for openings in an hours band (see ``HOURS_BANDS``)."""
    return {
        "eenmalig": Q(one_off_at__isnull=False),
        "tot-4": Q(hours_per_week__lt=4),
        "4-8": Q(hours_per_week__gte=4, hours_per_week__lte=8),
        "8-16": Q(hours_per_week__gt=8, hours_per_week__lte=16),
        "16-plus": Q(hours_per_week__gt=16),
    }.get(band, Q())


def local_today():
    return timezone.localdate()


class OpeningPage(PosterMixin, BasePage):
    """Volunteer or paid work under an initiative, with the response form.

    It takes responses while its status is "open" and its response deadline (inclusive) has not
    passed; otherwise it shows as closed and refuses them.
    """

    theme_listing_order = 20  # where its group stands on a theme page

    class Kind(models.TextChoices):
        VOLUNTEER = "volunteer", _("Volunteer")
        PAID = "paid", _("Paid")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        FILLED = "filled", _("Filled")
        CLOSED = "closed", _("Closed")

    kind = models.CharField(_("volunteer or paid"), max_length=12, choices=Kind.choices)
    tasks = RichTextField(_("what you will do"), features=RICH_TEXT_FEATURES)
    hours_per_week = models.DecimalField(
        _("hours per week"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Leave empty for a one-off task with a date."),
    )
    one_off_at = models.DateTimeField(
        _("one-off date and time"), null=True, blank=True, help_text=_("For a one-off task.")
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    period = models.CharField(
        _("period"), max_length=80, blank=True, help_text=_("E.g. “six months” or “ongoing”.")
    )
    deadline = models.DateField(
        _("respond before"),
        null=True,
        blank=True,
        help_text=_("Last day to respond. Empty: open until filled or closed."),
    )
    place = models.CharField(_("place"), max_length=80, blank=True)
    from_home = models.BooleanField(_("can be done from home"), default=False)
    skills = models.TextField(_("skills or experience wanted"), blank=True)
    no_experience_needed = models.BooleanField(_("no experience needed"), default=False)
    offer_pay = models.CharField(
        _("pay or reimbursement"),
        max_length=160,
        blank=True,
        help_text=_("E.g. “scale 5, €17 an hour” or “travel costs reimbursed”."),
    )
    offer_training = models.BooleanField(_("training offered"), default=False)
    offer_reference = models.BooleanField(_("reference or certificate"), default=False)
    offer_other = models.TextField(_("what else it offers"), blank=True)
    people_needed = models.PositiveSmallIntegerField(_("people needed"), default=1)
    suits_little_dutch = models.BooleanField(_("suits people with little Dutch"), default=False)
    suits_limited_mobility = models.BooleanField(
        _("suits people with limited mobility"), default=False
    )
    contact_name = models.CharField(_("contact person"), max_length=120)
    contact_email = models.EmailField(
        _("contact person's email"), help_text=_("Gets a message for each new response.")
    )
    contact_phone = models.CharField(
        _("contact person's phone"), max_length=30, blank=True, validators=[validate_phone]
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.OPEN
    )
    closed_at = models.DateTimeField(
        _("closed at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the status left “open”; the retention period of responses runs from it."),
    )

    template = "initiatives/opening_page.html"
    thank_you_template = "initiatives/opening_thanks.html"
    parent_page_types = ["initiatives.InitiativePage"]
    subpage_types = []

    content_panels = [
        *BasePage.content_panels,
        FittingOffersPanel(),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldPanel("tasks"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("hours_per_week"), FieldPanel("one_off_at")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("period")]),
                FieldPanel("deadline"),
            ],
            heading=_("Time"),
        ),
        FieldRowPanel([FieldPanel("place"), FieldPanel("from_home")]),
        MultiFieldPanel(
            [
                FieldPanel("skills"),
                FieldPanel("no_experience_needed"),
                FieldRowPanel(
                    [FieldPanel("suits_little_dutch"), FieldPanel("suits_limited_mobility")]
                ),
                FieldPanel("people_needed"),
            ],
            heading=_("Who we are looking for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("offer_pay"),
                FieldRowPanel([FieldPanel("offer_training"), FieldPanel("offer_reference")]),
                FieldPanel("offer_other"),
            ],
            heading=_("What it offers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact person"),
        ),
        FieldPanel("themes"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("tasks"),
        index.SearchField("skills"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("opening")
        verbose_name_plural = _("openings")

    # --- Open or closed ------------------------------------------------------------------------
    @classmethod
    def open_with_theme(cls, locale, theme_slug=None):
        """(open openings in ``locale`` newest first, the theme) for the feed and the API;
        narrowed to the theme with ``theme_slug`` (Http404 when there is no such theme)."""
        queryset = (
            cls.objects.live()
            .public()
            .filter(locale=locale)
            .filter(cls.open_q())
            .select_related("locale")
            .order_by("-first_published_at", "-pk")
        )
        theme = None
        if theme_slug:
            theme = Theme.objects.filter(locale=locale, slug=theme_slug).first()
            if theme is None:
                raise Http404("Unknown theme")
            queryset = queryset.filter(themes__translation_key=theme.translation_key).distinct()
        return queryset, theme

    @staticmethod
    def open_q(today=None):
        """Openings that take responses: status open and deadline not passed (inclusive)."""
        today = today or local_today()
        return Q(status="open") & (Q(deadline__isnull=True) | Q(deadline__gte=today))

    @classmethod
    def open_in(cls, locale_id):
        """The live, public openings in a language that take responses."""
        return cls.objects.live().public().filter(locale_id=locale_id).filter(cls.open_q())

    @property
    def deadline_passed(self):
        return self.deadline is not None and self.deadline < local_today()

    @property
    def is_open(self):
        return self.status == self.Status.OPEN and not self.deadline_passed

    @property
    def has_poster(self):
        return self.is_open

    def status_label(self):
        """The status a reader sees: "Filled" for a filled opening, "Closed" for one closed or
        past its deadline, "Open" otherwise; the same word as the notice above the facts."""
        if self.is_open:
            return self.Status.OPEN.label
        if self.status == self.Status.FILLED:
            return self.Status.FILLED.label
        return self.Status.CLOSED.label

    @property
    def has_wanted_section(self):
        """Whether "Who we are looking for" has anything to say."""
        return bool(
            self.no_experience_needed
            or self.skills
            or self.suits_little_dutch
            or self.suits_limited_mobility
        )

    def closed_reason(self):
        if self.status == self.Status.FILLED:
            return _("This opening has been filled.")
        if self.status == self.Status.CLOSED:
            return _("This opening is closed.")
        if self.deadline_passed:
            return _("The deadline for responses has passed.")
        return ""

    def closed_since(self):
        """When this opening stopped taking responses (None while it is open)."""
        if self.status != self.Status.OPEN:
            return self.closed_at or self.last_published_at
        if self.deadline_passed:
            end = datetime.datetime.combine(
                self.deadline + datetime.timedelta(days=1), datetime.time.min
            )
            return timezone.make_aware(end)
        return None

    def save(self, *args, **kwargs):
        if self.status == self.Status.OPEN:
            self.closed_at = None
        elif self.closed_at is None:
            self.closed_at = timezone.now()
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "status" not in update_fields:
            return  # e.g. saving a draft revision: the live row keeps its status
        if self.translation_key and self.pk:
            # Open or closed holds in every language at once.
            OpeningPage.objects.filter(translation_key=self.translation_key).exclude(
                pk=self.pk
            ).update(status=self.status, deadline=self.deadline, closed_at=self.closed_at)

    # --- Theme pages and cards -----------------------------------------------------------------
    @classmethod
    def theme_listing_queryset(cls, theme, locale):
        return super().theme_listing_queryset(theme, locale).filter(cls.open_q())

    @classmethod
    def theme_listing_group(cls):
        return _("Open openings")

    def get_fallback_summary(self):
        return self.tasks

    def hours_decimal(self):
        if self.hours_per_week is None:
            return None
        hours = Decimal(str(self.hours_per_week))
        return hours.quantize(Decimal(1)) if hours == hours.to_integral() else hours.normalize()

    def hours_label(self):
        if self.hours_per_week is not None:
            hours = number_format(self.hours_decimal(), use_l10n=True)
            return ngettext(
                "%(hours)s hour a week", "%(hours)s hours a week", int(self.hours_per_week) or 1
            ) % {"hours": hours}
        if self.one_off_at:
            return _("Once, on %(date)s") % {
                "date": formats.date_format(timezone.localtime(self.one_off_at), "j F Y, H:i")
            }
        return ""

    @property
    def card_meta(self):
        parts = [str(self.get_kind_display())]
        hours = self.hours_label()
        if hours:
            parts.append(hours)
        if not self.is_open:
            parts.append(str(_("closed")))
        elif self.deadline:
            parts.append(
                str(_("respond before %(date)s") % {"date": formats.date_format(self.deadline)})
            )
        return " · ".join(parts)

    def finder(self):
        return OpeningFinderPage.objects.live().filter(locale_id=self.locale_id).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        initiative = self.get_parent()
        context["initiative"] = initiative.specific if initiative else None
        context["finder"] = self.finder()
        context["job_posting"] = self.job_posting(request)
        return context

    # --- Responding ----------------------------------------------------------------------------
    # The view that shows the response form and stores a response (``views.respond``). Wired in
    # ``InitiativesConfig.ready`` so the model layer never imports views or forms.
    respond_view = None

    @path("")
    def opening_view(self, request):
        return self.respond_view(request, self)

    @path(_("thanks/"), name="thanks")
    def thanks_view(self, request):
        reply_by = add_working_days(timezone.now(), FOLLOW_UP_WORKING_DAYS)
        return self.render(
            request,
            template=self.thank_you_template,
            context_overrides={"reply_by": reply_by, "follow_up_days": FOLLOW_UP_WORKING_DAYS},
        )

    def thanks_url(self):
        return self.url + self.reverse_subpage("thanks")

    def redirect_to_thanks(self):
        return redirect(self.thanks_url())

    # --- Structured data -----------------------------------------------------------------------
    def job_posting(self, request):
        """schema.org JobPosting for search engines (Google's job search reads it)."""
        from wagtail.models import Site

        from core.models import SiteSettings

        site = Site.find_for_request(request)
        site_settings = SiteSettings.load(request_or_site=request)
        initiative = self.get_parent()
        posted = self.first_published_at or timezone.now()
        types = ["VOLUNTEER"] if self.kind == self.Kind.VOLUNTEER else ["PART_TIME"]
        if self.kind == self.Kind.PAID and self.hours_per_week and self.hours_per_week >= 32:
            types = ["FULL_TIME"]
        data = {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": self.title,
            "description": self.tasks or self.get_listing_summary(),
            "datePosted": timezone.localtime(posted).date().isoformat(),
            "employmentType": types,
            "hiringOrganization": {
                "@type": "Organization",
                "name": site_settings.organisation_name,
                "sameAs": site.root_url if site else "",
            },
            "directApply": True,
            "url": self.get_full_url(request),
            "identifier": {
                "@type": "PropertyValue",
                "name": site_settings.organisation_name,
                "value": str(self.translation_key),
            },
        }
        if self.deadline:
            data["validThrough"] = f"{self.deadline.isoformat()}T23:59:59"
        if self.from_home:
            data["jobLocationType"] = "TELECOMMUTE"
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "NL"}
        location = self.place or (initiative.specific.place if initiative else "")
        if location or site_settings.city:
            data["jobLocation"] = {
                "@type": "Place",
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": location or site_settings.street_address,
                    "addressLocality": site_settings.city or "Arnhem",
                    "postalCode": site_settings.postal_code,
                    "addressCountry": "NL",
                },
            }
        if self.start_date:
            data["jobStartDate"] = self.start_date.isoformat()
        # Text in the page's language, whatever language is active while rendering.
        with translation.override(self.locale.language_code):
            if self.no_experience_needed:
                # Translators: schema.org JobPosting experienceRequirements of an opening
                # that needs no experience.
                data["experienceRequirements"] = gettext("no requirements")
            elif self.skills:
                data["experienceRequirements"] = strip_tags(self.skills)
            if self.hours_per_week:
                data["workHours"] = self.hours_label()
        if self.people_needed:
            data["totalJobOpenings"] = self.people_needed
        return data


class OpeningFinderPage(IndexPage):
    """“Doe mee”: every open opening of the site, filterable, sortable and paginated."""

    template = "initiatives/opening_finder_page.html"
    subpage_types = []

    class Meta:
        verbose_name = _("openings finder")
        verbose_name_plural = _("openings finders")

    def open_openings(self):
        return OpeningPage.open_in(self.locale_id)

    def latest_listing(self, count):
        """What a "latest pages" block on the home page shows for this page: the newest open
        openings (a queryset; the block loads its cards with the page's other lists)."""
        return self.open_openings().order_by("-first_published_at")[:count]

    # ``forms.OpeningFilterForm``, wired in ``InitiativesConfig.ready``.
    filter_form_class = None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form_class(request.GET or None, finder=self)
        base = self.open_openings()
        results = form.filter(base)
        counts = dict(
            form.filter(base, skip=("kind",)).values_list("kind").annotate(n=Count("pk")).order_by()
        )
        kind_counts = [
            {"value": value, "label": label, "count": counts.get(value, 0)}
            for value, label in OpeningPage.Kind.choices
        ]
        context.update(
            self.paginated(
                request,
                form.order(results),
                filter_form=form,
                kind_counts=kind_counts,
                theme_feed_slug=form.value("theme"),
            )
        )
        return context
