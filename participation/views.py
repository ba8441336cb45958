"""Public views of alerts: subscribe, confirm (double opt-in), manage and unsubscribe, all
reached from signed links; no account is needed."""

from django.db import transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from wagtail.models import Locale

from core.models import SiteSettings
from core.validators import parse_id

from . import alerts
from .models import Alert
from .models.alerts import ALERT_CONSENT_VERSION


def _privacy_url(request):
    page = SiteSettings.load(request_or_site=request).privacy_page
    return page.localized.get_url(request) if page else None


def _form(request, data=None, initial=None):
    from .forms import AlertForm

    return AlertForm(
        data,
        initial=initial,
        request=request,
        locale=Locale.get_active(),
        privacy_url=_privacy_url(request),
    )


FILTER_PARAMS = ("subject", "kind", "theme", "place", "hours")


@never_cache
def subscribe(request):
    """The alert form, prefilled from the finder's (or a theme's) filters in the query."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        initial = {k: request.GET[k] for k in FILTER_PARAMS if request.GET.get(k)}
        return render(
            request, "participation/subscribe.html", {"form": _form(request, None, initial)}
        )
    form = _form(request, request.POST)
    if not form.is_valid():
        return render(request, "participation/subscribe.html", {"form": form}, status=400)
    store_alert(form)
    return redirect(reverse("participation:alert_check_mail"))


def store_alert(form):
    """An unconfirmed alert and its confirmation mail (by the worker). Nothing is created when
    the same alert exists, or the address has too many waiting, and the resident sees the same
    page either way (no one learns which addresses are subscribed)."""
    from .tasks import send_alert_confirmation

    data = form.cleaned_data
    values = {
        "email": data["email"].strip(),
        "subject": data["subject"],
        "opening_kind": data.get("kind") or "",
        "theme": data.get("theme"),
        "place": data.get("place") or "",
        "hours": data.get("hours") or "",
        "language": get_language() or "nl",
    }
    existing = Alert.objects.for_email(values["email"]).filter(
        **{k: v for k, v in values.items() if k != "email"}
    )
    if existing.exists():
        alert = existing.first()
        if alert.is_confirmed:
            return None
    else:
        pending = Alert.objects.for_email(values["email"]).filter(confirmed_at__isnull=True)
        if pending.count() >= alerts.MAX_PENDING_PER_EMAIL:
            return None
        now = timezone.now()
        alert = Alert.objects.create(
            **values,
            frequency=data["frequency"],
            consent_version=ALERT_CONSENT_VERSION,
            consent_given_at=now,
            created_at=now,
        )
    transaction.on_commit(lambda: send_alert_confirmation.enqueue(alert.pk))
    return alert


@never_cache
def check_mail(request):
    return render(request, "participation/check_mail.html")


@never_cache
def confirm(request, signed):
    """GET shows a button, POST confirms: a link checker opening the mail confirms nothing."""
    alert = alerts.unsign(signed, "confirm", max_age=alerts.confirm_days() * 86400)
    if alert is None:
        return render(request, "participation/link_invalid.html", status=404)
    if request.method == "POST":
        if not alert.is_confirmed:
            now = timezone.now()
            Alert.objects.filter(pk=alert.pk).update(confirmed_at=now, interest_confirmed_at=now)
        return redirect(reverse("participation:alert_manage", args=[alerts.sign(alert, "manage")]))
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "POST"])
    return render(
        request,
        "participation/confirm.html",
        {"alert": alert, "description": alerts.describe(alert)},
    )


@never_cache
def manage(request, signed):
    """All alerts of the address a signed link names: change how often, stop one or all, or
    say they are still wanted."""
    alert = alerts.unsign(signed, "manage")
    if alert is None:
        return render(request, "participation/link_invalid.html", status=404)
    mine = Alert.objects.for_email(alert.email).select_related("theme")
    message = None
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        alert_id = parse_id(request.POST.get("alert"))
        target = mine.filter(pk=alert_id).first() if alert_id is not None else None
        if action == "frequency" and target:
            from .forms import FrequencyForm

            form = FrequencyForm(request.POST)
            if form.is_valid():
                mine.filter(pk=target.pk).update(frequency=form.cleaned_data["frequency"])
                message = _("Your alert has been changed.")
            else:
                message, status = _("Please choose how often you want to hear from us."), 400
        elif action == "delete" and target:
            target.delete()
            message = _("That alert has been stopped and deleted.")
        elif action == "delete_all":
            mine.delete()
            message = _("All your alerts have been stopped and deleted.")
        elif action == "renew":
            alerts.renew(mine.confirmed())
            message = _("Thank you. We keep your alerts for another year.")
        else:
            message, status = _("That did not work. Please try again."), 400
        if status == 200 and not mine.exists():
            return render(request, "participation/unsubscribed.html", {"message": message})
    rows = [{"alert": a, "description": alerts.describe(a)} for a in mine]
    return render(
        request,
        "participation/manage.html",
        {
            "rows": rows,
            "message": message,
            "message_ok": status == 200,
            "frequencies": Alert.Frequency.choices,
            "signed": signed,
            "subscribe_url": reverse("participation:alert_subscribe"),
        },
        status=status,
    )


@csrf_exempt  # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" without a token
@never_cache
def unsubscribe(request, signed):
    """One click: the link in every mail, and the List-Unsubscribe header, stop this alert."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    alert = alerts.unsign(signed, "unsubscribe")
    if alert is None:
        return render(request, "participation/unsubscribed.html", {"gone": True})
    email = alert.email
    if request.method != "HEAD":
        alert.delete()
    others = Alert.objects.for_email(email).confirmed().first()
    return render(
        request,
        "participation/unsubscribed.html",
        {
            "message": _("You will not receive this alert any more. We have deleted it."),
            "manage_url": (
                reverse("participation:alert_manage", args=[alerts.sign(others, "manage")])
                if others
                else None
            ),
        },
    )
