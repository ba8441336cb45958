from django.core.management.base import BaseCommand

from participation.alerts import confirm_days, purge_expired, retention_days, send_renewals


class Command(BaseCommand):
    help = (
        "Ask for renewal a month before an alert expires, and delete alerts not confirmed "
        "within ALERT_CONFIRM_DAYS or without confirmed interest for ALERT_RETENTION_DAYS. "
        "Cron-ready: run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count; send nothing.")

    def handle(self, *args, dry_run=False, **options):
        renewals = 0 if dry_run else send_renewals()
        count = purge_expired(dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{renewals} renewal request(s) sent. {verb} {count} alert(s) (unconfirmed after "
            f"{confirm_days()} days or without confirmed interest for {retention_days()} days)."
        )
