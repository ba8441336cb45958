"""Working days (Monday to Friday) for follow-up promises and reminders."""

import datetime

from django.utils import timezone


def add_working_days(start, days):
    """The date ``days`` working days after ``start`` (a date or datetime)."""
    if isinstance(start, datetime.datetime):
        start = timezone.localtime(start).date()
    current = start
    added = 0
    while added < days:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            added += 1
    return current


def working_days_ago(days, now=None):
    """The moment ``days`` working days before ``now``: responses older than this are late."""
    now = timezone.localtime(now or timezone.now())
    current = now
    counted = 0
    while counted < days:
        current -= datetime.timedelta(days=1)
        if current.weekday() < 5:
            counted += 1
    return current
