"""The load_demo command's switches; in a module of its own, as the demo is not loaded here."""

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

pytestmark = pytest.mark.django_db


def model(label):
    return apps.get_model(label)


def test_if_empty_leaves_existing_sites_alone(home_pages, capsys):
    call_command("load_demo", if_empty=True)
    assert "no demo content" in capsys.readouterr().out
    assert not model("core.Theme").objects.exists()


def test_refuses_when_not_allowed(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("load_demo")
