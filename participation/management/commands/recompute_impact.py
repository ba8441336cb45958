from django.core.management.base import BaseCommand

from participation.tasks import recompute_impact


class Command(BaseCommand):
    help = "Queue the daily recomputation of the impact page's figures (or --now: do it here)."

    def add_arguments(self, parser):
        parser.add_argument("--now", action="store_true", help="Compute now, without the worker.")

    def handle(self, *args, now=False, **options):
        if now:
            from participation.impact import recompute_all

            self.stdout.write(f"Recomputed the figures of {recompute_all()} year(s).")
            return
        result = recompute_impact.enqueue()
        self.stdout.write(f"Queued the impact figures ({result.id}).")
