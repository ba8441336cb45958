"""Plain-language summaries: the readability score, the shared component, the admin hint and
the report of pages without a summary."""

import pytest

from core import readability
from core.admin_views import pages_without_plain_summary
from initiatives.factories import InitiativePageFactory, OpeningPageFactory
from pages.models import StandardPage


# --- The score on known texts -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("kat", "nl", 1),
        ("buurthuis", "nl", 2),  # buur-thuis
        ("vrijwilliger", "nl", 4),  # vrij-wil-li-ger
        ("ideeën", "nl", 3),  # i-dee-ën: the dieresis starts a syllable
        ("geïnteresseerd", "nl", 5),  # ge-ïn-te-res-seerd
        ("time", "en", 1),  # silent final e
        ("neighbourhood", "en", 3),
        ("community", "en", 4),
    ],
)
def test_syllables(word, language, expected):
    assert readability.count_syllables(word, language) == expected


def test_flesch_douma_on_a_short_dutch_sentence():
    # 6 words, 1 sentence, 6 syllables: 206.835 - 0.93 * 6 - 77 * 1 = 124.255
    result = readability.measure("De kat zit op de mat.", "nl")
    assert (result.sentences, result.words, result.syllables) == (1, 6, 6)
    assert result.score == 124.3
    assert result.long_words == 0
    assert result.is_plain


def test_flesch_douma_on_two_sentences_in_html():
    # "Wij zoeken hulp. Kom je ook?": 6 words, 2 sentences, 7 syllables (zoe-ken);
    # 206.835 - 0.93 * 3 - 77 * 7 / 6 = 114.211...
    result = readability.measure("<p>Wij zoeken hulp.</p><p>Kom je <b>ook</b>?</p>", "nl")
    assert (result.sentences, result.words, result.syllables) == (2, 6, 7)
    assert result.score == 114.2


def test_paragraphs_without_full_stop_are_sentences():
    result = readability.measure("<h2>Wat we doen</h2><p>We helpen je</p>", "nl")
    assert result.sentences == 2


def test_official_dutch_is_hard_to_read():
    text = (
        "Ten behoeve van de verantwoording van de gemeentelijke subsidieverstrekking dient de "
        "aanvrager uiterlijk binnen zes weken na afronding van de activiteiten een inhoudelijk "
        "en financieel eindverslag te overleggen aan het college van burgemeester en wethouders."
    )
    result = readability.measure(text, "nl")
    assert result.sentences == 1
    assert result.words == 35
    assert result.words_per_sentence > readability.MAX_WORDS_PER_SENTENCE
    assert result.long_words >= 4  # subsidieverstrekking, activiteiten, gemeentelijke, ...
    assert result.score < 40
    assert not result.is_plain


def test_english_uses_flesch_reading_ease():
    # 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145
    assert readability.measure("The cat sat on the mat.", "en").score == 116.1


def test_empty_text_has_no_score():
    result = readability.measure("", "nl")
    assert result.score is None
    assert result.words == 0
    assert not result.is_plain


# --- On the pages -------------------------------------------------------------------------------
@pytest.mark.django_db
def test_summary_is_shown_under_its_heading_in_both_languages(client, home_pages, translate):
    page = home_pages["nl"].add_child(
        instance=StandardPage(
            title="Over ons",
            slug="over-ons",
            introduction="Het wijkbedrijf werkt aan een wijk waar iedereen meedoet.",
            plain_summary="Wij helpen mensen in de wijk.\n\nJe kunt ook zelf helpen.",
        )
    )
    english = translate(page, home_pages["en"].locale, title="About us", slug="about-us")
    english.plain_summary = "We help people in the neighbourhood."
    english.save_revision().publish()

    html = client.get(page.url).content.decode()
    assert '<h2 id="plain-summary-heading" class="plain-summary__heading">In gewone taal</h2>' in (
        html
    )
    assert "<p>Wij helpen mensen in de wijk.</p>" in html
    assert "<p>Je kunt ook zelf helpen.</p>" in html
    # At the top: before the page's body.
    assert html.index("In gewone taal") < html.index('class="streamfield"')

    html = client.get("/en/about-us/").content.decode()
    assert ">In plain words</h2>" in html
    assert "We help people in the neighbourhood." in html


