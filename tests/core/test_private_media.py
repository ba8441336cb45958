"""Private collections hold no images (core.private_media): an image is always served from a
public address, so uploading one into a restricted collection, moving one there, or making a
collection with images private is refused with a message."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction

import pytest

from core.private_media import (
    IMAGE_MESSAGE,
    PRIVACY_MESSAGE,
    is_restricted_collection,
    restricted_collection_ids,
)

pytestmark = pytest.mark.django_db
Image = get_image_model()


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("redactie", "r@example.nl", "x")
    client.force_login(user)
    return client


@pytest.fixture
def collections():
    root = Collection.get_first_root_node()
    public = root.add_child(name="Verhalen")
    private = root.add_child(name="Alleen intern")
    inner = private.add_child(name="Concepten")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return {"root": root, "public": public, "private": private, "inner": inner}


def test_a_restriction_covers_the_collections_under_it(collections):
    assert restricted_collection_ids() == {collections["private"].pk, collections["inner"].pk}
    assert not is_restricted_collection(collections["public"])
    assert is_restricted_collection(collections["inner"])


def image_upload():
    return SimpleUploadedFile("feest.png", get_test_image_file().file.getvalue(), "image/png")


def upload(editor, collection):
    return editor.post(
        reverse("wagtailimages:add"),
        {"title": "Buurtfeest", "file": image_upload(), "collection": collection.pk},
    )


@pytest.mark.parametrize("name", ["private", "inner"])
def test_uploading_an_image_into_a_private_collection_is_refused(editor, collections, name):
    response = upload(editor, collections[name])
    assert response.status_code == 200  # the form again, with the reason
    assert str(IMAGE_MESSAGE) in " ".join(response.context["form"].errors["collection"])
    assert Image.objects.count() == 0


def test_uploading_an_image_into_a_public_collection_works(editor, collections):
    response = upload(editor, collections["public"])
    assert response.status_code == 302
    assert Image.objects.get().collection == collections["public"]


def test_the_multiple_uploader_refuses_a_private_collection(editor, collections):
    """The uploader keeps a refused upload aside and asks for its details again; completing
    it into the private collection is refused too."""
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": image_upload(), "collection": collections["private"].pk},
    )
    assert response.status_code == 200
    assert Image.objects.count() == 0
    upload_id = response.json()["uploaded_file_id"]
    response = editor.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {
            f"uploaded-image-{upload_id}-title": "Buurtfeest",
            f"uploaded-image-{upload_id}-collection": collections["private"].pk,
            f"uploaded-image-{upload_id}-tags": "",
        },
    )
    assert response.json()["success"] is False
    with translation.override("nl"):  # the admin's language
        assert escape(str(IMAGE_MESSAGE)) in response.json()["form"]
    assert Image.objects.count() == 0


def test_moving_an_image_into_a_private_collection_is_refused(editor, collections):
    image = Image.objects.create(
        title="Buurtfeest", file=get_test_image_file(), collection=collections["public"]
    )
    response = editor.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Buurtfeest", "collection": collections["private"].pk, "tags": ""},
    )
    assert response.status_code == 200
    assert "collection" in response.context["form"].errors
    image.refresh_from_db()
    assert image.collection == collections["public"]


def test_the_bulk_action_refuses_a_private_collection(editor, collections):
    image = Image.objects.create(
        title="Buurtfeest", file=get_test_image_file(), collection=collections["public"]
    )
    url = reverse("wagtail_bulk_action", args=["wagtailimages", "image", "add_to_collection"])
    response = editor.post(
        f"{url}?id={image.pk}", {"collection": collections["private"].pk}, follow=True
    )
    assert str(IMAGE_MESSAGE) in [str(m) for m in response.context["messages"]]
    image.refresh_from_db()
    assert image.collection == collections["public"]
    editor.post(f"{url}?id={image.pk}", {"collection": collections["root"].pk})
    image.refresh_from_db()
    assert image.collection == collections["root"]  # a public one is fine


def set_privacy(editor, collection, kind):
    return editor.post(
        reverse("wagtailadmin_collections:set_privacy", args=[collection.pk]),
        {"restriction_type": kind, "password": "", "groups": []},
    )


def test_a_collection_with_images_cannot_be_made_private(editor, collections):
    parent = collections["public"]
    child = parent.add_child(name="Foto's")
    Image.objects.create(title="Buurtfeest", file=get_test_image_file(), collection=child)
    response = set_privacy(editor, parent, CollectionViewRestriction.LOGIN)
    assert response.status_code == 200
    assert response.json()["step"] == "set_privacy"  # the form again, not "done"
    with translation.override("nl"):  # the admin's language
        assert escape(PRIVACY_MESSAGE % {"count": 1}) in response.json()["html"]
    assert not CollectionViewRestriction.objects.filter(collection=parent).exists()


def test_a_collection_without_images_can_be_made_private_and_public(editor, collections):
    parent = collections["public"]
    response = set_privacy(editor, parent, CollectionViewRestriction.LOGIN)
    assert response.json()["step"] == "set_privacy_done"
    assert CollectionViewRestriction.objects.filter(collection=parent).exists()
    response = set_privacy(editor, collections["private"], CollectionViewRestriction.NONE)
    assert response.json()["step"] == "set_privacy_done"
    assert not CollectionViewRestriction.objects.filter(collection=collections["private"]).exists()


def test_the_privacy_view_still_needs_permission(client, collections, django_user_model):
    client.force_login(django_user_model.objects.create_user("buur", password="x"))
    response = set_privacy(client, collections["public"], CollectionViewRestriction.LOGIN)
    assert response.status_code in (302, 403)
    assert not CollectionViewRestriction.objects.filter(collection=collections["public"]).exists()
