import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission


class Command(BaseCommand):
    help = (
        "Delete contact-form messages older than CONTACT_RETENTION_DAYS (default 365). "
        "Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would go.")

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.CONTACT_RETENTION_DAYS)
        old = FormSubmission.objects.filter(submit_time__lt=cutoff)
        count = old.count()
        if not dry_run:
            old.delete()
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} contact message(s) older than {cutoff:%Y-%m-%d} {verb}.")
