"""Export and erase find exactly one person in every app, and touch nobody else.

One person (p7@example.nl, 06 12345678) has records in every app, written in every way people
write an address or a number; look-alikes sit beside them (another address containing theirs,
their address with a longer domain, numbers one digit off, their number inside a longer string
of digits, a foreign number with the same national digits). Every row is counted and compared
before and after the erasure.
"""

import io
import json

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail_localize.models import String, TranslationSource

import pytest

from core.models import OutgoingMail
from initiatives.factories import ResponseFactory
from initiatives.models import HelpOffer, Response
from instruments.factories import InstrumentIndexPageFactory, InstrumentPageFactory
from instruments.models import DownloadAnswer
from pages.factories import ContactPageFactory
from participation.models import Alert
from stories.factories import StoryIndexPageFactory, StorySubmissionFactory
from stories.models import StoryPage, StorySubmission

pytestmark = pytest.mark.django_db

EMAIL = "p7@example.nl"
PHONE = "06 12345678"
ERASED = "[gewist]"
DRAFT_TEXT = "Ons hofje kreeg een gemeenschappelijke moestuin met twaalf bakken."

MODELS = [
    Response,
    HelpOffer,
    StorySubmission,
    Alert,
    FormSubmission,
    DownloadAnswer,
    OutgoingMail,
    ModelLogEntry,
    PageLogEntry,
    StoryPage,
    Revision,
]


def snapshot():
    return {
        model: {row[model._meta.pk.attname]: row for row in model.objects.values()}
        for model in MODELS
    }


def offer(**fields):
    values = {
        "name": "Iemand",
        "hours": "tot-4",
        "consent_version": "v",
        "consent_given_at": timezone.now(),
        **fields,
    }
    return HelpOffer.objects.create(**values)


def alert(email):
    return Alert.objects.create(
        email=email, language="nl", consent_version="v", consent_given_at=timezone.now()
    )


def mail(to, body="Hallo", subject="Bericht"):
    return OutgoingMail.objects.create(to=to, body=body, subject=subject)


