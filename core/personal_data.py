"""Residents' rights in one place: export and erase everything stored about one person.

Every app that stores personal data has a ``personal_data.py`` module with a ``PROVIDERS`` list
of objects with:

* ``label``: what kind of record it is ("contact messages", "responses to openings");
* ``export(identifier) -> list[dict]``: every record matching an email address or phone
  number, as plain JSON-serialisable data;
* ``erase(identifier) -> int``: delete (or neutralise) those records and return how many.

``manage.py export_personal_data`` and ``erase_personal_data`` ask every provider, so a new
section only needs to add its module; `core` does not import it.

Matching is exact, and the same everywhere (this module): an email address compares trimmed and
in lower case, a phone number in E.164 (``core.validators.phone_e164``). Records with contact
fields store both forms beside them (``core.models.ContactKeys``) and are found with an indexed
lookup (``contact_filter``). Free text (answers, messages, notes, mail) matches only a whole
address or number: ``xp7@example.nl``, ``p7@example.nl.evil`` and a number inside a longer
string of digits are not ``p7@example.nl`` or ``06 12345678`` (``find_mentions``).
"""

import json
import re
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.module_loading import module_has_submodule
from django.utils.translation import gettext

from core.validators import normalise_email, phone_e164, phone_region

# A whole address: not preceded by a character an address may hold, every label of the domain
# complete (so a trailing full stop ends it, and ``.evil`` makes it another address).
EMAIL_IN_TEXT = re.compile(r"(?<![\w.+%'-])[\w.+%'-]+@[\w-]+(?:\.[\w-]+)+(?![\w@-]|\.[\w-])")


@dataclass(frozen=True)
class Subject:
    """Whom a request is about: one normalised email address or one E.164 phone number."""

    email: str = ""
    phone: str = ""

    @property
    def value(self):
        return self.email or self.phone


def subject(identifier):
    """The person an identifier (an email address or a phone number as typed) stands for, or
    None when it is neither."""
    identifier = (identifier or "").strip()
    if "@" in identifier:
        email = normalise_email(identifier)
        return Subject(email=email) if email else None
    phone = phone_e164(identifier)
    return Subject(phone=phone) if phone else None


def normalise(identifier):
    """An email address in lower case, or a phone number in E.164 ("" when it is neither)."""
    found = subject(identifier)
    return found.value if found else ""


def matches(identifier, *values):
    """Whether any of ``values`` (emails or phone numbers as stored) is ``identifier``."""
    wanted = normalise(identifier)
    return bool(wanted) and any(value and normalise(str(value)) == wanted for value in values)


def contact_filter(who, email_field="email_normalised", phone_field="phone_e164"):
    """A ``Q`` for the rows whose stored keys are this person (no row when ``who`` is None)."""
    if who is None:
        return Q(pk__in=[])
    if who.email:
        return Q(**{email_field: who.email})
    return Q(**{phone_field: who.phone}) if phone_field else Q(pk__in=[])


def find_mentions(text, who):
    """The (start, end) spans where ``text`` names this person's address or number whole."""
    import phonenumbers

    text = text if isinstance(text, str) else ("" if text is None else str(text))
    if who is None or not text:
        return []
    if who.email:
        found = EMAIL_IN_TEXT.finditer(text)
        return [m.span() for m in found if normalise_email(m.group()) == who.email]
    spans = []
    matcher = phonenumbers.PhoneNumberMatcher(
        text, phone_region(), leniency=phonenumbers.Leniency.POSSIBLE
    )
    for match in matcher:
        number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if number == who.phone:
            spans.append((match.start, match.end))
    return spans


def mentions(who, *texts):
    """Whether any of ``texts`` names this person's address or number whole."""
    return any(find_mentions(text, who) for text in texts)


def erased_text():
    """What takes the place of erased details, in the site's main language: "[gewist]"."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("[erased]")


def redact(text, who):
    """``text`` with every whole mention of this person replaced by ``erased_text()``."""
    spans = find_mentions(text, who)
    replacement = erased_text() if spans else ""
    for start, end in reversed(spans):
        text = text[:start] + replacement + text[end:]
    return text


def mentioning(queryset, who, *fields):
    """The rows of ``queryset`` whose ``fields`` (text or JSON) name this person whole.

    For an address the database narrows the rows first (a case-insensitive substring), and the
    exact check decides; a phone number can be written in too many ways for that.
    """
    if who is None:
        return []
    if who.email:
        narrow = Q()
        for field in fields:
            narrow |= Q(**{f"{field}__icontains": who.email})
        queryset = queryset.filter(narrow)
    found = []
    for row in queryset.iterator():
        values = [getattr(row, field) for field in fields]
        texts = [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values]
        if mentions(who, *texts):
            found.append(row)
    return found


def mentioned_elsewhere(queryset, who, *fields):
    """Other people's rows of ``queryset`` whose free text ``fields`` name this person whole."""
    return mentioning(queryset.exclude(contact_filter(who)), who, *fields)


