"""Retention without gaps: every response and offer has a maximum age from its arrival
(RESPONSE_MAX_AGE_DAYS), whatever its opening's state, and an unpublished opening starts the
ordinary retention when it goes off the site."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from core.mail import purge_sent_mail
from core.models import OutgoingMail
from initiatives.factories import OpeningPageFactory, ResponseFactory
from initiatives.models import HelpOffer, Response, ResponseStatusChange
from initiatives.privacy import purge_expired, purge_expired_offers

pytestmark = pytest.mark.django_db


def ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture(autouse=True)
def retention(settings):
    settings.RESPONSE_RETENTION_MONTHS = 12
    settings.RESPONSE_MAX_AGE_DAYS = 730


def remaining():
    return set(Response.objects.values_list("pk", flat=True))


def test_an_opening_that_never_closes_keeps_responses_no_longer_than_the_maximum_age(tree):
    never_closes = OpeningPageFactory(parent=tree["initiative"], deadline=None)
    assert never_closes.closed_since() is None
    too_old = ResponseFactory(opening=never_closes, created_at=ago(731))
    young = ResponseFactory(opening=never_closes, created_at=ago(700))
    out = io.StringIO()
    call_command("purge_responses", stdout=out)
    assert remaining() == {young.pk}
    assert too_old.pk not in remaining()
    assert "Deleted 1 response(s)" in out.getvalue()
    assert "730 days" in out.getvalue()


def test_an_opening_unpublished_while_open_starts_the_retention(tree):
    opening = OpeningPageFactory(parent=tree["initiative"], deadline=None)
    response = ResponseFactory(opening=opening, created_at=ago(30))
    opening.unpublish()
    opening.refresh_from_db()
    assert opening.status == opening.Status.OPEN and not opening.live
    assert purge_expired() == 0  # the retention runs from now
    assert purge_expired(now=timezone.now() + datetime.timedelta(days=370)) == 1
    assert response.pk not in remaining()


def test_an_unpublished_opening_never_keeps_responses_past_the_maximum_age(tree, settings):
    settings.RESPONSE_RETENTION_MONTHS = 120  # the ordinary retention would keep it
    opening = OpeningPageFactory(parent=tree["initiative"], deadline=None)
    old = ResponseFactory(opening=opening, created_at=ago(800))
    opening.unpublish()
    assert purge_expired() == 1
    assert old.pk not in remaining()


def test_a_deleted_opening_takes_its_responses_and_their_history_along(tree, admin_user):
    opening = OpeningPageFactory(parent=tree["initiative"])
    response = ResponseFactory(opening=opening)
    response.set_status("contacted", admin_user)
    kept = ResponseFactory(opening=tree["opening"])
    opening.delete()
    assert remaining() == {kept.pk}
    assert not ResponseStatusChange.objects.filter(response_id=response.pk).exists()


def test_purged_responses_leave_no_name_in_the_admin_history(tree, admin_user):
    from wagtail.log_actions import log

    old = ResponseFactory(opening=tree["opening"], name="Henk Oud", created_at=ago(800))
    log(instance=old, action="wagtail.edit", user=admin_user)
    assert purge_expired() == 1
    [entry] = ModelLogEntry.objects.filter(object_id=str(old.pk))
    assert entry.label == "[gewist]" and entry.data == {}


def test_offers_changed_recently_still_go_at_the_maximum_age(tree):
    values = {"hours": "tot-4", "consent_version": "v", "consent_given_at": ago(800)}
    busy = HelpOffer.objects.create(name="Oud", created_at=ago(800), **values)
    busy.set_status("contacted")  # a recent change: the ordinary retention would keep it
    young = HelpOffer.objects.create(name="Nieuw", created_at=ago(100), **values)
    assert purge_expired_offers() == 1
    assert list(HelpOffer.objects.values_list("pk", flat=True)) == [young.pk]


def test_mail_the_worker_gave_up_on_is_purged_too(settings):
    settings.MAIL_RETENTION_DAYS = 30
    failed_old = OutgoingMail.objects.create(to="a@example.nl", subject="s", body="b")
    failed_new = OutgoingMail.objects.create(to="b@example.nl", subject="s", body="b")
    queued_old = OutgoingMail.objects.create(to="c@example.nl", subject="s", body="b")
    OutgoingMail.objects.filter(pk__in=[failed_old.pk, failed_new.pk]).update(status="failed")
    OutgoingMail.objects.filter(pk__in=[failed_old.pk, queued_old.pk]).update(created_at=ago(40))
    purge_sent_mail.call()
    assert set(OutgoingMail.objects.values_list("pk", flat=True)) == {failed_new.pk, queued_old.pk}
