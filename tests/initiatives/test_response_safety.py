"""Review fixes: safe and permitted response exports, shared phone validation, honest
duplicate detection, a feed without per-request state, lazy labels and Dutch JSON-LD."""

import csv
import io
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import IntegrityError
from django.urls import resolve, reverse
from django.utils import translation

import pytest
from openpyxl import load_workbook

from core.validators import validate_phone
from initiatives.factories import OpeningPageFactory, ResponseFactory
from initiatives.models import Response
from initiatives.wagtail_hooks import AGE_CHOICES
from tests.helpers import json_ld_of_type

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("x")'


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    settings.FORM_RATE_LIMIT = "0"


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def superuser_client(client):
    admin = get_user_model().objects.create_superuser("beheer", "b@example.nl", "x")
    client.force_login(admin)
    return client


@pytest.fixture
def viewer_client(client):
    """A user who may see responses in the admin but not export them."""
    group = Group.objects.create(name="Responses viewers")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="initiatives", codename="view_response"),
    )
    user = get_user_model().objects.create_user("kijker", "k@example.nl", "x")
    user.groups.add(group)
    client.force_login(user)
    return client, group


# --- 1. Formula injection -----------------------------------------------------------------------
def test_csv_export_neutralises_formulas(superuser_client, tree):
    ResponseFactory(opening=tree["opening"], name=FORMULA, message="+31 bel me", phone="")
    index = reverse("opening_responses:index")
    response = superuser_client.get(index + "?export=csv")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8"))))
    assert len(rows) == 1
    values = list(rows[0].values())
    assert "'" + FORMULA in values
    assert FORMULA not in values
    assert "'+31 bel me" in values


