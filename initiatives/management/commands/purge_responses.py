from django.core.management.base import BaseCommand

from initiatives.conf import max_age_days, retention_months
from initiatives.privacy import purge_expired


class Command(BaseCommand):
    help = (
        "Delete responses whose opening closed (or was unpublished) longer ago than "
        "RESPONSE_RETENTION_MONTHS (default 12), and every response older than "
        "RESPONSE_MAX_AGE_DAYS (default 730). Cron-ready: run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        count = purge_expired(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {count} response(s) older than {retention_months()} months after their "
            f"opening closed or older than {max_age_days()} days."
        )
