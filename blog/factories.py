"""Factories for tests of the blog."""

import datetime

import factory
import wagtail_factories

from blog.models import BlogIndexPage, BlogPage


class BlogIndexPageFactory(wagtail_factories.PageFactory):
    title = "Blog"
    slug = "blog"

    class Meta:
        model = BlogIndexPage


class BlogPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Blog {n}")
    slug = factory.Sequence(lambda n: f"blog-{n}")
    introduction = "Een blog over de wijk."
    publication_date = factory.Sequence(
        lambda n: datetime.date(2025, 1, 1) + datetime.timedelta(days=n)
    )

    class Meta:
        model = BlogPage
