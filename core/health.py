"""Health checks for load balancers and monitoring (django-health-check 4.x).

Two URLs, outside the language prefixes, never page-cached, ``Cache-Control: no-store``:

- ``/health/app/``: can this app server serve? The database (``SELECT 1``), the cache (set and
  get on the default cache: Redis with ``REDIS_URL``, else the file cache) and the storage
  (write, read and delete a file in ``default_storage``: ``MEDIA_ROOT`` or the bucket). The
  load balancer's path: a stopped worker must not take every app server out of rotation.
- ``/health/``: the same plus the task worker (``manage.py db_worker``), for monitoring.

Anyone gets only the status: 200 ``OK`` or 503 ``failing``. Staff users, and requests with
``Authorization: Bearer <HEALTH_CHECK_TOKEN>``, get the report per check (JSON by default).

**The worker.** django-tasks-db keeps no table of workers and no heartbeat of its own; what it
does record is when each task finished. So the worker check passes when some task finished
within ``HEALTH_WORKER_MAX_AGE`` seconds, and ``worker_heartbeat`` makes sure an idle worker
still finishes one: it re-queues itself a third of that time ahead, and the check queues it
whenever none is waiting (the first check after a deployment, or after the database lost the
queued row). The record lives in the database, which every machine shares, not in a cache that
may be per machine.
"""

import asyncio
import dataclasses
import datetime
import hmac

from django import db
from django.conf import settings
from django.db.models import Max
from django.http import HttpResponse
from django.utils import timezone

from asgiref.sync import sync_to_async
from django_tasks import task, task_backends
from django_tasks.base import TaskResultStatus
from django_tasks_db.backend import DatabaseBackend
from health_check.base import HealthCheck
from health_check.checks import Cache, Database, Storage
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

HEARTBEAT_HISTORY = datetime.timedelta(hours=1)


def _heartbeats():
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=worker_heartbeat.module_path)


def ensure_heartbeat(run_after=None):
    """Queue the heartbeat unless one is already waiting."""
    if not _heartbeats().filter(status=TaskResultStatus.READY).exists():
        worker_heartbeat.using(run_after=run_after).enqueue()


@task()
def worker_heartbeat():
    """Finish a task now and then, so the worker check sees an idle worker alive."""
    now = timezone.now()
    _heartbeats().finished().filter(finished_at__lt=now - HEARTBEAT_HISTORY).delete()
    ensure_heartbeat(now + datetime.timedelta(seconds=settings.HEALTH_WORKER_MAX_AGE / 3))


@dataclasses.dataclass
class Worker(HealthCheck):
    """A task worker is alive: some task finished within ``HEALTH_WORKER_MAX_AGE`` seconds."""

    backend: str = "default"

    async def run(self):
        # In the request's own thread and connection (like the view's other ORM work).
        await sync_to_async(self.check)()

    def check(self):
        if not isinstance(task_backends[self.backend], DatabaseBackend):
            return  # tasks run inside the request (tests): no worker to watch
        from django_tasks_db.models import DBTaskResult

        try:
            finished = DBTaskResult.objects.filter(backend_name=self.backend).finished()
            last = finished.aggregate(last=Max("finished_at"))["last"]
            ensure_heartbeat()
        except db.Error as exc:
            raise ServiceUnavailable("The task queue cannot be read") from exc
        max_age = settings.HEALTH_WORKER_MAX_AGE
        if last is None or timezone.now() - last > datetime.timedelta(seconds=max_age):
            raise ServiceUnavailable(
                f"No task finished in the last {max_age} s: is `manage.py db_worker` running?"
            )


APP_CHECKS = (Database, Cache, Storage)
ALL_CHECKS = (*APP_CHECKS, Worker)


class HealthView(HealthCheckView):
    checks = ALL_CHECKS

    async def get(self, request, *args, **kwargs):
        if await self.shows_details(request):
            response = await super().get(request, *args, **kwargs)
            if response.status_code == 500:  # the library's "failing"; load balancers want 503
                response.status_code = 503
            return response
        results = await asyncio.gather(*(check.get_result() for check in self.get_checks()))
        failing = any(result.error for result in results)
        return HttpResponse(
            "failing\n" if failing else "OK\n",
            status=503 if failing else 200,
            content_type="text/plain; charset=utf-8",
        )

    @staticmethod
    async def shows_details(request):
        token = settings.HEALTH_CHECK_TOKEN
        sent = request.headers.get("Authorization", "")
        if token and hmac.compare_digest(sent.encode(), f"Bearer {token}".encode()):
            return True
        user = await request.auser()
        return user.is_active and user.is_staff

    def render_to_response_json(self, status):
        response = super().render_to_response_json(status)
        response.status_code = 503 if status == 500 else status
        return response
