"""Gettext catalogues without GNU gettext: extract with Django's template lexer and Babel,
merge and compile with polib. Only Python is needed, on a developer's machine and in CI.

Each source root owns one catalogue per language: `site/` (site-wide templates) writes to
`site/locale/`, every local app to `<app>/locale/`. Message ids are English; the English
catalogue repeats them, the Dutch one translates them.
"""

import io
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.translation.template import templatize

import polib
from babel.messages.extract import extract

KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
TEMPLATE_SUFFIXES = {".html", ".txt", ".xml"}
SKIP_DIRS = {"migrations", "locale", "static", "__pycache__", "node_modules"}
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str | None = None
    context: str | None = None


@dataclass
class Domain:
    root: Path
    locale_dir: Path
    messages: dict = field(default_factory=dict)  # Message -> sorted set of "path:line"


def domains():
    base = Path(settings.BASE_DIR)
    result = [Domain(base / "site" / "templates", base / "site" / "locale")]
    for label in settings.LOCAL_APPS:
        result.append(Domain(base / label, base / label / "locale"))
    return result


def _source_files(root):
    for path in sorted(root.rglob("*")):
        if any(part in SKIP_DIRS for part in path.relative_to(root).parts):
            continue
        if path.is_file() and (path.suffix == ".py" or path.suffix in TEMPLATE_SUFFIXES):
            yield path


def extract_domain(domain):
    base = Path(settings.BASE_DIR)
    for path in _source_files(domain.root):
        text = path.read_text(encoding="utf-8")
        if path.suffix in TEMPLATE_SUFFIXES:
            if "{%" not in text:
                continue
            # Python's tokenizer refuses indented first lines; templatize keeps template
            # indentation, and every string literal it writes is on one line.
            text = templatize(text, origin=str(path))
            text = "\n".join(line.lstrip() for line in text.splitlines())
        found = extract("python", io.BytesIO(text.encode("utf-8")), keywords=KEYWORDS)
        for lineno, message, _comments, context in found:
            if isinstance(message, tuple):
                msgid, plural = message[0], message[1]
            else:
                msgid, plural = message, None
            if not msgid:
                continue
            key = Message(msgid, plural, context)
            domain.messages.setdefault(key, set()).add(f"{path.relative_to(base)}:{lineno}")
    return domain


def _po_path(domain, language):
    return domain.locale_dir / language / "LC_MESSAGES" / "django.po"


def _entry_key(entry):
    return Message(entry.msgid, entry.msgid_plural or None, entry.msgctxt or None)


def _new_po(language):
    po = polib.POFile(wrapwidth=100)
    po.metadata = {
        "Project-Id-Version": "wijkbedrijf",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
    }
    return po


def update(domain, language):
    """Merge the extracted messages into the catalogue: keep translations, add new ids, drop
    ids no longer used; English msgstr repeat the ids. Then compile the .mo."""
    path = _po_path(domain, language)
    old = polib.pofile(str(path), wrapwidth=100) if path.exists() else _new_po(language)
    existing = {_entry_key(e): e for e in old if not e.obsolete}
    po = _new_po(language)
    for key in sorted(domain.messages, key=lambda m: (m.msgid, m.context or "")):
        previous = existing.get(key)
        entry = polib.POEntry(
            msgid=key.msgid,
            msgctxt=key.context,
            occurrences=[tuple(o.rsplit(":", 1)) for o in sorted(domain.messages[key])],
        )
        if "%(" in key.msgid or "%s" in key.msgid:
            entry.flags.append("python-format")
        if key.plural:
            entry.msgid_plural = key.plural
            entry.msgstr_plural = dict(previous.msgstr_plural) if previous else {0: "", 1: ""}
            if language == "en":
                entry.msgstr_plural = {0: key.msgid, 1: key.plural}
        else:
            entry.msgstr = previous.msgstr if previous else ""
            if language == "en":
                entry.msgstr = key.msgid
        if previous is not None and "fuzzy" in previous.flags:
            entry.flags.append("fuzzy")
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    po.save_as_mofile(str(path.with_suffix(".mo")))
    return po


def check(domain, language):
    """Problems that make the catalogue wrong: missing ids, untranslated or fuzzy Dutch entries,
    a stale .mo. Returns a list of human-readable lines (empty when all is well)."""
    problems = []
    path = _po_path(domain, language)
    if not domain.messages:
        return problems
    if not path.exists():
        return [f"{path}: missing ({len(domain.messages)} messages to translate)"]
    po = polib.pofile(str(path))
    present = {_entry_key(e): e for e in po if not e.obsolete}
    for key, places in sorted(domain.messages.items(), key=lambda kv: kv[0].msgid):
        entry = present.get(key)
        where = sorted(places)[0]
        if entry is None:
            problems.append(f"{path}: missing {key.msgid!r} (used in {where})")
        elif "fuzzy" in entry.flags:
            problems.append(f"{path}: fuzzy {key.msgid!r}")
        elif not entry.translated():
            problems.append(f"{path}: untranslated {key.msgid!r} (used in {where})")
    mo_path = path.with_suffix(".mo")
    if not mo_path.exists() or mo_path.read_bytes() != po.to_binary():
        problems.append(f"{mo_path}: out of date; run `make messages`")
    return problems
