from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content as data files plus committed media, and the command that loads them.

    Installed in the dev and test settings only: production never carries demo content."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo content"
