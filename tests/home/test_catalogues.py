from pathlib import Path

from core.catalogues import Domain, Message, check, extract_domain, update


def make_domain(tmp_path, template):
    root = tmp_path / "app"
    (root / "templates").mkdir(parents=True)
    (root / "templates" / "page.html").write_text(template)
    (root / "views.py").write_text(
        "from django.utils.translation import gettext_lazy as _, ngettext\n"
        "LABEL = _('Openings')\n"
        "def count(n):\n    return ngettext('%(n)s story', '%(n)s stories', n) % {'n': n}\n"
    )
    return Domain(root, root / "locale")


def test_extracts_templates_and_python_including_indented_lines(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    template = (
        "{% load i18n %}\n<div>\n    {% translate 'Respond' %}\n"
        "    {% blocktranslate with name=x %}Hello {{ name }}{% endblocktranslate %}\n"
        "{% translate 'May' context 'month' %}</div>\n"
    )
    domain = extract_domain(make_domain(tmp_path, template))
    assert set(domain.messages) == {
        Message("Respond"),
        Message("Hello %(name)s"),
        Message("May", context="month"),
        Message("Openings"),
        Message("%(n)s story", plural="%(n)s stories"),
    }


def test_check_reports_missing_untranslated_and_stale(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    domain = extract_domain(make_domain(tmp_path, "{% load i18n %}{% translate 'Respond' %}"))
    assert "missing" in check(domain, "nl")[0]
    po = update(domain, "nl")
    problems = check(domain, "nl")
    assert any("untranslated 'Respond'" in p for p in problems)
    for entry in po:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: "%(n)s verhaal", 1: "%(n)s verhalen"}
        else:
            entry.msgstr = {"Respond": "Reageer", "Openings": "Vacatures"}[entry.msgid]
    po_path = Path(domain.locale_dir / "nl" / "LC_MESSAGES" / "django.po")
    po.save(str(po_path))
    assert any("out of date" in p for p in check(domain, "nl"))
    update(domain, "nl")  # keeps the translations and recompiles
    assert check(domain, "nl") == []
    assert update(domain, "en").find("Respond").msgstr == "Respond"
