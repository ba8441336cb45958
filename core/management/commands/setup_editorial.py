from django.core.management.base import BaseCommand

from core.editorial import setup_editorial


class Command(BaseCommand):
    help = (
        "Create the Verhalenverteller and Redactie groups with their permissions and put the "
        "moderation workflow on the story and blog index pages. Safe to run again."
    )

    def handle(self, *args, **options):
        storytellers, editors = setup_editorial()
        self.stdout.write(
            self.style.SUCCESS(f"Groups “{storytellers}” and “{editors}” and the workflow are set.")
        )
