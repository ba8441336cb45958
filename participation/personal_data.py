"""Alerts for `manage.py export_personal_data` / `erase_personal_data` (see
``core.personal_data``)."""

from core.personal_data import neutralise_log_entries

from .models import Alert


class Alerts:
    label = "alerts"

    def export(self, identifier):
        alerts = Alert.objects.for_email(identifier).select_related("theme")
        return [alert.as_personal_data() for alert in alerts.prefetch_related("deliveries")]

    def erase(self, identifier):
        alerts = Alert.objects.for_email(identifier)
        found = list(alerts)
        neutralise_log_entries(found)
        Alert.objects.filter(pk__in=[alert.pk for alert in found]).delete()
        return len(found)


PROVIDERS = [Alerts()]
