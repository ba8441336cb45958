import pytest

from core.factories import ThemeFactory
from instruments.factories import (
    InstrumentIndexPageFactory,
    InstrumentPageFactory,
    add_file,
)
from instruments.models import AudienceGroup


@pytest.fixture
def index(home_pages):
    return InstrumentIndexPageFactory(parent=home_pages["nl"])


@pytest.fixture
def themes(locales):
    return {
        "armoede": ThemeFactory(name="Armoede en schulden", slug="armoede-en-schulden"),
        "participatie": ThemeFactory(name="Participatie", slug="participatie"),
    }


@pytest.fixture
def make_instrument(index):
    """make_instrument(files=[("nl", "1.0")], audiences=[...], themes=[...], **fields)."""

    def _make(files=(("nl", "1.0"),), audiences=(), themes=(), tags=(), **fields):
        page = InstrumentPageFactory(parent=index, **fields)
        for number, (language, version) in enumerate(files):
            add_file(
                page,
                language=language,
                version=version,
                title=f"Bestand {language}",
                filename=f"{page.slug}-{language}-{number}.pdf",
                content=b"%PDF-1.4\n" + page.title.encode() + b"\n%%EOF\n",
            )
        if audiences:
            page.audiences.set(AudienceGroup.objects.filter(code__in=audiences))
        if themes:
            page.themes.set(themes)
        if tags:
            page.tags.set(list(tags))
        if audiences or themes or tags:
            page.save()
        return page

    return _make


@pytest.fixture
def form_target():
    return "instrument-question"
