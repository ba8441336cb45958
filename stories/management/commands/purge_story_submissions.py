import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from stories.models import StorySubmission

# Everything a submission holds about the person; blanked on rows that are kept.
PERSONAL_FIELDS = (
    *("name", "email", "phone", "neighbourhood", "about", "notes"),
    *("email_normalised", "phone_e164"),
)


class Command(BaseCommand):
    help = (
        "After STORY_SUBMISSION_RETENTION_DAYS (default 365): delete story submissions that did "
        "not become a story, and blank the personal details (name, contact details, "
        "neighbourhood, text, notes) of those that did or were published. Run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would go.")

    def handle(self, *args, dry_run=False, **options):
        days = getattr(settings, "STORY_SUBMISSION_RETENTION_DAYS", 365)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = StorySubmission.objects.filter(created_at__lt=cutoff)
        kept = Q(story__isnull=False) | Q(status=StorySubmission.Status.PUBLISHED)
        to_delete = old.exclude(kept)
        has_details = Q()
        for field in PERSONAL_FIELDS:
            has_details |= ~Q(**{field: ""})
        to_blank = old.filter(kept).filter(has_details)
        deleted, blanked = to_delete.count(), to_blank.count()
        if not dry_run:
            to_delete.delete()
            to_blank.update(**dict.fromkeys(PERSONAL_FIELDS, ""))
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            f"Story submissions older than {cutoff:%Y-%m-%d}: {deleted} {verb} deleted, "
            f"{blanked} {verb} stripped of personal details."
        )
