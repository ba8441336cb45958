from django.core.management.base import BaseCommand

from participation.tasks import send_alert_digests


class Command(BaseCommand):
    help = (
        "Queue the alert digests for the worker: --weekly once a week (e.g. Monday morning), "
        "--immediate as a safety net (publishing an opening or story queues it already)."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--weekly", action="store_true")
        group.add_argument("--immediate", action="store_true")

    def handle(self, *args, weekly=False, immediate=False, **options):
        frequency = "weekly" if weekly else "immediate"
        result = send_alert_digests.enqueue(frequency)
        self.stdout.write(f"Queued the {frequency} alert digests ({result.id}).")
