"""Brute-force protection (django-axes, core/login_throttling.py): the admin login and the shared
passwords of private pages and documents lock out after AXES_FAILURE_LIMIT wrong passwords, with
a translated 429 that is never cached; another address is not locked; a reset unlocks."""

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
from axes.models import AccessAttempt

from pages.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

LIMIT = 3
HERE = "203.0.113.7"
ELSEWHERE = "198.51.100.20"
PASSWORD = "wijkbedrijf-demo"  # noqa: S105
SHARED = "geheim-voor-buren"  # noqa: S105


@pytest.fixture(autouse=True)
def _limit(settings):
    settings.AXES_FAILURE_LIMIT = LIMIT


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redactie", "r@example.org", PASSWORD)


def admin_login(client, password, address=HERE, username="redactie", **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **extra,
    )


def assert_locked_out(response, text):
    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert int(response["Retry-After"]) == 15 * 60
    assert text in response.content.decode()


# --- the admin login --------------------------------------------------------------------------
def test_admin_login_locks_the_user_name_at_this_address(client, editor):
    for _attempt in range(LIMIT - 1):
        refused = admin_login(client, "fout")
        assert refused.status_code == 200  # the ordinary "wrong password" page
        assert "_auth_user_id" not in client.session
    # The attempt that reaches the limit already says so, in Dutch by default.
    assert_locked_out(admin_login(client, "fout"), "Inloggen is even gepauzeerd")
    # Now even the right password is refused, and nobody is logged in.
    right = admin_login(client, PASSWORD)
    assert_locked_out(right, "Inloggen is even gepauzeerd")
    assert "_auth_user_id" not in client.session


def test_the_admin_message_is_in_english_for_english_editors(client, editor):
    for _attempt in range(LIMIT):
        response = admin_login(client, "fout", HTTP_ACCEPT_LANGUAGE="en")
    assert_locked_out(response, "Signing in is paused")
    assert "15 minutes" in response.content.decode()


def test_another_address_and_another_user_name_are_not_locked(client, editor):
    for _attempt in range(LIMIT):
        admin_login(client, "fout")
    assert admin_login(client, "fout", username="iemand-anders").status_code == 200
    response = admin_login(client, PASSWORD, address=ELSEWHERE)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_axes_reset_username_unlocks(client, editor):
    for _attempt in range(LIMIT):
        admin_login(client, "fout")
    assert admin_login(client, PASSWORD).status_code == 429
    call_command("axes_reset_username", "redactie")
    assert admin_login(client, PASSWORD).status_code == 302


def test_a_successful_login_forgets_earlier_mistakes(client, editor):
    for _attempt in range(LIMIT - 1):
        admin_login(client, "fout")
    assert admin_login(client, PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(LIMIT - 1):
        assert admin_login(client, "fout").status_code == 200
    assert admin_login(client, PASSWORD).status_code == 302


def test_the_address_behind_the_proxy_is_the_one_counted(client, settings, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    for _attempt in range(LIMIT):
        admin_login(client, "fout", address="127.0.0.1", HTTP_X_FORWARDED_FOR=HERE)
    assert AccessAttempt.objects.get().ip_address == HERE
    # Another resident behind the same proxy can still sign in.
    other = admin_login(client, PASSWORD, address="127.0.0.1", HTTP_X_FORWARDED_FOR=ELSEWHERE)
    assert other.status_code == 302


def test_a_forged_forwarded_address_is_not_a_server_error(client, settings, editor):
    settings.TRUSTED_PROXY_COUNT = 1
    response = admin_login(client, "fout", address="127.0.0.1", HTTP_X_FORWARDED_FOR="x<y>")
    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address is None


# --- a password-protected page ----------------------------------------------------------------
@pytest.fixture
def private_page(home_pages):
    page = StandardPageFactory(parent=home_pages["nl"], slug="voor-buren", title="Voor buren")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=SHARED
    )
    with translation.override("nl"):
        action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return page, action


def send_password(client, action, password, return_url, address=HERE):
    return client.post(
        action, {"password": password, "return_url": return_url}, REMOTE_ADDR=address
    )


def test_page_password_locks_the_address(client, private_page):
    page, action = private_page
    assert client.get(page.url).status_code == 200  # Wagtail's password form
    for _attempt in range(LIMIT - 1):
        wrong = send_password(client, action, "fout", page.url)
        assert wrong.status_code == 200
        assert "Voor buren" not in wrong.content.decode()
    assert_locked_out(send_password(client, action, "fout", page.url), "Te veel foute wachtwoorden")
    right = send_password(client, action, SHARED, page.url)
    assert_locked_out(right, "Te veel foute wachtwoorden")
    page_html = right.content.decode()
    assert 'class="skip-link"' in page_html  # the site's own page, with its header and footer
    # The password was never checked: the page stays closed.
    assert "Voor buren" not in client.get(page.url).content.decode()


def test_page_password_from_another_address_and_after_a_reset(client, private_page):
    page, action = private_page
    for _attempt in range(LIMIT):
        send_password(client, action, "fout", page.url)
    assert send_password(client, action, SHARED, page.url, address=ELSEWHERE).status_code == 302
    client.logout()  # forget that the other address passed
    assert send_password(client, action, SHARED, page.url).status_code == 429
    call_command("axes_reset_ip", HERE)
    passed = send_password(client, action, SHARED, page.url)
    assert passed.status_code == 302
    assert "Voor buren" in client.get(page.url).content.decode()


def test_page_password_failures_do_not_lock_an_editor_out(client, private_page, editor):
    page, action = private_page
    for _attempt in range(LIMIT):
        send_password(client, action, "fout", page.url)
    assert admin_login(client, PASSWORD).status_code == 302


def test_the_lockout_page_leaves_the_page_cache_alone(client, settings, private_page, home_pages):
    settings.PAGE_CACHE_SECONDS = 300
    page, action = private_page
    home = home_pages["nl"].url
    assert client.get(home)["X-Page-Cache"] == "miss"
    for _attempt in range(LIMIT + 1):
        locked = send_password(client, action, "fout", page.url)
    assert locked.status_code == 429
    assert "X-Page-Cache" not in locked  # POST: the page cache never looks at it
    assert not client.cookies.get("sessionid")
    cached = client.get(home)
    assert cached["X-Page-Cache"] == "hit"
    assert "Te veel foute wachtwoorden" not in cached.content.decode()


# --- a password-protected document ------------------------------------------------------------
@pytest.fixture
def private_document(locales):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Voor de buurtraad")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password=SHARED
    )
    document = get_document_model()(title="Notulen", collection=collection)
    document.file.save("notulen.txt", ContentFile(b"vertrouwelijke notulen"), save=True)
    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    return document, action


