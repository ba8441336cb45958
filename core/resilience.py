"""No silent loss: a resident's submission is stored, or they are told it was not.

``save_submission(save)`` runs ``save`` (which stores the rows *and* queues the mails) in one
transaction. A lock that does not clear within the database's short timeout is retried a few
times with a pause; a database that refuses writes (read-only, disk full, still locked) raises
``NotSaved`` after logging the error, so it reaches the people running the site (ADMINS mail,
Sentry). The view then shows the same page with status 503, everything the resident typed
still in the form and a message at the top that it was NOT saved (``not_saved``,
``unavailable``).

The waits are bounded: SQLite's busy timeout (``SQLITE_BUSY_TIMEOUT``) or PostgreSQL's
``lock_timeout`` times ``SUBMISSION_SAVE_ATTEMPTS``, well below the worker timeout.
"""

import logging
import time

from django import forms
from django.conf import settings
from django.db import DatabaseError, OperationalError, transaction
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

NOT_SAVED_MESSAGE = _(
    "Sorry, your message was NOT saved: our website cannot store anything right now. "
    "Everything you typed is still here. Please try again in a few minutes."
)
RETRY_AFTER_SECONDS = 120

_LOCK_HINTS = ("locked", "lock timeout", "could not obtain lock", "lock not available")


class NotSaved(Exception):
    """The submission could not be stored; nothing of it was kept."""


def is_lock_wait(exc):
    return isinstance(exc, OperationalError) and any(
        hint in str(exc).lower() for hint in _LOCK_HINTS
    )


def save_submission(save, attempts=None, pause=None):
    attempts = attempts or settings.SUBMISSION_SAVE_ATTEMPTS
    pause = settings.SUBMISSION_RETRY_PAUSE if pause is None else pause
    for attempt in range(1, attempts + 1):
        try:
            with transaction.atomic():
                return save()
        except DatabaseError as exc:
            if is_lock_wait(exc) and attempt < attempts:
                logger.warning("Database locked, trying again (%s/%s)", attempt, attempts)
                time.sleep(pause * attempt)
                continue
            logger.error("A submission could NOT be saved", exc_info=True)
            raise NotSaved from exc
    raise NotSaved  # pragma: no cover (the loop returns or raises)


def not_saved(form):
    """Tell the resident on the form itself (the message heads the error summary)."""
    form.add_error(None, forms.ValidationError(NOT_SAVED_MESSAGE, code="not_saved"))


def unavailable(response):
    response.status_code = 503
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
