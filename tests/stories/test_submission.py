import pytest

from core.abuse import HONEYPOT_FIELD, TIMESTAMP_FIELD
from stories.models import StorySubmission

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Kees van Dijk",
    "email": "kees@example.nl",
    "phone": "",
    "neighbourhood": "Geitenkamp",
    "about": "We zijn een moestuin begonnen achter de flat, met twaalf buren.",
    "consent": "on",
}


def post(client, page, data):
    return client.post(page.url, data)


def test_form_renders_with_guard_fields(client, submission_page):
    response = client.get(submission_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'name="{TIMESTAMP_FIELD}"' in html
    assert f'name="{HONEYPOT_FIELD}"' in html
    assert 'autocomplete="email"' in html


def test_valid_submission_is_stored_and_redirects(client, submission_page, form_token, locales):
    response = post(client, submission_page, {**VALID, **form_token()})
    assert response.status_code == 302
    assert response["Location"] == submission_page.url + "bedankt/"
    submission = StorySubmission.objects.get()
    assert submission.name == "Kees van Dijk"
    assert submission.email == "kees@example.nl"
    assert submission.about.startswith("We zijn een moestuin")
    assert submission.consent is True and submission.consent_at is not None
    assert submission.status == StorySubmission.Status.NEW
    assert submission.locale == locales["nl"]
    assert submission.story is None
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "Dank je wel voor je verhaal" in thanks.content.decode()


def test_phone_alone_is_enough(client, submission_page, form_token):
    data = {**VALID, "email": "", "phone": "026 123 45 67", **form_token()}
    assert post(client, submission_page, data).status_code == 302
    assert StorySubmission.objects.get().phone == "026 123 45 67"


def test_english_submission_keeps_its_language(client, submission_page, form_token, locales):
    page_en = submission_page.get_translation(locales["en"])
    response = client.post(page_en.url, {**VALID, **form_token()})
    assert response.status_code == 302
    assert response["Location"].endswith("/thanks/")
    assert StorySubmission.objects.get().locale == locales["en"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "Vul je naam in."),
        ({"name": "   "}, "name", "Vul je naam in."),
        ({"about": ""}, "about", "Vertel ons kort waar je verhaal over gaat."),
        ({"about": "Te kort."}, "about", "minstens 20 tekens"),
        ({"email": "", "phone": ""}, "email", "telefoonnummer in, zodat we je kunnen bereiken"),
        ({"email": "geen-adres"}, "email", "naam@voorbeeld.nl"),
        ({"phone": "12ab"}, "phone", "waarop we je kunnen bellen"),
        ({"consent": ""}, "consent", "Vink het vakje aan"),
        ({"name": "x" * 121}, "name", ""),
    ],
)
def test_invalid_input_stores_nothing(client, submission_page, form_token, changes, field, message):
    data = {**VALID, **changes, **form_token()}
    if not data["consent"]:
        del data["consent"]
    response = post(client, submission_page, data)
    assert response.status_code == 400
    form = response.context["form"]
    assert field in form.errors
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary"' in html
    assert f'href="#id_{field}"' in html
    # What was typed is kept.
    if changes.get(field) is None and data.get("about"):
        assert "moestuin" in html
    assert StorySubmission.objects.count() == 0


def test_honeypot_stores_nothing(client, submission_page, form_token):
    response = post(client, submission_page, {**VALID, HONEYPOT_FIELD: "spam", **form_token()})
    assert response.status_code == 400
    assert "Website" in response.content.decode()
    assert StorySubmission.objects.count() == 0


def test_too_fast_stores_nothing(client, submission_page, form_token):
    response = post(client, submission_page, {**VALID, **form_token(age=0)})
    assert response.status_code == 400
    assert StorySubmission.objects.count() == 0


def test_tampered_or_missing_timestamp_stores_nothing(client, submission_page):
    for token in ({TIMESTAMP_FIELD: "1234:bad"}, {}):
        response = post(client, submission_page, {**VALID, **token})
        assert response.status_code == 400
    assert StorySubmission.objects.count() == 0


def test_expired_form_stores_nothing(client, submission_page, form_token, settings):
    response = post(
        client, submission_page, {**VALID, **form_token(age=settings.FORM_MAX_AGE_SECONDS + 60)}
    )
    assert response.status_code == 400
    assert StorySubmission.objects.count() == 0


def test_rate_limit_stores_nothing_more(client, submission_page, form_token, settings):
    settings.FORM_RATE_LIMIT = "2/h"
    for _ in range(2):
        assert post(client, submission_page, {**VALID, **form_token()}).status_code == 302
    response = post(client, submission_page, {**VALID, **form_token()})
    assert response.status_code == 400
    assert StorySubmission.objects.count() == 2
