"""The downloads report (numbers, exports, permissions) and the page editor in the admin."""

import csv
import datetime
import io

from django.contrib.auth.models import Permission
from django.db import connection
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from instruments.models import DownloadAnswer, DownloadCount
from instruments.reports import download_report

pytestmark = pytest.mark.django_db

D = datetime.date
REPORT = "/admin/reports/instrument-downloads/"


@pytest.fixture
def data(make_instrument):
    handbook = make_instrument(title="Starthandboek", files=[("nl", "2.0"), ("en", "2.0")])
    worksheet = make_instrument(title="Werkblad", files=[("nl", "1.0")])
    hb_nl, hb_en = handbook.files.all()
    ws_nl = worksheet.files.get()
    for day, item, count in [
        (D(2025, 3, 1), hb_nl, 4),
        (D(2025, 3, 2), hb_nl, 3),
        (D(2025, 3, 2), hb_en, 2),
        (D(2025, 3, 15), ws_nl, 5),
        (D(2025, 2, 28), hb_nl, 100),  # before the period
        (D(2025, 4, 1), ws_nl, 100),  # after the period
    ]:
        DownloadCount.objects.create(file=item, date=day, count=count)
    DownloadAnswer.objects.create(
        page=handbook,
        file=hb_nl,
        date=D(2025, 3, 2),
        purpose="Een wijkbedrijf in Zwolle starten.",
        organisation_type="municipality",
    )
    DownloadAnswer.objects.create(
        page=worksheet,
        date=D(2025, 3, 20),
        purpose='=HYPERLINK("http://evil.example")',
        organisation_type="residents",
    )
    DownloadAnswer.objects.create(page=worksheet, date=D(2025, 1, 5), purpose="Buiten de periode")
    return {
        "handbook": handbook,
        "worksheet": worksheet,
        "hb_nl": hb_nl,
        "hb_en": hb_en,
        "ws_nl": ws_nl,
    }


def test_report_numbers(data):
    report = download_report(D(2025, 3, 1), D(2025, 3, 31))
    assert [(i["title"], i["total"]) for i in report] == [("Starthandboek", 9), ("Werkblad", 5)]
    files = [(f["language"], f["downloads"]) for f in report[0]["files"]]
    assert files == [("nl", 7), ("en", 2)]
    assert download_report(D(2025, 3, 2), D(2025, 3, 2))[0]["total"] == 5
    assert download_report(D(2024, 1, 1), D(2024, 12, 31)) == []


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "x")
    client.force_login(user)
    return client


def test_report_page_shows_numbers_and_answers(admin_client, data):
    response = admin_client.get(REPORT, {"start": "2025-03-01", "end": "2025-03-31"})
    assert response.status_code == 200
    assert response.context["grand_total"] == 14
    html = response.content.decode()
    assert "Starthandboek" in html and "Werkblad" in html
    assert "Een wijkbedrijf in Zwolle starten." in html
    assert "Buiten de periode" not in html
    assert [a.purpose for a in response.context["answers"]][-1].startswith("Een wijkbedrijf")


def test_report_defaults_to_the_last_30_days_and_handles_bad_periods(admin_client, data):
    from django.utils import timezone

    DownloadCount.record(data["ws_nl"])
    response = admin_client.get(REPORT)
    assert response.status_code == 200
    assert response.context["end"] == timezone.localdate()
    assert response.context["grand_total"] == 1
    for query in (
        {"start": "2025-03-31", "end": "2025-03-01"},
        {"start": "gisteren", "end": "x"},
        {"start": "1900-01-01", "end": "2025-01-01"},
    ):
        response = admin_client.get(REPORT, query)
        assert response.status_code == 200
        assert response.context["form"].errors


def test_csv_export(admin_client, data):
    response = admin_client.get(
        REPORT, {"start": "2025-03-01", "end": "2025-03-31", "export": "csv"}
    )
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="downloads-2025-03-01-2025-03-31.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Instrument",
        "Taal van de pagina",
        "Bestand",
        "Taal van het bestand",
        "Downloads",
    ]
    assert rows[1:] == [
        ["Starthandboek", "Nederlands", "Bestand nl", "Nederlands", "7"],
        ["Starthandboek", "Nederlands", "Bestand en", "Engels", "2"],
        ["Werkblad", "Nederlands", "Bestand nl", "Nederlands", "5"],
    ]


