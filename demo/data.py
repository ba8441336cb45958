"""Reading the demo data files: YAML with a few tags for references and relative dates.

References (resolved by the loader once the object exists):

* ``!page home/verhalen``: the Dutch page with that URL path; ``!page en:home/verhalen`` its
  English translation.
* ``!image houses-1``, ``!document starthandboek-wijkbedrijf-nl-2.0``: a key of media.yaml.
* ``!ref theme/participatie``: a snippet or record with that ``key:``; ``!ref en:...`` its
  English translation.

Relative dates, so open openings stay open whenever the demo is loaded:

* ``!days 28``: today plus 28 days (a date).
* ``!at [14, "19:30"]``: 14 days from now at 19:30 UTC (a datetime).
* ``!ago 9``: nine days ago, now (a datetime).
* ``!uuid``: a new random UUID (only in records, which are created once and never updated).
"""

import datetime
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
MEDIA_DIR = Path(__file__).resolve().parent / "media"

# The order in which the files load: what a file refers to loads before it where it can; the
# loader fills in the remaining (forward) references at the end.
FILES = [
    "site.yaml",
    "tags.yaml",
    "home.yaml",
    "pages.yaml",
    "partners.yaml",
    "initiatives.yaml",
    "people.yaml",
    "stories.yaml",
    "blog.yaml",
    "instruments.yaml",
    "participation.yaml",
]


@dataclass(frozen=True)
class Ref:
    """A reference to a page, image, document or keyed snippet, resolved by the loader."""

    kind: str  # "page", "image", "document" or "ref"
    key: str
    language: str = "nl"

    @classmethod
    def parse(cls, kind, text):
        language, _sep, key = text.rpartition(":")
        return cls(kind, key, language or "nl")


class DemoYamlLoader(yaml.SafeLoader):
    """SafeLoader plus the demo tags."""


def _ref_constructor(kind):
    def construct(loader, node):
        return Ref.parse(kind, loader.construct_scalar(node))

    return construct


def _days(loader, node):
    return timezone.localdate() + datetime.timedelta(days=int(loader.construct_scalar(node)))


def _at(loader, node):
    days, clock = loader.construct_sequence(node)
    hour, minute = (int(part) for part in str(clock).split(":"))
    moment = timezone.now().replace(hour=hour, minute=minute, second=0, microsecond=0)
    return moment + datetime.timedelta(days=int(days))


def _ago(loader, node):
    return timezone.now() - datetime.timedelta(days=int(loader.construct_scalar(node)))


def _uuid(loader, node):
    return uuid.uuid4()


for _kind in ("page", "image", "document", "ref"):
    DemoYamlLoader.add_constructor(f"!{_kind}", _ref_constructor(_kind))
DemoYamlLoader.add_constructor("!days", _days)
DemoYamlLoader.add_constructor("!at", _at)
DemoYamlLoader.add_constructor("!ago", _ago)
DemoYamlLoader.add_constructor("!uuid", _uuid)


def read(name, directory=CONTENT_DIR):
    """One data file as Python data (an empty dict for an empty file)."""
    with open(Path(directory) / name, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=DemoYamlLoader) or {}  # noqa: S506 - SafeLoader subclass
