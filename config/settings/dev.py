"""Local development and the `make run` demo. DEBUG follows DJANGO_DEBUG (default on)."""

from .base import *  # noqa: F403
from .env import env, env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "django-insecure-local-development-key-not-for-production")
DEMO_CONTENT_ALLOWED = env_bool("DEMO_CONTENT_ALLOWED", True)
if DEBUG:
    # No manifest in debug mode, so `runserver` works without collectstatic.
    STORAGES["staticfiles"] = {  # noqa: F405
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
    }

# Demo content (demo/): its loader and load_demo command; never in production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
