"""A submission is stored, or the resident is told it was not (503, what they typed kept); the
submission key cannot be reused by someone else; form pages are never cached; the rate limit
is a fair sliding window; mail goes through the durable queue."""

import datetime
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.db import OperationalError
from django.test import override_settings
from django.utils import timezone

import pytest

from core import mail as core_mail
from core.models import OutgoingMail, RateLimitEvent
from initiatives.factories import OpeningPageFactory
from initiatives.models import Response

pytestmark = pytest.mark.django_db


def test_a_short_lock_is_retried_and_the_response_stored(client, tree, response_data):
    real_save = Response.save
    calls = {"n": 0}

    def flaky_save(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OperationalError("database is locked")
        return real_save(self, *args, **kwargs)

    with mock.patch.object(Response, "save", flaky_save):
        result = client.post(tree["opening"].url, response_data())
    assert result.status_code == 302
    assert calls["n"] == 2
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    "error",
    ["database is locked", "attempt to write a readonly database"],
    ids=["lock-past-timeout", "read-only"],
)
def test_nothing_saved_means_503_with_the_form_kept(client, tree, response_data, error, caplog):
    with mock.patch.object(Response, "save", side_effect=OperationalError(error)):
        result = client.post(tree["opening"].url, response_data(message="Mijn eigen woorden."))
    assert result.status_code == 503
    assert result["Retry-After"]
    html = result.content.decode()
    assert "NIET opgeslagen" in html
    assert "Mijn eigen woorden." in html and 'value="Henk Jansen"' in html
    assert Response.objects.count() == 0
    assert OutgoingMail.objects.count() == 0  # no mail about a response that is not there
    assert RateLimitEvent.objects.count() == 0
    assert any(r.name == "core.resilience" and r.levelname == "ERROR" for r in caplog.records)


def test_unsaved_error_reaches_the_admins(client, tree, response_data, settings):
    settings.ADMINS = [("Beheer", "beheer@wijkbedrijf.example")]
    with mock.patch.object(Response, "save", side_effect=OperationalError("disk I/O error")):
        assert client.post(tree["opening"].url, response_data()).status_code == 503
    assert any("beheer@wijkbedrijf.example" in m.to for m in mail.outbox)


def test_a_reused_key_with_other_answers_is_stored_not_dropped(client, tree, response_data):
    key = "11111111-2222-4333-8444-555555555555"
    first = response_data(name="Henk", email="henk@example.nl")
    second = response_data(name="Fatima", email="fatima@example.nl")
    from core.abuse import TIMESTAMP_FIELD

    second[TIMESTAMP_FIELD] = first[TIMESTAMP_FIELD] = response_data()[TIMESTAMP_FIELD]

    assert client.post(tree["opening"].url, first).status_code == 302
    assert client.post(tree["opening"].url, second).status_code == 302
    assert client.post(tree["opening"].url, first).status_code == 302  # a real double click
    assert sorted(Response.objects.values_list("name", flat=True)) == ["Fatima", "Henk"]
    assert key  # the key itself is inside the signed token, not a separate field


def test_a_token_for_another_opening_is_refused(client, tree, response_data, form_token):
    other = OpeningPageFactory(parent=tree["initiative"], slug="tweede", title="Tweede")
    data = response_data(**form_token(target=f"opening-response:{other.pk}"))
    assert client.post(tree["opening"].url, data).status_code == 400
    assert Response.objects.count() == 0


def test_form_pages_are_private_and_not_stored(client, tree):
    result = client.get(tree["opening"].url)
    assert result.status_code == 200
    cache_control = result["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_rate_limit_is_per_opening_and_counts_only_stored(client, tree, response_data, settings):
    settings.FORM_RATE_LIMIT = "2/h"
    openings = [tree["opening"]] + [
        OpeningPageFactory(parent=tree["initiative"], slug=f"o{n}", title=f"O{n}") for n in range(3)
    ]
    from core.abuse import TIMESTAMP_FIELD, sign_token

    def data_for(opening, **extra):
        data = response_data(**extra)
        data[TIMESTAMP_FIELD] = sign_token(
            f"opening-response:{opening.pk}", timezone.now().timestamp() - 10
        )
        return data

    # Invalid attempts use up nothing.
    for _ in range(3):
        assert client.post(openings[0].url, data_for(openings[0], name="")).status_code == 400
    for opening in openings:  # one answer to each of four openings is fine
        assert client.post(opening.url, data_for(opening)).status_code == 302
    assert client.post(openings[0].url, data_for(openings[0], name="B")).status_code == 302
    refused = client.post(openings[0].url, data_for(openings[0], name="C"))
    assert refused.status_code == 400
    assert "Vanaf" in refused.content.decode()  # says when to try again
    assert Response.objects.count() == 5


def test_rate_limit_window_slides(client, tree, response_data, settings):
    settings.FORM_RATE_LIMIT = "1/h"
    assert client.post(tree["opening"].url, response_data()).status_code == 302
    RateLimitEvent.objects.update(at=timezone.now() - datetime.timedelta(minutes=59))
    assert client.post(tree["opening"].url, response_data(name="Twee")).status_code == 400
    RateLimitEvent.objects.update(at=timezone.now() - datetime.timedelta(minutes=61))
    assert client.post(tree["opening"].url, response_data(name="Drie")).status_code == 302


def test_mail_is_queued_with_the_response(client, tree, response_data):
    assert client.post(tree["opening"].url, response_data()).status_code == 302
    contact = tree["opening"].contact_email
    assert OutgoingMail.objects.filter(status="sent").count() == 2  # contact person, receipt
    assert sorted(m.to[0] for m in mail.outbox) == sorted([contact, "henk@example.nl"])


def test_a_failing_mail_server_is_retried_then_shown_as_failed(settings):
    settings.MAIL_RETRY_DELAYS = [0, 0]
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("refused")):
        queued = core_mail.queue_mail("Onderwerp", "Tekst", ["a@example.nl"])
        queued.refresh_from_db()
        assert queued.status == "retrying" and queued.attempts == 1
        core_mail.retry_due_mail.call()
        queued.refresh_from_db()
        assert queued.status == "retrying" and queued.attempts == 2
        core_mail.retry_due_mail.call()
        queued.refresh_from_db()
    assert queued.status == "failed" and queued.attempts == 3
    assert "refused" in queued.last_error
    core_mail.retry_due_mail.call()
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_the_database_queue_and_worker_send_the_mail(settings):
    """The real path: the database backend stores the task, `db_worker` sends it."""
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        queued = core_mail.queue_mail("Onderwerp", "Tekst", ["a@example.nl"])
        queued.refresh_from_db()
        assert queued.status == "queued"
        assert mail.outbox == []
        call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    queued.refresh_from_db()
    assert queued.status == "sent"
    assert [m.to for m in mail.outbox] == [["a@example.nl"]]
