"""Wagtail's database search backend, with PostgreSQL's stemming in each page's own language.

On PostgreSQL, Wagtail's backend builds every index entry and every query with one text-search
configuration (``SEARCH_CONFIG``). This one indexes each translatable object with the
configuration of its locale (``SEARCH_CONFIGS``: ``nl`` -> ``dutch``, ``en`` -> ``english``)
and searches with the configuration of the active language, so "schuld" finds a Dutch page
about "schulden". On SQLite (and MySQL) it is Wagtail's backend unchanged.

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "core.search_backend"}}
"""

import copy

from django.conf import settings
from django.db import connection
from django.utils import translation

from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

DEFAULT_CONFIGS = {"nl": "dutch", "en": "english"}


def config_for_language(language_code, default=None):
    configs = getattr(settings, "SEARCH_CONFIGS", DEFAULT_CONFIGS)
    return configs.get((language_code or "").split("-")[0], default or "simple")


def _postgres_backend_class():
    from modelsearch.backends.database.postgres import postgres

    class LocaleIndex(postgres.PostgresIndex):
        def add_items(self, model, objs):
            groups = {}
            for obj in objs:
                locale = getattr(obj, "locale", None)
                config = (
                    config_for_language(locale.language_code, self.backend.config)
                    if locale is not None
                    else self.backend.config
                )
                groups.setdefault(config, []).append(obj)
            backend = self.backend
            try:
                for config, group in groups.items():
                    # ObjectIndexer reads the configuration from the backend it is given.
                    self.backend = copy.copy(backend)
                    self.backend.config = config
                    super().add_items(model, group)
            finally:
                self.backend = backend

    class LocaleQueryCompiler(postgres.PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return config_for_language(translation.get_language(), backend.config)

    class LocaleSearchBackend(postgres.PostgresSearchBackend):
        index_class = LocaleIndex
        query_compiler_class = LocaleQueryCompiler

    return LocaleSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return DatabaseSearchBackend(params)
