import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("title")
    assert channel.findtext("link").startswith("http")
    for item in channel.findall("item"):
        assert item.findtext("link").startswith("http://testserver/")
        assert item.findtext("pubDate")
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    for entry in root.findall(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}link").get("href").startswith("http://testserver/")
        assert entry.findtext(f"{ATOM}updated")
    return [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]


@pytest.fixture
def translated(stories, translate, locales):
    return translate(stories["debt"], locales["en"], title="The debt")


def test_story_feeds_per_language(client, stories, translated):
    nl = rss_titles(client, "/nl/feeds/verhalen/rss/")
    assert nl == ["Koffie", "Het repair café", "De schuld", "De school"]
    assert rss_titles(client, "/en/feeds/stories/rss/") == ["The debt"]
    assert atom_titles(client, "/nl/feeds/verhalen/atom/") == nl
    assert atom_titles(client, "/en/feeds/stories/atom/") == ["The debt"]


def test_story_feed_leaves_out_drafts(client, story_indexes, stories):
    from stories.factories import StoryPageFactory

    StoryPageFactory(parent=story_indexes["nl"], title="Concept", live=False)
    assert "Concept" not in rss_titles(client, "/nl/feeds/verhalen/rss/")


def test_theme_feed(client, stories, theme_index, translated):
    nl = rss_titles(client, "/nl/feeds/themas/armoede-en-schulden/rss/")
    assert set(nl) == {"De schuld", "Het repair café"}
    assert rss_titles(client, "/en/feeds/themes/poverty-and-debt/rss/") == ["The debt"]
    assert set(atom_titles(client, "/nl/feeds/themas/armoede-en-schulden/atom/")) == set(nl)


def test_unknown_theme_feed_is_404(client, stories):
    assert client.get("/nl/feeds/themas/bestaat-niet/rss/").status_code == 404


def test_feeds_are_advertised(client, story_indexes, stories, theme_index):
    html = client.get(story_indexes["nl"].url).content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/nl/feeds/verhalen/rss/"' in html
    assert 'href="/nl/feeds/verhalen/atom/"' in html
    story_html = client.get(stories["school"].url).content.decode()
    assert 'href="/nl/feeds/verhalen/rss/"' in story_html
    theme_html = client.get("/nl/themas/armoede-en-schulden/").content.decode()
    assert 'href="/nl/feeds/themas/armoede-en-schulden/rss/"' in theme_html
