import re
import xml.etree.ElementTree as ET

import pytest

from blog.models import BlogIndexPage, BlogPage
from home.models import HomePage
from stories.models import StoryIndexPage
from tests.helpers import json_ld_of_type

from .conftest import make_post

pytestmark = pytest.mark.django_db


def titles(response):
    return set(
        re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())
    )


def get(client, index, query=""):
    response = client.get(index.url + query)
    assert response.status_code == 200
    return response


def test_page_tree_rules(blog_indexes):
    index = blog_indexes["nl"]
    assert BlogPage.can_create_at(index)
    assert not BlogPage.can_create_at(index.get_parent().specific)
    assert not BlogIndexPage.can_create_at(index.get_parent().specific)  # one per home page
    assert BlogPage.allowed_parent_page_models() == [BlogIndexPage]
    assert BlogIndexPage.allowed_parent_page_models() == [HomePage]
    assert BlogPage.allowed_subpage_models() == []
    assert not StoryIndexPage.can_create_at(index)


def test_author_name_falls_back_to_owner(posts, admin_user):
    assert posts["debt"].author_name == "Sanne de Wit"
    post = posts["data"]
    admin_user.first_name, admin_user.last_name = "Joke", "Jansen"
    post.owner = admin_user
    assert post.author_name == "Joke Jansen"


def test_index_lists_posts_newest_first(client, blog_indexes, posts):
    response = get(client, blog_indexes["nl"])
    order = [p.title for p in response.context["page_obj"].object_list]
    assert order == [
        "Mensen met schulden worden steeds armer",
        "Wat is een wijkbedrijf?",
        "Een school is meer dan stenen",
        "Tellen wat telt",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?theme=armoede-en-schulden", {"debt", "school", "data"}),
        ("?tag=schulden", {"debt", "data"}),
        ("?author=sanne", {"debt", "school"}),
        ("?year=2025", {"school", "data"}),
        ("?theme=zorg-en-welzijn&author=sanne", {"school"}),
        ("?tag=schulden&year=2026", {"debt"}),
        ("?theme=armoede-en-schulden&author=daan", set()),
        ("?year=1999", {"debt", "what", "school", "data"}),  # unknown year: no filter
        ("?year=abc&author=niemand", {"debt", "what", "school", "data"}),
    ],
)
def test_filters(client, blog_indexes, posts, query, expected):
    response = get(client, blog_indexes["nl"], query)
    assert titles(response) == {posts[key].title for key in expected}
    if not expected:
        assert 'class="empty-state"' in response.content.decode()


def test_year_choices(client, blog_indexes, posts):
    form = get(client, blog_indexes["nl"]).context["filter_form"]
    assert [c[0] for c in form.fields["year"].choices] == ["", 2026, 2025]


def test_bad_page_is_404(client, blog_indexes, posts):
    assert client.get(blog_indexes["nl"].url + "?page=7").status_code == 404


def test_blog_feeds_per_language(client, blog_indexes, posts, translate, locales):
    translate(posts["debt"], locales["en"], title="People in debt keep getting poorer")
    response = client.get("/nl/feeds/blog/rss/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items][0] == "Mensen met schulden worden steeds armer"
    assert len(items) == 4
    creator = items[0].findtext("{http://purl.org/dc/elements/1.1/}creator")
    assert creator == "Sanne de Wit"
    atom = ET.fromstring(client.get("/en/feeds/blog/atom/").content)
    entries = atom.findall("{http://www.w3.org/2005/Atom}entry")
    assert [e.findtext("{http://www.w3.org/2005/Atom}title") for e in entries] == [
        "People in debt keep getting poorer"
    ]


def test_blog_posts_appear_in_theme_feed(client, posts, theme_index):
    root = ET.fromstring(client.get("/nl/feeds/themas/armoede-en-schulden/rss/").content)
    got = {i.findtext("title") for i in root.find("channel").findall("item")}
    assert got == {posts[k].title for k in ("debt", "school", "data")}


def test_blog_posting_json_ld(client, posts):
    post = posts["debt"]
    response = client.get(post.url)
    assert response.status_code == 200
    html = response.content.decode()
    data = json_ld_of_type(html, "BlogPosting")
    assert data["headline"] == post.title
    assert data["author"] == [{"@type": "Person", "name": "Sanne de Wit"}]
    assert data["datePublished"] == "2026-10-01"
    assert data["inLanguage"] == "nl"
    assert data["publisher"]["@type"] == "Organization"
    assert "dateModified" in data
    assert 'href="/nl/feeds/blog/rss/"' in html


def test_blog_page_shows_author_and_related(client, blog_indexes, posts):
    html = client.get(posts["debt"].url).content.decode()
    assert "Door Sanne de Wit" in html
    assert "?author=sanne" in html
    related = html[html.index('id="related-heading"') :]
    # Shares the theme and tag: the post without an author about debt comes first.
    assert related.index("Tellen wat telt") < related.index("Een school is meer dan stenen")


def test_blog_index_query_count_does_not_grow(client, blog_indexes, posts, catalogue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = blog_indexes["nl"].url
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(10):
        make_post(
            blog_indexes["nl"],
            title=f"Extra {n}",
            author=posts["people"]["daan"],
            themes=[catalogue["themes"]["care"]],
            tags=[f"t{n}"],
        )
    client.get(url)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)
