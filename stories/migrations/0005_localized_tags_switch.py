"""Tags per language, second step: the through model's ``tag`` is the per-language tag.

A migration of its own: PostgreSQL refuses to alter a table in the transaction that filled it."""

import django.db.models.deletion
from django.db import migrations, models

import core.models.tags


class Migration(migrations.Migration):

    dependencies = [
        ("stories", "0004_localized_tags"),
    ]

    operations = [
        migrations.RemoveField(model_name="storypagetag", name="tag"),
        migrations.RenameField(model_name="storypagetag", old_name="new_tag", new_name="tag"),
        migrations.AlterField(
            model_name="storypagetag",
            name="tag",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="%(app_label)s_%(class)s_items",
                to="core.tag",
            ),
        ),
        migrations.AlterField(
            model_name="storypage",
            name="tags",
            field=core.models.tags.LocalizedTaggableManager(
                blank=True,
                help_text="A comma-separated list of tags.",
                through="stories.StoryPageTag",
                to="core.Tag",
                verbose_name="tags",
            ),
        ),
    ]
