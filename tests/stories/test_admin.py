import re

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import GroupPagePermission, WorkflowPage

import pytest

from core.editorial import EDITORS, STORYTELLERS, setup_editorial
from stories.factories import StorySubmissionFactory
from stories.models import StoryPage, StorySubmission

pytestmark = pytest.mark.django_db


def test_make_draft_story(story_indexes, admin_user):
    submission = StorySubmissionFactory(name="Kees <b>", about="Onze moestuin\nTwaalf <buren>.")
    story = submission.make_draft_story(user=admin_user)
    assert isinstance(story, StoryPage)
    assert not story.live
    assert story.get_parent().pk == story_indexes["nl"].pk
    # A working title and a neutral slug, never the resident's first sentence.
    assert story.title == "Verhaal van Kees (concept)"
    assert story.slug == f"verhaal-{submission.pk}"
    assert story.owner == admin_user
    assert "Twaalf &lt;buren&gt;." in str(story.body[0].value)
    assert story.latest_revision is not None
    submission.refresh_from_db()
    assert submission.story_id == story.pk
    # A second time gives the same draft, not a new page.
    assert submission.make_draft_story(user=admin_user).pk == story.pk
    assert StoryPage.objects.count() == 1


def test_make_draft_story_in_the_submissions_language(story_indexes, locales, admin_user):
    submission = StorySubmissionFactory(locale=locales["en"], about="Our homework club story.")
    story = submission.make_draft_story(user=admin_user)
    assert story.locale == locales["en"]
    assert story.get_parent().pk == story_indexes["en"].pk
    assert story.title.endswith("(draft)")
    assert story.slug == f"story-{submission.pk}"


def test_publishing_the_story_marks_the_submission_published(story_indexes, admin_user):
    submission = StorySubmissionFactory(about="Elke dinsdag kook ik voor de buren.")
    story = submission.make_draft_story(user=admin_user)
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.NEW
    story.lede = "Een lede."
    story.save_revision(user=admin_user).publish()
    submission.refresh_from_db()
    assert submission.status == StorySubmission.Status.PUBLISHED


def test_admin_listing_shows_status_and_action(client, admin_user, story_indexes):
    submission = StorySubmissionFactory(status=StorySubmission.Status.CONTACTED)
    client.force_login(admin_user)
    response = client.get("/admin/stories_submission/")
    assert response.status_code == 200
    html = response.content.decode()
    assert submission.name in html
    assert "Contact opgenomen" in html
    assert f"/admin/stories_submission/{submission.pk}/make-story/" in html


def test_admin_turn_into_draft_in_one_action(client, admin_user, story_indexes):
    submission = StorySubmissionFactory()
    client.force_login(admin_user)
    url = f"/admin/stories_submission/{submission.pk}/make-story/"
    assert client.get(url).status_code == 200
    assert StoryPage.objects.count() == 0
    response = client.post(url)
    story = StoryPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{story.pk}/edit/"
    submission.refresh_from_db()
    assert submission.story == story
    # Posting again opens the same draft.
    assert client.post(url)["Location"] == f"/admin/pages/{story.pk}/edit/"
    assert StoryPage.objects.count() == 1


def test_turn_into_draft_needs_permission(client, django_user_model, story_indexes):
    submission = StorySubmissionFactory()
    user = django_user_model.objects.create_user("lezer", password="x" * 12)
    client.force_login(user)
    response = client.post(f"/admin/stories_submission/{submission.pk}/make-story/")
    assert response.status_code in (302, 403)
    assert StoryPage.objects.count() == 0