@pytest.mark.django_db
def test_no_summary_no_section(client, home_pages):
    page = home_pages["nl"].add_child(instance=StandardPage(title="Privacy", slug="privacy"))
    assert b"plain-summary" not in client.get(page.url).content


@pytest.mark.django_db
def test_every_content_page_type_has_the_field():
    from wagtail.models import get_page_models

    from core.models import BasePage

    models = [m for m in get_page_models() if issubclass(m, BasePage)]
    assert len(models) >= 15
    for model in models:
        assert model._meta.get_field("plain_summary").blank
        panel_fields = [getattr(p, "field_name", None) for p in model.content_panels]
        assert "plain_summary" in panel_fields, model


@pytest.mark.django_db
def test_plain_summary_is_translatable():
    from wagtail_localize.fields import get_translatable_fields

    from initiatives.models import OpeningPage

    names = [field.field_name for field in get_translatable_fields(OpeningPage)]
    assert "plain_summary" in names


@pytest.mark.django_db
def test_page_readability_measures_summary_and_body(home_pages):
    page = StandardPage(
        title="Over ons",
        slug="over-ons",
        introduction="We zoeken hulp.",
        plain_summary="De kat zit op de mat.",
        locale=home_pages["nl"].locale,
    )
    home_pages["nl"].add_child(instance=page)
    result = page.readability()
    assert result["summary"].score == 124.3
    assert result["body"].words == 3
    assert result["body"].language == "nl"


# --- In the admin -------------------------------------------------------------------------------
@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redacteur", "r@example.nl", "x")


@pytest.mark.django_db
def test_edit_view_loads_the_hint_with_the_page_language(client, editor, home_pages):
    client.force_login(editor)
    html = client.get(f"/admin/pages/{home_pages['en'].pk}/edit/").content.decode()
    assert "core/js/readability.js" in html
    assert 'data-language="en"' in html
    assert "data-readability=" in html
    assert "Flesch-Douma-score %(n)s" in html  # the hint's words, in the editor's language


@pytest.mark.django_db
def test_report_lists_pages_without_summary(client, editor, home_pages):
    from initiatives.factories import InitiativeIndexPageFactory

    index = InitiativeIndexPageFactory(parent=home_pages["nl"], plain_summary="Alles over hulp.")
    with_summary = InitiativePageFactory(parent=index, title="Met samenvatting")
    with_summary.plain_summary = "Wij zoeken hulp."
    with_summary.save_revision().publish()
    without = OpeningPageFactory(parent=with_summary, title="Zonder samenvatting")

    missing = set(pages_without_plain_summary().values_list("pk", flat=True))
    assert without.pk in missing
    assert home_pages["nl"].pk in missing
    assert with_summary.pk not in missing
    assert index.pk not in missing
    assert 1 not in missing  # the tree's root is no content page

    client.force_login(editor)
    response = client.get("/admin/reports/plain-summary/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zonder samenvatting" in html
    assert "Met samenvatting" not in html
    export = client.get("/admin/reports/plain-summary/?export=csv")
    assert export.status_code == 200
    assert "Zonder samenvatting" in b"".join(export.streaming_content).decode()


# --- Demo content -------------------------------------------------------------------------------
@pytest.mark.django_db
def test_every_demo_page_has_a_plain_summary_in_both_languages(demo_content):
    from wagtail.models import get_page_models

    from core.models import BasePage

    assert list(pages_without_plain_summary().values_list("url_path", flat=True)) == []
    counts = {"nl": 0, "en": 0}
    for model in get_page_models():
        if issubclass(model, BasePage) and not model._meta.abstract:
            for language in counts:
                counts[language] += model.objects.filter(locale__language_code=language).count()
    assert counts["nl"] == counts["en"] > 50
