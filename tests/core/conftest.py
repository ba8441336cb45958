from tests.initiatives.conftest import form_target, response_data, tree  # noqa: F401
