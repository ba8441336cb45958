"""The editorial roles and the moderation workflow of the articles (stories and blog).

* Verhalenverteller (storyteller): writes and edits stories, blog posts, people and places and
  handles story submissions; can submit pages for moderation, not publish them.
* Redactie (editors): everything the storyteller can, plus approve and publish (also scheduled:
  Wagtail's "go live" date, run by ``manage.py publish_scheduled`` from cron).

``setup_editorial()`` is idempotent; ``manage.py setup_editorial`` and ``load_demo`` call it. It
links the workflow to every article index page that exists, in every language.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
    get_page_models,
)

from core.models import ArticleIndexPage

STORYTELLERS = "Verhalenverteller"
EDITORS = "Redactie"
WORKFLOW_NAME = "Verhalen en blog: goedkeuring redactie"
TASK_NAME = "Goedkeuring door de redactie"

STORYTELLER_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
EDITOR_PAGE_PERMISSIONS = [*STORYTELLER_PAGE_PERMISSIONS, "publish_page", "unlock_page"]
SNIPPET_MODELS = [("stories", "person"), ("stories", "place")]
SUBMISSION_MODEL = ("stories", "storysubmission")
IMAGE_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "add_document"),
]


def _model_permissions(app_label, model, actions):
    content_type = ContentType.objects.get_by_natural_key(app_label, model)
    return list(
        Permission.objects.filter(
            content_type=content_type, codename__in=[f"{a}_{model}" for a in actions]
        )
    )


def _index_pages():
    """Every article index page (stories, blog, and any later article section)."""
    return [
        page
        for model in get_page_models()
        if issubclass(model, ArticleIndexPage)
        for page in model.objects.all()
    ]


@transaction.atomic
def setup_editorial():
    """Create or update the groups, their permissions and the workflow; return the groups."""
    storytellers, _ = Group.objects.get_or_create(name=STORYTELLERS)
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    root_collection = Collection.get_first_root_node()
    page_permissions = {
        p.codename: p
        for p in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=EDITOR_PAGE_PERMISSIONS
        )
    }
    for group, page_codenames in (
        (storytellers, STORYTELLER_PAGE_PERMISSIONS),
        (editors, EDITOR_PAGE_PERMISSIONS),
    ):
        group.permissions.add(admin_access)
        for app_label, model in SNIPPET_MODELS:
            group.permissions.add(
                *_model_permissions(app_label, model, ["add", "change", "delete"])
            )
        group.permissions.add(*_model_permissions(*SUBMISSION_MODEL, ["change", "view", "delete"]))
        for app_label, codename in IMAGE_PERMISSIONS:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        for page in _index_pages():
            for codename in page_codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=page_permissions[codename]
                )

    # The editors in chief can see and lift a lockout (a storyteller who mistyped their password
    # five times; core.login_throttling): view and delete the failed sign-ins.
    editors.permissions.add(*_model_permissions("core", "failedsignin", ["view", "delete"]))
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(editors)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in _index_pages():
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return storytellers, editors
