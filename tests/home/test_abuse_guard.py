"""The abuse guard on the contact form: each refusal says why and stores nothing."""

import time

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

import pytest

from core.abuse import HONEYPOT_FIELD, TIMESTAMP_FIELD, parse_rate, sign_token
from core.models import RateLimitEvent
from pages.factories import ContactPageFactory, FormFieldFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(home_pages):
    page = ContactPageFactory(parent=home_pages["nl"])
    FormFieldFactory(page=page, label="Naam", field_type="singleline")
    FormFieldFactory(page=page, label="E-mail", field_type="email")
    FormFieldFactory(page=page, label="Bericht", field_type="multiline")
    return page


FIELDS = {"naam": "Anna", "e_mail": "anna@example.org", "bericht": "Ik wil meedoen."}


def post(client, page, **extra):
    return client.post(page.url, {**FIELDS, **extra})


def test_valid_message_is_stored_emailed_and_redirected(client, contact, form_token):
    response = post(client, contact, **form_token())
    assert response.status_code == 302
    assert response["Location"] == "/nl/contact/bedankt/"
    assert FormSubmission.objects.count() == 1
    stored = FormSubmission.objects.get().get_data()
    assert stored["naam"] == "Anna"
    assert HONEYPOT_FIELD not in stored and TIMESTAMP_FIELD not in stored
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["info@wijkbedrijf.example"]
    assert client.get(response["Location"]).status_code == 200


def test_missing_fields_show_summary_and_keep_values(client, contact, form_token):
    response = post(client, contact, naam="", **form_token())
    assert response.status_code == 400
    assert "data-error-summary" in response.text
    assert 'href="#id_naam"' in response.text
    assert 'value="anna@example.org"' in response.text
    assert FormSubmission.objects.count() == 0


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (lambda: {HONEYPOT_FIELD: "http://spam.example"}, "Website"),
        (lambda: {TIMESTAMP_FIELD: sign_token("contact")}, "erg snel"),
        (lambda: {TIMESTAMP_FIELD: sign_token("contact", time.time() - 2 * 86400)}, "te lang open"),
        (
            lambda: {TIMESTAMP_FIELD: sign_token("story-submission", time.time() - 10)},
            "niet controleren",
        ),
        (lambda: {TIMESTAMP_FIELD: "12345:forged"}, "niet controleren"),
        (lambda: {TIMESTAMP_FIELD: ""}, "niet controleren"),
    ],
    ids=["honeypot", "too-fast", "expired", "other-form", "forged", "missing"],
)
def test_each_refusal_stores_nothing(client, contact, form_token, extra, message):
    data = {**form_token(), **extra()}
    response = post(client, contact, **data)
    assert response.status_code == 400
    assert message in response.text
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_holds_in_the_database(client, contact, form_token, settings):
    settings.FORM_RATE_LIMIT = "3/h"
    for _ in range(3):
        assert post(client, contact, **form_token()).status_code == 302
    response = post(client, contact, **form_token())
    assert response.status_code == 400
    assert "vaak" in response.text
    assert FormSubmission.objects.count() == 3
    assert RateLimitEvent.objects.count() == 3  # the refused attempt uses up nothing
    assert "127.0.0.1" not in RateLimitEvent.objects.first().key  # only a keyed hash


def test_rate_limit_zero_turns_it_off(client, contact, form_token, settings):
    settings.FORM_RATE_LIMIT = "0"
    for _ in range(12):
        assert post(client, contact, **form_token()).status_code == 302
    assert RateLimitEvent.objects.count() == 0


def test_rate_limit_counts_clients_separately(client, contact, form_token, settings):
    settings.FORM_RATE_LIMIT = "1/h"
    assert post(client, contact, **form_token()).status_code == 302
    other = client.post(contact.url, {**FIELDS, **form_token()}, REMOTE_ADDR="10.9.8.7")
    assert other.status_code == 302


@pytest.mark.parametrize(
    ("rate", "parsed"),
    [("10/h", (10, 3600)), ("5/m", (5, 60)), ("0", (0, 0)), ("2/day", (2, 86400))],
)
def test_parse_rate(rate, parsed):
    assert parse_rate(rate) == parsed


def test_parse_rate_rejects_nonsense():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        parse_rate("ten per hour")


def test_purge_contact_messages_keeps_recent_ones(client, contact, form_token, settings):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    settings.FORM_RATE_LIMIT = "0"
    for _ in range(3):
        post(client, contact, **form_token())
    old = FormSubmission.objects.order_by("pk").first()
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=settings.CONTACT_RETENTION_DAYS + 1)
    )
    call_command("purge_contact_messages", dry_run=True, verbosity=0)
    assert FormSubmission.objects.count() == 3
    call_command("purge_contact_messages", verbosity=0)
    assert FormSubmission.objects.count() == 2
    assert not FormSubmission.objects.filter(pk=old.pk).exists()
