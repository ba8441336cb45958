"""A real server with the full demo site, for browser and concurrency tests.

``LiveSite.start()`` builds a fresh file SQLite database in a temporary folder (migrate,
load_demo, collectstatic), then runs gunicorn with two workers on a free loopback port, in the
same production-like mode as `make run` (DEBUG off, whitenoise, manifest static files). Emails
go to files in ``mail_dir``. The public-form guard is relaxed for test speed
(FORM_MIN_SECONDS=0, so browser tests never wait; FORM_RATE_LIMIT=0) unless ``env`` says otherwise.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveSite:
    def __init__(self, workers=2, **env):
        self.workers = workers
        self.tmp = Path(tempfile.mkdtemp(prefix="wijkbedrijf-live-"))
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mail_dir = self.tmp / "mail"
        self.db_path = self.tmp / "db.sqlite3"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DJANGO_DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{self.db_path}",
            "MEDIA_ROOT": str(self.tmp / "media"),
            "CACHE_DIR": str(self.tmp / "cache"),
            "STATIC_ROOT": str(self.tmp / "static"),
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(self.mail_dir),
            "FORM_MIN_SECONDS": "0",
            "FORM_RATE_LIMIT": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "WAGTAILADMIN_BASE_URL": self.url,
            **env,
        }
        self.process = None
        self.worker = None

    def manage(self, *args):
        """Run a management command against this site's database; returns its stdout."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-4000:]}")
        return result.stdout

    def start(self):
        """A fresh database with the demo, then the server."""
        self.manage("migrate", "--no-input", "-v0")
        self.manage("load_demo")
        return self.serve()

    def serve(self):
        """The server (and task worker) on the database as it is: a second server on the
        database another ``LiveSite`` prepared, say."""
        self.manage("collectstatic", "--no-input", "-v0")
        self.log = open(self.tmp / "server.log", "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--threads",
                "2",
                "--timeout",
                "60",
                "--graceful-timeout",
                "5",
            ],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        # The task worker beside the server, as `make run` starts it: mail leaves through it.
        self.worker = subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--no-reload", "-v0"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/robots.txt", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"The live site did not start; see {self.tmp / 'server.log'}")

    def mails(self):
        return len(list(self.mail_dir.glob("*"))) if self.mail_dir.exists() else 0

    def wait_for_mails(self, count, timeout=20):
        """The number of mails sent once at least ``count`` are (the worker sends them), or
        the number sent when ``timeout`` seconds have passed."""
        deadline = time.monotonic() + timeout
        while self.mails() < count and time.monotonic() < deadline:
            time.sleep(0.2)
        return self.mails()

    def server_log(self):
        return (self.tmp / "server.log").read_text()

    def stop(self):
        if self.worker is not None:
            self.worker.terminate()
            try:
                self.worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.worker.kill()
            self.worker = None
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.process = None
            self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
