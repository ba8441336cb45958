from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from core.backup import BackupError, check_compatible, restore, verify


class Command(BaseCommand):
    help = (
        "Replace the database and the media with the contents of a backup archive, after "
        "checking it completely. --check only verifies the archive."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="an archive written by manage.py backup")
        parser.add_argument(
            "--check", action="store_true", help="only verify the archive; change nothing"
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="do not ask for confirmation",
        )

    def handle(self, archive, check=False, interactive=True, **options):
        try:
            if check:
                manifest = verify(archive)
                check_compatible(manifest, connection)
                self.stdout.write(f"{archive} is complete and intact: {describe(manifest)}.")
                return
            manifest, pending = restore(archive, confirm=self.confirm if interactive else None)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored {describe(manifest)}.")
        if pending:
            self.stdout.write(
                f"This code has {len(pending)} migration(s) the archive did not have yet: run "
                "manage.py migrate."
            )

    def confirm(self, manifest):
        name = connection.settings_dict["NAME"]
        answer = input(
            f"Replace the database {name} and all media with {describe(manifest)}? "
            "Everything changed since then is lost. Type 'yes': "
        )
        return answer.strip().lower() == "yes"


def describe(manifest):
    media = sum(1 for name in manifest["files"] if name.startswith("media/"))
    site = manifest.get("site") or {}
    version = " ".join(str(v)[:12] for v in (site.get("version"), site.get("commit")) if v)
    return (
        f"the backup of {manifest['created_at']} ({manifest['database']['vendor']} database, "
        f"{media} media files{', version ' + version if version else ''})"
    )
