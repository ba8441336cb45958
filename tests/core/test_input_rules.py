"""Input rules: ids out of range are 404, NUL is 400, consent counts only when really given."""

import pytest

from initiatives.models import Response
from stories.models import StorySubmission

pytestmark = pytest.mark.django_db

HUGE = "9223372036854775808"  # 2**63: overflowed SQLite's integer column (a 500)


@pytest.mark.parametrize(
    "url",
    [
        f"/nl/instrumenten/vraag/{HUGE}/",
        f"/nl/instrumenten/vraag/{HUGE}/bedankt/",
        f"/nl/instrumenten/download/{HUGE}/",
        "/nl/instrumenten/vraag/99999999999999999999999999/",
        f"/nl/_util/authenticate_with_password/{HUGE}/{HUGE}/",
    ],
)
def test_ids_out_of_range_are_not_found(client, home_pages, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("query", ["theme=a\x00b", "kind=\x00", "limit=1\x00"])
def test_nul_in_the_query_is_refused(client, home_pages, query):
    response = client.get("/nl/vacatures/api/?" + query)
    assert response.status_code == 400


@pytest.mark.parametrize("value", ["0", "off", "no", "false", "", "nee"])
def test_consent_only_when_really_given(client, tree, response_data, value):
    result = client.post(tree["opening"].url, response_data(consent=value))
    assert result.status_code == 400
    assert Response.objects.count() == 0


def test_nul_in_a_form_stores_nothing(client, tree, response_data):
    result = client.post(tree["opening"].url, response_data(message="hallo\x00daar"))
    assert result.status_code == 400
    assert Response.objects.count() == 0
    assert StorySubmission.objects.count() == 0


@pytest.mark.parametrize(
    "url",
    [
        f"/documents/{HUGE}/x.pdf",
        f"/admin/stories_submission/{HUGE}/make-story/",
        f"/admin/collections/{HUGE}/privacy/",
        f"/admin/pages/{HUGE}/edit/",
        f"/admin/images/{HUGE}/",
    ],
)
def test_ids_out_of_range_are_not_found_in_the_admin_and_documents(admin_client, home_pages, url):
    # A 404 outside the language prefixes is first redirected to the prefixed address.
    assert admin_client.get(url, follow=True).status_code == 404


@pytest.mark.parametrize("value", ["²", "١", HUGE, "-1", "1.0", " 1"])
def test_parse_id_takes_only_what_the_id_converter_takes(value):
    from core.validators import parse_id

    assert parse_id(value) is None
    assert parse_id("42") == 42
