from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    """One email the site sends, kept until it is delivered (and a while after), so a failing
    mail server loses nothing and editors can see what did not go out.

    Sent by the task worker (``core.mail.deliver_mail``) with retries and backoff. Holds the
    recipient's address and the message: personal data, erased with the person and deleted
    ``MAIL_RETENTION_DAYS`` after sending.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be sent")
        RETRYING = "retrying", _("Failed, will try again")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed, given up")

    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("message"))
    to = models.TextField(_("to"), help_text=_("One address per line."))
    from_email = models.CharField(_("from"), max_length=300, blank=True)
    reply_to = models.CharField(_("reply to"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True, db_index=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing email")
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject

    @property
    def recipients(self):
        return [line.strip() for line in self.to.splitlines() if line.strip()]
