"""wagtail-localize's translation editor in the editor's language: our JavaScript catalogue
comes first, and a small script translates the two texts it writes in English."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def dutch_editor(client):
    user = get_user_model().objects.create_superuser("redactie", "r@example.nl", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    client.force_login(user)
    return client


def test_translation_editor_catalogue_is_ours_and_complete(dutch_editor):
    url = reverse("wagtail_localize:javascript_catalog")
    assert url == "/admin/localize/jsi18n/"
    script = dutch_editor.get(url).content.decode()
    assert '"Publish in ": "Publiceer in "' in script  # with its space: "Publiceer in English"
    assert '"More actions": "Meer acties"' in script
    assert '"%(source)s to %(target)s translation": "Vertaling %(source)s naar %(target)s"' in (
        script
    )
    # wagtail-localize's own strings are still there.
    assert '"Stop Synced translation": "Stop synchrone vertaling"' in script


def test_admin_pages_load_the_wording_script(dutch_editor):
    html = dutch_editor.get(reverse("wagtailadmin_home")).content.decode()
    assert "core/js/localize-wording" in html
