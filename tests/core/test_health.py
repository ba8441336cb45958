"""/health/ and /health/app/ (core/health.py): status for everyone, details for staff or with
the token, 503 when the database, the cache, the storage or (on /health/) the worker fails."""

import datetime
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import OperationalError, connections
from django.test import override_settings
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from core.health import worker_heartbeat

pytestmark = pytest.mark.django_db

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TOKEN = "a-long-random-monitoring-token"


def details(client, url="/health/"):
    response = client.get(url, HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    checks = {key.split("(")[0]: value for key, value in response.json().items()}
    return response.status_code, checks


@pytest.fixture(autouse=True)
def _token(settings):
    settings.HEALTH_CHECK_TOKEN = TOKEN


def finished_task(age_seconds):
    return DBTaskResult.objects.create(
        task_path="core.mail.retry_due_mail",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
        status="SUCCESSFUL",
        finished_at=timezone.now() - datetime.timedelta(seconds=age_seconds),
    )


def test_healthy_is_200_ok_without_details_and_never_stored(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    for _ in range(2):
        response = client.get("/health/")
        assert response.status_code == 200
        assert response.content == b"OK\n"
        assert "no-store" in response["Cache-Control"]
        assert "X-Page-Cache" not in response
    assert client.head("/health/app/").status_code == 200


def test_details_only_with_the_token_or_for_staff(client):
    status, checks = details(client)
    assert status == 200
    assert checks == {"Database": "OK", "Cache": "OK", "Storage": "OK", "Worker": "OK"}
    wrong = client.get("/health/", HTTP_ACCEPT="application/json", HTTP_AUTHORIZATION="Bearer x")
    assert wrong.content == b"OK\n"
    client.force_login(get_user_model().objects.create_user("lezer", is_staff=False))
    assert client.get("/health/", HTTP_ACCEPT="application/json").content == b"OK\n"
    client.force_login(get_user_model().objects.create_user("beheer", is_staff=True))
    staff = client.get("/health/", HTTP_ACCEPT="application/json")
    assert set(staff.json()) == {
        "Database(alias='default')",
        "Cache(alias='default')",
        "Storage(alias='default')",
        "Worker(backend='default')",
    }


def test_database_unavailable_is_503(client):
    refused = OperationalError("connection refused")
    wrapper = type(connections["default"])
    with mock.patch.object(wrapper, "get_new_connection", side_effect=refused):
        anonymous = client.get("/health/app/")
        status, checks = details(client, "/health/app/")
    assert anonymous.status_code == 503
    assert anonymous.content == b"failing\n"
    assert status == 503
    assert checks["Database"].startswith("Unavailable")
    assert checks["Cache"] == checks["Storage"] == "OK"


def test_a_cache_that_raises_is_503(client):
    cache_class = type(caches["default"])
    with mock.patch.object(cache_class, "aset", side_effect=ConnectionError("refused")):
        assert client.get("/health/").status_code == 503
        status, checks = details(client)
    assert status == 503
    assert checks["Cache"] == "Unexpected Result: Connection Error"
    assert checks["Database"] == "OK"


def test_a_cache_that_loses_what_it_was_given_is_503(client):
    # django-redis with IGNORE_EXCEPTIONS answers None when Redis is down instead of raising.
    with mock.patch.object(type(caches["default"]), "aget", return_value=None):
        status, checks = details(client)
    assert status == 503
    assert checks["Cache"].startswith("Unavailable")


def test_failing_storage_is_503(client):
    storage_class = type(storages["default"])
    with mock.patch.object(storage_class, "_save", side_effect=OSError("No space left")):
        assert client.get("/health/app/").status_code == 503
        status, checks = details(client)
    assert status == 503
    assert checks["Storage"] != "OK"
    assert checks["Database"] == "OK"


@override_settings(TASKS=DB_TASKS, HEALTH_WORKER_MAX_AGE=300)
def test_no_worker_heartbeat_fails_the_worker_check_only(client):
    status, checks = details(client)
    assert status == 503
    assert checks["Worker"] == (
        "Unavailable: No task finished in the last 300 s: is `manage.py db_worker` running?"
    )
    assert checks["Database"] == "OK"
    # The check queued a heartbeat for an idle worker to finish (once, however often asked).
    details(client)
    queued = DBTaskResult.objects.filter(task_path="core.health.worker_heartbeat")
    assert [row.status for row in queued] == ["READY"]
    # A task that finished too long ago is no heartbeat either; one within the age is.
    finished_task(age_seconds=301)
    assert client.get("/health/").status_code == 503
    finished_task(age_seconds=30)
    assert client.get("/health/").status_code == 200
    # The load balancer's path does not depend on the worker.
    DBTaskResult.objects.filter(status="SUCCESSFUL").delete()
    assert client.get("/health/").status_code == 503
    assert client.get("/health/app/").status_code == 200


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DB_TASKS, HEALTH_WORKER_MAX_AGE=300)
def test_a_running_worker_makes_it_healthy_and_keeps_a_heartbeat(client):
    assert client.get("/health/").status_code == 503  # no worker has run yet
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    assert client.get("/health/").status_code == 200
    heartbeats = DBTaskResult.objects.filter(task_path="core.health.worker_heartbeat")
    done = heartbeats.get(status="SUCCESSFUL")
    following = heartbeats.get(status="READY")  # queued a third of the age ahead
    expected = done.finished_at + datetime.timedelta(seconds=100)
    assert abs((following.run_after - expected).total_seconds()) < 5
    # Old heartbeats are cleared away by the next one.
    heartbeats.filter(pk=done.pk).update(finished_at=timezone.now() - datetime.timedelta(hours=2))
    worker_heartbeat.call()
    assert not heartbeats.filter(pk=done.pk).exists()
    assert heartbeats.filter(status="READY").count() == 1
