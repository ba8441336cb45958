from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, create_backup, default_directory


class Command(BaseCommand):
    help = (
        "Write one archive with the database and every uploaded file (media, also on S3), plus "
        "a manifest with checksums. Safe while the site runs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            "-o",
            help=f"a folder or an archive path (default: BACKUP_DIR, now {default_directory()})",
        )
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="afterwards delete all but the newest N archives in that folder",
        )

    def handle(self, output=None, keep=None, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be 1 or more.")
        try:
            path, manifest = create_backup(output, keep=keep)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        media = sum(1 for name in manifest["files"] if name.startswith("media/"))
        size = path.stat().st_size
        self.stdout.write(
            f"Backup written: {path} ({manifest['database']['vendor']} database, {media} media "
            f"files, {size / 1024 / 1024:.1f} MB)"
        )
