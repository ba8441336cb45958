from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Build the demo site in Dutch and English from demo/content/*.yaml and demo/media/. "
        "Idempotent: a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when a home page already exists."
        )

    def handle(self, *args, if_empty=False, **options):
        if not settings.DEMO_CONTENT_ALLOWED:
            raise CommandError(
                "Demo content is switched off here (DEMO_CONTENT_ALLOWED); it is not for "
                "production."
            )
        if if_empty and apps.get_model("home", "HomePage").objects.exists():
            self.stdout.write("The site already has content; no demo content loaded.")
            return
        verbose = options["verbosity"] > 1
        with transaction.atomic():
            changes = DemoLoader(self.stdout if verbose else None).load()
        if verbose:
            for what, count in sorted(changes.items()):
                self.stdout.write(f"  {what}: {count}")
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
