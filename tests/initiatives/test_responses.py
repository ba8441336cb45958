"""The response form, the Response model, emails and the privacy commands."""

import datetime
import io
import json

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from initiatives.factories import ResponseFactory
from initiatives.models import OpeningPage, Response
from initiatives.models.responses import CONSENT_VERSION
from initiatives.wagtail_hooks import needs_follow_up

from .conftest import days

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.FORM_RATE_LIMIT = "0"


def post(client, opening, data):
    return client.post(opening.url, data)


def test_get_shows_form_unticked_with_privacy_help(client, tree):
    response = client.get(tree["opening"].url)
    html = response.content.decode()
    assert 'name="consent"' in html
    consent_input = html[html.index('name="consent"') - 200 : html.index('name="consent"') + 200]
    assert "checked" not in consent_input
    assert 'name="website"' in html  # honeypot


def test_valid_submission_stores_one_row_and_sends_two_emails(client, tree, response_data):
    response = post(client, tree["opening"], response_data())
    assert response.status_code == 302
    assert response["Location"] == tree["opening"].url + "bedankt/"  # the Dutch opening
    assert Response.objects.count() == 1
    stored = Response.objects.get()
    assert stored.opening_id == tree["opening"].pk
    assert stored.initiative_id == tree["initiative"].pk
    assert stored.consent_version == CONSENT_VERSION
    assert stored.consent_given_at is not None
    assert stored.status == "new"
    assert len(mail.outbox) == 2
    to_contact = next(m for m in mail.outbox if m.to == ["sanne@wijkbedrijf.example"])
    to_resident = next(m for m in mail.outbox if m.to == ["henk@example.nl"])
    assert "/admin/" in to_contact.body
    assert str(stored.pk) in to_contact.body
    assert "isoleren" not in to_contact.body  # never the resident's message
    assert "henk@example.nl" not in to_contact.body
    assert "Energiecoach" in to_resident.subject
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert thanks.context["reply_by"] > timezone.localdate()


def test_phone_only_sends_only_contact_email(client, tree, response_data):
    response = post(client, tree["opening"], response_data(email="", phone="06 12345678"))
    assert response.status_code == 302
    assert Response.objects.get().phone_digits == "0612345678"
    assert len(mail.outbox) == 1


def test_same_form_sent_twice_is_stored_once(client, tree, response_data):
    data = response_data()
    assert post(client, tree["opening"], data).status_code == 302
    assert post(client, tree["opening"], data).status_code == 302
    assert Response.objects.count() == 1
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    "overrides,field",
    [
        ({"name": ""}, "name"),
        ({"email": "", "phone": ""}, "email"),
        ({"email": "geen-adres"}, "email"),
        ({"email": "", "phone": "abc"}, "phone"),
        ({"message": ""}, "message"),
        ({"consent": None}, "consent"),
        ({"message": "x" * 2001}, "message"),
    ],
)
def test_invalid_input_stores_nothing(client, tree, response_data, overrides, field):
    response = post(client, tree["opening"], response_data(**overrides))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert b"error-summary" in response.content
    assert Response.objects.count() == 0
    assert mail.outbox == []
    # Entered values are kept.
    if overrides.get("name") != "":
        assert b"Henk Jansen" in response.content


@pytest.mark.parametrize(
    "guard",
    ["honeypot", "too_fast", "expired", "tampered", "missing_token"],
)
def test_abuse_guard_paths_store_nothing(client, tree, response_data, form_token, guard):
    data = response_data()
    if guard == "honeypot":
        data["website"] = "http://spam.example"
    elif guard == "too_fast":
        data.update(form_token(age=0))
    elif guard == "expired":
        data.update(form_token(age=3 * 24 * 3600))
    elif guard == "tampered":
        data["form_rendered"] = "12345:forged"
    else:
        data.pop("form_rendered")
    response = post(client, tree["opening"], data)
    assert response.status_code == 400
    assert Response.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_stores_nothing(client, tree, response_data, settings):
    settings.FORM_RATE_LIMIT = "1/h"
    assert post(client, tree["opening"], response_data()).status_code == 302
    second = response_data(submission_key="1b5c1a7e-3f0e-4d47-9e6a-2b3c4d5e6f70")
    assert post(client, tree["opening"], second).status_code == 400
    assert Response.objects.count() == 1


@pytest.mark.parametrize("change", [{"deadline": -1}, {"status": "filled"}, {"status": "closed"}])
def test_closed_opening_refuses(client, tree, response_data, change):
    opening = tree["opening"]
    if "deadline" in change:
        opening.deadline = days(change["deadline"])
    else:
        opening.status = change["status"]
    opening.save_revision().publish()
    page = client.get(opening.url)
    assert page.context["form"] is None
    assert b'name="consent"' not in page.content
    response = post(client, opening, response_data())
    assert response.status_code == 410
    assert Response.objects.count() == 0
    assert mail.outbox == []


def test_status_change_is_recorded(tree):
    user = get_user_model().objects.create_user("redacteur", password="x")
    response = ResponseFactory(opening=tree["opening"])
    assert response.set_status("contacted", user)
    response.refresh_from_db()
    assert response.status == "contacted"
    assert response.status_changed_by == user
    assert response.status_changed_at is not None
    change = response.status_changes.get()
    assert (change.old_status, change.new_status, change.changed_by) == ("new", "contacted", user)
    assert not response.set_status("contacted", user)
    assert response.status_changes.count() == 1


