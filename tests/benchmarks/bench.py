"""`make bench`: a benchmark of the public pages (not a test; pytest does not collect it).

Builds a fresh copy of the demo in a temporary folder (file SQLite: migrate, load_demo,
collectstatic), picks one Dutch URL per public page type, and prints a Markdown table with,
per page type:

- SQL queries of one request, counted in-process with Django's test client against the same
  database after a warm-up request, page cache off;
- the HTML's size uncompressed and on the wire (``Accept-Encoding: gzip, br``);
- req/s against gunicorn (as `make run` starts it) with the page cache off
  (``PAGE_CACHE_SECONDS=0``) and on (``PAGE_CACHE_SECONDS=300``), each next to the static
  stylesheet's req/s measured by the same server in the same run (the ceiling), and the ratio.

It also prints the home page's total weight on the wire: the HTML plus the CSS and JS files it
links, compressed as whitenoise and the gzip middleware serve them.

Load goes to 127.0.0.1 only, every run is bounded in time (``--duration`` seconds per URL) and
the server and temporary folders are removed on exit, also on Ctrl-C or an error.

    .venv/bin/python tests/benchmarks/bench.py [--duration 5] [--only home,story] [--output f.md]
"""

import argparse
import datetime
import http.client
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parents[2]
ACCEPT_ENCODING = "gzip, br"
SEARCH_QUERY = "samen"  # 12 results in the demo
# Cache on/off runs. The setting is the future page cache's; until it exists both runs match.
MODES = [("off", "0"), ("on", "300")]
# Page types in the order of the issue; types not listed here come after them.
ORDER = [
    "HomePage",
    "StoryIndexPage",
    "StoryPage",
    "StorySubmissionPage",
    "BlogIndexPage",
    "BlogPage",
    "ThemeIndexPage",
    "theme page",
    "InitiativeIndexPage",
    "InitiativePage",
    "OpeningFinderPage",
    "OpeningPage",
    "PartnerIndexPage",
    "PartnerPage",
    "InstrumentIndexPage",
    "InstrumentPage",
    "StandardPage",
    "ContactPage",
    "search",
]