def export_mentions(rows, who, *fields):
    """What other people's rows say about this person: the fields that name them."""
    return [
        {
            "mentioned_in": f"{row._meta.verbose_name} {row.pk}",
            **{
                field: getattr(row, field) for field in fields if mentions(who, getattr(row, field))
            },
        }
        for row in rows
    ]


def redact_rows(rows, who, *fields):
    """Replace this person's address or number in other people's rows by "[gewist]"."""
    for row in rows:
        changes = {field: redact(getattr(row, field), who) for field in fields}
        type(row).objects.filter(pk=row.pk).update(**changes)
    return len(rows)


class MentionsIn:
    """A provider for other people's records whose free text names the person: the export
    shows only the fields that name them, the erase replaces their address or number by
    "[gewist]" and keeps the rows. ``sources``: ("app_label.Model", (free-text fields)) pairs,
    looked up by name so a section's module needs no model import at load time."""

    def __init__(self, label, *sources):
        self.label = label
        self.sources = sources

    def _found(self, identifier):
        who = subject(identifier)
        for model_label, fields in self.sources:
            rows = mentioned_elsewhere(apps.get_model(model_label).objects.all(), who, *fields)
            yield who, rows, fields

    def export(self, identifier):
        return [
            item
            for who, rows, fields in self._found(identifier)
            for item in export_mentions(rows, who, *fields)
        ]

    def erase(self, identifier):
        return sum(redact_rows(rows, who, *fields) for who, rows, fields in self._found(identifier))


def neutralise_log_entries(objects=(), page_ids=()):
    """Rewrite the admin history of erased records: the label (the record's name or title at
    the time) becomes "[gewist]" and the data is emptied; who did what and when stays."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import ModelLogEntry, PageLogEntry

    changed = 0
    by_type = {}
    for obj in objects:
        content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
        by_type.setdefault(content_type, []).append(str(obj.pk))
    for content_type, ids in by_type.items():
        changed += ModelLogEntry.objects.filter(
            content_type=content_type, object_id__in=ids
        ).update(label=erased_text(), data={})
    if page_ids:
        changed += PageLogEntry.objects.filter(page_id__in=list(page_ids)).update(
            label=erased_text(), data={}
        )
    return changed


def providers():
    found = []
    for label in settings.LOCAL_APPS:
        app = apps.get_app_config(label)
        if module_has_submodule(app.module, "personal_data"):
            found += import_module(f"{app.name}.personal_data").PROVIDERS
    return found


# --- What the core itself keeps ----------------------------------------------------------------
class OutgoingMails:
    """Mail waiting to be sent or recently sent: to the person, or with their details in it."""

    label = "emails sent by the site"

    def _matching(self, identifier):
        mails = apps.get_model("core", "OutgoingMail")  # by name: core.models imports this
        # ``to`` holds every recipient, one per line ("Anna <anna@example.nl>").
        return mentioning(
            mails.objects.all(), subject(identifier), "to", "reply_to", "subject", "body"
        )

    def export(self, identifier):
        return [
            {
                "to": mail.recipients,
                "reply_to": mail.reply_to,
                "subject": mail.subject,
                "message": mail.body,
                "status": mail.status,
                "queued_at": mail.created_at.isoformat(),
                "sent_at": mail.sent_at.isoformat() if mail.sent_at else None,
            }
            for mail in self._matching(identifier)
        ]

    def erase(self, identifier):
        found = self._matching(identifier)
        neutralise_log_entries(found)
        apps.get_model("core", "OutgoingMail").objects.filter(pk__in=[m.pk for m in found]).delete()
        return len(found)


class AdminLogEntries:
    """Entries of the admin history whose label or data name the address or number (the
    history of erased records is neutralised by their own provider)."""

    label = "admin history entries"

    def _matching(self, identifier):
        from wagtail.models import ModelLogEntry, PageLogEntry

        who = subject(identifier)
        return [
            entry
            for model in (ModelLogEntry, PageLogEntry)
            for entry in mentioning(model.objects.all(), who, "label", "data")
        ]

    def export(self, identifier):
        return [
            {
                "action": entry.action,
                "label": entry.label,
                "data": entry.data,
                "at": entry.timestamp.isoformat(),
            }
            for entry in self._matching(identifier)
        ]

    def erase(self, identifier):
        entries = self._matching(identifier)
        for model in {type(entry) for entry in entries}:
            ids = [entry.pk for entry in entries if type(entry) is model]
            model.objects.filter(pk__in=ids).update(label=erased_text(), data={})
        return len(entries)


PROVIDERS = [OutgoingMails(), AdminLogEntries()]
