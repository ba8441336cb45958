"""Review fixes: admin permission, double clicks, consent on public pages, retention,
phone validation and language of defaults."""

import datetime
import io

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone, translation

from wagtail.models import GroupPagePermission

import pytest
import wagtail_factories

from core.models import SiteSettings, organisation_name
from stories.factories import PersonFactory, StorySubmissionFactory
from stories.forms import StorySubmissionForm
from stories.models import Person, StoryPage, StorySubmission
from tests.helpers import json_ld

from .conftest import make_story

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
ENDED = TODAY - datetime.timedelta(days=1)


# --- 1. Turning a submission into a story needs permission to see submissions -----------------
def test_make_story_needs_permission_to_change_submissions(
    client, django_user_model, story_indexes
):
    submission = StorySubmissionFactory()
    group = Group.objects.create(name="Story writers without submissions")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for permission in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=story_indexes["nl"],
            permission=Permission.objects.get(codename=permission),
        )
    user = django_user_model.objects.create_user("schrijver", password="x" * 12)
    user.groups.add(group)
    assert story_indexes["nl"].permissions_for_user(user).can_add_subpage()
    client.force_login(user)
    url = f"/admin/stories_submission/{submission.pk}/make-story/"
    # Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a
    # "no permission" message (a 403 for XHR requests).
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 302
        assert response["Location"] == "/admin/"
    assert client.post(url, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    assert StoryPage.objects.count() == 0
    submission.refresh_from_db()
    assert submission.story_id is None

    # With the submission permission as well, it works.
    group.permissions.add(Permission.objects.get(codename="change_storysubmission"))
    user = django_user_model.objects.get(pk=user.pk)  # no cached permissions
    client.force_login(user)
    assert client.post(url).status_code == 302
    assert StoryPage.objects.count() == 1


# --- 2. A double click makes one draft --------------------------------------------------------
def test_make_draft_story_twice_from_two_loaded_copies(story_indexes, admin_user):
    submission = StorySubmissionFactory()
    first = StorySubmission.objects.get(pk=submission.pk)
    second = StorySubmission.objects.get(pk=submission.pk)
    story_a = first.make_draft_story(user=admin_user)
    story_b = second.make_draft_story(user=admin_user)
    assert story_a.pk == story_b.pk
    assert StoryPage.objects.count() == 1
    submission.refresh_from_db()
    assert submission.story_id == story_a.pk


# --- 7. Defaults in the right language ---------------------------------------------------------
@pytest.mark.parametrize(("language", "slug"), [("nl", "verhaal"), ("en", "story")])
def test_draft_story_slug_fallback_in_the_submissions_language(
    story_indexes, locales, admin_user, language, slug
):
    submission = StorySubmissionFactory(locale=locales[language], about="!!! ??? ...\nHoi.")
    story = submission.make_draft_story(user=admin_user)
    assert story.slug == f"{slug}-{submission.pk}"  # neutral: never the resident's words


def test_organisation_name_from_site_settings_else_site_name(rf):
    settings_obj = SiteSettings.load()
    settings_obj.organisation_name = "Wijkbedrijf Geitenkamp"
    settings_obj.save()
    assert organisation_name(rf.get("/")) == "Wijkbedrijf Geitenkamp"
    assert organisation_name() == "Wijkbedrijf Geitenkamp"
    settings_obj.organisation_name = ""
    settings_obj.save()
    with override_settings(WAGTAIL_SITE_NAME="Buurtbedrijf Arnhem"):
        assert organisation_name(rf.get("/")) == "Buurtbedrijf Arnhem"
        assert organisation_name() == "Buurtbedrijf Arnhem"


# --- 4. Consent decides what is shown ---------------------------------------------------------
@pytest.mark.parametrize(
    ("given", "ends", "shown"),
    [
        (datetime.date(2025, 1, 1), None, True),
        (datetime.date(2025, 1, 1), TODAY + datetime.timedelta(days=10), True),  # ends soon
        (None, None, False),  # missing
        (datetime.date(2025, 1, 1), ENDED, False),  # ended
    ],
)
def test_story_shows_photo_and_bio_only_with_consent(client, story_indexes, given, ends, shown):
    person = PersonFactory(
        name="Fatima Yilmaz",
        slug="fatima",
        role=Person.Role.STORYTELLER,
        role_description="vrijwilliger bij het repair café",
        bio="Fatima woont al twintig jaar op de Geitenkamp.",
        photo=wagtail_factories.ImageFactory(),
        consent_given_on=given,
        consent_ends_on=ends,
    )
    story = make_story(story_indexes["nl"], title="Het verhaal van Fatima", people=[person])
    assert person.has_public_consent is shown
    html = client.get(story.url).content.decode()
    assert ("Fatima Yilmaz" in html) is shown  # consent covers being named at all
    assert ("Fatima woont al twintig jaar" in html) is shown
    assert ("vrijwilliger bij het repair café" in html) is shown
    assert ('class="person__photo"' in html) is shown
    (data,) = [d for d in json_ld(html) if d.get("@type") == "Article"]
    if shown:
        assert data["author"] == [{"@type": "Person", "name": "Fatima Yilmaz"}]
    else:  # no name without consent: the organisation is the author
        assert data["author"]["@type"] == "Organization"
    # Only people whose consent lasts are offered in the public filter.
    index = story_indexes["nl"]
    choices = index.filter_choices(index.articles())
    assert ("fatima" in dict(choices["person"])) is shown
    response = client.get(story_indexes["nl"].url + "?person=fatima")
    assert ('value="fatima"' in response.content.decode()) is shown


def test_pseudonym_without_consent_shows_only_the_pseudonym(client, story_indexes):
    person = PersonFactory(
        name="Marja",
        is_pseudonym=True,
        bio="Een geheim leven.",
        consent_given_on=None,
    )
    story = make_story(story_indexes["nl"], title="Marja", people=[person])
    html = client.get(story.url).content.decode()
    assert "Marja" in html
    assert "Een geheim leven." not in html
    assert person.public_bio == ""
    assert person.public_photo is None


# --- 5. Old submissions that became a story keep no personal details -------------------------
def test_purge_blanks_personal_details_of_kept_submissions(story_indexes, admin_user):
    old = timezone.now() - datetime.timedelta(days=400)
    with_story = StorySubmissionFactory(
        created_at=old, phone="026 123 45 67", neighbourhood="Geitenkamp", notes="Belt terug"
    )
    story = with_story.make_draft_story(user=admin_user)
    published = StorySubmissionFactory(
        created_at=old,
        status=StorySubmission.Status.PUBLISHED,
        email="amina@example.nl",
        phone="06 1234 5678",
        neighbourhood="Presikhaaf",
    )
    recent = StorySubmissionFactory(
        status=StorySubmission.Status.PUBLISHED, phone="026 765 43 21", neighbourhood="Malburgen"
    )
    out = io.StringIO()
    call_command("purge_story_submissions", stdout=out)
    assert "2 were stripped" in out.getvalue()
    for submission in (with_story, published):
        submission.refresh_from_db()
        for field in ("name", "email", "phone", "neighbourhood", "about", "notes"):
            assert getattr(submission, field) == "", field
    with_story.refresh_from_db()
    assert with_story.story_id == story.pk  # the link to the story stays
    assert published.status == StorySubmission.Status.PUBLISHED
    assert str(published).startswith("(")
    recent.refresh_from_db()
    assert (recent.email, recent.phone, recent.neighbourhood) == (
        "kees@example.nl",
        "026 765 43 21",
        "Malburgen",
    )
    # Running again changes nothing.
    out = io.StringIO()
    call_command("purge_story_submissions", stdout=out)
    assert "0 were stripped" in out.getvalue()


# --- 6. Phone numbers are checked like everywhere else ---------------------------------------
@pytest.mark.parametrize(
    ("phone", "valid"),
    [
        ("026 123 45 67", True),
        ("+31 (0)26-123.45.67", True),  # dots are fine, as in core.validators
        ("12ab", False),
        ("1234567890123456", False),  # more than 15 digits
    ],
)
def test_phone_uses_the_shared_validator(locales, phone, valid):
    form = StorySubmissionForm(
        {"name": "Kees", "phone": phone, "about": "Een verhaal over de moestuin achter de flat."}
    )
    with translation.override("en"):
        form.is_valid()
        errors = [str(e) for e in form.errors.get("phone", [])]
    assert (not errors) is valid
    if not valid:
        assert errors == [
            "Please enter a phone number we can call, like 026 123 45 67 or, from abroad, with "
            "the country code, like +49 30 1234567."
        ]
