import json

from django.core.management import CommandError, call_command

from wagtail.contrib.forms.models import FormSubmission

import pytest

from core.personal_data import matches, mentions, normalise, redact, subject
from pages.factories import ContactPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Anna@Example.org ", "anna@example.org"),
        ("06-12 34 56 78", "+31612345678"),
        ("+31 6 12345678", "+31612345678"),
        ("0031612345678", "+31612345678"),
        ("+32 470 12 34 56", "+32470123456"),
        ("+44 20 7946 0958", "+442079460958"),
        ("12", ""),
        ("", ""),
    ],
)
def test_normalise(raw, clean):
    assert normalise(raw) == clean


def test_matches_compares_normalised_values():
    assert matches("+31612345678", "Ander", "06 12345678")
    assert not matches("anna@example.org", "anne@example.org")
    assert not matches("", "")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Mail p7@example.nl.", True),
        ("(P7@Example.NL)", True),
        ("mailto:p7@example.nl?subject=hoi", True),
        ("xp7@example.nl", False),
        ("p7@example.nl.evil", False),
        ("p7@example.nl.nl", False),
        ("p7@example.nlx", False),
        ("a.p7@example.nl", False),
    ],
)
def test_an_address_in_text_counts_only_whole(text, named):
    assert mentions(subject("p7@example.nl"), text) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Bel 06-12345678!", True),
        ("tel:+31612345678", True),
        ("0031 6 1234 5678 of later", True),
        ("kenmerk 106123456789", False),
        ("0612345679", False),
        ("+32 6 12345678", False),
        ("06123456789", False),
    ],
)
def test_a_number_in_text_counts_only_whole(text, named):
    assert mentions(subject("06 12345678"), text) is named


def test_redact_replaces_only_the_person():
    who = subject("p7@example.nl")
    assert redact("p7@example.nl en xp7@example.nl", who) == "[gewist] en xp7@example.nl"


@pytest.fixture
def messages(home_pages):
    page = ContactPageFactory(parent=home_pages["nl"])
    keep = FormSubmission.objects.create(
        page=page, form_data={"naam": "Bert", "e_mail": "bert@example.org"}
    )
    FormSubmission.objects.create(
        page=page, form_data={"naam": "Anna", "e_mail": "Anna@example.org"}
    )
    FormSubmission.objects.create(page=page, form_data={"naam": "Anna", "telefoon": "06 1234 5678"})
    return keep


def test_export_finds_every_record_about_a_person(messages, tmp_path, capsys):
    target = tmp_path / "anna.json"
    call_command("export_personal_data", "anna@example.org", output=str(target))
    data = json.loads(target.read_text())
    assert [r["data"]["naam"] for r in data["records"]["contact messages"]] == ["Anna"]
    call_command("export_personal_data", "+31612345678")
    data = json.loads(capsys.readouterr().out)
    assert len(data["records"]["contact messages"]) == 1


def test_erase_removes_only_that_person(messages):
    call_command("erase_personal_data", "ANNA@example.org", yes=True, verbosity=0)
    assert FormSubmission.objects.count() == 2
    call_command("erase_personal_data", "0612345678", yes=True, verbosity=0)
    assert list(FormSubmission.objects.all()) == [messages]


def test_erase_needs_an_identifier():
    with pytest.raises(CommandError):
        call_command("erase_personal_data", "  ", yes=True)
