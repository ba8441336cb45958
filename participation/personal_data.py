"""Alerts for `manage.py export_personal_data` / `erase_personal_data` (see
``core.personal_data``)."""

from .models import Alert


class Alerts:
    label = "alerts"

    def export(self, identifier):
        alerts = Alert.objects.for_email(identifier).select_related("theme")
        return [alert.as_personal_data() for alert in alerts.prefetch_related("deliveries")]

    def erase(self, identifier):
        alerts = Alert.objects.for_email(identifier)
        count = alerts.count()
        if count:
            alerts.delete()
        return count


PROVIDERS = [Alerts()]
