"""Personal data of the contact pages, for export_personal_data / erase_personal_data.

A contact message is the person's own when one of its fields *is* their address or number (as
normalised in core.personal_data); it is deleted. A message of someone else that names them in
its text keeps its place, with their address or number replaced by "[gewist]".
"""

from core.personal_data import (
    matches,
    mentioning,
    mentions,
    neutralise_log_entries,
    redact,
    subject,
)


def _messages(identifier):
    """(own messages, other people's messages naming the person)."""
    from wagtail.contrib.forms.models import FormSubmission

    who = subject(identifier)
    own, others = [], []
    found = mentioning(FormSubmission.objects.select_related("page"), who, "form_data")
    for submission in found:
        values = [v for v in (submission.form_data or {}).values() if isinstance(v, str)]
        (own if matches(identifier, *values) else others).append(submission)
    return who, own, others


def _export(submission):
    return {
        "page": submission.page.title,
        "sent_at": submission.submit_time.isoformat(),
        "data": submission.form_data,
    }


class ContactMessages:
    """Messages sent through contact pages (Wagtail form submissions)."""

    label = "contact messages"

    def export(self, identifier):
        return [_export(submission) for submission in _messages(identifier)[1]]

    def erase(self, identifier):
        from wagtail.contrib.forms.models import FormSubmission

        own = _messages(identifier)[1]
        neutralise_log_entries(own)
        FormSubmission.objects.filter(pk__in=[submission.pk for submission in own]).delete()
        return len(own)


class MentionsInContactMessages:
    label = "mentions in other people's contact messages"

    def export(self, identifier):
        """Only the fields that name the person: the rest is about someone else."""
        who, _own, others = _messages(identifier)
        return [
            {
                "mentioned_in": f"contact message {submission.pk}",
                **{
                    key: value
                    for key, value in submission.form_data.items()
                    if mentions(who, value)
                },
            }
            for submission in others
        ]

    def erase(self, identifier):
        who, _own, others = _messages(identifier)
        for submission in others:
            submission.form_data = {
                key: redact(value, who) if isinstance(value, str) else value
                for key, value in submission.form_data.items()
            }
            submission.save(update_fields=["form_data"])
        return len(others)


PROVIDERS = [ContactMessages(), MentionsInContactMessages()]
