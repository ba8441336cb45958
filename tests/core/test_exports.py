"""Exports never break and never harm: hostile cells in every CSV/XLSX export."""

import csv
import datetime
import io
import json

from django.db import connection
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

import pytest
from openpyxl import load_workbook

from core.exports import safe_cell
from initiatives.factories import ResponseFactory
from pages.factories import ContactPageFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("http://evil.example","klik")',
    "+31 6 1234 5678",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "  =1+1",
    "escape \x1b[31m rood",
    "nul \x00 teken",
    "bel \x07 en DEL \x7f",
]


def storable(values):
    """The hostile values the database can hold: PostgreSQL refuses NUL in text (and the input
    middleware refuses it in every request before anything is stored), SQLite keeps it."""
    if connection.vendor == "postgresql":
        return [value for value in values if "\x00" not in value]
    return values


def body(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def assert_harmless(values):
    for value in values:
        text = str(value or "")
        assert not text.lstrip(" ").startswith(("=", "+", "-", "@", "\t")), text
        assert not any(ord(c) < 32 and c not in "\n\r\t" for c in text), repr(text)


@pytest.mark.parametrize("value", HOSTILE)
def test_safe_cell_neutralises_and_strips(value):
    assert_harmless([safe_cell(value)])


def test_safe_cell_keeps_numbers_dates_and_plain_text():
    assert safe_cell(3) == 3
    assert safe_cell(None) is None
    assert safe_cell(datetime.date(2025, 3, 1)) == datetime.date(2025, 3, 1)
    assert safe_cell("Gewoon een antwoord") == "Gewoon een antwoord"
    assert safe_cell("-") == "'-"  # a lone sign still reads as the start of a formula


def test_safe_cell_writes_times_in_the_site_time_zone():
    moment = datetime.datetime(2025, 7, 1, 10, 0, tzinfo=datetime.UTC)
    assert safe_cell(moment) == datetime.datetime(2025, 7, 1, 12, 0)  # CEST


@pytest.fixture
def staff(client, django_user_model):
    admin = django_user_model.objects.create_superuser("beheer", "b@example.nl", "x")
    client.force_login(admin)
    return client


def test_response_exports_survive_hostile_cells(staff, tree):
    hostile = storable(HOSTILE)
    for value in hostile:
        ResponseFactory(opening=tree["opening"], name=value, message=value, availability=value)
    index = reverse("opening_responses:index")
    xlsx = staff.get(index + "?export=xlsx")
    assert xlsx.status_code == 200
    rows = list(load_workbook(io.BytesIO(body(xlsx))).active.values)
    assert len(rows) == len(hostile) + 1
    assert_harmless(cell for row in rows[1:] for cell in row if isinstance(cell, str))
    headings = rows[0]
    assert "Status" in headings and "get_status_display" not in headings
    status_column = headings.index("Status")
    assert {row[status_column] for row in rows[1:]} == {"Nieuw"}

    exported = staff.get(index + "?export=csv")
    assert exported.status_code == 200
    table = list(csv.reader(io.StringIO(body(exported).decode("utf-8-sig"))))
    assert len(table) == len(hostile) + 1
    assert_harmless(cell for row in table[1:] for cell in row)


def test_response_export_times_are_local(staff, tree):
    received = datetime.datetime(2025, 1, 15, 9, 30, tzinfo=datetime.UTC)
    ResponseFactory(opening=tree["opening"], created_at=received)
    exported = staff.get(reverse("opening_responses:index") + "?export=csv")
    text = body(exported).decode("utf-8-sig")
    assert "2025-01-15 10:30" in text  # CET
    assert "+00:00" not in text


def test_contact_submission_exports_neutralise_formulas(staff, home_pages):
    page = ContactPageFactory(parent=home_pages["nl"])
    from pages.factories import FormFieldFactory

    FormFieldFactory(page=page, label="Bericht", field_type="multiline")
    hostile = storable(HOSTILE)
    for value in hostile:
        FormSubmission.objects.create(
            page=page, form_data={"bericht": value}, submit_time=timezone.now()
        )
    url = reverse("wagtailforms:list_submissions", args=[page.pk])
    exported = staff.get(url + "?export=csv")
    assert exported.status_code == 200
    table = list(csv.reader(io.StringIO(body(exported).decode("utf-8-sig"))))
    assert len(table) == len(hostile) + 1
    assert_harmless(cell for row in table[1:] for cell in row)
    assert any(cell.startswith("'=HYPERLINK") for row in table for cell in row)
    xlsx = staff.get(url + "?export=xlsx")
    assert xlsx.status_code == 200
    rows = list(load_workbook(io.BytesIO(body(xlsx))).active.values)
    assert_harmless(cell for row in rows[1:] for cell in row if isinstance(cell, str))
    assert json.dumps(FormSubmission.objects.first().form_data)  # the stored data is untouched
