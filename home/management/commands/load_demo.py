from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from home.demo_utils import DemoContext
from home.models import HomePage


class Command(BaseCommand):
    help = (
        "Build the demo site in Dutch and English. Idempotent: a second run changes nothing. "
        "Each section adds its own content through its demo.py."
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
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; no demo content loaded.")
            return
        ctx = DemoContext(self.stdout if options["verbosity"] > 1 else None)
        with transaction.atomic():
            for label in settings.LOCAL_APPS:
                app = apps.get_app_config(label)
                if module_has_submodule(app.module, "demo"):
                    import_module(f"{app.name}.demo").load(ctx)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
