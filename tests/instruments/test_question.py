from django.urls import reverse

import pytest

from instruments.models import DownloadAnswer

pytestmark = pytest.mark.django_db


@pytest.fixture
def instrument(make_instrument):
    return make_instrument(title="Starthandboek", files=[("nl", "1.0"), ("en", "1.0")])


def question_url(page):
    return reverse("instruments:question", kwargs={"page_id": page.pk})


def test_the_question_is_on_the_instrument_page_and_optional(client, instrument):
    response = client.get(instrument.url)
    html = response.content.decode()
    assert f'action="{question_url(instrument)}"' in html
    assert "<details" in html
    form = response.context["question_form"]
    assert not any(field.required for field in form.fields.values())


def test_question_page_renders(client, instrument):
    response = client.get(question_url(instrument))
    assert response.status_code == 200
    assert 'name="purpose"' in response.content.decode()


def test_valid_answer_is_stored_without_personal_data_and_redirects(client, instrument, form_token):
    item = instrument.files.first()
    data = {
        "purpose": "Een wijkbedrijf starten in ons dorp.",
        "organisation_type": "municipality",
        "file": item.pk,
        **form_token(),
    }
    response = client.post(question_url(instrument), data, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "instruments:question_thanks", kwargs={"page_id": instrument.pk}
    )
    answer = DownloadAnswer.objects.get()
    assert (answer.page_id, answer.file_id, answer.organisation_type) == (
        instrument.pk,
        item.pk,
        "municipality",
    )
    assert answer.purpose == "Een wijkbedrijf starten in ons dorp."
    stored = " ".join(str(getattr(answer, f.attname)) for f in answer._meta.concrete_fields)
    assert "203.0.113.9" not in stored
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200


def test_only_organisation_type_is_enough(client, instrument, form_token):
    response = client.post(
        question_url(instrument), {"organisation_type": "education", **form_token()}
    )
    assert response.status_code == 302
    assert DownloadAnswer.objects.get().purpose == ""


def test_single_file_instrument_does_not_ask_which_file(client, make_instrument, form_token):
    page = make_instrument(files=[("nl", "1.0")])
    response = client.get(question_url(page))
    assert "file" not in response.context["form"].fields
    client.post(question_url(page), {"purpose": "Voor een training.", **form_token()})
    assert DownloadAnswer.objects.get().file == page.files.get()


def error_codes(response):
    form = response.context["form"]
    return {
        (field, error.code) for field, errors in form.errors.as_data().items() for error in errors
    }


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, ("__all__", "empty")),
        ({"purpose": "   "}, ("__all__", "empty")),
        ({"organisation_type": "koning"}, ("organisation_type", "invalid_choice")),
        ({"purpose": "x" * 501}, ("purpose", "max_length")),
    ],
)
def test_invalid_answers_get_a_message_and_store_nothing(
    client, instrument, form_token, data, expected
):
    response = client.post(question_url(instrument), {**data, **form_token()})
    assert response.status_code == 400
    assert expected in error_codes(response)
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert DownloadAnswer.objects.count() == 0


def test_error_message_in_english(client, instrument, form_token):
    from django.utils import translation

    with translation.override("en"):
        url = question_url(instrument)
    assert url.startswith("/en/instruments/question/")
    response = client.post(url, form_token())
    assert "Please answer at least one of the questions" in response.content.decode()


def test_a_file_of_another_instrument_is_refused(client, instrument, make_instrument, form_token):
    other = make_instrument()
    response = client.post(
        question_url(instrument),
        {"purpose": "Test", "file": other.files.first().pk, **form_token()},
    )
    assert response.status_code == 400
    assert DownloadAnswer.objects.count() == 0


def test_honeypot_refuses(client, instrument, form_token):
    response = client.post(
        question_url(instrument),
        {"purpose": "Spam", "website": "http://spam.example", **form_token()},
    )
    assert response.status_code == 400
    assert ("__all__", "honeypot") in error_codes(response)
    assert DownloadAnswer.objects.count() == 0


def test_too_fast_refuses(client, instrument, form_token):
    response = client.post(question_url(instrument), {"purpose": "Snel", **form_token(age=0)})
    assert response.status_code == 400
    assert ("__all__", "too_fast") in error_codes(response)
    assert DownloadAnswer.objects.count() == 0


def test_missing_or_forged_timestamp_refuses(client, instrument):
    response = client.post(
        question_url(instrument), {"purpose": "Test", "form_rendered": "123:abc"}
    )
    assert response.status_code == 400
    assert DownloadAnswer.objects.count() == 0


def test_rate_limit_refuses_after_the_limit(client, instrument, form_token, settings):
    settings.FORM_RATE_LIMIT = "2/h"
    for _n in range(2):
        assert (
            client.post(question_url(instrument), {"purpose": "Ok", **form_token()}).status_code
            == 302
        )
    response = client.post(question_url(instrument), {"purpose": "Te veel", **form_token()})
    assert response.status_code == 400
    assert ("__all__", "rate_limited") in error_codes(response)
    assert DownloadAnswer.objects.count() == 2


def test_question_for_unpublished_or_unknown_instrument_is_404(client, instrument):
    assert client.get(reverse("instruments:question", kwargs={"page_id": 99999})).status_code == 404
    instrument.unpublish()
    assert client.get(question_url(instrument)).status_code == 404


def test_answers_with_an_email_or_phone_can_be_exported_and_erased(make_instrument):
    from instruments.personal_data import DownloadAnswers

    page = make_instrument()
    mail = DownloadAnswer.objects.create(page=page, purpose="Mail me: Anna@Example.org")
    phone = DownloadAnswer.objects.create(page=page, purpose="Bel 06 12 34 56 78 graag")
    other = DownloadAnswer.objects.create(page=page, purpose="Voor onze wijk.")
    provider = DownloadAnswers()
    assert [a["purpose"] for a in provider.export("anna@example.org")] == [mail.purpose]
    assert provider.erase("+31 6 12345678") == 1
    assert set(DownloadAnswer.objects.values_list("pk", flat=True)) == {mail.pk, other.pk}
    assert provider.erase("anna@example.org") == 1
    assert list(DownloadAnswer.objects.all()) == [other]
    assert phone.pk not in DownloadAnswer.objects.values_list("pk", flat=True)
