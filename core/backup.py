"""Backup and restore of the whole site: the database and the uploaded media in one archive.

An archive (``wijkbedrijf-<UTC time>.tar.gz``) holds

- ``database/db.sqlite3`` (SQLite: a copy made with the online backup API, consistent while
  the site keeps reading and writing) or ``database/db.pgdump`` (PostgreSQL:
  ``pg_dump --format=custom``, restored with ``pg_restore --clean --if-exists --no-owner``);
- ``media/<name>``: every file of ``default_storage``, walked with ``listdir``, so it works the
  same for ``MEDIA_ROOT`` and for an S3 bucket;
- ``manifest.json``, last: when and by which version it was made, the database vendor, the
  applied migrations per app, and the SHA-256 and size of every other member.

A restore first reads the whole archive into a temporary folder and checks it against the
manifest (no member missing, none extra, none changed, no path outside the two folders); a
damaged or truncated archive is refused before anything is touched. ``manage.py backup`` and
``manage.py restore`` are the commands; the README says how to run them from cron.
"""

import contextlib
import datetime
import gzip
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import tomllib
import zlib
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

FORMAT = 1
MANIFEST = "manifest.json"
PREFIX = "wijkbedrijf-"
SUFFIX = ".tar.gz"
DATABASE_MEMBERS = {"sqlite": "database/db.sqlite3", "postgresql": "database/db.pgdump"}
MEDIA = "media/"
# Probe files of the storage health check live for a moment only; never back them up.
SKIPPED_MEDIA = ("health_check_storage_test/",)
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what was left alone."""


# --- files and hashes -------------------------------------------------------------------------
class _HashingReader:
    """Wraps a file: what tarfile reads from it is hashed on the way."""

    def __init__(self, fileobj):
        self.fileobj, self.sha, self.size = fileobj, hashlib.sha256(), 0

    def read(self, size=-1):
        data = self.fileobj.read(size)
        self.sha.update(data)
        self.size += len(data)
        return data


def media_files(storage=None):
    """Every file name in the storage, sorted, walking folders with ``listdir``."""
    storage = storage or default_storage
    names, folders = [], [""]
    while folders:
        folder = folders.pop()
        try:
            subfolders, files = storage.listdir(folder)
        except FileNotFoundError:  # MEDIA_ROOT not made yet: no uploads
            continue
        prefix = f"{folder}/" if folder else ""
        folders.extend(prefix + name for name in subfolders)
        names.extend(prefix + name for name in files)
    return sorted(name for name in names if not name.startswith(SKIPPED_MEDIA))


def file_digest(path):
    sha = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            sha.update(chunk)
    return {"sha256": sha.hexdigest(), "size": Path(path).stat().st_size}


def _tarinfo(name, size):
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o644, int(datetime.datetime.now().timestamp())
    return info


# --- the database -----------------------------------------------------------------------------
def _sqlite_path(connection):
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:") and "mode=memory" in name:
        raise BackupError("An in-memory SQLite database cannot be backed up or restored.")
    return name


def _pg_env(connection):
    """libpq's environment for pg_dump/pg_restore: the password never on a command line."""
    params = connection.settings_dict
    options = params.get("OPTIONS", {})
    env = os.environ.copy()
    for key, var in (("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD"), ("HOST", "PGHOST")):
        if params.get(key):
            env[var] = str(params[key])
    if params.get("PORT"):
        env["PGPORT"] = str(params["PORT"])
    for key in ("sslmode", "sslrootcert", "sslcert", "sslkey", "service", "passfile"):
        if options.get(key):
            env[f"PG{key.upper()}"] = str(options[key])
    return env


def _run(args, env):
    if shutil.which(args[0]) is None:
        raise BackupError(
            f"{args[0]} was not found: install the PostgreSQL client tools of the server's "
            "major version (Debian: postgresql-client)."
        )
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        raise BackupError(f"{args[0]} failed: {result.stderr.strip()[-2000:]}")
    return result.stdout


def dump_database(connection, target):
    """Write a consistent copy of the database to ``target`` (a file path)."""
    if connection.vendor == "sqlite":
        source = sqlite3.connect(_sqlite_path(connection), timeout=settings.SQLITE_BUSY_TIMEOUT)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # one step: a consistent snapshot; WAL writers go on meanwhile
            copy.execute("PRAGMA journal_mode=DELETE")  # a self-contained file, no -wal beside it
        finally:
            copy.close()
            source.close()
    elif connection.vendor == "postgresql":
        name = connection.settings_dict["NAME"]
        args = ["pg_dump", "--format=custom", "--no-password", f"--file={target}", name]
        _run(args, _pg_env(connection))
    else:
        raise BackupError(f"Backups of {connection.vendor} databases are not supported.")


