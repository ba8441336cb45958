from collections import defaultdict

from django.core.management.base import BaseCommand
from django.utils import timezone

from core.models import SiteSettings
from initiatives.emails import remind_contact
from initiatives.models import HelpOffer, Response
from initiatives.models.openings import FOLLOW_UP_WORKING_DAYS
from initiatives.workdays import working_days_ago


class Command(BaseCommand):
    help = (
        "Email each contact person the responses still 'new' after "
        f"{FOLLOW_UP_WORKING_DAYS} working days (once per response), and the community builder "
        "(the site settings' email address) the offers of help still 'new' after that time. "
        "Cron-ready: run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Send nothing.")

    def handle(self, *args, dry_run=False, **options):
        waiting = (
            Response.objects.filter(
                status=Response.Status.NEW,
                reminder_sent_at__isnull=True,
                created_at__lt=working_days_ago(FOLLOW_UP_WORKING_DAYS),
            )
            .select_related("opening", "opening__locale")
            .order_by("created_at")
        )
        by_contact = defaultdict(list)
        for response in waiting:
            if response.opening.contact_email:
                by_contact[response.opening.contact_email].append(response)
        sent = 0
        for email, responses in by_contact.items():
            if dry_run:
                continue
            language = responses[0].opening.locale.language_code
            if remind_contact(email, responses, language):
                Response.objects.filter(pk__in=[r.pk for r in responses]).update(
                    reminder_sent_at=timezone.now()
                )
                sent += 1
        total = sum(len(r) for r in by_contact.values())
        self.stdout.write(f"{total} response(s) waiting; {sent} reminder email(s) sent.")
        self.remind_offers(dry_run)

    def remind_offers(self, dry_run):
        from initiatives.tasks import remind_offers

        offers = list(
            HelpOffer.objects.filter(
                status=HelpOffer.Status.NEW,
                reminder_sent_at__isnull=True,
                created_at__lt=working_days_ago(FOLLOW_UP_WORKING_DAYS),
            ).order_by("created_at")
        )
        email = SiteSettings.load().email
        if offers and email and not dry_run:
            remind_offers.enqueue(email, [offer.pk for offer in offers], "nl")
            HelpOffer.objects.filter(pk__in=[o.pk for o in offers]).update(
                reminder_sent_at=timezone.now()
            )
        self.stdout.write(f"{len(offers)} offer(s) of help waiting.")