def test_editorial_groups_and_workflow(story_indexes, django_user_model, client):
    setup_editorial()
    setup_editorial()  # idempotent
    storytellers = Group.objects.get(name=STORYTELLERS)
    editors = Group.objects.get(name=EDITORS)
    index = story_indexes["nl"]
    teller_perms = set(
        GroupPagePermission.objects.filter(group=storytellers, page=index).values_list(
            "permission__codename", flat=True
        )
    )
    editor_perms = set(
        GroupPagePermission.objects.filter(group=editors, page=index).values_list(
            "permission__codename", flat=True
        )
    )
    assert "publish_page" not in teller_perms and "add_page" in teller_perms
    assert {"publish_page", "add_page", "change_page"} <= editor_perms
    workflow_page = WorkflowPage.objects.get(page=index)
    task = workflow_page.workflow.tasks.get().specific
    assert list(task.groups.all()) == [editors]
    assert WorkflowPage.objects.filter(page=story_indexes["en"]).exists()
    assert storytellers.permissions.filter(codename="change_person").exists()
    # Editors in chief can lift a lockout; storytellers cannot.
    assert {"view_failedsignin", "delete_failedsignin"} <= set(
        editors.permissions.values_list("codename", flat=True)
    )
    assert not storytellers.permissions.filter(codename__endswith="_failedsignin").exists()

    # A storyteller can write a story but not publish it.
    user = django_user_model.objects.create_user("verteller", password="x" * 12)
    user.groups.add(storytellers)
    permissions = index.permissions_for_user(user)
    assert permissions.can_add_subpage()
    assert not permissions.can_publish_subpage()
    client.force_login(user)
    assert client.get("/admin/snippets/stories/person/").status_code == 200
    assert client.get("/admin/stories_submission/").status_code == 200


def test_story_editor_warns_about_consent(client, admin_user, stories, catalogue):
    import datetime

    henk = catalogue["people"]["henk"]
    henk.consent_ends_on = datetime.date(2020, 1, 2)
    henk.save()
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{stories['school'].pk}/edit/").content.decode()
    assert "Henk" in html and "2 januari 2020" in html
    html = client.get(f"/admin/pages/{stories['coffee'].pk}/edit/").content.decode()
    assert "help-warning" not in html


def test_storyteller_submits_for_moderation_and_editors_approve(
    client, story_indexes, stories, django_user_model
):
    from wagtail.models import WorkflowState

    setup_editorial()
    story = stories["school"]
    workflow = story.get_workflow()
    assert workflow is not None and workflow.name.startswith("Verhalen en blog")

    teller = django_user_model.objects.create_user("verteller", password="x" * 12)
    teller.groups.add(Group.objects.get(name=STORYTELLERS))
    client.force_login(teller)
    html = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html

    workflow.start(story, teller)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(story.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    editor = django_user_model.objects.create_user("redacteur", password="x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(story, editor)
    actions = [name for name, *_rest in task_state.task.specific.get_actions(story, editor)]
    assert "approve" in actions
    assert task_state.task.specific.get_actions(story, teller) == []


def test_scheduled_publishing(story_indexes, admin_user):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    story = StoryPage(title="Later", slug="later", lede="Straks.", live=False)
    story_indexes["nl"].add_child(instance=story)
    story.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = story.save_revision(user=admin_user)
    revision.publish(user=admin_user)
    story.refresh_from_db()
    assert not story.live
    assert revision.approved_go_live_at is not None
    # Time passes: the scheduled moment is now behind us.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    story.refresh_from_db()
    assert story.live


def test_admin_search_of_people_places_and_submissions(client, admin_user, catalogue, locales):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for obj in [*catalogue["people"].values(), *catalogue["places"].values()]:
        backend.add(obj)
    StorySubmissionFactory(name="Kees", about="Onze moestuin achter de flat.")
    StorySubmissionFactory(name="Amina", about="Een huiswerkclub in de woonkamer.")
    client.force_login(admin_user)
    html = client.get("/admin/snippets/stories/person/?q=hen").content.decode()
    assert "Henk" in html and "Marja" not in html
    html = client.get("/admin/snippets/stories/place/?q=presik").content.decode()
    assert "Presikhaaf" in html
    html = client.get("/admin/stories_submission/?q=moestuin").content.decode()
    assert "Kees" in html and "Amina" not in html


def test_make_story_confirmation_has_a_title(client, admin_user, story_indexes):
    submission = StorySubmissionFactory()
    client.force_login(admin_user)
    response = client.get(reverse("stories_submission:make_story", args=[submission.pk]))
    assert response.status_code == 200
    title = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)
    assert not title.strip().startswith("-"), title
