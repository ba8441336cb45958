"""Free tags belong to a language: the English blog lists English tags, the Dutch blog Dutch."""

from wagtail_localize.models import Translation, TranslationSource

import pytest

from blog.models import BlogPage
from core.models import Tag
from tests.blog.conftest import make_post

pytestmark = pytest.mark.django_db


def tag_choices(client, index):
    form = client.get(index.url).context["filter_form"]
    return [label for value, label in form.fields["tag"].choices if value]


def test_english_filter_lists_english_tags_only(client, blog_indexes, translate, locales):
    post = make_post(blog_indexes["nl"], title="Geldzorgen", tags=["geldzorgen", "schulden"])
    post_en = translate(post, locales["en"], title="Money worries", slug="money-worries")
    post_en.tags.set(["money worries", "debt"])
    post_en.save_revision().publish()

    assert tag_choices(client, blog_indexes["en"]) == ["debt", "money worries"]
    assert tag_choices(client, blog_indexes["nl"]) == ["geldzorgen", "schulden"]
    english_names = set(post_en.tags.values_list("name", flat=True))
    assert english_names == {"money worries", "debt"}
    # The tag page (the index filtered on a tag) of each language finds its own post only.
    english = client.get(blog_indexes["en"].url + "?tag=money-worries")
    assert [p.pk for p in english.context["page_obj"]] == [post_en.pk]
    dutch = client.get(blog_indexes["nl"].url + "?tag=geldzorgen")
    assert [p.pk for p in dutch.context["page_obj"]] == [post.pk]


def test_same_name_in_two_languages_stays_two_tags(blog_indexes, translate, locales):
    post = make_post(blog_indexes["nl"], title="Repair", tags=["repair café"])
    post_en = translate(post, locales["en"], title="Repair", slug="repair")
    post_en.tags.set(["repair café"])
    post_en.save_revision().publish()
    dutch, english = post.tags.get(), BlogPage.objects.get(pk=post_en.pk).tags.get()
    assert dutch.pk != english.pk
    assert (dutch.locale_id, english.locale_id) == (locales["nl"].pk, locales["en"].pk)


def test_translation_gets_the_english_equivalents_of_the_tags(
    client, blog_indexes, locales, django_capture_on_commit_callbacks
):
    en = locales["en"]
    dutch_tag = Tag.objects.create(name="geldzorgen", slug="geldzorgen", locale=locales["nl"])
    english_tag = dutch_tag.copy_for_translation(en)
    english_tag.name, english_tag.slug = "money worries", "money-worries"
    english_tag.save()
    post = make_post(blog_indexes["nl"], title="Geldzorgen", tags=["geldzorgen", "wijkdata"])

    source, _created = TranslationSource.get_or_create_from_instance(post)
    translation = Translation.objects.create(source=source, target_locale=en)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    post_en = BlogPage.objects.get(pk=post.get_translation(en).pk)
    tags = {tag.name: tag for tag in post_en.tags.all()}
    assert set(tags) == {"money worries", "wijkdata"}
    assert all(tag.locale_id == en.pk for tag in tags.values())
    # The untranslated tag became an English copy, the translation of the Dutch one.
    assert tags["wijkdata"].translation_key == post.tags.get(name="wijkdata").translation_key
    assert tag_choices(client, blog_indexes["en"]) == ["money worries", "wijkdata"]
    assert set(tag_choices(client, blog_indexes["nl"])) == {"geldzorgen", "wijkdata"}
    # The English page's keywords and revision carry the English tag.
    html = client.get(post_en.url).content.decode()
    assert "money worries" in html and "geldzorgen" not in html
    revision_tags = {item["tag"] for item in post_en.latest_revision.content["tagged_items"]}
    assert revision_tags == {tag.pk for tag in tags.values()}


def test_demo_tags_exist_in_both_languages(locales):
    from demo.loader import DemoLoader

    DemoLoader().snippet(
        {
            "model": "core.Tag",
            "match": {"slug": "wijkdata"},
            "nl": {"name": "wijkdata", "slug": "wijkdata"},
            "en": {"name": "neighbourhood data", "slug": "neighbourhood-data"},
        }
    )
    dutch = Tag.objects.get(locale=locales["nl"], slug="wijkdata")
    assert dutch.get_translation(locales["en"]).name == "neighbourhood data"


def test_untranslated_tag_copy_never_clashes_with_an_english_slug(blog_indexes, locales):
    english = Tag.objects.create(name="Wijkdata!", slug="wijkdata", locale=locales["en"])
    dutch = Tag.objects.create(name="wijkdata", slug="wijkdata", locale=locales["nl"])
    copy = dutch.in_locale(locales["en"])
    assert copy.pk not in (english.pk, dutch.pk)
    assert copy.locale_id == locales["en"].pk and copy.name == "wijkdata"
    assert copy.slug != "wijkdata" and copy.slug.startswith("wijkdata")
    assert copy.translation_key == dutch.translation_key
