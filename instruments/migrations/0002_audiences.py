from django.db import migrations

AUDIENCES = ["municipality", "neighbourhood_enterprise", "residents", "partners", "professionals"]


def add_audiences(apps, schema_editor):
    AudienceGroup = apps.get_model("instruments", "AudienceGroup")
    for order, code in enumerate(AUDIENCES):
        AudienceGroup.objects.update_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("instruments", "0001_initial")]

    operations = [migrations.RunPython(add_audiences, migrations.RunPython.noop)]
