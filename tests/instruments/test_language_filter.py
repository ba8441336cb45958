"""The library's language filter offers only the languages instruments exist in."""

import pytest

pytestmark = pytest.mark.django_db


def test_language_filter_lists_only_used_languages(client, index, make_instrument):
    make_instrument(files=(("nl", "1.0"), ("en", "1.0")))
    html = client.get(index.url).content.decode()
    assert '<option value="nl">' in html
    assert '<option value="en">' in html
    assert '<option value="ar">' not in html
    assert '<option value="tr">' not in html
