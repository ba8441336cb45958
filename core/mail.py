"""Outgoing mail through a durable queue: Django's task framework (the ``django-tasks``
backport) with the database backend, and the worker ``manage.py db_worker``.

``queue_mail(...)`` stores an ``OutgoingMail`` row and enqueues ``deliver_mail`` in the same
transaction as whatever caused it (a resident's response is stored with its mails, or neither).
The worker sends it; a failure is retried with backoff (``MAIL_RETRY_DELAYS``), and after the
last try the mail is marked failed, where editors see it (*Settings → Outgoing email*) and can
send it again.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)


def queue_mail(subject, body, to, from_email=None, reply_to=None):
    from core.models import OutgoingMail

    recipients = [to] if isinstance(to, str) else list(to)
    with transaction.atomic():
        mail = OutgoingMail.objects.create(
            subject=" ".join(str(subject).split())[:300],
            body=body,
            to="\n".join(recipients),
            from_email=from_email or settings.DEFAULT_FROM_EMAIL,
            reply_to=reply_to or "",
        )
        deliver_mail.enqueue(mail.pk)
    return mail


def retry_delay(attempts):
    """Seconds to wait after ``attempts`` failed tries, or None to give up."""
    delays = settings.MAIL_RETRY_DELAYS
    return delays[attempts - 1] if attempts <= len(delays) else None


def send_now(mail):
    """Try to send one mail; record the outcome. True when it went out."""
    from core.models import OutgoingMail

    message = EmailMessage(
        mail.subject,
        mail.body,
        mail.from_email or settings.DEFAULT_FROM_EMAIL,
        mail.recipients,
        reply_to=[mail.reply_to] if mail.reply_to else None,
    )
    mail.attempts += 1
    try:
        message.send()
    except Exception as exc:  # any transport error: keep the mail, try later
        mail.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        delay = retry_delay(mail.attempts)
        if delay is None:
            mail.status = OutgoingMail.Status.FAILED
            mail.next_attempt_at = None
            logger.error("Gave up sending mail %s after %s tries", mail.pk, mail.attempts)
        else:
            mail.status = OutgoingMail.Status.RETRYING
            mail.next_attempt_at = timezone.now() + datetime.timedelta(seconds=delay)
        mail.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
        return False
    mail.status = OutgoingMail.Status.SENT
    mail.sent_at = timezone.now()
    mail.next_attempt_at = None
    mail.save(update_fields=["attempts", "status", "sent_at", "next_attempt_at"])
    return True


@task()
def deliver_mail(mail_id):
    from core.models import OutgoingMail

    mail = OutgoingMail.objects.filter(pk=mail_id).first()
    if mail is None or mail.status in (OutgoingMail.Status.SENT, OutgoingMail.Status.FAILED):
        return
    if send_now(mail) or mail.status != OutgoingMail.Status.RETRYING:
        return
    if default_task_backend.supports_defer:
        deliver_mail.using(run_after=mail.next_attempt_at).enqueue(mail.pk)
    # Without deferral (the immediate backend of tests), ``retry_due_mail`` picks it up.


@task()
def retry_due_mail():
    """Send again every mail whose retry is due (a safety net beside the deferred tasks)."""
    from core.models import OutgoingMail

    due = OutgoingMail.objects.filter(
        status=OutgoingMail.Status.RETRYING, next_attempt_at__lte=timezone.now()
    )
    return sum(send_now(mail) for mail in due)


@task()
def purge_sent_mail():
    from core.models import OutgoingMail

    cutoff = timezone.now() - datetime.timedelta(days=settings.MAIL_RETENTION_DAYS)
    # Sent mail from when it went out; mail the worker gave up on from when it was queued (it
    # holds the same personal data and would otherwise stay for ever).
    deleted, _ = OutgoingMail.objects.filter(
        Q(status=OutgoingMail.Status.SENT, sent_at__lt=cutoff)
        | Q(status=OutgoingMail.Status.FAILED, created_at__lt=cutoff)
    ).delete()
    return deleted