def test_admin_edit_changes_status(client, tree):
    admin = get_user_model().objects.create_superuser("beheer", "b@example.nl", "x")
    client.force_login(admin)
    response = ResponseFactory(opening=tree["opening"])
    edit_url = f"/admin/initiatives/response/edit/{response.pk}/"
    from django.urls import reverse

    edit_url = reverse("opening_responses:edit", args=[response.pk])
    assert client.get(edit_url).status_code == 200
    result = client.post(edit_url, {"status": "matched"})
    assert result.status_code == 302
    response.refresh_from_db()
    assert response.status == "matched"
    assert response.status_changed_by == admin


def test_admin_list_filters_and_export(client, tree):
    from django.urls import reverse

    admin = get_user_model().objects.create_superuser("beheer", "b@example.nl", "x")
    client.force_login(admin)
    ResponseFactory(opening=tree["opening"], name="Nieuwe Buur")
    ResponseFactory(opening=tree["opening"], name="Oude Buur", status="matched")
    index = reverse("opening_responses:index")
    html = client.get(index + "?status=matched").content.decode()
    assert reverse("opening_responses:add") not in html  # responses only come from residents
    assert client.get(reverse("opening_responses:add")).status_code in (302, 403)
    assert "Oude Buur" in html and "Nieuwe Buur" not in html
    csv = client.get(index + "?export=csv")
    assert csv.status_code == 200
    assert b"Nieuwe Buur" in body(csv)
    xlsx = client.get(index + "?export=xlsx")
    assert xlsx.status_code == 200
    assert body(xlsx)[:2] == b"PK"


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def test_follow_up_after_five_working_days(tree, client):
    from django.urls import reverse

    late = ResponseFactory(
        opening=tree["opening"],
        name="Laat",
        created_at=timezone.now() - datetime.timedelta(days=10),
    )
    fresh = ResponseFactory(opening=tree["opening"], name="Vers")
    handled = ResponseFactory(
        opening=tree["opening"],
        status="contacted",
        created_at=timezone.now() - datetime.timedelta(days=10),
    )
    ids = set(needs_follow_up(Response.objects.all()).values_list("pk", flat=True))
    assert ids == {late.pk}
    assert fresh.pk not in ids and handled.pk not in ids
    admin = get_user_model().objects.create_superuser("beheer", "b@example.nl", "x")
    client.force_login(admin)
    html = client.get(reverse("opening_responses_follow_up:index")).content.decode()
    assert "Laat" in html and "Vers" not in html

    out = io.StringIO()
    call_command("send_response_reminders", stdout=out)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["sanne@wijkbedrijf.example"]
    late.refresh_from_db()
    assert late.reminder_sent_at is not None
    call_command("send_response_reminders", stdout=out)
    assert len(mail.outbox) == 1  # not twice


def _close(opening, when):
    OpeningPage.objects.filter(pk=opening.pk).update(status="closed", closed_at=when)


def test_purge_after_retention(tree, settings):
    from initiatives.factories import OpeningPageFactory

    settings.RESPONSE_RETENTION_MONTHS = 12
    now = timezone.now()
    old_opening = tree["opening"]
    recent = OpeningPageFactory(parent=tree["initiative"])
    deadline_passed = OpeningPageFactory(parent=tree["initiative"], deadline=days(-400))
    still_open = OpeningPageFactory(parent=tree["initiative"])
    _close(old_opening, now - datetime.timedelta(days=400))
    _close(recent, now - datetime.timedelta(days=100))
    old = ResponseFactory(opening=old_opening, created_at=now - datetime.timedelta(days=500))
    kept = ResponseFactory(opening=recent, created_at=now - datetime.timedelta(days=500))
    by_deadline = ResponseFactory(opening=deadline_passed)
    open_one = ResponseFactory(opening=still_open, created_at=now - datetime.timedelta(days=500))
    out = io.StringIO()
    call_command("purge_responses", "--dry-run", stdout=out)
    assert "Would delete 2" in out.getvalue()
    assert Response.objects.count() == 4
    call_command("purge_responses", stdout=out)
    remaining = set(Response.objects.values_list("pk", flat=True))
    assert remaining == {kept.pk, open_one.pk}
    assert old.pk not in remaining and by_deadline.pk not in remaining
    settings.RESPONSE_RETENTION_MONTHS = 1
    call_command("purge_responses", stdout=out)
    assert set(Response.objects.values_list("pk", flat=True)) == {open_one.pk}


def test_export_and_erase_personal_data(tree, tmp_path):
    user = get_user_model().objects.create_user("redacteur", password="x")
    mine = ResponseFactory(
        opening=tree["opening"],
        email="Els@Example.nl",
        phone="+31 6 1234 5678",
        created_at=timezone.now() - datetime.timedelta(days=200),
    )
    mine.set_status("contacted", user)
    by_phone = ResponseFactory(opening=tree["opening"], email="", phone="06-12345678")
    other = ResponseFactory(opening=tree["opening"], email="ander@example.nl")

    label = "responses to openings"
    out = io.StringIO()
    call_command("export_personal_data", "els@example.nl", stdout=out)
    records = json.loads(out.getvalue())["records"][label]
    assert [r["id"] for r in records] == [mine.pk]
    assert records[0]["message"] == mine.message
    assert records[0]["status_history"][0]["to"] == "contacted"

    out = io.StringIO()
    call_command("export_personal_data", "0612345678", stdout=out)
    ids = {r["id"] for r in json.loads(out.getvalue())["records"][label]}
    assert ids == {mine.pk, by_phone.pk}

    call_command("erase_personal_data", "06 1234 5678", "--yes", stdout=out)
    assert list(Response.objects.values_list("pk", flat=True)) == [other.pk]
    call_command("erase_personal_data", "ander@example.nl", "--yes", stdout=out)
    assert Response.objects.count() == 0
