"""A filled opening says "filled" everywhere; an empty "Who we are looking for" is left out;
"Respond" on a story's Join in section lands at the form."""

import pytest

from initiatives.models import OpeningPage

pytestmark = pytest.mark.django_db


def test_filled_opening_says_filled_in_notice_and_facts(client, tree):
    opening = tree["opening"]
    opening.status = OpeningPage.Status.FILLED
    opening.skills = ""
    opening.no_experience_needed = False
    opening.suits_little_dutch = opening.suits_limited_mobility = False
    opening.save_revision().publish()
    html = client.get(opening.url).content.decode()
    assert "Deze vacature is vervuld." in html
    assert "<dd>Vervuld</dd>" in html
    assert "<dd>Gesloten</dd>" not in html
    assert 'id="wanted-heading"' not in html


def test_open_opening_has_the_form_anchor_and_its_wanted_section(client, tree):
    opening = tree["opening"]
    opening.skills = "Handig met gereedschap"
    opening.save_revision().publish()
    html = client.get(opening.url).content.decode()
    assert 'id="respond"' in html
    assert 'id="wanted-heading"' in html
    assert "<dd>Open</dd>" in html
