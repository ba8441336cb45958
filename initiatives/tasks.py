"""Background work of this section, through Django's task framework (django-tasks): the
worker sends the mails, so a slow mail server never holds up a resident's request."""

from django_tasks import task

from . import emails


@task()
def notify_contact_of_match(response_id):
    """Tell the opening's contact person that an offer of help was matched to their opening."""
    from .models import Response

    response = Response.objects.select_related("opening").filter(pk=response_id).first()
    if response is None:  # erased in the meantime
        return False
    return emails.notify_contact(response)


@task()
def remind_offers(email, offer_ids, language):
    """Remind the community builder of offers of help still new after the follow-up time."""
    from .models import HelpOffer

    offers = list(HelpOffer.objects.filter(pk__in=offer_ids))
    return emails.remind_offers(email, offers, language) if offers else False