def test_xlsx_export_neutralises_formulas(superuser_client, tree):
    ResponseFactory(opening=tree["opening"], name=FORMULA, message="@SUM(A1)")
    index = reverse("opening_responses:index")
    response = superuser_client.get(index + "?export=xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(body(response))).active
    values = [cell.value for cell in list(sheet.iter_rows())[1]]
    assert "'" + FORMULA in values
    assert FORMULA not in values
    assert "'@SUM(A1)" in values
    assert all(cell.data_type != "f" for cell in list(sheet.iter_rows())[1])


# --- 2. Export permission -----------------------------------------------------------------------
def test_export_needs_export_permission(viewer_client, tree):
    client, group = viewer_client
    ResponseFactory(opening=tree["opening"], name="Els de Vries")
    index = reverse("opening_responses:index")
    listing = client.get(index)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Els de Vries" in html
    assert "export=csv" not in html and "export=xlsx" not in html
    for fmt in ("csv", "xlsx"):
        refused = client.get(index + f"?export={fmt}")
        assert refused.status_code == 403
        assert b"Els de Vries" not in body(refused)

    group.permissions.add(
        Permission.objects.get(content_type__app_label="initiatives", codename="export_response")
    )
    assert "export=csv" in client.get(index).content.decode()
    allowed = client.get(index + "?export=csv")
    assert allowed.status_code == 200
    assert b"Els de Vries" in body(allowed)


def test_superuser_sees_export_buttons(superuser_client, tree):
    html = superuser_client.get(reverse("opening_responses:index")).content.decode()
    assert "export=csv" in html and "export=xlsx" in html


# --- 3. Phone validation ------------------------------------------------------------------------
@pytest.mark.parametrize("phone", ["((((----))))", "........", "06-12", "abc12345678"])
def test_phone_without_enough_digits_is_refused(client, tree, response_data, phone):
    response = client.post(tree["opening"].url, response_data(phone=phone, email=""))
    assert response.status_code == 400
    errors = response.context["form"].errors["phone"]
    with pytest.raises(Exception) as shared:
        validate_phone(phone)
    assert errors == list(shared.value.messages)  # the same message as every other form
    assert Response.objects.count() == 0


@pytest.mark.parametrize("phone", ["06 12345678", "+31 6 1234 5678", "(026) 123-45.67"])
def test_real_phone_numbers_are_accepted(client, tree, response_data, phone):
    response = client.post(tree["opening"].url, response_data(phone=phone, email=""))
    assert response.status_code == 302
    assert Response.objects.get().phone == phone


def test_phone_matching_uses_the_shared_digits():
    from core import validators
    from initiatives.models import responses

    assert responses.phone_digits is validators.phone_digits


# --- 4. Only a duplicate submission counts as "already stored" ----------------------------------
def test_other_integrity_errors_are_not_swallowed(client, tree, response_data, caplog):
    """Not passed off as a duplicate: the resident is told it was not saved (503, their text
    kept) and the error is logged for the people running the site."""
    with mock.patch.object(
        Response, "save", side_effect=IntegrityError("NOT NULL constraint failed: name")
    ):
        result = client.post(tree["opening"].url, response_data())
    assert result.status_code == 503
    assert "Ik help graag mee met isoleren." in result.content.decode()
    assert Response.objects.count() == 0
    assert any(r.levelname == "ERROR" and r.name == "core.resilience" for r in caplog.records)


def test_duplicate_submission_is_still_stored_once(client, tree, response_data):
    data = response_data()
    assert client.post(tree["opening"].url, data).status_code == 302
    assert client.post(tree["opening"].url, data).status_code == 302
    assert Response.objects.count() == 1


# --- 5. The feed keeps no request on its shared instance ----------------------------------------
def test_feed_instance_keeps_no_request(client, tree):
    feed = resolve("/nl/vacatures/feed/").func
    response = client.get("/nl/vacatures/feed/")
    assert response.status_code == 200
    assert "Energiecoach" in response.content.decode()
    assert tree["opening"].url in response.content.decode()
    assert not hasattr(feed, "request")


# --- 6. Lazy admin filter label -----------------------------------------------------------------
def test_follow_up_label_follows_the_active_language():
    label = dict(AGE_CHOICES)["follow-up"]
    with translation.override("nl"):
        dutch = str(label)
    with translation.override("en"):
        english = str(label)
    assert dutch != english
    assert "werkdagen" in dutch
    assert "working days" in english


# --- 7. JSON-LD in the page's language ----------------------------------------------------------
def test_dutch_job_posting_text_is_dutch(client, tree, rf):
    opening = OpeningPageFactory(
        parent=tree["initiative"],
        title="Gastvrouw",
        slug="gastvrouw",
        no_experience_needed=True,
        hours_per_week=4,
    )
    data = json_ld_of_type(client.get(opening.url), "JobPosting")
    assert data["experienceRequirements"] == "geen vereisten"
    assert data["workHours"] == "4 uur per week"
    # Whatever language is active, a Dutch page speaks Dutch.
    with translation.override("en"):
        data = opening.job_posting(rf.get("/"))
    assert data["experienceRequirements"] == "geen vereisten"
    assert data["workHours"] == "4 uur per week"


def test_english_job_posting_text_is_english(tree, rf, locales, translate):
    opening = OpeningPageFactory(
        parent=tree["initiative"], slug="host", no_experience_needed=True, hours_per_week=2.5
    )
    with translation.override("nl"):
        data = opening.job_posting(rf.get("/"))
    assert data["workHours"] == "2,5 uur per week"
    opening.locale = locales["en"]
    with translation.override("nl"):
        data = opening.job_posting(rf.get("/"))
    assert data["experienceRequirements"] == "no requirements"
    assert data["workHours"] == "2.5 hours a week"


def test_staff_phone_numbers_are_validated_like_residents(tree):
    from django.core.exceptions import ValidationError

    opening = tree["opening"]
    opening.contact_phone = "((((----))))"
    with pytest.raises(ValidationError) as error:
        opening.full_clean()
    assert "contact_phone" in error.value.message_dict
    opening.contact_phone = "026 200 1001"
    opening.full_clean()
