"""The parts for more than one machine, each against the real service CI starts: Redis as the
shared cache, S3-compatible object storage for uploads, PostgreSQL's full-text search."""

import os

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import connection

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.redis
@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL not set (CI sets it)")
def test_the_page_cache_lives_in_redis(client, settings, home_pages):
    from django.core.cache import caches

    from django_redis import get_redis_connection

    settings.PAGE_CACHE_SECONDS = 300
    assert type(caches["default"]).__name__ == "RedisCache"
    page = StandardPageFactory(parent=home_pages["nl"], slug="redis", title="Redis")
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    assert client.get(page.url)["X-Page-Cache"] == "hit"
    keys = get_redis_connection("default").keys("*page:*")
    assert keys  # stored in Redis, where every app server reads it


@pytest.mark.s3
@pytest.mark.skipif(
    not os.environ.get("AWS_STORAGE_BUCKET_NAME"), reason="no S3 bucket configured (CI: moto)"
)
def test_documents_on_object_storage_are_served_only_through_the_app(client, settings):
    import boto3

    assert settings.STORAGES["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    s3 = boto3.client("s3", endpoint_url=settings.AWS_S3_ENDPOINT_URL)
    bucket = settings.AWS_STORAGE_BUCKET_NAME
    if bucket not in {b["Name"] for b in s3.list_buckets()["Buckets"]}:
        s3.create_bucket(Bucket=bucket)
    root = Collection.get_first_root_node()
    private = root.add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    Document = get_document_model()
    public_doc = Document(title="Openbaar", collection=root)
    public_doc.file.save("openbaar.txt", ContentFile(b"voor iedereen"), save=True)
    private_doc = Document(title="Intern", collection=private)
    private_doc.file.save("intern.txt", ContentFile(b"alleen voor de redactie"), save=True)

    key = f"{settings.AWS_LOCATION}/{private_doc.file.name}"
    stored = s3.get_object(Bucket=bucket, Key=key)
    assert stored["Body"].read() == b"alleen voor de redactie"  # really in the bucket
    response = client.get(public_doc.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"voor iedereen"
    refused = client.get(private_doc.url)
    assert refused.status_code == 302  # to the login page, not to the bucket
    assert settings.AWS_S3_ENDPOINT_URL not in refused["Location"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")
def test_dutch_stemming_finds_schulden_for_schuld(client, home_pages):
    from wagtail.search.backends import get_search_backend

    page = StandardPageFactory(
        parent=home_pages["nl"],
        slug="geldzorgen",
        title="Hulp bij geldzorgen",
        introduction="Wij helpen buren met schulden en achterstanden.",
    )
    get_search_backend().add(page)
    response = client.get("/nl/zoeken/", {"q": "schuld"})
    assert response.status_code == 200
    assert b"Hulp bij geldzorgen" in response.content
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "core.search_backend"
