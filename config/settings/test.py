"""Settings for the pytest suite."""

from .base import *  # noqa: F403
from .env import env_int

SECRET_KEY = "test-secret-key-only-for-the-test-suite"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_AUTOREFRESH = True
FORM_MIN_SECONDS = env_int("FORM_MIN_SECONDS", 3)
FORM_RATE_LIMIT = "10/h"
DEMO_CONTENT_ALLOWED = True
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

# Demo content (demo/): the suite loads it; never in production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# Tasks run at once inside the test (tests of the real queue override this with the database
# backend and run the worker).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
SUBMISSION_RETRY_PAUSE = 0
# The suite runs in one process, so an in-memory cache is shared by everything it tests (each
# test starts with an empty one: tests/conftest.py). With REDIS_URL set (CI's Redis pass) the
# suite uses Redis as production does. The page cache is off unless a test turns it on.
if not REDIS_URL:  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