def test_document_password_locks_the_address(client, private_document):
    document, action = private_document
    assert b"vertrouwelijke" not in client.get(document.url).content  # the password form
    for _attempt in range(LIMIT - 1):
        assert send_password(client, action, "fout", document.url).status_code == 200
    assert_locked_out(send_password(client, action, "fout", document.url), "Te veel")
    assert send_password(client, action, SHARED, document.url).status_code == 429
    refused = client.get(document.url)
    assert refused.status_code == 200
    assert b"vertrouwelijke" not in refused.content
    # Another address may still try.
    assert send_password(client, action, SHARED, document.url, ELSEWHERE).status_code == 302


def test_document_password_works_after_axes_reset(client, private_document):
    document, action = private_document
    for _attempt in range(LIMIT):
        send_password(client, action, "fout", document.url)
    call_command("axes_reset")
    assert send_password(client, action, SHARED, document.url).status_code == 302
    served = client.get(document.url)
    assert b"".join(served.streaming_content) == b"vertrouwelijke notulen"


# --- unlocking in the admin -------------------------------------------------------------------
def test_an_editor_with_the_permission_sees_and_unlocks_in_the_admin(
    client, editor, django_user_model
):
    from django.contrib.auth.models import Group, Permission

    for _attempt in range(LIMIT):
        admin_login(client, "fout")
    unlocker = django_user_model.objects.create_user("beheer", password="x")
    group = Group.objects.create(name="Beheer")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_failedsignin"),
        Permission.objects.get(codename="delete_failedsignin"),
    )
    unlocker.groups.add(group)
    other = client_class_for(client)
    other.force_login(unlocker)
    listing = other.get(reverse("failed_sign_ins:index"), HTTP_ACCEPT_LANGUAGE="nl")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "redactie" in html
    assert HERE in html
    assert "Mislukte inlogpogingen" in html
    attempt = AccessAttempt.objects.get()
    # Never edited by hand, not even by someone with every permission.
    editor_client = client_class_for(client)
    editor_client.force_login(editor)
    edit = editor_client.get(reverse("failed_sign_ins:edit", args=[attempt.pk]))
    assert edit.status_code == 302
    assert edit["Location"] == reverse("wagtailadmin_home")  # Wagtail's "no permission"
    deleted = other.post(reverse("failed_sign_ins:delete", args=[attempt.pk]))
    assert deleted.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert admin_login(client, PASSWORD).status_code == 302


def test_editors_without_the_permission_do_not_see_failed_sign_ins(client, django_user_model):
    from django.contrib.auth.models import Group, Permission

    plain = django_user_model.objects.create_user("schrijver", password="x")
    group = Group.objects.create(name="Schrijvers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    plain.groups.add(group)
    client.force_login(plain)
    response = client.get(reverse("failed_sign_ins:index"))
    assert response.status_code == 302  # Wagtail's "no permission" redirect
    assert "failed_sign_ins" not in client.get(reverse("wagtailadmin_home")).content.decode()


def client_class_for(client):
    return type(client)()
