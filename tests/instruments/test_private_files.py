"""Files in a restricted collection are listed only to who may download them: not on the
instrument page for others, nor in its JSON-LD, cards, question form, search, filters, feed or
sitemap (issue 10)."""

from django.urls import reverse

from wagtail.models import Collection, CollectionViewRestriction
from wagtail.search import index as search_index

import pytest

from instruments.factories import add_file
from instruments.models import InstrumentPage
from tests.helpers import json_ld_of_type

pytestmark = pytest.mark.django_db

SECRET = "Begroting partnerschap intern"


@pytest.fixture
def private():
    collection = Collection.get_first_root_node().add_child(name="Alleen voor partners")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection, restriction


@pytest.fixture
def instrument(make_instrument, private):
    page = make_instrument(title="Wijkbegroting")
    secret = add_file(
        page,
        language="en",
        title=SECRET,
        collection=private[0],
        filename="begroting-intern.docx",
    )
    page.save_revision().publish()  # indexes the page with its files
    return InstrumentPage.objects.get(pk=page.pk), secret


def download_url(item):
    return reverse("instruments:download", args=[item.pk])


def test_visitors_do_not_see_a_restricted_file(client, instrument):
    page, secret = instrument
    html = client.get(page.url).content.decode()
    public = page.files.exclude(pk=secret.pk).get()
    assert download_url(public) in html
    assert SECRET not in html
    assert download_url(secret) not in html
    assert "DOCX" not in html  # nor its format
    assert '<span lang="en">' not in html  # nor its language
    parts = json_ld_of_type(html, "CreativeWork")["hasPart"]
    assert [part["name"] for part in parts] == [public.get_title()]


def test_who_may_download_it_sees_it(client, instrument, django_user_model):
    page, secret = instrument
    client.force_login(django_user_model.objects.create_user("partner", password="x"))
    html = client.get(page.url).content.decode()
    assert SECRET in html
    assert download_url(secret) in html
    # The page's public data stays public only.
    assert SECRET not in str(json_ld_of_type(html, "CreativeWork"))


def test_the_question_form_offers_only_public_files(client, instrument, make_instrument):
    page, secret = instrument
    add_file(page, title="Tweede bestand", filename="tweede.pdf")
    page = InstrumentPage.objects.get(pk=page.pk)
    response = client.get(reverse("instruments:question", kwargs={"page_id": page.pk}))
    html = response.content.decode()
    assert "Tweede bestand" in html
    assert SECRET not in html
    choices = [value for value, _label in response.context["form"].fields["file"].choices]
    assert secret.pk not in [getattr(v, "value", v) for v in choices]


def test_search_does_not_find_a_page_by_a_restricted_file(client, instrument, index):
    page, _secret = instrument
    found = client.get(reverse("core:search"), {"q": "partnerschap"})
    assert page.title not in found.content.decode()
    in_library = client.get(index.url, {"q": "partnerschap"})
    assert [p.pk for p in in_library.context["instruments"]] == []
    by_public_file = client.get(index.url, {"q": "Bestand"})
    assert [p.pk for p in by_public_file.context["instruments"]] == [page.pk]


def test_the_language_filter_knows_only_public_files(client, instrument, index):
    page, _secret = instrument
    response = client.get(index.url)
    offered = [code for code, _label in response.context["filter_form"].fields["language"].choices]
    assert "en" not in offered
    assert "DOCX" not in response.content.decode()  # the card names public formats only
    assert page.pk in [p.pk for p in response.context["instruments"]]


def test_feed_and_sitemap_do_not_name_it(client, instrument):
    page, secret = instrument
    feed = client.get(reverse("instruments:feed")).content.decode()
    assert page.title in feed and SECRET not in feed
    sitemap = client.get("/sitemap.xml").content.decode()
    assert page.url.rstrip("/") in sitemap
    assert SECRET not in sitemap and download_url(secret) not in sitemap


def test_restricting_a_collection_later_hides_its_files_at_once(client, make_instrument):
    collection = Collection.get_first_root_node().add_child(name="Werkgroep")
    page = make_instrument(title="Buurtpanel")
    add_file(page, title="Notulen werkgroep", collection=collection, filename="notulen.pdf")
    search_index.insert_or_update_object(page)
    assert "Notulen werkgroep" in client.get(page.url).content.decode()
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert "Notulen werkgroep" not in client.get(page.url).content.decode()
    found = client.get(reverse("core:search"), {"q": "notulen"}).content.decode()
    assert "Buurtpanel" not in found
    restriction.delete()
    assert "Notulen werkgroep" in client.get(page.url).content.decode()