@pytest.fixture
def seeded(tree, locales, admin_user):
    """{"own": {model: [pks]}, "mentions": {model: [pks]}, "pages": {...}} of the person."""
    opening = tree["opening"]
    home = tree["home"]
    own, mentions = {}, {}

    def mine(obj):
        own.setdefault(type(obj), []).append(obj.pk)
        return obj

    def names(obj):
        mentions.setdefault(type(obj), []).append(obj.pk)
        return obj

    # Responses and offers: the person, written three ways, and look-alikes.
    r_case = mine(ResponseFactory(opening=opening, name="Piet Zeven", email="P7@Example.NL"))
    mine(ResponseFactory(opening=opening, name="Piet Zeven", email="", phone="+31 6 1234 5678"))
    for email, phone in [
        ("xp7@example.nl", ""),
        ("p7@example.nl.nl", ""),
        ("p7@example.nl.evil", ""),
        ("", "06 12345679"),
        ("", "+32 6 12345678"),
        ("", "+32 470 12 34 56"),
        ("", "+44 20 7946 0958"),
    ]:
        ResponseFactory(opening=opening, email=email, phone=phone)
    names(ResponseFactory(opening=opening, message=f"Mijn buurman {EMAIL} helpt ook mee."))
    ResponseFactory(opening=opening, message="Mail xp7@example.nl of bel 06 12345679.")
    mine(offer(name="Piet Zeven", email=" p7@example.nl", phone="0031612345678"))
    offer(email="p7@example.nl.evil", phone="+44 20 7946 0958")
    names(offer(email="ander@example.nl", contact_preference="Via de buurman: 0612345678"))
    offer(email="ander2@example.nl", contact_preference="Kenmerk 3106123456789")

    # Story submissions: one became a draft (never published), one a published story.
    index = StoryIndexPageFactory(parent=home)
    draft_from = mine(
        StorySubmissionFactory(
            name="Piet Zeven", email=EMAIL, phone="06-12345678", about=DRAFT_TEXT, notes="Belde"
        )
    )
    draft = draft_from.make_draft_story(user=admin_user)
    TranslationSource.get_or_create_from_instance(draft)
    published_from = mine(StorySubmissionFactory(name="Piet Zeven", email="", phone=PHONE))
    published = published_from.make_draft_story(user=admin_user)
    first_revision = published.latest_revision_id
    published.title = "Een tuin vol buren"
    published.save_revision(user=admin_user).publish()
    names(StorySubmissionFactory(email="ander@example.nl", notes=f"Ook {EMAIL} bellen."))
    StorySubmissionFactory(email="xp7@example.nl", notes="ordernummer 106123456789")
    other_story = StorySubmissionFactory(email="buur@example.nl").make_draft_story()

    # Alerts.
    mine(alert("P7@example.nl"))
    for email in ["xp7@example.nl", "p7@example.nl.nl"]:
        alert(email)

    # Contact messages: theirs, one naming them, look-alikes.
    contact = ContactPageFactory(parent=home)
    mine(
        FormSubmission.objects.create(
            page=contact, form_data={"naam": "Piet Zeven", "e_mail": EMAIL, "bericht": "Hoi"}
        )
    )
    mine(FormSubmission.objects.create(page=contact, form_data={"telefoon": "+31612345678"}))
    names(
        FormSubmission.objects.create(
            page=contact, form_data={"e_mail": "a@example.nl", "bericht": "Bel 06 1234 5678."}
        )
    )
    FormSubmission.objects.create(
        page=contact, form_data={"e_mail": "xp7@example.nl", "bericht": "ref 106123456789"}
    )

    # Answers after a download.
    instrument = InstrumentPageFactory(parent=InstrumentIndexPageFactory(parent=home))
    for purpose, theirs in [
        (f"Mail me op {EMAIL}.", True),
        ("Bel 06-1234 5678 voor de training", True),
        ("Contact: xp7@example.nl", False),
        ("Contact: p7@example.nl.evil", False),
        ("Kenmerk 0612345678901", False),
        ("Bel +32 6 12345678", False),
        ("Voor ons team", False),
    ]:
        answer = DownloadAnswer.objects.create(page=instrument, purpose=purpose)
        if theirs:
            mine(answer)

    # Mail: to them, about them, and look-alikes.
    mine(mail(f"Piet Zeven <{EMAIL.upper()}>"))
    mine(mail("sanne@wijkbedrijf.example", body=f"Nieuwe reactie. Telefoon: {PHONE}"))
    mail("xp7@example.nl")
    mail("sanne@wijkbedrijf.example", body="Telefoon: 06 12345679, p7@example.nl.nl")

    # Admin history: an edit of their response, and an entry naming only a look-alike.
    log(instance=r_case, action="wagtail.edit", user=admin_user)
    other = Response.objects.get(email="xp7@example.nl")
    log(instance=other, action="wagtail.edit", user=admin_user)
    # Entries whose text names an address (an editor's label, a mail's subject).
    names(log(instance=index, action="wagtail.edit", title=f"Verhaal over {EMAIL}"))
    log(instance=index, action="wagtail.edit", title="Verhaal over xp7@example.nl")
    return {
        "own": own,
        "mentions": mentions,
        "draft": draft,
        "published": published,
        "first_revision": first_revision,
        "other_story": other_story,
        "index": index,
    }


def export(identifier):
    out = io.StringIO()
    call_command("export_personal_data", identifier, stdout=out)
    return json.loads(out.getvalue())["records"]


@pytest.mark.parametrize("identifier", [EMAIL, "P7@Example.NL ", PHONE, "+31 6 1234 5678"])
def test_export_finds_exactly_the_person(seeded, identifier):
    records = export(identifier)
    by_email = "@" in identifier
    expected = {
        "responses to openings": 1,
        "offers of help": 1,
        "story submissions": 1 if by_email else 2,
        "alerts": 1 if by_email else 0,
        "contact messages": 1,
        "answers to the question after a download": 1,
        "emails sent by the site": 1,
        "mentions in other residents' responses and offers": 1,
        "mentions in other story submissions and editors' notes": 1 if by_email else 0,
        "mentions in other people's contact messages": 0 if by_email else 1,
        "admin history entries": 1 if by_email else 0,
    }
    assert {label: len(rows) for label, rows in records.items()} == expected
    text = json.dumps(records)
    assert "xp7@" not in text
    assert "p7@example.nl.nl" not in text
    assert "p7@example.nl.evil" not in text
    assert "12345679" not in text
    assert "+32" not in text
    if by_email:
        [submission] = records["story submissions"]
        assert submission["editors_notes"] == "Belde"
        assert submission["story"] == {"title": seeded["draft"].title, "live": False}


