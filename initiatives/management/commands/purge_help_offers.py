from django.core.management.base import BaseCommand

from initiatives.conf import max_age_days, offer_retention_months
from initiatives.privacy import purge_expired_offers


class Command(BaseCommand):
    help = (
        "Delete offers of help whose last change is longer ago than HELP_OFFER_RETENTION_MONTHS "
        "(default 12), and every offer older than RESPONSE_MAX_AGE_DAYS (default 730). "
        "Cron-ready: run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count, delete nothing.")

    def handle(self, *args, dry_run=False, **options):
        count = purge_expired_offers(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {count} offer(s) of help unchanged for {offer_retention_months()} months "
            f"or older than {max_age_days()} days."
        )
