import datetime
import gzip
from unittest import mock

from django.contrib.auth.models import Group
from django.db.models import QuerySet
from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction

import pytest

from instruments.factories import add_file
from instruments.models import DownloadCount

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36"


def url(item):
    return reverse("instruments:download", args=[item.pk])


def counts():
    return {(c.file_id, c.date): c.count for c in DownloadCount.objects.all()}


@pytest.fixture
def instrument(make_instrument):
    return make_instrument(files=[("nl", "1.0"), ("en", "1.0")])


def test_download_serves_the_file_with_the_right_headers(client, instrument):
    item = instrument.files.first()
    response = client.get(url(item), HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{item.document.filename}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-1.4") and instrument.title.encode() in body
    assert int(response["Content-Length"]) == len(body)


def test_png_is_served_as_png(client, instrument):
    item = add_file(instrument, filename="infographic.png", content=b"\x89PNG\r\n\x1a\nfake")
    response = client.get(url(item), HTTP_USER_AGENT=BROWSER)
    assert response["Content-Type"] == "image/png"
    assert 'filename="infographic.png"' in response["Content-Disposition"]


def test_each_download_counts_once_per_file_per_day(client, instrument):
    nl, en = instrument.files.all()
    for _n in range(3):
        client.get(url(nl), HTTP_USER_AGENT=BROWSER)
    client.get(url(en), HTTP_USER_AGENT=BROWSER)
    from django.utils import timezone

    today = timezone.localdate()
    assert counts() == {(nl.pk, today): 3, (en.pk, today): 1}
    assert DownloadCount.objects.count() == 2


def test_no_personal_data_is_stored():
    fields = {f.name for f in DownloadCount._meta.get_fields()}
    assert fields == {"id", "file", "date", "count"}


def test_a_new_day_gets_a_new_row(instrument):
    item = instrument.files.first()
    DownloadCount.record(item, datetime.date(2025, 1, 1))
    DownloadCount.record(item, datetime.date(2025, 1, 2))
    DownloadCount.record(item, datetime.date(2025, 1, 2))
    assert counts() == {
        (item.pk, datetime.date(2025, 1, 1)): 1,
        (item.pk, datetime.date(2025, 1, 2)): 2,
    }


def test_record_survives_losing_the_race_for_the_first_row(instrument):
    """Two requests both find no row; the second insert hits the unique constraint and must
    update the row the first one made."""
    item = instrument.files.first()
    day = datetime.date(2025, 2, 1)
    DownloadCount.objects.create(file=item, date=day, count=1)  # the other request won
    real_update = QuerySet.update
    calls = []

    def update(self, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            return 0  # as if the row did not exist yet when we looked
        return real_update(self, **kwargs)

    with mock.patch.object(QuerySet, "update", update):
        DownloadCount.record(item, day)
    assert DownloadCount.objects.get(file=item, date=day).count == 2
    assert len(calls) == 2


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.0)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (compatible; YandexSpider/3.0)",
        "python-requests/2.31",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120",
    ],
)
def test_self_declared_bots_get_the_file_but_are_not_counted(client, instrument, agent):
    response = client.get(url(instrument.files.first()), HTTP_USER_AGENT=agent)
    assert response.status_code == 200
    assert DownloadCount.objects.count() == 0


def test_head_requests_are_not_counted(client, instrument):
    response = client.head(url(instrument.files.first()), HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert DownloadCount.objects.count() == 0


def test_post_is_not_allowed(client, instrument):
    assert client.post(url(instrument.files.first())).status_code == 405


def test_missing_file_gives_404_not_500(client, instrument):
    item = instrument.files.first()
    item.document.file.storage.delete(item.document.file.name)
    response = client.get(url(item), HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 404
    assert DownloadCount.objects.count() == 0


def test_unknown_file_and_unpublished_instrument_give_404(client, instrument):
    assert client.get(reverse("instruments:download", args=[999999])).status_code == 404
    item = instrument.files.first()
    instrument.unpublish()
    assert client.get(url(item), HTTP_USER_AGENT=BROWSER).status_code == 404
    assert DownloadCount.objects.count() == 0


@pytest.fixture
def private_file(instrument):
    root = Collection.get_first_root_node()
    private = root.add_child(name="Alleen voor partners")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    item = add_file(instrument, collection=private, filename="intern.pdf")
    return item, restriction


def test_private_document_needs_a_login_and_is_not_counted(client, private_file):
    item, _restriction = private_file
    response = client.get(url(item), HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 302
    assert "login/?next=" in response["Location"]
    assert DownloadCount.objects.count() == 0


def test_private_document_is_served_and_counted_after_login(
    client, private_file, django_user_model
):
    item, _restriction = private_file
    user = django_user_model.objects.create_user("partner", password="x")
    client.force_login(user)
    response = client.get(url(item), HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert DownloadCount.objects.get().count == 1


def test_group_restricted_document_refuses_other_users(client, private_file, django_user_model):
    item, restriction = private_file
    restriction.restriction_type = CollectionViewRestriction.GROUPS
    restriction.save()
    group = Group.objects.create(name="Partners")
    restriction.groups.add(group)
    client.force_login(django_user_model.objects.create_user("buur", password="x"))
    response = client.get(url(item), HTTP_USER_AGENT=BROWSER)
    assert response.status_code != 200
    assert DownloadCount.objects.count() == 0


def test_password_protected_document_shows_the_password_form(client, private_file):
    item, restriction = private_file
    restriction.restriction_type = CollectionViewRestriction.PASSWORD
    restriction.password = "geheim"  # noqa: S105
    restriction.save()
    response = client.get(url(item), HTTP_USER_AGENT=BROWSER)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert b"password" in response.content.lower()
    assert DownloadCount.objects.count() == 0


def test_instrument_page_shows_files_and_download_total(client, instrument, locales, translate):
    nl, en = instrument.files.all()
    DownloadCount.record(nl)
    DownloadCount.record(en)
    english = translate(instrument, locales["en"], title="Worksheet")
    DownloadCount.record(english.files.first())
    response = client.get(instrument.url)
    html = response.content.decode()
    assert response.context["downloads"] == 3  # every file in every language
    assert url(nl) in html and url(en) in html
    assert "PDF" in html
    instrument.show_download_count = False
    instrument.save_revision().publish()
    response = client.get(instrument.url)
    assert response.context["downloads"] is None


@pytest.mark.parametrize("encoding", ["gzip", ""])
def test_a_counted_download_drops_the_cached_page_with_the_count(
    client, settings, instrument, encoding
):
    settings.PAGE_CACHE_SECONDS = 300
    instrument.show_download_count = True
    instrument.save_revision().publish()
    page = client.get(instrument.url, HTTP_ACCEPT_ENCODING=encoding)
    assert client.get(instrument.url, HTTP_ACCEPT_ENCODING=encoding)["X-Page-Cache"] == "hit"
    client.get(url(instrument.files.first()), HTTP_USER_AGENT="Googlebot/2.1")  # not counted
    assert client.get(instrument.url, HTTP_ACCEPT_ENCODING=encoding)["X-Page-Cache"] == "hit"
    client.get(url(instrument.files.first()), HTTP_USER_AGENT=BROWSER)
    after = client.get(instrument.url, HTTP_ACCEPT_ENCODING=encoding)
    assert after["X-Page-Cache"] == "miss"
    assert "<dd>0 keer</dd>" in html(page, encoding)
    assert "<dd>1 keer</dd>" in html(after, encoding)


def html(response, encoding):
    return (gzip.decompress(response.content) if encoding else response.content).decode()
