import os

from django.core.wsgi import get_wsgi_application

# `make run` and the live test server set DJANGO_SETTINGS_MODULE themselves; a deployment
# that sets nothing gets production settings.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()
