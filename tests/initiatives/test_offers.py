"""Offers of help: the public form, matching in the admin, the pipeline and privacy."""

import datetime

from django.core import mail
from django.utils import timezone

import pytest

from initiatives.factories import OpeningPageFactory
from initiatives.models import HelpOffer, HelpOfferMatch, Response
from initiatives.offers import match_offer
from initiatives.personal_data import PROVIDERS
from initiatives.privacy import purge_expired_offers

pytestmark = pytest.mark.django_db

URL = "/nl/ik-wil-helpen/"


@pytest.fixture
def form_target():
    """Offer tokens are issued for the offer form (not for an opening)."""
    return "help-offer"


@pytest.fixture
def offer_data(form_token, theme):
    def _data(**overrides):
        data = {
            "skills": ["diy", "energy"],
            "skills_other": "",
            "themes": [str(theme.pk)],
            "hours": "tot-4",
            "kind": "volunteer",
            "place": "Geitenkamp",
            "languages": "Nederlands, Turks",
            "name": "Yusuf Kaya",
            "email": "yusuf@example.nl",
            "phone": "",
            "contact_preference": "bellen na 18 uur",
            "consent": "on",
            "submission_key": "5b0c1a7e-3f0e-4d47-9e6a-2b3c4d5e6f71",
            **form_token(),
        }
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return _data


def _offer(theme=None, **fields):
    values = {
        "name": "Yusuf",
        "email": "yusuf@example.nl",
        "hours": "tot-4",
        "kind": "volunteer",
        "consent_version": "v",
        "consent_given_at": timezone.now(),
        **fields,
    }
    offer = HelpOffer.objects.create(**values)
    if theme:
        offer.themes.add(theme)
    return offer


def test_offer_form_stores_once(client, tree, offer_data, theme):
    assert client.get(URL).status_code == 200
    response = client.post(URL, offer_data())
    assert response.status_code == 302
    client.post(URL, offer_data())  # sent twice: stored once
    offer = HelpOffer.objects.get()
    assert offer.skills == ["diy", "energy"]
    assert list(offer.themes.all()) == [theme]
    assert offer.consent_version and offer.language == "nl"


def test_offer_form_bad_input(client, tree, offer_data):
    response = client.post(URL, offer_data(skills=None, email="", consent=None))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Vink aan wat je kunt" in body
    assert "e-mailadres of telefoonnummer in" in body
    assert not HelpOffer.objects.exists()


def test_english_offer_form(client, home_pages):
    response = client.get("/en/offer-help/")
    assert response.status_code == 200
    assert "I want to help" in response.content.decode()


def test_fitting_offers_by_kind_and_theme(tree, theme):
    opening = OpeningPageFactory(parent=tree["initiative"], kind="volunteer", place="")
    opening.themes.add(theme)
    fits = _offer(theme)
    _offer(theme, kind="paid", email="p@example.nl")
    _offer(None, email="o@example.nl")
    _offer(theme, status="closed", email="c@example.nl")
    assert list(HelpOffer.objects.fitting(opening)) == [fits]


def test_match_makes_a_response_in_the_pipeline_and_tells_the_contact(
    tree, theme, admin_user, django_capture_on_commit_callbacks
):
    opening = OpeningPageFactory(
        parent=tree["initiative"], contact_email="contact@example.nl", title="Klusser"
    )
    offer = _offer(theme, skills=["diy"])
    with django_capture_on_commit_callbacks(execute=True):
        matches = match_offer(offer, [opening], admin_user)
    assert len(matches) == 1
    response = Response.objects.get(opening=opening)
    assert response.email == offer.email and response.status == "new"
    assert response.offer_match.offer == offer
    offer.refresh_from_db()
    assert offer.status == "matched"
    assert [m.to for m in mail.outbox] == [["contact@example.nl"]]
    # Matching again to the same opening adds nothing.
    assert match_offer(offer, [opening], admin_user) == []
    assert HelpOfferMatch.objects.count() == 1


def test_admin_match_view(client, tree, theme, admin_user, django_capture_on_commit_callbacks):
    opening = OpeningPageFactory(parent=tree["initiative"], title="Klusser")
    opening.themes.add(theme)
    opening.save_revision().publish()
    offer = _offer(theme)
    client.force_login(admin_user)
    url = f"/admin/help_offers/edit/{offer.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "★ Klusser" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"status": "new", "match_openings": [opening.pk]})
    assert response.status_code == 302
    assert Response.objects.filter(opening=opening, email=offer.email).exists()
    # The opening's edit page tells editors how many offers fit.
    edit = client.get(f"/admin/pages/{opening.pk}/edit/")
    assert "offered help that fits this opening" in edit.content.decode() or (
        "hulp aan die bij deze vacature past" in edit.content.decode()
    )


def test_offer_filters_in_admin(client, tree, theme, admin_user):
    _offer(theme, name="Anna Vrij")
    _offer(None, name="Bart Loon", kind="paid", email="b@example.nl")
    client.force_login(admin_user)
    response = client.get("/admin/help_offers/?kind=paid")
    body = response.content.decode()
    assert "Bart Loon" in body and "Anna Vrij" not in body
    response = client.get(f"/admin/help_offers/?theme={theme.translation_key}")
    body = response.content.decode()
    assert "Anna Vrij" in body and "Bart Loon" not in body


def test_offers_in_export_erase_and_retention(tree, theme):
    offer = _offer(theme)
    provider = next(p for p in PROVIDERS if p.label == "offers of help")
    assert provider.export("yusuf@example.nl")[0]["name"] == "Yusuf"
    old = timezone.now() - datetime.timedelta(days=400)
    _offer(None, email="old@example.nl", created_at=old)
    assert purge_expired_offers() == 1
    assert provider.erase("yusuf@example.nl") == 1
    assert not HelpOffer.objects.filter(pk=offer.pk).exists()
