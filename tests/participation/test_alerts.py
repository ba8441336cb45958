"""Alerts: subscribe, double opt-in, digests, one-click unsubscribe, manage, privacy."""

import datetime
import re

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from initiatives.factories import OpeningPageFactory
from participation import alerts
from participation.models import Alert, AlertDelivery
from participation.personal_data import PROVIDERS

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/nl/meldingen/"


def _link(body, fragment):
    match = re.search(rf"http://testserver(/\S*{fragment}\S*)", body)
    assert match, body
    return match.group(1)


def test_subscribe_needs_confirmation_before_any_digest(
    client, tree, theme, alert_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SUBSCRIBE, alert_data(theme="verduurzaming"))
    assert response.status_code == 302
    alert = Alert.objects.get()
    assert alert.confirmed_at is None
    assert alert.theme == theme
    assert alert.consent_version and alert.consent_given_at
    assert len(mail.outbox) == 1
    assert "List-Unsubscribe" not in mail.outbox[0].extra_headers
    confirm_path = _link(mail.outbox[0].body, "bevestigen")

    # Nothing is sent while unconfirmed.
    opening = OpeningPageFactory(parent=tree["initiative"], title="Energiecoach")
    opening.themes.add(theme)
    opening.save_revision().publish()
    assert alerts.send_digests("immediate") == 0

    # GET only shows a button (a link scanner confirms nothing); POST confirms.
    assert client.get(confirm_path).status_code == 200
    alert.refresh_from_db()
    assert alert.confirmed_at is None
    response = client.post(confirm_path)
    assert response.status_code == 302
    alert.refresh_from_db()
    assert alert.confirmed_at is not None


