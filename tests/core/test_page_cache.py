"""The full-page cache: anonymous pages from the shared cache, invalidated on every change that
shows, never shared for what is personal."""

import gzip
import re
from html import unescape
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

import pytest

from core import abuse, form_tokens, page_cache
from core.factories import ThemeFactory
from core.form_tokens import read_token
from core.models import SiteSettings
from initiatives.factories import (
    InitiativeIndexPageFactory,
    InitiativePageFactory,
    OpeningPageFactory,
)
from initiatives.models import Response
from instruments.factories import InstrumentIndexPageFactory, InstrumentPageFactory
from pages.factories import ContactPageFactory, FormFieldFactory, StandardPageFactory
from stories.factories import StoryIndexPageFactory, StorySubmissionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    return settings


@pytest.fixture
def standard(home_pages):
    return StandardPageFactory(parent=home_pages["nl"], slug="over-ons", title="Over ons")


def edit_and_publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_second_anonymous_request_is_a_hit_with_public_headers(client, cache_on, standard):
    first = client.get(standard.url)
    second = client.get(standard.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    control = second["Cache-Control"]
    assert "public" in control
    assert "max-age=60" in control
    assert "s-maxage=300" in control
    assert "stale-while-revalidate=60" in control
    assert not second.cookies
    assert "Set-Cookie" not in second


def test_head_is_served_from_the_cache_without_a_body(client, cache_on, standard):
    client.get(standard.url)
    response = client.head(standard.url)
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""


def test_gzip_and_plain_are_stored_apart(client, cache_on, standard):
    plain = client.get(standard.url)
    zipped = client.get(standard.url, HTTP_ACCEPT_ENCODING="gzip")
    assert plain["X-Page-Cache"] == "miss"
    assert zipped["X-Page-Cache"] == "miss"
    assert zipped["Content-Encoding"] == "gzip"
    assert client.get(standard.url, HTTP_ACCEPT_ENCODING="gzip")["X-Page-Cache"] == "hit"


def test_publishing_makes_the_change_visible_at_once(
    client, cache_on, standard, django_capture_on_commit_callbacks
):
    client.get(standard.url)
    assert b"Nieuwe titel" not in client.get(standard.url).content
    with django_capture_on_commit_callbacks(execute=True):
        edit_and_publish(standard, title="Nieuwe titel")
    response = client.get(standard.url)
    assert response["X-Page-Cache"] == "miss"
    assert b"Nieuwe titel" in response.content


def test_unpublishing_and_deleting_invalidate(
    client, cache_on, home_pages, standard, django_capture_on_commit_callbacks
):
    other = StandardPageFactory(parent=home_pages["nl"], slug="weg", title="Weg")
    client.get(other.url)
    assert client.get(other.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        other.unpublish()
    assert client.get("/nl/weg/").status_code == 404
    client.get(standard.url)
    assert client.get(standard.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        other.delete()
    assert client.get(standard.url)["X-Page-Cache"] == "miss"


def test_moving_a_page_invalidates(
    client, cache_on, home_pages, standard, django_capture_on_commit_callbacks
):
    parent = StandardPageFactory(parent=home_pages["nl"], slug="ouder", title="Ouder")
    client.get(standard.url)
    with django_capture_on_commit_callbacks(execute=True):
        standard.move(parent, pos="last-child")
    old = client.get("/nl/over-ons/")
    assert old.status_code == 301  # Wagtail's automatic redirect, not the stale page
    assert old["Location"] == "/nl/ouder/over-ons/"
    assert client.get("/nl/ouder/over-ons/").status_code == 200


@pytest.mark.parametrize("change", ["theme", "site settings"])
def test_saving_a_snippet_or_setting_invalidates(
    client, cache_on, standard, locales, change, django_capture_on_commit_callbacks
):
    client.get(standard.url)
    assert client.get(standard.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        if change == "theme":
            ThemeFactory(slug="groen", name="Groen", locale=locales["nl"])
        else:
            site_settings = SiteSettings.load()
            site_settings.organisation_name = "Wijkbedrijf Nieuwe Naam"
            site_settings.save()
    response = client.get(standard.url)
    assert response["X-Page-Cache"] == "miss"
    if change == "site settings":
        assert b"Wijkbedrijf Nieuwe Naam" in response.content


def test_invalidation_reaches_both_languages(
    client, cache_on, home_pages, standard, translate, locales, django_capture_on_commit_callbacks
):
    english = translate(standard, locales["en"], title="About us", slug="about-us")
    client.get(english.url)
    assert client.get(english.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        edit_and_publish(standard, title="Over ons, opnieuw")
    assert client.get(english.url)["X-Page-Cache"] == "miss"


def test_logged_in_editors_bypass_the_cache(client, cache_on, standard):
    client.get(standard.url)
    user = get_user_model().objects.create_superuser("redactie", "r@example.org", "x")
    client.force_login(user)
    response = client.get(standard.url)
    assert response["X-Page-Cache"] == "skip"
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_the_cache_is_off_at_zero(client, settings, standard):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(standard.url)
    response = client.get(standard.url)
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_errors_and_redirects_are_not_stored(client, cache_on, standard):
    assert client.get("/nl/bestaat-niet/").status_code == 404
    assert "X-Page-Cache" not in client.get("/nl/bestaat-niet/")
    assert client.get("/").status_code == 302
    assert "X-Page-Cache" not in client.get("/")


def test_the_generation_survives_a_missing_key(cache_on):
    from django.core.cache import cache

    cache.delete(page_cache.GENERATION_KEY)
    first = page_cache.generation()
    assert first == page_cache.generation()
    assert first > 10**18  # made from the clock, so an old cache entry cannot match


def test_bumping_changes_the_generation(cache_on, django_capture_on_commit_callbacks):
    before = page_cache.generation()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        page_cache.bump_generation()
        assert page_cache.generation() == before + 1  # at once, for the rest of the transaction
    assert len(callbacks) == 1
    assert page_cache.generation() == before + 2  # and again after the commit


# --- pages with a form: cached without their per-visitor values ------------------------------
FORM_PAGES = ["contact", "story submission", "opening", "instrument"]
CSRF_RE = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)"')
TOKEN_RE = re.compile(r'name="form_rendered" value="([^"]*)"')


@pytest.fixture
def form_page(request, home_pages):
    """One page of each type with a public form, and the target its form token is bound to."""
    home = home_pages["nl"]
    kind = request.param
    if kind == "contact":
        page = ContactPageFactory(parent=home, slug="contact", title="Contact")
        FormFieldFactory(page=page, label="Naam", field_type="singleline")
        return page, "contact"
    if kind == "story submission":
        index = StoryIndexPageFactory(parent=home)
        return StorySubmissionPageFactory(parent=index), "story-submission"
    if kind == "opening":
        initiative = InitiativePageFactory(parent=InitiativeIndexPageFactory(parent=home))
        page = OpeningPageFactory(parent=initiative, slug="energiecoach", title="Energiecoach")
        return page, f"opening-response:{page.pk}"
    index = InstrumentIndexPageFactory(parent=home)
    return InstrumentPageFactory(parent=index), "instrument-question"


@pytest.fixture
def opening(home_pages):
    initiative = InitiativePageFactory(parent=InitiativeIndexPageFactory(parent=home_pages["nl"]))
    return OpeningPageFactory(parent=initiative, slug="energiecoach", title="Energiecoach")


def values(response):
    """The CSRF token, the form token and the CSRF cookie a visitor got."""
    html = response.content.decode()
    assert form_tokens.CSRF_MARKER not in html
    assert "wbpc7f3a9e" not in html  # no marker of any kind
    csrf = CSRF_RE.findall(html)
    tokens = [read_token(unescape(value)) for value in TOKEN_RE.findall(html)]
    assert len(csrf) == 1
    assert len(tokens) == 1
    assert tokens[0] is not None  # a valid signature
    return csrf[0], tokens[0], response.cookies["csrftoken"].value


def stored_entry(url, **headers):
    request = RequestFactory().get(url, **headers)
    return cache.get(page_cache.PageCacheMiddleware.key(request))


def assert_personal(response):
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("form_page", FORM_PAGES, indirect=True)
def test_a_form_page_is_cached_with_fresh_values_per_visitor(cache_on, form_page):
    page, target = form_page
    first, second = Client().get(page.url), Client().get(page.url)
    assert first.status_code == second.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    for response in (first, second):
        assert_personal(response)
    (csrf_1, token_1, cookie_1), (csrf_2, token_2, cookie_2) = values(first), values(second)
    assert csrf_1 != csrf_2
    assert cookie_1 != cookie_2
    assert token_1[1] != token_2[1]  # the submission key
    assert token_1[2] == token_2[2] == target
    # Apart from the values, both visitors got the same page.
    assert CSRF_RE.sub("", TOKEN_RE.sub("", first.content.decode())) == CSRF_RE.sub(
        "", TOKEN_RE.sub("", second.content.decode())
    )


@pytest.mark.parametrize("form_page", ["contact", "opening"], indirect=True)
def test_the_stored_form_page_holds_no_token_and_no_cookie(cache_on, form_page):
    page, target = form_page
    response = Client().get(page.url)
    csrf, token, cookie = values(response)
    entry = stored_entry(page.url)
    assert isinstance(entry, dict)
    names = {name.lower() for name, _value in entry["headers"]}
    assert "set-cookie" not in names
    assert "cache-control" not in names
    stored = b"".join(entry["pieces"]).decode()
    signed = unescape(TOKEN_RE.search(response.content.decode()).group(1))
    for personal in (csrf, cookie, token[1].hex, signed):
        assert personal not in stored
    assert 'name="csrfmiddlewaretoken" value=""' in stored
    assert 'name="form_rendered" value=""' in stored
    assert entry["slots"] == [None, target]


def test_a_gzip_client_gets_a_valid_compressed_form_page(cache_on, opening):
    first = Client().get(opening.url, HTTP_ACCEPT_ENCODING="gzip")
    second = Client().get(opening.url, HTTP_ACCEPT_ENCODING="gzip")
    plain = Client().get(opening.url)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, second):
        assert response["Content-Encoding"] == "gzip"
        assert int(response["Content-Length"]) == len(response.content)
        html = gzip.decompress(response.content)  # checks the CRC and the length too
        assert b"Energiecoach" in html
        assert b"wbpc7f3a9e" not in html
    one, two = (gzip.decompress(r.content).decode() for r in (first, second))
    assert CSRF_RE.search(one).group(1) != CSRF_RE.search(two).group(1)
    assert TOKEN_RE.search(one).group(1) != TOKEN_RE.search(two).group(1)
    assert plain["X-Page-Cache"] == "miss"  # stored apart, as every page
    assert len(plain.content) == len(gzip.decompress(second.content))


def test_head_of_a_cached_form_page_has_no_body(cache_on, opening):
    Client().get(opening.url)
    response = Client().head(opening.url)
    assert response["X-Page-Cache"] == "hit"
    assert response.content == b""
    assert_personal(response)


def test_no_two_visitors_get_the_same_values(cache_on, opening, django_capture_on_commit_callbacks):
    seen = []
    for number in range(12):
        if number == 6:  # a new generation half-way: a miss, then hits again
            with django_capture_on_commit_callbacks(execute=True):
                edit_and_publish(opening, title="Energiecoach gezocht")
        seen.append(values(Client().get(opening.url)))
    csrf, tokens, cookies = zip(*seen, strict=True)
    assert len(set(csrf)) == len(set(cookies)) == 12
    assert len({token[1] for token in tokens}) == 12


def respond(visitor, opening, page, **answers):
    csrf = CSRF_RE.search(page.content.decode()).group(1)
    token = unescape(TOKEN_RE.search(page.content.decode()).group(1))
    data = {
        "name": "Henk Jansen",
        "email": "henk@example.nl",
        "message": "Ik help graag mee met isoleren.",
        "availability": "dinsdagochtend",
        "consent": "on",
        "csrfmiddlewaretoken": csrf,
        "form_rendered": token,
        **answers,
    }
    return visitor.post(opening.url, data)


def test_a_submission_from_a_cached_page_is_stored_and_a_replay_is_not(cache_on, settings, opening):
    settings.FORM_MIN_SECONDS = 0
    Client().get(opening.url)  # stores the page
    anna, bert = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    annas_page, berts_page = anna.get(opening.url), bert.get(opening.url)
    assert annas_page["X-Page-Cache"] == berts_page["X-Page-Cache"] == "hit"

    sent = respond(anna, opening, annas_page)
    assert sent.status_code == 302
    stored = Response.objects.get()
    assert stored.submission_key == values(annas_page)[1][1]

    # Bert sends Anna's whole form (her CSRF token with his own cookie): refused.
    assert respond(bert, opening, annas_page).status_code == 403
    # Bert's own CSRF token with Anna's form token (her submission key), the same answers: a
    # repeat, not stored twice; other answers: stored under a new key, never dropped.
    berts_csrf = CSRF_RE.search(berts_page.content.decode()).group(1)
    replay = respond(bert, opening, annas_page, csrfmiddlewaretoken=berts_csrf)
    assert replay.status_code == 302
    assert Response.objects.count() == 1
    other = respond(bert, opening, annas_page, csrfmiddlewaretoken=berts_csrf, name="Bert")
    assert other.status_code == 302
    assert Response.objects.count() == 2
    assert Response.objects.get(name="Bert").submission_key != stored.submission_key


def test_a_returning_visitor_keeps_their_csrf_cookie(cache_on, settings, opening):
    settings.FORM_MIN_SECONDS = 0
    Client().get(opening.url)
    anna = Client(enforce_csrf_checks=True)
    first_tab, second_tab = anna.get(opening.url), anna.get(opening.url)
    assert first_tab["X-Page-Cache"] == second_tab["X-Page-Cache"] == "hit"
    (csrf_1, _token_1, cookie_1), (csrf_2, _token_2, cookie_2) = (
        values(first_tab),
        values(second_tab),
    )
    assert cookie_1 == cookie_2  # the same secret, renewed as Django renews it
    assert csrf_1 != csrf_2  # masked anew for every response
    assert respond(anna, opening, first_tab).status_code == 302  # the older tab still works
    assert Response.objects.count() == 1


def test_the_minimum_time_counts_from_the_visitors_copy(cache_on, settings, opening, monkeypatch):
    settings.FORM_MIN_SECONDS = 3
    clock = SimpleNamespace(time=lambda: 1_800_000_000)
    monkeypatch.setattr(form_tokens, "time", clock)
    monkeypatch.setattr(abuse, "time", clock)
    Client().get(opening.url)  # rendered and stored at 1_800_000_000
    clock.time = lambda: 1_800_000_010
    visitor = Client()
    page = visitor.get(opening.url)
    assert page["X-Page-Cache"] == "hit"
    assert values(page)[1][0] == 1_800_000_010  # the time of this response, not of the render
    clock.time = lambda: 1_800_000_011  # 11 s after the render, 1 s after the visitor's copy
    too_fast = respond(visitor, opening, page)
    assert too_fast.status_code == 400
    assert "erg snel" in too_fast.content.decode()
    assert not Response.objects.exists()
    clock.time = lambda: 1_800_000_014
    assert respond(visitor, opening, page).status_code == 302
    assert Response.objects.count() == 1


def test_a_form_page_with_errors_is_never_cached(cache_on, opening):
    refused = Client().post(opening.url, {"name": ""})
    assert refused.status_code == 400
    assert "private" in refused["Cache-Control"]
    assert "X-Page-Cache" not in refused
    fresh = Client().get(opening.url)
    assert fresh["X-Page-Cache"] == "miss"
    assert "form-field--invalid" not in fresh.content.decode()
    assert "form-field--invalid" not in Client().get(opening.url).content.decode()


def test_publishing_a_form_page_invalidates_it(
    cache_on, opening, django_capture_on_commit_callbacks
):
    Client().get(opening.url)
    assert Client().get(opening.url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        edit_and_publish(opening, title="Energiecoach gezocht")
    response = Client().get(opening.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Energiecoach gezocht" in response.content.decode()


def test_editors_get_a_form_page_rendered_for_them(client, cache_on, opening):
    Client().get(opening.url)
    user = get_user_model().objects.create_superuser("redactie", "r@example.org", "x")
    client.force_login(user)
    response = client.get(opening.url)
    assert "X-Page-Cache" not in response  # past the cache, rendered as without it
    assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))
    _csrf, token, _cookie = values(response)
    assert token[2] == f"opening-response:{opening.pk}"


def test_a_form_with_a_plain_csrf_tag_keeps_its_page_out_of_the_cache(cache_on, home_pages):
    url = reverse("initiatives:offer_help")
    for _ in range(2):
        response = Client().get(url)
        assert response["X-Page-Cache"] == "skip"
        assert_personal(response)
        values(response)  # real values, no marker left
    assert stored_entry(url) is None
