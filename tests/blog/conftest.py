import datetime

import pytest

from blog.factories import BlogIndexPageFactory, BlogPageFactory
from stories.factories import PersonFactory
from tests.stories.conftest import catalogue, theme_index  # noqa: F401 - shared fixtures


@pytest.fixture
def blog_indexes(home_pages, translate, locales):
    index_nl = BlogIndexPageFactory(parent=home_pages["nl"])
    index_en = translate(index_nl, locales["en"], title="Blog")
    return {"nl": index_nl, "en": index_en}


def make_post(index, *, themes=(), tags=(), **fields):
    post = BlogPageFactory(parent=index, **fields)
    post.themes.set(themes)
    if tags:
        post.tags.add(*tags)
    post.save_revision().publish()
    return post


@pytest.fixture
def posts(blog_indexes, catalogue):  # noqa: F811 - the shared fixture
    index = blog_indexes["nl"]
    t = catalogue["themes"]
    sanne = PersonFactory(name="Sanne de Wit", slug="sanne")
    daan = PersonFactory(name="Daan", slug="daan")
    return {
        "debt": make_post(
            index,
            title="Mensen met schulden worden steeds armer",
            author=sanne,
            themes=[t["debt"]],
            tags=["schulden"],
            publication_date=datetime.date(2026, 10, 1),
        ),
        "what": make_post(
            index,
            title="Wat is een wijkbedrijf?",
            author=daan,
            themes=[t["care"]],
            tags=["wijkbedrijf"],
            publication_date=datetime.date(2026, 3, 5),
        ),
        "school": make_post(
            index,
            title="Een school is meer dan stenen",
            author=sanne,
            themes=[t["care"], t["debt"]],
            tags=["schoolgebouw"],
            publication_date=datetime.date(2025, 11, 20),
        ),
        "data": make_post(
            index,
            title="Tellen wat telt",
            author=None,
            themes=[t["debt"]],
            tags=["schulden"],
            publication_date=datetime.date(2025, 6, 12),
        ),
        "people": {"sanne": sanne, "daan": daan},
    }