def test_published_matching_opening_is_mailed_once_with_unsubscribe_header(
    client, tree, theme, django_capture_on_commit_callbacks
):
    alert = Alert.objects.create(
        email="bewoner@example.nl",
        language="nl",
        subject="openings",
        theme=theme,
        opening_kind="volunteer",
        frequency="immediate",
        consent_version="v",
        consent_given_at=timezone.now(),
        confirmed_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    other = OpeningPageFactory(parent=tree["initiative"], title="Betaald werk", kind="paid")
    other.themes.add(theme)
    other.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        opening = OpeningPageFactory(parent=tree["initiative"], title="Klusser", kind="volunteer")
        opening.themes.add(theme)
        opening.save_revision().publish()
    digests = [m for m in mail.outbox if "Klusser" in m.body]
    assert len(digests) == 1
    message = digests[0]
    assert "Betaald werk" not in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http://testserver/nl/meldingen/stoppen/")
    assert AlertDelivery.objects.filter(alert=alert).count() == 1
    # A second run sends nothing new.
    assert alerts.send_digests("immediate") == 0

    # One click on the link in the mail stops and deletes the alert.
    response = client.get(header[len("<http://testserver") : -1])
    assert response.status_code == 200
    assert not Alert.objects.filter(pk=alert.pk).exists()


def test_one_click_post_unsubscribe_without_csrf(client, tree):
    alert = Alert.objects.create(
        email="a@example.nl",
        language="nl",
        consent_version="v",
        consent_given_at=timezone.now(),
        confirmed_at=timezone.now(),
    )
    client.handler.enforce_csrf_checks = True
    path = f"/nl/meldingen/stoppen/{alerts.sign(alert, 'unsubscribe')}/"
    response = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Alert.objects.exists()


def test_weekly_alerts_wait_for_the_weekly_run(tree, theme):
    Alert.objects.create(
        email="w@example.nl",
        language="nl",
        frequency="weekly",
        consent_version="v",
        consent_given_at=timezone.now(),
        confirmed_at=timezone.now() - datetime.timedelta(days=1),
    )
    OpeningPageFactory(parent=tree["initiative"], title="Tuinier").save_revision().publish()
    assert alerts.send_digests("immediate") == 0
    assert alerts.send_digests("weekly") == 1
    assert "Tuinier" in mail.outbox[-1].body


def test_tampered_links_are_refused(client, tree):
    alert = Alert.objects.create(
        email="a@example.nl", language="nl", consent_version="v", consent_given_at=timezone.now()
    )
    signed = alerts.sign(alert, "unsubscribe")
    # A signature for one action does not work for another.
    assert client.get(f"/nl/meldingen/beheren/{signed}/").status_code == 404
    assert client.get(f"/nl/meldingen/bevestigen/{signed}x/").status_code == 404
    assert Alert.objects.filter(pk=alert.pk).exists()


def test_manage_page_changes_frequency_and_stops_all(client, tree):
    now = timezone.now()
    first = Alert.objects.create(
        email="m@example.nl",
        language="nl",
        frequency="weekly",
        consent_version="v",
        consent_given_at=now,
        confirmed_at=now,
    )
    Alert.objects.create(
        email="M@example.nl",
        language="nl",
        subject="stories",
        consent_version="v",
        consent_given_at=now,
        confirmed_at=now,
    )
    stranger = Alert.objects.create(
        email="x@example.nl", language="nl", consent_version="v", consent_given_at=now
    )
    path = f"/nl/meldingen/beheren/{alerts.sign(first, 'manage')}/"
    page = client.get(path)
    assert page.status_code == 200
    assert page.content.decode().count("alert-list__item") == 2
    client.post(path, {"action": "frequency", "alert": first.pk, "frequency": "immediate"})
    first.refresh_from_db()
    assert first.frequency == "immediate"
    # Someone else's alert cannot be touched from this link.
    response = client.post(path, {"action": "delete", "alert": stranger.pk})
    assert response.status_code == 400
    assert Alert.objects.filter(pk=stranger.pk).exists()
    assert (
        client.post(path, {"action": "frequency", "alert": first.pk, "frequency": "x"}).status_code
        == 400
    )
    client.post(path, {"action": "delete_all"})
    assert list(Alert.objects.all()) == [stranger]


def test_bad_input_is_refused_and_nothing_stored(client, tree, alert_data):
    response = client.post(SUBSCRIBE, alert_data(email="not-an-address", consent=None))
    assert response.status_code == 400
    body = response.content.decode()
    assert "geldig e-mailadres" in body
    assert not Alert.objects.exists()
    assert mail.outbox == []


def test_abuse_guard_protects_the_form(client, tree, alert_data, form_token):
    response = client.post(SUBSCRIBE, alert_data(website="http://spam.example"))
    assert response.status_code == 400
    response = client.post(SUBSCRIBE, alert_data(**form_token(age=0)))
    assert response.status_code == 400
    assert not Alert.objects.exists()


def test_finder_filters_prefill_the_form(client, tree, theme):
    response = client.get(SUBSCRIBE + "?kind=paid&theme=verduurzaming&hours=4-8")
    assert response.status_code == 200
    form = response.context["form"]
    assert form["kind"].value() == "paid"
    assert form["theme"].value() == "verduurzaming"
    finder = client.get(tree["finder"].url + "?kind=paid")
    assert "/nl/meldingen/?subject=openings&amp;kind=paid" in finder.content.decode()


def test_english_form_and_urls(client, home_pages, alert_data):
    response = client.get("/en/alerts/")
    assert response.status_code == 200
    assert "Keep me posted" in response.content.decode()
    response = client.get("/nl/meldingen/")
    assert "Houd me op de hoogte" in response.content.decode()


def test_personal_data_export_and_erase(db):
    now = timezone.now()
    Alert.objects.create(
        email="p@example.nl", language="nl", consent_version="v1", consent_given_at=now
    )
    provider = PROVIDERS[0]
    exported = provider.export("P@example.nl")
    assert exported[0]["email"] == "p@example.nl"
    assert exported[0]["consent_version"] == "v1"
    assert provider.erase("p@example.nl") == 1
    assert not Alert.objects.exists()


def test_expiry_unconfirmed_after_a_week_and_stale_after_a_year(db):
    now = timezone.now()
    old = now - datetime.timedelta(days=8)
    unconfirmed = Alert.objects.create(
        email="u@example.nl",
        language="nl",
        consent_version="v",
        consent_given_at=old,
        created_at=old,
    )
    year_ago = now - datetime.timedelta(days=366)
    stale = Alert.objects.create(
        email="s@example.nl",
        language="nl",
        consent_version="v",
        consent_given_at=year_ago,
        created_at=year_ago,
        confirmed_at=year_ago,
        interest_confirmed_at=year_ago,
    )
    renewed = Alert.objects.create(
        email="r@example.nl",
        language="nl",
        consent_version="v",
        consent_given_at=year_ago,
        created_at=year_ago,
        confirmed_at=year_ago,
        interest_confirmed_at=now,
    )
    call_command("purge_alerts")
    remaining = set(Alert.objects.values_list("pk", flat=True))
    assert remaining == {renewed.pk}
    assert unconfirmed.pk not in remaining and stale.pk not in remaining


def test_renewal_request_a_month_before_expiry(db):
    moment = timezone.now() - datetime.timedelta(days=340)
    alert = Alert.objects.create(
        email="r@example.nl",
        language="en",
        consent_version="v",
        consent_given_at=moment,
        created_at=moment,
        confirmed_at=moment,
    )
    assert alerts.send_renewals() == 1
    assert "still want" in mail.outbox[0].subject
    assert alerts.send_renewals() == 0  # once
    alert.refresh_from_db()
    assert alert.renewal_sent_at is not None
