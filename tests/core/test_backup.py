"""`manage.py backup` and `manage.py restore`, run as an operator runs them: in subprocesses
against a real database (a file SQLite database in WAL mode, or a PostgreSQL database of its
own) with the full demo site (pages, responses, images and documents with their files).

The SQLite round trip always runs; the PostgreSQL one when DATABASE_URL is postgres (CI's
second pass), the S3 one when a bucket is configured (CI's S3 pass, on moto).
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

from django.conf import settings

import pytest

from tests.live_site import BASE_DIR, LiveSite

SNAPSHOT = """
import hashlib, json
from django.apps import apps
from django.core.files.storage import default_storage
from wagtail.models import Page
from core.backup import media_files
files = {}
for name in media_files():
    with default_storage.open(name, "rb") as fh:
        files[name] = hashlib.sha256(fh.read()).hexdigest()
print(json.dumps({
    "rows": {m._meta.label: m._base_manager.count() for m in apps.get_models()},
    "titles": sorted(Page.objects.values_list("title", flat=True)),
    "files": files,
}))
"""

# What an editor or a mishap might do after the backup: rows deleted and changed, files
# deleted, overwritten and added.
CHANGE = """
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage as storage
from wagtail.images import get_image_model
from wagtail.models import Page
from initiatives.models import Response
from core.backup import media_files
names = media_files()
document = next(name for name in names if name.startswith("documents/"))
storage.delete(document)
original = next(name for name in names if name.startswith("original_images/"))
storage.delete(original)
storage.save(original, ContentFile(b"not the picture"))
storage.save("documents/added-later.txt", ContentFile(b"added later"))
Response.objects.all().delete()
Page.objects.filter(depth=3).update(title="Changed")
get_image_model().objects.order_by("pk").last().delete()
"""


def run(site, *args):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=site.env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def snapshot(site):
    return json.loads(site.manage("shell", "--no-imports", "-c", SNAPSHOT).splitlines()[-1])


def backup(site, *args):
    out = site.manage("backup", *args)
    return Path(out.split("Backup written: ")[1].split(" (")[0])


def rewrite(archive, target, manifest=None, member=None):
    """Copy an archive, changing its manifest (a function of the dict) or one member's bytes
    (``(name, bytes)``) without touching the manifest."""
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as copy:
        for info in source.getmembers():
            data = source.extractfile(info).read()
            if info.name == "manifest.json" and manifest:
                data = json.dumps(manifest(json.loads(data))).encode()
            if member and info.name == member[0]:
                data = member[1]
            info.size = len(data)
            copy.addfile(info, io.BytesIO(data))
    return target


def demo_site(**env):
    site = LiveSite(AWS_STORAGE_BUCKET_NAME="", **env)
    site.env.pop("REDIS_URL", None)  # each site its own file cache
    site.manage("migrate", "--no-input", "-v0")
    site.manage("load_demo", "-v0")
    return site


def assert_round_trip(site, new_site):
    """Backup, change things, restore: everything is back exactly; then the same archive
    restored on a new, empty site gives the same site again."""
    before = snapshot(site)
    assert before["rows"]["initiatives.Response"] > 0
    assert before["rows"]["wagtailimages.Image"] > 0
    assert any(name.startswith("documents/") for name in before["files"])
    assert any(name.startswith("original_images/") for name in before["files"])

    archive = backup(site, "--output", str(site.tmp / "backups"))
    assert run(site, "restore", "--check", str(archive)).returncode == 0
    site.manage("shell", "--no-imports", "-c", CHANGE)
    changed = snapshot(site)
    assert changed["rows"]["initiatives.Response"] == 0
    assert changed != before

    restored = run(site, "restore", "--no-input", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert "Restored the backup of" in restored.stdout
    after = snapshot(site)
    assert after["rows"] == before["rows"]
    assert after["titles"] == before["titles"]
    assert after["files"] == before["files"]

    on_new = run(new_site, "restore", "--no-input", str(archive))
    assert on_new.returncode == 0, on_new.stderr
    assert snapshot(new_site) == before
    return archive


@pytest.fixture(scope="module")
def sqlite_site():
    site = demo_site()
    yield site
    shutil.rmtree(site.tmp, ignore_errors=True)


@pytest.fixture
def new_site():
    site = LiveSite(AWS_STORAGE_BUCKET_NAME="")
    site.env.pop("REDIS_URL", None)
    yield site
    shutil.rmtree(site.tmp, ignore_errors=True)


def test_sqlite_round_trip_while_the_site_writes(sqlite_site, new_site):
    # Another process is in the middle of a write transaction: the online backup neither
    # waits for it nor copies its uncommitted row.
    writer = sqlite3.connect(sqlite_site.db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO django_session (session_key, session_data, expire_date) "
        "VALUES ('uncommitted', 'x', '2999-01-01')"
    )
    try:
        before = snapshot(sqlite_site)
        archive = backup(sqlite_site, "--output", str(sqlite_site.tmp / "while-writing"))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["database"]["vendor"] == "sqlite"
    assert manifest["migrations"]["initiatives"][0] == "0001_initial"
    assert manifest["files"]["database/db.sqlite3"]["size"] > 0
    assert len([n for n in manifest["files"] if n.startswith("media/")]) == len(before["files"])

    assert_round_trip(sqlite_site, new_site)


def test_a_damaged_archive_is_refused_and_nothing_changes(sqlite_site):
    archive = backup(sqlite_site, "--output", str(sqlite_site.tmp / "damaged"))
    sqlite_site.manage("shell", "--no-imports", "-c", CHANGE)
    changed = snapshot(sqlite_site)
    size = archive.stat().st_size
    truncated = sqlite_site.tmp / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: size // 2])
    with tarfile.open(archive) as tar:
        document = next(n for n in tar.getnames() if n.startswith("media/documents/"))
    tampered = rewrite(archive, sqlite_site.tmp / "tampered.tar.gz", member=(document, b"%PDF"))
    no_manifest = sqlite_site.tmp / "no-manifest.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(no_manifest, "w:gz") as copy:
        for info in source.getmembers():
            if info.name != "manifest.json":
                copy.addfile(info, source.extractfile(info))

    for bad, reason in [
        (truncated, "(unexpected end of data)"),
        (tampered, f"({document} does not match its checksum)"),
        (no_manifest, "(no readable manifest)"),
    ]:
        for args in (["--check"], ["--no-input"]):
            result = run(sqlite_site, "restore", *args, str(bad))
            assert result.returncode == 1
            assert f"{bad} is damaged or incomplete {reason}. Nothing was changed." in (
                result.stderr
            )
    missing = run(sqlite_site, "restore", "--no-input", str(sqlite_site.tmp / "nope.tar.gz"))
    assert "does not exist. Nothing was changed." in missing.stderr
    assert snapshot(sqlite_site) == changed


def test_another_vendor_or_a_newer_site_is_refused(sqlite_site):
    archive = backup(sqlite_site, "--output", str(sqlite_site.tmp / "vendor"))
    sqlite_site.manage("shell", "--no-imports", "-c", CHANGE)
    changed = snapshot(sqlite_site)

    def postgres(manifest):
        return {**manifest, "database": {**manifest["database"], "vendor": "postgresql"}}

    def newer(manifest):
        manifest["migrations"]["core"].append("9999_from_the_future")
        return manifest

    other = rewrite(archive, sqlite_site.tmp / "other-vendor.tar.gz", manifest=postgres)
    result = run(sqlite_site, "restore", "--no-input", str(other))
    assert result.returncode == 1
    assert "holds a postgresql database; this site runs on sqlite" in result.stderr
    future = rewrite(archive, sqlite_site.tmp / "newer.tar.gz", manifest=newer)
    result = run(sqlite_site, "restore", "--no-input", str(future))
    assert "newer version of the site" in result.stderr
    assert "core.9999_from_the_future" in result.stderr
    # Without --no-input it asks; anything but "yes" changes nothing.
    asked = subprocess.run(
        [sys.executable, "manage.py", "restore", str(archive)],
        cwd=BASE_DIR,
        env=sqlite_site.env,
        input="no\n",
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert "Type 'yes'" in asked.stdout
    assert "Nothing was restored." in asked.stderr
    assert snapshot(sqlite_site) == changed


def test_backup_dir_and_keep_the_last_n(sqlite_site):
    folder = sqlite_site.tmp / "rotating"
    sqlite_site.env["BACKUP_DIR"] = str(folder)
    try:
        first = backup(sqlite_site)
        assert first.parent == folder
        stranger = folder / "notes.txt"
        stranger.write_text("not an archive")
        made = [first] + [backup(sqlite_site, "--keep", "2") for _ in range(2)]
    finally:
        del sqlite_site.env["BACKUP_DIR"]
    assert sorted(folder.glob("*.tar.gz")) == sorted(made[1:])
    assert stranger.exists()  # only archives are rotated
    assert not list(folder.glob("*.part"))


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="PostgreSQL round trip: CI runs it in its PostgreSQL pass (DATABASE_URL=postgres…)",
)
def test_postgresql_round_trip():
    import psycopg

    server = settings.DATABASES["default"]
    base = f"{server['NAME']}_backup_{uuid.uuid4().hex[:8]}"
    names = [base, f"{base}_new"]
    admin = psycopg.connect(
        dbname="postgres",
        user=server["USER"],
        password=server["PASSWORD"],
        host=server["HOST"],
        port=server["PORT"],
        autocommit=True,
    )

    def url(name):
        auth = server["USER"] + (f":{server['PASSWORD']}" if server["PASSWORD"] else "")
        return f"postgres://{auth}@{server['HOST']}:{server['PORT']}/{name}"

    sites = []
    try:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        sites = [demo_site(DATABASE_URL=url(names[0])), LiveSite(DATABASE_URL=url(names[1]))]
        sites[1].env.update(AWS_STORAGE_BUCKET_NAME="")
        sites[1].env.pop("REDIS_URL", None)
        archive = assert_round_trip(*sites)
        with tarfile.open(archive) as tar:
            manifest = json.load(tar.extractfile("manifest.json"))
            dump = tar.extractfile("database/db.pgdump").read(5)
        assert manifest["database"]["vendor"] == "postgresql"
        assert dump == b"PGDMP"  # pg_dump's custom format
    finally:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
        for site in sites:
            shutil.rmtree(site.tmp, ignore_errors=True)


@pytest.mark.s3
@pytest.mark.skipif(
    not os.environ.get("AWS_STORAGE_BUCKET_NAME"), reason="no S3 bucket configured (CI: moto)"
)
def test_media_on_object_storage_round_trip():
    import boto3

    bucket = os.environ["AWS_STORAGE_BUCKET_NAME"]
    s3 = boto3.client("s3", endpoint_url=os.environ.get("AWS_S3_ENDPOINT_URL"))
    if bucket not in {b["Name"] for b in s3.list_buckets()["Buckets"]}:
        s3.create_bucket(Bucket=bucket)
    prefix = f"backup-test-{uuid.uuid4().hex[:8]}"
    sites = [
        LiveSite(AWS_STORAGE_BUCKET_NAME=bucket, AWS_LOCATION=location)
        for location in (prefix, f"{prefix}-new")
    ]
    try:
        sites[0].manage("migrate", "--no-input", "-v0")
        sites[0].manage("load_demo", "-v0")
        assert_round_trip(*sites)
        listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"{prefix}/original_images/")
        assert listed["KeyCount"] > 0  # the media really were in the bucket
    finally:
        for site in sites:
            shutil.rmtree(site.tmp, ignore_errors=True)


@pytest.mark.parametrize(
    "name", ["media/../../../etc/cron.d/evil", "/etc/passwd", "database/other.sqlite3", "x.txt"]
)
def test_members_outside_the_two_folders_are_refused(tmp_path, name):
    from core.backup import BackupError, verify

    data = b"payload"
    manifest = {
        "format": 1,
        "database": {"vendor": "sqlite", "member": name},
        "migrations": {},
        "files": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": 7}},
    }
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for member, content in ((name, data), ("manifest.json", json.dumps(manifest).encode())):
            info = tarfile.TarInfo(member)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    target = tmp_path / "extracted"
    with pytest.raises(BackupError, match="unexpected member"):
        verify(archive, extract_to=target)
    assert not target.exists()  # refused before anything was written
