"""When an opening or a story is published, the immediate alerts go out (by the worker)."""

from django.db import transaction


def page_published(sender, instance, **kwargs):
    from .alerts import subject_for_page
    from .tasks import send_alert_digests

    if subject_for_page(instance) is None:
        return
    transaction.on_commit(lambda: send_alert_digests.enqueue("immediate"))