def restore_database(connection, source):
    connection.close()
    if connection.vendor == "sqlite":
        backup = sqlite3.connect(source)
        target = sqlite3.connect(_sqlite_path(connection), timeout=settings.SQLITE_BUSY_TIMEOUT)
        try:
            backup.backup(target)  # page by page under the target's write lock, all or nothing
        finally:
            target.close()
            backup.close()
    else:
        # One transaction: if any statement fails, the database stays as it was.
        args = [
            *("pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges"),
            *("--single-transaction", "--exit-on-error", "--no-password"),
            f"--dbname={connection.settings_dict['NAME']}",
            str(source),
        ]
        _run(args, _pg_env(connection))


def migration_state(connection):
    """The applied migrations per app: ``{"core": ["0001_initial", ...], ...}``."""
    state = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        state.setdefault(app, []).append(name)
    return state


def _site_version():
    version = commit = None
    with contextlib.suppress(OSError, KeyError, tomllib.TOMLDecodeError):
        project = tomllib.loads((settings.BASE_DIR / "pyproject.toml").read_text())["project"]
        version = project["version"]
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        git = ["git", "-C", str(settings.BASE_DIR), "rev-parse", "HEAD"]
        result = subprocess.run(git, capture_output=True, text=True, timeout=5, check=False)  # noqa: S603
        commit = (result.stdout.strip() or None) if result.returncode == 0 else None
    return {"name": settings.WAGTAIL_SITE_NAME, "version": version, "commit": commit}


# --- backup -----------------------------------------------------------------------------------
def default_directory():
    return Path(settings.BACKUP_DIR)


def _target_path(output):
    output = Path(output) if output else default_directory()
    if output.is_dir() or str(output).endswith(("/", os.sep)) or not output.suffix:
        output.mkdir(parents=True, exist_ok=True)
        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S")
        path, number = output / f"{PREFIX}{stamp}{SUFFIX}", 1
        while path.exists():
            number += 1
            path = output / f"{PREFIX}{stamp}-{number}{SUFFIX}"
        return path
    output.parent.mkdir(parents=True, exist_ok=True)
    return output


def create_backup(output=None, keep=None, using="default", storage=None):
    """Write one archive; returns ``(path, manifest)``. ``keep`` deletes all but the newest
    ``keep`` archives in the target's folder."""
    storage = storage or default_storage
    connection = connections[using]
    connection.ensure_connection()
    path = _target_path(output)
    partial = path.with_name(path.name + ".part")
    member = DATABASE_MEMBERS.get(connection.vendor, "database/db")
    files = {}
    try:
        with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
            dump = Path(tmp) / "db"
            dump_database(connection, dump)
            with tarfile.open(partial, "w:gz") as tar:
                files[member] = file_digest(dump)
                with open(dump, "rb") as fh:
                    tar.addfile(_tarinfo(member, files[member]["size"]), fh)
                for name in media_files(storage):
                    with storage.open(name, "rb") as fh:
                        reader = _HashingReader(fh)
                        tar.addfile(_tarinfo(MEDIA + name, storage.size(name)), reader)
                    files[MEDIA + name] = {"sha256": reader.sha.hexdigest(), "size": reader.size}
                manifest = {
                    "format": FORMAT,
                    "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
                    "site": _site_version(),
                    "database": {"vendor": connection.vendor, "member": member},
                    "migrations": migration_state(connection),
                    "files": files,
                }
                data = json.dumps(manifest, indent=2, sort_keys=True).encode()
                tar.addfile(_tarinfo(MANIFEST, len(data)), io.BytesIO(data))
        partial.replace(path)
    except (OSError, tarfile.TarError) as exc:
        raise BackupError(f"The backup failed ({exc}); no archive was written.") from exc
    finally:
        partial.unlink(missing_ok=True)
    if keep:
        prune(path.parent, keep)
    return path, manifest


