"""Review fixes: no login names as authors; consent decides what is shown of an author."""

import datetime
import xml.etree.ElementTree as ET

from django.utils import timezone

import pytest
import wagtail_factories

from core.models import SiteSettings
from stories.factories import PersonFactory
from tests.helpers import json_ld_of_type

from .conftest import make_post

pytestmark = pytest.mark.django_db

DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


def test_author_falls_back_to_full_name_then_organisation_never_username(
    client, blog_indexes, django_user_model
):
    settings_obj = SiteSettings.load()
    settings_obj.organisation_name = "Wijkbedrijf Geitenkamp"
    settings_obj.save()
    owner = django_user_model.objects.create_user("beheerder-login-42", password="x" * 12)
    post = make_post(blog_indexes["nl"], title="Zonder auteur", author=None, owner=owner)
    assert post.author_name == "Wijkbedrijf Geitenkamp"
    html = client.get(post.url).content.decode()
    assert "beheerder-login-42" not in html
    data = json_ld_of_type(html, "BlogPosting")
    assert data["author"]["@type"] == "Organization"
    assert data["author"]["name"] == "Wijkbedrijf Geitenkamp"
    feed = client.get("/nl/feeds/blog/rss/").content
    assert b"beheerder-login-42" not in feed
    (item,) = ET.fromstring(feed).find("channel").findall("item")
    assert item.findtext(DC_CREATOR) == "Wijkbedrijf Geitenkamp"

    owner.first_name, owner.last_name = "Joke", "Jansen"
    owner.save()
    post.refresh_from_db()
    assert post.author_name == "Joke Jansen"
    data = json_ld_of_type(client.get(post.url), "BlogPosting")
    assert data["author"] == [{"@type": "Person", "name": "Joke Jansen"}]


@pytest.mark.parametrize(
    ("given", "ends", "shown"),
    [
        (datetime.date(2025, 1, 1), None, True),
        (None, None, False),  # missing
        (datetime.date(2025, 1, 1), timezone.localdate() - datetime.timedelta(days=1), False),
    ],
)
def test_author_block_shows_photo_and_bio_only_with_consent(
    client, blog_indexes, given, ends, shown
):
    author = PersonFactory(
        name="Sanne de Wit",
        slug="sanne",
        role_description="opbouwwerker bij Spectrum",
        bio="Sanne werkt al tien jaar in Arnhem-Noord.",
        photo=wagtail_factories.ImageFactory(),
        consent_given_on=given,
        consent_ends_on=ends,
    )
    post = make_post(blog_indexes["nl"], title="Over schulden", author=author)
    html = client.get(post.url).content.decode()
    assert "Sanne de Wit" in html
    assert ("Sanne werkt al tien jaar" in html) is shown
    assert ("opbouwwerker bij Spectrum" in html) is shown
    assert ('class="person__photo"' in html) is shown
    assert ("?author=sanne" in html) is shown
    author = json_ld_of_type(html, "BlogPosting")["author"]
    assert author == [{"@type": "Person", "name": "Sanne de Wit"}]
    index = blog_indexes["nl"]
    assert ("sanne" in dict(index.filter_choices(index.articles())["author"])) is shown
