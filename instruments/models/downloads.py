"""Download counting and the optional question after a download. Neither stores an IP
address, a user agent or anything else about the person: only a day, a file and a number, or
the answer they chose to give."""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import OrganisationType


class DownloadCount(models.Model):
    """How often a file was downloaded on one day."""

    file = models.ForeignKey(
        "instruments.InstrumentFile",
        verbose_name=_("file"),
        on_delete=models.CASCADE,
        related_name="download_counts",
    )
    date = models.DateField(_("date"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["file", "date"], name="unique_download_count_per_day")
        ]

    def __str__(self):
        return f"{self.file_id} {self.date}: {self.count}"

    @classmethod
    def record(cls, file, date=None):
        """Add one download of ``file`` on ``date`` (today); safe when requests race.

        The counter is raised with an F() update in the database. The first download of a day
        creates the row; when two requests both try, the loser's insert fails on the unique
        constraint and it updates instead.
        """
        date = date or timezone.localdate()
        with transaction.atomic():
            updated = cls.objects.filter(file=file, date=date).update(count=F("count") + 1)
            if updated:
                return
            try:
                with transaction.atomic():
                    cls.objects.create(file=file, date=date, count=1)
            except IntegrityError:
                cls.objects.filter(file=file, date=date).update(count=F("count") + 1)


class DownloadAnswer(models.Model):
    """An answer to the optional question after a download. Only the date is kept, no time."""

    page = models.ForeignKey(
        "instruments.InstrumentPage",
        verbose_name=_("instrument"),
        on_delete=models.CASCADE,
        related_name="download_answers",
    )
    file = models.ForeignKey(
        "instruments.InstrumentFile",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    purpose = models.TextField(
        _("What will you use it for?"),
        max_length=500,
        blank=True,
    )
    organisation_type = models.CharField(
        _("Type of organisation"),
        max_length=30,
        choices=OrganisationType.choices,
        blank=True,
    )

    class Meta:
        verbose_name = _("download answer")
        verbose_name_plural = _("download answers")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.page_id} {self.date}"
