"""Free tags per language: a Dutch page carries Dutch tags, its English translation English ones.

``Tag`` is taggit's tag with a locale (``TranslatableMixin``): names and slugs are unique per
language, and an English tag can be the translation of a Dutch one (same ``translation_key``).

* Editors type tags in the page editor as before; ``LocalizedTaggableManager`` looks names up
  and creates new tags in the page's own language only, so "wijkdata" typed on a Dutch page
  and "neighbourhood data" on its English translation never mix.
* When wagtail-localize (or ``copy_for_translation``) copies a Dutch page's tags to its English
  page, ``LocalizedTagsMixin.clean`` swaps every tag for its English translation, making a
  copy under the same name when the tag was never translated; the translator then translates
  that tag once (Snippets → Tags) and every English page that uses it follows.
* Filters, feeds, search and JSON-LD read the page's own tags, so an English index lists
  English tags only.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index


class Tag(TranslatableMixin, index.Indexed, TagBase):
    name = models.CharField(pgettext_lazy("A tag name", "name"), max_length=100)
    slug = models.SlugField(pgettext_lazy("A tag slug", "slug"), max_length=100, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="core_tag_unique_slug"),
            models.UniqueConstraint(fields=["locale", "name"], name="core_tag_unique_name"),
        ]

    def in_locale(self, locale):
        """This tag's translation in ``locale``; a copy under the same name if there is none."""
        translation = self.get_translation_or_none(locale)
        if translation is not None:
            return translation
        same_name = Tag.objects.filter(locale=locale, name__iexact=self.name).first()
        if same_name is not None:
            return same_name
        copy = self.copy_for_translation(locale)
        copy.slug = ""  # taggit makes one from the name, numbered if taken in that language
        copy.save()
        return copy


class AbstractPageTag(ItemBase):
    """The through model of a page type's tags; subclasses add ``content_object``."""

    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="%(app_label)s_%(class)s_items"
    )

    class Meta:
        abstract = True


class _LocalizedTagManager(_ClusterTaggableManager):
    def _to_tag_model_instances(self, tags, tag_kwargs):
        locale_id = getattr(self.instance, "locale_id", None) or Locale.get_default().pk
        return super()._to_tag_model_instances(tags, {**tag_kwargs, "locale_id": locale_id})


class LocalizedTaggableManager(ClusterTaggableManager):
    """``ClusterTaggableManager`` whose tags are looked up and created in the page's language."""

    def __get__(self, instance, model):
        return _LocalizedTagManager(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )


class LocalizedTagsMixin:
    """For pages with ``tags``: tags copied from another language become this language's."""

    def clean(self):
        super().clean()
        localize_tags(self)


def localize_tags(page):
    """Swap tags of another language on ``page`` for their translations (in memory)."""
    items = list(page.tagged_items.all().select_related("tag"))
    if all(item.tag.locale_id == page.locale_id for item in items):
        return
    locale = Locale.objects.get(pk=page.locale_id)
    kept, seen = [], set()
    for item in items:
        if item.tag.locale_id != page.locale_id:
            item.tag = item.tag.in_locale(locale)
        if item.tag.pk not in seen:
            seen.add(item.tag.pk)
            kept.append(item)
    page.tagged_items = kept
