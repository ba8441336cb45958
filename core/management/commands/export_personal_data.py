import json

from django.core.management.base import BaseCommand, CommandError

from core.personal_data import normalise, providers


class Command(BaseCommand):
    help = (
        "Export, as JSON, everything the site stores about one email address or phone number "
        "(the right of access and data portability)."
    )

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="an email address or a phone number")
        parser.add_argument("--output", help="write to this file instead of standard output")

    def handle(self, identifier, output=None, **options):
        if not normalise(identifier):
            raise CommandError("Give an email address or a phone number.")
        data = {"identifier": identifier, "records": {}}
        for provider in providers():
            data["records"][provider.label] = provider.export(identifier)
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            total = sum(len(v) for v in data["records"].values())
            self.stderr.write(f"{total} record(s) written to {output}.")
        else:
            self.stdout.write(text)
