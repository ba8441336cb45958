import datetime

from wagtail.models import Page

import pytest

from core.models import Theme
from home.models import HomePage
from instruments.factories import add_usage, add_version
from instruments.models import (
    AudienceGroup,
    InstrumentIndexPage,
    InstrumentPage,
    InstrumentVersion,
)

pytestmark = pytest.mark.django_db


def test_page_tree_rules(home_pages):
    assert InstrumentIndexPage.can_create_at(home_pages["nl"])
    from instruments.factories import InstrumentIndexPageFactory

    index = InstrumentIndexPageFactory(parent=home_pages["nl"])
    assert InstrumentPage.can_create_at(index)
    assert not InstrumentPage.can_create_at(home_pages["nl"])
    assert InstrumentPage.allowed_subpage_models() == []
    assert InstrumentIndexPage.allowed_parent_page_models() == [HomePage]
    # One library per home page.
    assert not InstrumentIndexPage.can_create_at(home_pages["nl"].specific)


def test_audiences_come_from_the_migration():
    codes = list(AudienceGroup.objects.values_list("code", flat=True))
    assert codes == [
        "municipality",
        "neighbourhood_enterprise",
        "residents",
        "partners",
        "professionals",
    ]
    assert str(AudienceGroup.objects.get(code="residents")) == "Bewoners"


def test_formats_and_languages_come_from_the_files(make_instrument):
    page = make_instrument(files=[("nl", "1.0"), ("en", "1.0"), ("nl", "1.1")])
    page = InstrumentPage.objects.get(pk=page.pk)
    assert page.formats == ["PDF"]
    assert page.languages == ["nl", "en"]
    assert page.card_meta == "Werkblad · PDF · NL, EN"
    item = page.file_list[0]
    assert item.size == len(b"%PDF-1.4\n" + page.title.encode() + b"\n%%EOF\n")
    assert item.get_download_url() == f"/nl/instrumenten/download/{item.pk}/"


def test_version_history_newest_first_and_citation(make_instrument):
    page = make_instrument(title="Werkblad talentenkaart", author="Wijkbedrijf Geitenkamp")
    add_version(page, "1.0", datetime.date(2024, 3, 1), "Eerste versie.")
    add_version(page, "2.0", datetime.date(2025, 6, 1), "Herschreven.")
    page = InstrumentPage.objects.get(pk=page.pk)
    assert [v.version for v in page.version_list] == ["2.0", "1.0"]
    assert page.current_version.version == "2.0"
    assert page.last_updated == datetime.date(2025, 6, 1)
    citation = page.citation()
    assert citation.startswith("Wijkbedrijf Geitenkamp (2025). Werkblad talentenkaart (versie 2.0)")
    assert "[werkblad]" in citation
    assert page.full_url in citation
    assert citation.endswith("Licentie: CC BY 4.0.")


@pytest.mark.parametrize(
    ("licence", "url", "short"),
    [
        ("cc-by-4.0", "https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"),
        ("cc-by-sa-4.0", "https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0"),
        ("all-rights-reserved", "", "Alle rechten voorbehouden"),
    ],
)
def test_licences_have_links_and_short_names(make_instrument, licence, url, short):
    page = make_instrument(licence=licence)
    assert page.licence_url == url
    assert str(page.licence_short) == short
    assert page.licence_explanation


def test_author_defaults_to_organisation_name(make_instrument):
    page = make_instrument()
    assert page.get_author() == "Wijkbedrijf"


def test_pages_about_finds_instruments_used_on_a_page(
    make_instrument, home_pages, translate, locales
):
    page = make_instrument()
    other = make_instrument()
    target = home_pages["nl"]
    add_usage(page, target, "Gebruikt bij de start.")
    assert list(InstrumentPage.pages_about(target)) == [page]
    # The English translation of the target finds it too (through its translation key).
    assert page in InstrumentPage.pages_about(home_pages["en"])
    assert other not in InstrumentPage.pages_about(target)
    assert [u["page"].pk for u in InstrumentPage.objects.get(pk=page.pk).usage_list()] == [
        target.pk
    ]


def test_theme_listing_and_search(make_instrument, themes, locales):
    page = make_instrument(
        title="Gids schulden",
        summary="Over geldzorgen en incasso.",
        themes=[themes["armoede"]],
        tags=["schuldhulp"],
    )
    make_instrument(title="Iets anders", themes=[themes["participatie"]])
    assert list(InstrumentPage.theme_listing_queryset(themes["armoede"], locales["nl"])) == [page]
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    backend.add(page)
    assert page in [p.specific for p in Page.objects.live().search("incasso")]
    assert page in [p.specific for p in Page.objects.live().search("schuldhulp")]


def test_translation_keeps_the_files_as_its_own_rows(make_instrument, locales, translate):
    page = make_instrument(files=[("nl", "1.0"), ("en", "1.0")])
    english = translate(page, locales["en"], title="Worksheet")
    nl_files = list(page.files.values_list("pk", "locale_id"))
    en_files = list(english.files.values_list("pk", "locale_id"))
    assert len(en_files) == 2
    assert {locale for _pk, locale in en_files} == {locales["en"].pk}
    assert not {pk for pk, _l in nl_files} & {pk for pk, _l in en_files}


def test_version_rows_get_the_locale_of_their_page(make_instrument, locales):
    page = make_instrument()
    version = InstrumentVersion(
        page=page, version="1.0", date=datetime.date(2025, 1, 1), changes="Eerste versie."
    )
    version.save()
    assert version.locale_id == locales["nl"].pk


def test_themes_fixture_is_dutch(themes):
    assert Theme.objects.count() == 2
