import json

from django.core.management.base import BaseCommand, CommandError

from initiatives.privacy import export_for


class Command(BaseCommand):
    help = "Print (as JSON) everything stored in responses about one email address or phone."

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="An email address or a phone number.")
        parser.add_argument("--output", help="Write to this file instead of standard output.")

    def handle(self, *args, identifier, output=None, **options):
        if not identifier.strip():
            raise CommandError("Give an email address or a phone number.")
        text = json.dumps(export_for(identifier), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stderr.write(f"Written to {output}")
        else:
            self.stdout.write(text)
