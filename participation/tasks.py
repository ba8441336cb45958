"""Background work (django-tasks): confirmation mails, digests, renewals, purges and the daily
impact figures. Arguments are plain values, so any task backend can queue them."""

from django_tasks import task


@task()
def send_alert_confirmation(alert_id):
    from .alerts import send_confirmation
    from .models import Alert

    alert = Alert.objects.filter(pk=alert_id).select_related("theme").first()
    return send_confirmation(alert) if alert else False


@task()
def send_alert_digests(frequency):
    """Mail every confirmed alert of ``frequency`` ("immediate" or "weekly") its new pages."""
    from .alerts import send_digests

    return send_digests(frequency)


@task()
def alert_housekeeping():
    """Daily: ask for renewal a month before expiry, delete expired alerts."""
    from .alerts import purge_expired, send_renewals

    return {"renewals": send_renewals(), "purged": purge_expired()}


@task()
def recompute_impact():
    """Daily: recompute the impact figures of every year the page offers."""
    from .impact import recompute_all

    return recompute_all()