def test_answers_csv_neutralises_formulas(admin_client, data):
    response = admin_client.get(
        REPORT, {"start": "2025-03-01", "end": "2025-03-31", "export": "csv", "table": "answers"}
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    purposes = [row[4] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example")' in purposes
    assert "Een wijkbedrijf in Zwolle starten." in purposes


def test_xlsx_export(admin_client, data):
    response = admin_client.get(
        REPORT, {"start": "2025-03-01", "end": "2025-03-31", "export": "xlsx"}
    )
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Downloads", "Antwoorden"]
    downloads = list(workbook["Downloads"].values)
    assert downloads[1] == ("Starthandboek", "Nederlands", "Bestand nl", "Nederlands", 7)
    assert sum(row[4] for row in downloads[1:]) == 14
    answers = list(workbook["Antwoorden"].values)
    assert len(answers) == 3
    assert answers[1][0] == "2025-03-20"
    assert answers[1][4].startswith("'=")


def test_report_needs_permission(client, django_user_model, data):
    response = client.get(REPORT)
    assert response.status_code == 302  # to the admin login
    editor = django_user_model.objects.create_user("redacteur", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    refused = client.get(REPORT)  # Wagtail turns PermissionDenied into a redirect home
    assert refused.status_code == 302
    assert refused["Location"] == "/admin/"
    editor.user_permissions.add(Permission.objects.get(codename="view_downloadcount"))
    editor = django_user_model.objects.get(pk=editor.pk)
    client.force_login(editor)
    assert client.get(REPORT).status_code == 200


def test_report_is_in_the_reports_menu(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert REPORT in response.content.decode()


def test_editors_can_open_the_add_and_edit_forms(admin_client, index, make_instrument):
    page = make_instrument()
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    add = reverse("wagtailadmin_pages:add", args=["instruments", "instrumentpage", index.pk])
    response = admin_client.get(add)
    assert response.status_code == 200
    assert "files-FORMS" in response.content.decode()


def test_editor_creates_an_instrument_with_a_file_in_the_admin(admin_client, index):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    from instruments.factories import make_document
    from instruments.models import InstrumentPage

    document = make_document(title="Werkblad buurtgesprek")
    data = nested_form_data(
        {
            "title": "Werkblad buurtgesprek",
            "slug": "werkblad-buurtgesprek",
            "summary": "Een werkblad voor een gesprek met buren.",
            "instrument_type": "worksheet",
            "licence": "cc-by-4.0",
            "body": streamfield([]),
            "files": inline_formset(
                [{"document": document.pk, "title": "", "language": "nl", "version": "1.0"}],
                min=1,
            ),
            "usages": inline_formset([]),
            "versions": inline_formset(
                [{"version": "1.0", "date": "2025-05-01", "changes": "Eerste versie."}]
            ),
            "show_download_count": "on",
            "action-publish": "publish",
        }
    )
    add = reverse("wagtailadmin_pages:add", args=["instruments", "instrumentpage", index.pk])
    response = admin_client.post(add, data)
    assert response.status_code == 302, response.context["form"].errors
    page = InstrumentPage.objects.get(slug="werkblad-buurtgesprek")
    assert page.live
    item = page.files.get()
    assert item.document == document and item.locale_id == page.locale_id
    assert page.versions.get().changes == "Eerste versie."


def test_xlsx_export_survives_control_characters(admin_client, data):
    # PostgreSQL refuses NUL in text (and requests never bring one in); SQLite stores it.
    nul = "" if connection.vendor == "postgresql" else "\x00"
    DownloadAnswer.objects.create(
        page=data["handbook"],
        date=D(2025, 3, 3),
        organisation_type="",
        purpose=f"kleur \x1b[31m rood en {nul} nul",
    )
    response = admin_client.get(
        REPORT, {"start": "2025-03-01", "end": "2025-03-31", "export": "xlsx"}
    )
    assert response.status_code == 200
    answers = list(load_workbook(io.BytesIO(response.content))["Antwoorden"].values)
    purposes = [row[4] for row in answers[1:]]
    assert "kleur [31m rood en  nul" in purposes
