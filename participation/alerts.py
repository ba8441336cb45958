"""What an alert matches, the mails it sends, its signed links and its retention."""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

from initiatives.models import OpeningPage
from initiatives.models.openings import hours_band_q
from stories.models import StoryPage

from .models import Alert, AlertDelivery

logger = logging.getLogger(__name__)

FROM_HOME = "thuis"  # the finder's "from home" place value
SALT = "participation.alerts"
MAX_PENDING_PER_EMAIL = 5  # unconfirmed alerts one address can collect (against mail bombing)


def confirm_days():
    return int(getattr(settings, "ALERT_CONFIRM_DAYS", 7))


def retention_days():
    return int(getattr(settings, "ALERT_RETENTION_DAYS", 365))


# --- Signed links ------------------------------------------------------------------------------
def sign(alert, action):
    return signing.dumps({"t": str(alert.token), "a": action}, salt=SALT)


def unsign(value, action, max_age=None):
    """The alert a signed value names for ``action``, or None (bad, expired or gone)."""
    try:
        data = signing.loads(value, salt=SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("a") != action:
        return None
    return Alert.objects.filter(token=data.get("t")).select_related("theme").first()


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def link(alert, action):
    with translation.override(alert.language):
        return absolute(reverse(f"participation:alert_{action}", args=[sign(alert, action)]))


# --- Matching ----------------------------------------------------------------------------------
def subject_for_page(page):
    page = getattr(page, "specific", page)
    if isinstance(page, OpeningPage):
        return Alert.Subject.OPENINGS
    if isinstance(page, StoryPage):
        return Alert.Subject.STORIES
    return None


def matching_pages(alert):
    """Live pages in the alert's language that match it, published since it was confirmed."""
    locale = Locale.objects.filter(language_code=alert.language).first()
    if locale is None or alert.confirmed_at is None:
        return OpeningPage.objects.none()
    model = OpeningPage if alert.subject == Alert.Subject.OPENINGS else StoryPage
    pages = (
        model.objects.live()
        .public()
        .filter(locale=locale, first_published_at__gte=alert.confirmed_at)
        .exclude(translation_key__in=alert.deliveries.values("page_key"))
    )
    if alert.theme_id:
        pages = pages.filter(themes__translation_key=alert.theme.translation_key).distinct()
    if model is OpeningPage:
        pages = pages.filter(OpeningPage.open_q())
        if alert.opening_kind:
            pages = pages.filter(kind=alert.opening_kind)
        if alert.place == FROM_HOME:
            pages = pages.filter(from_home=True)
        elif alert.place:
            pages = pages.filter(place=alert.place)
        if alert.hours:
            pages = pages.filter(hours_band_q(alert.hours))
    return pages.order_by("first_published_at", "pk")


def describe(alert):
    """The alert's filters as one line of text, in the active language."""
    from django.utils.translation import gettext

    parts = [str(alert.get_subject_display())]
    if alert.opening_kind:
        parts.append(str(dict(OpeningPage.Kind.choices).get(alert.opening_kind, "")))
    if alert.theme_id:
        theme = alert.theme
        other = theme.get_translation_or_none(Locale.get_active()) if theme else None
        parts.append((other or theme).name)
    if alert.place == FROM_HOME:
        parts.append(gettext("from home"))
    elif alert.place:
        parts.append(alert.place)
    if alert.hours:
        from initiatives.models.openings import HOURS_BANDS

        parts.append(str(dict(HOURS_BANDS).get(alert.hours, "")))
    return " · ".join(part for part in parts if part)


# --- Mail --------------------------------------------------------------------------------------
def _send(alert, template, context, with_unsubscribe=True):
    """One mail to the alert's address in its language; returns whether it went out."""
    unsubscribe = link(alert, "unsubscribe")
    context = {
        "alert": alert,
        "unsubscribe_url": unsubscribe,
        "manage_url": link(alert, "manage"),
        **context,
    }
    with translation.override(alert.language):
        context["description"] = describe(alert)
        subject = " ".join(
            render_to_string(f"participation/email/{template}_subject.txt", context).split()
        )
        body = render_to_string(f"participation/email/{template}_body.txt", context)
    headers = {}
    if with_unsubscribe:
        # RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs here.
        headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMessage(
        subject, body, settings.DEFAULT_FROM_EMAIL, [alert.email], headers=headers
    )
    try:
        message.send()
    except Exception:  # The alert stays; the next run tries again.
        logger.exception("Could not send the %s mail of an alert", template)
        return False
    return True


def send_confirmation(alert):
    if alert.is_confirmed:
        return False
    return _send(
        alert,
        "confirm",
        {"confirm_url": link(alert, "confirm"), "days": confirm_days()},
        with_unsubscribe=False,
    )


def send_digest(alert, now=None):
    """Mail the pages that match ``alert`` and were not sent yet; returns how many."""
    now = now or timezone.now()
    pages = list(matching_pages(alert)[:50])
    if not pages:
        return 0
    items = [{"title": page.title, "url": page.get_full_url(), "page": page} for page in pages]
    if not _send(alert, "digest", {"items": items}):
        return 0
    for page in pages:
        try:
            with transaction.atomic():
                AlertDelivery.objects.create(alert=alert, page_key=page.translation_key)
        except IntegrityError:
            pass  # sent by a run at the same moment
    Alert.objects.filter(pk=alert.pk).update(last_sent_at=now)
    return len(pages)


def send_digests(frequency, now=None):
    """Every confirmed alert of ``frequency`` gets the pages it has not had yet."""
    sent = 0
    alerts = Alert.objects.confirmed().filter(frequency=frequency).select_related("theme")
    for alert in alerts:
        if send_digest(alert, now):
            sent += 1
    return sent


# --- Retention ---------------------------------------------------------------------------------
def expired_alerts(now=None):
    """Unconfirmed after ``ALERT_CONFIRM_DAYS``, or no interest confirmed for a year."""
    now = now or timezone.now()
    unconfirmed = Q(
        confirmed_at__isnull=True,
        created_at__lt=now - datetime.timedelta(days=confirm_days()),
    )
    cutoff = now - datetime.timedelta(days=retention_days())
    stale = Q(confirmed_at__isnull=False) & (
        Q(interest_confirmed_at__lt=cutoff)
        | Q(interest_confirmed_at__isnull=True, confirmed_at__lt=cutoff)
    )
    return Alert.objects.filter(unconfirmed | stale)


def purge_expired(now=None, dry_run=False):
    alerts = expired_alerts(now)
    count = alerts.count()
    if count and not dry_run:
        alerts.delete()
    return count


def send_renewals(now=None):
    """A month before an alert expires, ask once whether the resident still wants it."""
    now = now or timezone.now()
    soon = now - datetime.timedelta(days=retention_days() - 30)
    due = (
        Alert.objects.confirmed()
        .filter(renewal_sent_at__isnull=True)
        .filter(
            Q(interest_confirmed_at__lt=soon)
            | Q(interest_confirmed_at__isnull=True, confirmed_at__lt=soon)
        )
    )
    sent = 0
    for alert in due:
        if _send(alert, "renew", {"renew_url": link(alert, "manage")}):
            Alert.objects.filter(pk=alert.pk).update(renewal_sent_at=now)
            sent += 1
    return sent


def renew(alerts, now=None):
    """The resident confirmed their interest: the year starts again."""
    return alerts.update(interest_confirmed_at=now or timezone.now(), renewal_sent_at=None)
