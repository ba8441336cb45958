import re

import pytest
import wagtail_factories

from tests.helpers import json_ld

pytestmark = pytest.mark.django_db


def test_story_article_json_ld(client, stories, catalogue):
    story = stories["debt"]
    story.hero_image = wagtail_factories.ImageFactory()
    story.save_revision().publish()
    story.refresh_from_db()
    html = client.get(story.url).content.decode()
    (data,) = [d for d in json_ld(html) if d.get("@type") == "Article"]
    for key in (
        "headline",
        "datePublished",
        "dateModified",
        "author",
        "publisher",
        "image",
        "inLanguage",
        "mainEntityOfPage",
    ):
        assert key in data, key
    assert data["headline"] == "De schuld"
    assert data["inLanguage"] == "nl"
    assert data["datePublished"] == story.publication_date.isoformat()
    assert data["publisher"]["@type"] == "Organization"
    assert data["image"]["url"].startswith("http://testserver/")
    assert 0 < data["image"]["width"] <= 1200
    # The Open Graph image is a rendition of the hero image too.
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+"', html)


def test_story_json_ld_names_the_storyteller_as_author(client, stories, catalogue):
    from stories.factories import PersonFactory
    from stories.models import Person

    teller = PersonFactory(name="Sanne", role=Person.Role.STORYTELLER)
    story = stories["school"]
    story.people.add(teller)
    story.save_revision().publish()
    html = client.get(story.url).content.decode()
    (data,) = [d for d in json_ld(html) if d.get("@type") == "Article"]
    assert data["author"] == [{"@type": "Person", "name": "Sanne"}]


def test_json_ld_cannot_break_out_of_its_script(client, story_indexes):
    from .conftest import make_story

    story = make_story(story_indexes["nl"], title="</script><script>alert(1)</script>")
    html = client.get(story.url).content.decode()
    assert "</script><script>alert(1)" not in html
    data = [d for d in json_ld(html) if d.get("@type") == "Article"][0]
    assert data["headline"] == "</script><script>alert(1)</script>"