class Bench:
    def __init__(self, args):
        self.args = args
        self.reused = bool(args.reuse)
        if self.reused:
            self.tmp = Path(args.reuse).resolve()
        else:
            self.tmp = Path(tempfile.mkdtemp(prefix="wijkbedrijf-bench-"))
        self.port = None
        self.server = None
        self.server_log = None
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "DJANGO_DEBUG": "0",
            "DATABASE_URL": f"sqlite:///{self.tmp / 'db.sqlite3'}",
            "MEDIA_ROOT": str(self.tmp / "media"),
            "STATIC_ROOT": str(self.tmp / "static"),
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "FORM_RATE_LIMIT": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "WAGTAILADMIN_BASE_URL": "http://127.0.0.1:8000",
            "PAGE_CACHE_SECONDS": "0",
            "CACHE_DIR": str(self.tmp / "cache"),
            "LOG_LEVEL": "ERROR",
        }

    # --- building the demo --------------------------------------------------------------------
    def manage(self, *args):
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

    def build(self):
        for args in [
            ("migrate", "--no-input", "-v0"),
            ("load_demo",),
            ("collectstatic", "--no-input", "-v0"),
        ]:
            started = time.monotonic()
            self.manage(*args)
            log(f"manage.py {args[0]}: {time.monotonic() - started:.1f} s")

    # --- in-process: the URLs and their SQL queries -------------------------------------------
    def setup_django(self):
        os.environ.update(self.env)
        sys.path.insert(0, str(BASE_DIR))
        import django

        django.setup()

    def discover(self):
        """[(page type, path)]: the first live public Dutch page of each type, by tree order."""
        from wagtail.models import Page

        from core.models import ThemeIndexPage

        found = {}
        pages = Page.objects.live().public().filter(locale__language_code="nl").order_by("path")
        for page in pages.filter(depth__gt=1).specific():
            name = type(page).__name__
            parts = page.get_url_parts()
            if parts is None:  # not under a site
                continue
            if name not in found:
                found[name] = parts[2]
            if isinstance(page, ThemeIndexPage) and "theme page" not in found:
                theme = page.themes().order_by("pk").first()
                if theme is not None:
                    found["theme page"] = parts[2] + page.reverse_subpage(
                        "theme", args=[theme.slug]
                    )
        from django.urls import reverse
        from django.utils import translation

        with translation.override("nl"):
            found["search"] = f"{reverse('core:search')}?q={SEARCH_QUERY}"
        rank = {name: index for index, name in enumerate(ORDER)}
        urls = sorted(found.items(), key=lambda item: (rank.get(item[0], len(ORDER)), item[0]))
        if self.args.only:
            wanted = [word.strip().lower() for word in self.args.only.split(",") if word.strip()]
            urls = [
                (name, path)
                for name, path in urls
                if any(word in name.lower() or word in path.lower() for word in wanted)
            ]
        return urls

    def count_queries(self, path):
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        client = Client(HTTP_HOST="127.0.0.1")
        client.get(path)  # warm-up: renditions, caches, lazy imports
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        return len(queries), response.status_code

    # --- the server ---------------------------------------------------------------------------
    def start_server(self, page_cache_seconds):
        self.port = free_port()
        env = {**self.env, "PAGE_CACHE_SECONDS": page_cache_seconds}
        env["WAGTAILADMIN_BASE_URL"] = f"http://127.0.0.1:{self.port}"
        self.server_log = open(self.tmp / f"server-{page_cache_seconds}.log", "w")  # noqa: SIM115
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.args.workers),
        ]
        self.server = subprocess.Popen(
            command, cwd=BASE_DIR, env=env, stdout=self.server_log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.server.poll() is not None:
                break
            try:
                if fetch(self.port, "/robots.txt", encoding=None)[0] == 200:
                    return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("gunicorn did not start:\n" + self.read_server_log())

    def read_server_log(self):
        self.server_log.flush()
        return Path(self.server_log.name).read_text()[-4000:]

    def stop_server(self):
        if self.server is not None:
            self.server.terminate()
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait(timeout=5)
            self.server = None
        if self.server_log is not None:
            self.server_log.close()
            self.server_log = None

    def cleanup(self):
        self.stop_server()
        if self.args.keep or self.reused:
            log(f"kept {self.tmp} (reuse it with --reuse {self.tmp})")
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    # --- load ---------------------------------------------------------------------------------
    def warm_up(self, paths):
        """Every worker renders every URL a few times first (imports, caches, renditions)."""
        jobs = [path for path in paths for _ in range(3 * self.args.workers)]
        with ThreadPoolExecutor(max_workers=2 * self.args.workers) as pool:
            list(pool.map(lambda path: fetch(self.port, path), jobs))

    def rps(self, path):
        """(req/s, failed responses) over --duration seconds."""
        if shutil.which("wrk") and self.args.client == "wrk":
            return wrk(self.port, path, self.args)
        return python_load(self.port, path, self.args)


# --- helpers ----------------------------------------------------------------------------------
def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(port, path, encoding=ACCEPT_ENCODING):
    """(status, headers, body as sent): http.client does not decode Content-Encoding."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        headers = {"Host": "127.0.0.1", "User-Agent": "wijkbedrijf-bench"}
        if encoding:
            headers["Accept-Encoding"] = encoding
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def wrk(port, path, args):
    url = f"http://127.0.0.1:{port}{path}"
    command = [
        "wrk",
        f"-t{args.threads}",
        f"-c{args.connections}",
        f"-d{args.duration}s",
        "--timeout",
        "10s",
        "-H",
        f"Accept-Encoding: {ACCEPT_ENCODING}",
        url,
    ]
    output = subprocess.run(
        command, capture_output=True, text=True, timeout=args.duration + 30, check=True
    ).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not match:
        raise RuntimeError(f"Unexpected wrk output:\n{output}")
    failed = sum(
        int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|timeout)\s*:?\s*(\d+)", output)
    )
    return float(match.group(1)), failed


def python_load(port, path, args):
    """A small concurrent client for machines without wrk; bounded by --duration."""
    deadline = time.monotonic() + args.duration
    counts = [[0, 0] for _ in range(args.connections)]

    def worker(slot):
        while time.monotonic() < deadline:
            try:
                status = fetch(port, path)[0]
            except OSError:
                status = 0
            counts[slot][0 if 200 <= status < 400 else 1] += 1

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=args.duration + 35)
    elapsed = time.monotonic() - started
    ok = sum(c[0] for c in counts)
    return ok / elapsed, sum(c[1] for c in counts)


class AssetParser(HTMLParser):
    """The stylesheets and scripts a page links (what a browser fetches before rendering)."""

    def __init__(self):
        super().__init__()
        self.css, self.js = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").lower().split()
        if tag == "link" and attrs.get("href"):
            if "stylesheet" in rel or ("preload" in rel and attrs.get("as") == "style"):
                add_once(self.css, attrs["href"])
            elif "modulepreload" in rel or ("preload" in rel and attrs.get("as") == "script"):
                add_once(self.js, attrs["href"])
        elif tag == "script" and attrs.get("src"):
            add_once(self.js, attrs["src"])


def add_once(items, href):
    if href not in items:
        items.append(href)


def local_path(href):
    parts = urlsplit(href)
    if parts.netloc and parts.hostname not in {"127.0.0.1", "localhost"}:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def kb(size):
    return f"{size / 1024:.1f}"


def ratio(value, ceiling):
    return f"{100 * value / ceiling:.1f} %" if ceiling else "–"


def git_revision():
    try:
        revision = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return revision + (" (with uncommitted changes)" if dirty else "")


# --- the run ----------------------------------------------------------------------------------
def run(args):
    started = time.monotonic()
    bench = Bench(args)

    def on_term(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    try:
        if bench.reused:
            log(f"reusing the demo in {bench.tmp} (not fresh: for trying the bench itself)")
        else:
            log(f"building the demo in {bench.tmp}")
            bench.build()
        bench.setup_django()
        urls = bench.discover()
        log(f"{len(urls)} page types: " + ", ".join(path for _, path in urls))
        rows = {name: {"path": path} for name, path in urls}
        for name, path in urls:
            rows[name]["queries"], rows[name]["status_inprocess"] = bench.count_queries(path)

        ceilings = {}
        css_path = None
        home = {}
        others = {}
        for mode, seconds in MODES:
            log(f"gunicorn, {args.workers} workers, PAGE_CACHE_SECONDS={seconds}")
            cpu_before = cpu_seconds()
            bench.start_server(seconds)
            if css_path is None:
                css_path, home = home_weight(bench.port)
            bench.warm_up([css_path, *(path for _, path in urls)])
            for name, path in urls:
                status, headers, body = fetch(bench.port, path)
                row = rows[name]
                row[f"status_{mode}"] = status
                if mode == "off":
                    row["wire"] = len(body)
                    row["encoding"] = headers.get("Content-Encoding", "identity")
                    row["raw"] = len(fetch(bench.port, path, encoding=None)[2])
            samples = [bench.rps(css_path)[0]]
            for name, path in urls:
                rows[name][f"rps_{mode}"], rows[name][f"failed_{mode}"] = bench.rps(path)
                log(f"  {mode} {path}: {rows[name][f'rps_{mode}']:.1f} req/s")
            samples.append(bench.rps(css_path)[0])
            ceilings[mode] = samples
            log(f"  ceiling {css_path}: " + " / ".join(f"{s:.0f}" for s in samples) + " req/s")
            bench.stop_server()
            others[mode] = other_cpu_share(cpu_before, cpu_seconds())
            if others[mode] is not None and others[mode] > 0.1:
                log(f"  other processes used {others[mode]:.0%} of the machine's CPU meanwhile")
        elapsed = time.monotonic() - started
        report = render(args, rows, ceilings, css_path, home, others, elapsed)
    finally:
        bench.cleanup()
    print(report)
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(report)
        log(f"written to {args.output}")


def home_weight(port):
    """(the stylesheet's path, {HTML, CSS and JS on the wire}) for the Dutch home page."""
    status, headers, body = fetch(port, "/nl/")
    if status != 200:
        raise RuntimeError(f"/nl/ answered {status}")
    html = fetch(port, "/nl/", encoding="identity")[2].decode()
    parser = AssetParser()
    parser.feed(html)
    assets = [("HTML /nl/", len(body), headers.get("Content-Encoding", "identity"))]
    for kind, hrefs in (("CSS", parser.css), ("JS", parser.js)):
        for href in hrefs:
            path = local_path(href)
            if path is None:
                continue
            a_status, a_headers, a_body = fetch(port, path)
            if a_status != 200:
                raise RuntimeError(f"{path} answered {a_status}")
            assets.append((f"{kind} {path}", len(a_body), a_headers.get("Content-Encoding", "-")))
    css = [local_path(h) for h in parser.css if re.search(r"/css/site\.[0-9a-f]+\.css$", h)]
    if not css:
        raise RuntimeError("The home page links no hashed /static/css/site.*.css")
    return css[0], assets


def cpu_seconds():
    """(wall clock, CPU busy on the whole machine, CPU of this process and its waited children)."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(x) for x in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    # user nice system idle iowait irq softirq steal ...: all but idle and iowait are busy.
    busy = sum(fields[:8]) - fields[3] - fields[4]
    own = os.times()
    mine = own.user + own.system + own.children_user + own.children_system
    return time.monotonic(), busy / os.sysconf("SC_CLK_TCK"), mine


def other_cpu_share(before, after):
    """The share of the machine's CPU that processes outside this benchmark used in between.

    gunicorn's workers count as ours once gunicorn has reaped them and we have waited for it.
    """
    if before is None or after is None or after[0] <= before[0]:
        return None
    other = (after[1] - before[1]) - (after[2] - before[2])
    return max(other, 0) / ((after[0] - before[0]) * (os.cpu_count() or 1))


def render(args, rows, ceilings, css_path, home, others, elapsed):
    client = "wrk" if shutil.which("wrk") and args.client == "wrk" else "python client"
    ceiling = {mode: sum(s) / len(s) for mode, s in ceilings.items()}
    lines = [
        "# Benchmark: public pages",
        "",
        f"- Revision: {git_revision()}; {datetime.date.today().isoformat()}",
        f"- Machine: {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}",
        "- Load average before the run (1/5/15 min): "
        + " / ".join(f"{x:.2f}" for x in args.loadavg)
        + " (other work on the machine makes the req/s noisy)",
        "- CPU used by other processes during the load (share of all cores): "
        + "; ".join(
            f"cache {mode}: " + ("unknown" if share is None else f"{share:.0%}")
            for mode, share in others.items()
        ),
        f"- Server: gunicorn `config.wsgi:application`, {args.workers} sync workers, "
        "config.settings.dev with DJANGO_DEBUG=0, file SQLite, fresh `load_demo`",
        f"- Load: {client}, {args.threads} threads, {args.connections} connections, "
        f"{args.duration} s per URL, `Accept-Encoding: {ACCEPT_ENCODING}`, 127.0.0.1 "
        "(client and server share the cores)",
        f"- Ceiling: the static stylesheet `{css_path}` (whitenoise), measured before and after "
        "the pages on each server: "
        + "; ".join(
            f"cache {mode}: " + " / ".join(f"{s:.0f}" for s in samples) + " req/s"
            for mode, samples in ceilings.items()
        ),
        "- SQL: queries of one request after a warm-up request, Django test client in-process, "
        "page cache off",
        "- Bytes: the HTML response body, uncompressed and as sent with "
        f"`Accept-Encoding: {ACCEPT_ENCODING}` (headers not counted)",
        "- Page cache: `PAGE_CACHE_SECONDS=0` (off) and `=300` (on)",
        "",
        "| Page type | URL | SQL | HTML bytes | on the wire | req/s cache off | of ceiling "
        "| req/s cache on | of ceiling |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|",
    ]
    notes = []
    for name, row in rows.items():
        marks = []
        statuses = {row["status_inprocess"], row.get("status_off"), row.get("status_on")}
        if statuses != {200}:
            marks.append(f"status {'/'.join(str(s) for s in sorted(statuses))}")
        for mode, _ in MODES:
            if row.get(f"failed_{mode}"):
                marks.append(f"{row[f'failed_{mode}']} failed responses with cache {mode}")
        if marks:
            notes.append(f"- {name}: " + ", ".join(marks))
        wire = f"{row['wire']:,}" + ("" if row["encoding"] != "identity" else " (not compressed)")
        lines.append(
            f"| {name}{' (!)' if marks else ''} | `{row['path']}` | {row['queries']} "
            f"| {row['raw']:,} | {wire} "
            f"| {row['rps_off']:.1f} | {ratio(row['rps_off'], ceiling['off'])} "
            f"| {row['rps_on']:.1f} | {ratio(row['rps_on'], ceiling['on'])} |"
        )
    lines.append(
        f"| static ceiling | `{css_path}` | 0 | | | {ceiling['off']:.1f} | 100 % "
        f"| {ceiling['on']:.1f} | 100 % |"
    )
    if notes:
        lines += ["", "Warnings:", *notes]
    total = sum(size for _, size, _ in home)
    lines += [
        "",
        "## Home page on the wire (HTML + linked CSS and JS)",
        "",
        "| Resource | Content-Encoding | bytes |",
        "|---|---|--:|",
        *(f"| `{what}` | {encoding} | {size:,} |" for what, size, encoding in home),
        f"| **total** | | **{total:,}** ({kb(total)} KiB) |",
        "",
        f"Run time: {elapsed:.0f} s",
        "",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=5, help="seconds of load per URL (5)")
    parser.add_argument("--only", help="comma-separated words: page types or URLs to measure")
    parser.add_argument("--output", help="also write the Markdown report to this file")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers (3, as make run)")
    parser.add_argument("--threads", type=int, default=2, help="load client threads (2)")
    parser.add_argument("--connections", type=int, default=8, help="open connections (8)")
    parser.add_argument("--client", choices=["wrk", "python"], default="wrk")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--reuse", metavar="DIR", help="use a folder kept by --keep, no rebuild")
    args = parser.parse_args()
    args.loadavg = os.getloadavg()
    if args.loadavg[0] > 0.5:
        log(f"the machine is busy (load {args.loadavg[0]:.2f}): req/s will be low and noisy")
    if not 1 <= args.duration <= 60:
        parser.error("--duration must be between 1 and 60 seconds")
    if not 1 <= args.connections <= 64:
        parser.error("--connections must be between 1 and 64")
    if args.client == "wrk" and not shutil.which("wrk"):
        log("wrk not found (apt-get install wrk); using the Python client")
    try:
        run(args)
    except KeyboardInterrupt:
        log("interrupted; server stopped and temporary files removed")
        sys.exit(130)


if __name__ == "__main__":
    main()
