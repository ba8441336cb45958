import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from stories.models import StorySubmission


class Command(BaseCommand):
    help = (
        "Delete story submissions that did not become a story and are older than "
        "STORY_SUBMISSION_RETENTION_DAYS (default 365). Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would go.")

    def handle(self, *args, dry_run=False, **options):
        days = getattr(settings, "STORY_SUBMISSION_RETENTION_DAYS", 365)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = StorySubmission.objects.filter(created_at__lt=cutoff, story__isnull=True).exclude(
            status=StorySubmission.Status.PUBLISHED
        )
        count = old.count()
        if not dry_run:
            old.delete()
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} story submission(s) older than {cutoff:%Y-%m-%d} {verb}.")
