"""Tags per language: the page type's tags move from taggit's shared Tag to core.Tag."""

import django.db.models.deletion
from django.db import migrations, models



def forwards(apps, schema_editor):
    from core.tag_migration import move_tags

    move_tags(apps, "instruments", "InstrumentPage", "InstrumentPageTag")


class Migration(migrations.Migration):

    dependencies = [
        ("instruments", "0004_plain_summary"),
        ("core", "0005_localized_tags"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.AddField(
            model_name="instrumentpagetag",
            name="new_tag",
            field=models.ForeignKey(
                null=True, on_delete=django.db.models.deletion.CASCADE, related_name="+", to="core.tag"
            ),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop, elidable=True),
    ]
