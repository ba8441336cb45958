from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Translation catalogues without GNU gettext. --update extracts every translatable "
        "string, merges it into the nl and en catalogues and compiles them; --check fails when "
        "a string is missing, untranslated or the compiled file is stale."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--update", action="store_true")
        group.add_argument("--check", action="store_true")

    def handle(self, *args, **options):
        try:  # Babel and polib are development dependencies (requirements-dev.txt)
            from core.catalogues import check, domains, extract_domain, update
        except ImportError as exc:
            raise CommandError(
                f"{exc}: install requirements-dev.txt (make messages does)."
            ) from exc
        languages = [code for code, _name in settings.LANGUAGES]
        problems = []
        for domain in domains():
            extract_domain(domain)
            if not domain.messages:
                continue
            for language in languages:
                if options["update"]:
                    po = update(domain, language)
                    missing = len(po.untranslated_entries()) + len(po.fuzzy_entries())
                    self.stdout.write(
                        f"{domain.locale_dir}/{language}: {len(po)} messages, "
                        f"{missing} to translate"
                    )
                else:
                    problems += check(domain, language)
        if problems:
            for line in problems:
                self.stderr.write(line)
            raise CommandError(f"{len(problems)} catalogue problem(s); see above.")
        if options["check"]:
            self.stdout.write(self.style.SUCCESS("Catalogues are complete and compiled."))
