"""Alerts: subscribe, confirm, manage and unsubscribe. Included inside i18n_patterns."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "participation"

urlpatterns = [
    path(_("alerts/"), views.subscribe, name="alert_subscribe"),
    path(_("alerts/check-your-mail/"), views.check_mail, name="alert_check_mail"),
    path(_("alerts/confirm/<str:signed>/"), views.confirm, name="alert_confirm"),
    path(_("alerts/manage/<str:signed>/"), views.manage, name="alert_manage"),
    path(_("alerts/stop/<str:signed>/"), views.unsubscribe, name="alert_unsubscribe"),
]
