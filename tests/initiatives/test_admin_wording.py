"""The admin speaks the editor's language: no raw ``None``, codes or English in a Dutch admin,
exports follow the exporting editor's language, times name their zone, statuses are labels."""

import csv
import io
import re

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest
from openpyxl import load_workbook

from initiatives.factories import ResponseFactory
from stories.factories import StorySubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    """editor_client(language): the client logged in as a superuser whose admin is in it."""
    user = get_user_model().objects.create_superuser("redactie", "r@example.nl", "pw")

    def _login(language):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return _login


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def text_of(response):
    html = body(response).decode()
    html = re.sub(r"<script.*?</script>|<style.*?</style>", "", html, flags=re.S)
    # What nobody sees: Wagtail's hidden side-panel counter reads "None" when empty.
    html = re.sub(r"<div[^>]*\shidden>.*?</div>", "", html, flags=re.S)
    return [line.strip() for line in re.sub(r"<[^>]+>", "\n", html).split("\n") if line.strip()]


def test_response_details_in_dutch_words(editor_client, tree):
    response = ResponseFactory(opening=tree["opening"], language="nl", phone="")
    lines = text_of(editor_client("nl").get(reverse("opening_responses:edit", args=[response.pk])))
    assert "None" not in lines
    assert "nl" not in lines
    assert "Nederlands" in lines
    assert "Nog niet" in lines  # status changed at / by
    assert "Niet opgegeven" in lines  # no phone number


def test_follow_up_list_has_its_own_title(editor_client, tree):
    client = editor_client("nl")
    html = body(client.get(reverse("opening_responses_follow_up:index"))).decode()
    assert "<title>Reacties om op te volgen" in html
    html = body(client.get(reverse("help_offers_follow_up:index"))).decode()
    assert "<title>Hulpaanbod om op te volgen" in html


def test_story_submissions_in_dutch(editor_client, home_pages):
    submission = StorySubmissionFactory()
    client = editor_client("nl")
    lines = text_of(client.get(reverse("stories_submission:index")))
    assert "Samenvatting" in lines and "Summary" not in lines
    assert "Contactgegevens" in lines
    lines = text_of(client.get(reverse("stories_submission:edit", args=[submission.pk])))
    assert "None" not in lines
    assert "Nog niet" in lines  # no story made yet


def test_sidebar_labels_fit(editor_client):
    html = body(editor_client("nl").get(reverse("wagtailadmin_home"))).decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    labels = set(re.findall(r'"label": "([^"]*)"', props))
    ours = {"Zonder gewone taal", "Toestemming nakijken", "Downloads", "Wie en waar"}
    assert ours | {"Verhaalaanbod", "Op te volgen"} <= labels
    assert not labels & {"Personen en plekken", "Aangeboden verhalen", "Downloads van instrumenten"}


def rows_of_csv(response):
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"))))


def test_response_export_follows_the_editors_language(editor_client, tree):
    ResponseFactory(opening=tree["opening"], language="nl", status="matched")
    url = reverse("opening_responses:index") + "?export=csv"
    english = rows_of_csv(editor_client("en").get(url))
    assert english[0][:3] == ["ID", "Received (Europe/Amsterdam)", "Opening"]
    assert "Ontvangen" not in ",".join(english[0])
    row = dict(zip(english[0], english[1], strict=True))
    assert row["Language"] == "Nederlands"
    assert row["Status"] == "Matched"

    dutch = rows_of_csv(editor_client("nl").get(url))
    assert dutch[0][1] == "Ontvangen (Europe/Amsterdam)"
    row = dict(zip(dutch[0], dutch[1], strict=True))
    assert row["Status"] != "matched" and row["Taal"] == "Nederlands"


def test_response_xlsx_has_local_times_with_their_zone(editor_client, tree):
    response = ResponseFactory(opening=tree["opening"], language="en")
    url = reverse("opening_responses:index") + "?export=xlsx"
    sheet = load_workbook(io.BytesIO(body(editor_client("nl").get(url)))).active
    header, values = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
    row = dict(zip(header, values, strict=True))
    assert "Ontvangen (Europe/Amsterdam)" in row
    from django.utils import timezone

    local = timezone.localtime(response.created_at).replace(tzinfo=None, microsecond=0)
    assert row["Ontvangen (Europe/Amsterdam)"].replace(microsecond=0) == local
    assert row["Taal"] == "English"
    assert row["Status"] == "Nieuw"