def test_erase_deletes_exactly_the_person_and_nobody_else(seeded):
    before = snapshot()
    string_count = String.objects.filter(data__contains="moestuin met twaalf").count()
    assert string_count == 1
    call_command("erase_personal_data", EMAIL, "--yes", stdout=io.StringIO())
    call_command("erase_personal_data", PHONE, "--yes", stdout=io.StringIO())
    after = snapshot()

    own, mentions = seeded["own"], seeded["mentions"]
    draft, published = seeded["draft"], seeded["published"]
    story_ct = ContentType.objects.get_for_model(StoryPage)
    deleted = {model: set(own.get(model, [])) for model in MODELS}
    deleted[StoryPage] = {draft.pk}
    deleted[Revision] = {
        pk
        for pk, row in before[Revision].items()
        if row["object_id"] == str(draft.pk) and row["content_type_id"] == story_ct.pk
    } | {seeded["first_revision"]}
    changed = {model: set(mentions.get(model, [])) for model in MODELS}
    response_ct = ContentType.objects.get_for_model(Response)
    changed[ModelLogEntry] = {
        pk
        for pk, row in before[ModelLogEntry].items()
        if row["content_type_id"] == response_ct.pk and int(row["object_id"]) in own[Response]
    }
    changed[PageLogEntry] = {
        pk
        for pk, row in before[PageLogEntry].items()
        # the draft's history, and the published story's up to its publication (whose data
        # quotes the working title with their first name), and the entry naming the address
        if row["page_id"] in (draft.pk, published.pk)
    } | set(mentions[PageLogEntry])
    assert changed[ModelLogEntry] and changed[PageLogEntry]

    # Deleting the draft is itself in the history, without its title.
    added = [after[PageLogEntry][pk] for pk in set(after[PageLogEntry]) - set(before[PageLogEntry])]
    assert [(e["page_id"], e["action"], e["label"]) for e in added] == [
        (draft.pk, "wagtail.delete", ERASED)
    ]
    for model in MODELS:
        gone = set(before[model]) - set(after[model])
        assert gone == deleted[model], model.__name__
        if model is not PageLogEntry:
            assert not set(after[model]) - set(before[model]), f"{model.__name__}: rows added"
        untouched = set(before[model]) - deleted[model] - changed[model]
        for pk in untouched:
            assert after[model][pk] == before[model][pk], (model.__name__, pk)
        for pk in changed[model]:
            row = json.dumps(after[model][pk], default=str)
            assert ERASED in row, (model.__name__, pk)
            assert "p7@example.nl" not in row.lower()
            assert "12345678" not in row.replace(" ", "")
            assert "Piet" not in row

    # The text the draft was made from is gone from wagtail-localize too; the published story
    # stays live with what the storyteller published.
    assert not String.objects.filter(data__contains="moestuin met twaalf").exists()
    published.refresh_from_db()
    assert published.live and published.title == "Een tuin vol buren"
    assert not StorySubmission.objects.filter(story=published).exists()
    assert seeded["other_story"].pk in after[StoryPage]
    # Nothing is left to find.
    assert not any(export(EMAIL).values())
    assert not any(export(PHONE).values())


def test_rows_stored_before_the_keys_existed_get_them_from_the_data_migration(tree):
    from core.models.personal import fill_contact_keys

    response = ResponseFactory(opening=tree["opening"], email=" P7@Example.NL", phone=PHONE)
    Response.objects.filter(pk=response.pk).update(email_normalised="", phone_e164="")
    assert not Response.objects.for_contact(EMAIL).exists()
    fill_contact_keys(Response)
    assert list(Response.objects.for_contact(EMAIL)) == [response]
    assert list(Response.objects.for_contact("0031612345678")) == [response]
