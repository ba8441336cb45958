from django.core.management.base import BaseCommand, CommandError

from initiatives.privacy import erase_for


class Command(BaseCommand):
    help = "Delete every response stored for one email address or phone number."

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="An email address or a phone number.")
        parser.add_argument("--dry-run", action="store_true", help="Only count, delete nothing.")

    def handle(self, *args, identifier, dry_run=False, **options):
        if not identifier.strip():
            raise CommandError("Give an email address or a phone number.")
        count = erase_for(identifier, dry_run=dry_run)
        verb = "Would erase" if dry_run else "Erased"
        self.stdout.write(f"{verb} {count} response(s).")
