from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.personal_data import normalise, providers


class Command(BaseCommand):
    help = (
        "Erase everything the site stores about one email address or phone number (the right "
        "to erasure). Asks for confirmation unless --yes is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="an email address or a phone number")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, identifier, yes=False, **options):
        if not normalise(identifier):
            raise CommandError("Give an email address or a phone number.")
        found = {p.label: len(p.export(identifier)) for p in providers()}
        total = sum(found.values())
        if not total:
            self.stdout.write(f"Nothing is stored about {identifier}.")
            return
        summary = ", ".join(f"{count} {label}" for label, count in found.items() if count)
        if not yes:
            answer = input(f"Erase {summary} about {identifier}? Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing was erased.")
        with transaction.atomic():
            erased = {p.label: p.erase(identifier) for p in providers()}
        self.stdout.write(
            "Erased: " + ", ".join(f"{count} {label}" for label, count in erased.items() if count)
        )
