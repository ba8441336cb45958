from tests.initiatives.conftest import response_data, tree  # noqa: F401