def archives(directory):
    """This site's archives in ``directory``, oldest first."""
    found = [p for p in Path(directory).glob(f"{PREFIX}*{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def prune(directory, keep):
    """Delete all but the newest ``keep`` archives; returns the deleted paths."""
    old = archives(directory)[: -keep or None] if keep > 0 else []
    for path in old:
        path.unlink()
    return old


# --- check and restore ------------------------------------------------------------------------
def _damaged(archive, reason):
    return BackupError(f"{archive} is damaged or incomplete ({reason}). Nothing was changed.")


def _safe_name(member):
    path = PurePosixPath(member.name)
    return (
        member.isfile()
        and not path.is_absolute()
        and ".." not in path.parts
        and (member.name.startswith(MEDIA) or member.name in DATABASE_MEMBERS.values())
    )


def verify(archive, extract_to=None):
    """Read the whole archive and check it against its manifest; returns the manifest.
    With ``extract_to`` the members are written there (only after they were checked may they
    be used). Raises ``BackupError`` for anything wrong."""
    seen, manifest = {}, None
    try:
        with tarfile.open(archive, "r|gz") as tar:
            for member in tar:
                if member.name == MANIFEST:
                    manifest = json.loads(tar.extractfile(member).read())
                    continue
                if not _safe_name(member) or member.name in seen:
                    raise _damaged(archive, f"unexpected member {member.name!r}")
                sha, source = hashlib.sha256(), tar.extractfile(member)
                target = None
                if extract_to is not None:
                    target_path = Path(extract_to, *PurePosixPath(member.name).parts)
                    target_path.parent.mkdir(parents=True, exist_ok=True)
                    target = open(target_path, "wb")  # noqa: SIM115
                try:
                    while chunk := source.read(CHUNK):
                        sha.update(chunk)
                        if target:
                            target.write(chunk)
                finally:
                    if target:
                        target.close()
                seen[member.name] = {"sha256": sha.hexdigest(), "size": member.size}
    except FileNotFoundError as exc:
        raise BackupError(f"{archive} does not exist. Nothing was changed.") from exc
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as exc:
        raise _damaged(archive, str(exc) or type(exc).__name__) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _damaged(archive, "no readable manifest")
    files = manifest.get("files", {})
    if set(files) != set(seen):
        missing, extra = sorted(set(files) - set(seen)), sorted(set(seen) - set(files))
        raise _damaged(archive, f"missing {missing[:5]}, unlisted {extra[:5]}")
    for name, digest in files.items():
        if seen[name] != digest:
            raise _damaged(archive, f"{name} does not match its checksum")
    if manifest.get("database", {}).get("member") not in files:
        raise _damaged(archive, "no database in it")
    return manifest


def check_compatible(manifest, connection):
    """Refuse an archive of another database vendor or of a newer version of the site."""
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(
            f"The archive holds a {vendor} database; this site runs on {connection.vendor}. "
            "Restore it on a site with the same database. Nothing was changed."
        )
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    unknown = sorted(
        f"{app}.{name}"
        for app, names in manifest["migrations"].items()
        for name in names
        if (app, name) not in known
    )
    if unknown:
        raise BackupError(
            "The archive was made by a newer version of the site (migrations this code does "
            f"not have: {', '.join(unknown[:5])}). Install that version first. Nothing was "
            "changed."
        )


def restore_media(storage, folder, names):
    """Make the storage hold exactly ``names``, with the contents found in ``folder``."""
    wanted = set(names)
    for name in media_files(storage):
        if name not in wanted:
            storage.delete(name)
    for name in sorted(wanted):
        if storage.exists(name):
            storage.delete(name)
        with open(Path(folder, *PurePosixPath(name).parts), "rb") as fh:
            saved = storage.save(name, File(fh, name=name))
        if saved != name:
            raise BackupError(f"The storage saved {name} as {saved}; the restore is incomplete.")


def restore(archive, using="default", storage=None, confirm=None):
    """Check the archive, then replace the database and the media with its contents.
    ``confirm(manifest)`` is asked after the checks; returning False changes nothing.
    Returns ``(manifest, pending)``: migrations of this code the archive did not have yet."""
    storage = storage or default_storage
    connection = connections[using]
    with tempfile.TemporaryDirectory(prefix="wijkbedrijf-restore-") as tmp:
        manifest = verify(archive, extract_to=tmp)
        check_compatible(manifest, connection)
        if confirm is not None and not confirm(manifest):
            raise BackupError("Nothing was restored.")
        member = manifest["database"]["member"]
        restore_database(connection, Path(tmp, *PurePosixPath(member).parts))
        media = [name[len(MEDIA) :] for name in manifest["files"] if name.startswith(MEDIA)]
        try:
            restore_media(storage, Path(tmp, "media"), media)
        except Exception as exc:  # the storage's own errors (disk, S3): say what state it is in
            raise BackupError(
                f"The database was restored, the media only partly ({exc}). Run the restore "
                "again: it starts over and is safe to repeat."
            ) from exc
    _forget_cached_pages()
    applied = {(app, name) for app, names in migration_state(connection).items() for name in names}
    pending = sorted(
        set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations) - applied
    )
    return manifest, pending


def _forget_cached_pages():
    from wagtail.models import Site

    from core.page_cache import bump_generation

    bump_generation()
    Site.clear_site_root_paths_cache()
