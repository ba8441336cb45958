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
import uuid
from urllib.parse import quote

from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

import pytest

from core.models import OutgoingMail, Theme
from core.validators import TEXT_MAX_LENGTH
from initiatives.models import HelpOffer, OpeningPage, Response
from instruments.models import DownloadAnswer, InstrumentPage
from pages.models import ContactPage
from participation import alerts
from participation.models import Alert
from stories.models import StorySubmission, StorySubmissionPage
from tests.core.hostile import (
    NUMBERS,
    ODD_TEXT,
    SEED,
    FormSpec,
    invalid_text,
    urlencoded,
)

pytestmark = pytest.mark.django_db

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
