import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "target"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("nl-NL,nl;q=0.9", "/nl/"),
        ("fr-FR,fr;q=0.9", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_root_redirects_by_browser_language(client, home_pages, accept, target):
    response = client.get("/", headers={"accept-language": accept} if accept else {})
    assert response.status_code == 302
    assert response["Location"] == target


def test_admin_and_documents_are_not_prefixed(client, home_pages):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    assert client.get("/nl/admin/").status_code == 404
    assert client.get("/documents/999999/missing.pdf").status_code == 404


def test_public_pages_send_a_strict_policy(client, home_pages):
    response = client.get("/nl/")
    csp = response["Content-Security-Policy"]
    directives = dict(
        (part.split()[0], part.split()[1:]) for part in csp.split("; ") if part.strip()
    )
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    # No page needs an inline script, so no nonce is even issued: scripts come from our origin.
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def test_admin_gets_a_policy_it_can_work_under(admin_client, home_pages):
    response = admin_client.get(f"/admin/pages/{home_pages['nl'].pk}/edit/")
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp
    assert "object-src 'none'" in csp
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_page_preview_renders_for_editors(admin_client, home_pages):
    page = home_pages["nl"]
    url = f"/admin/pages/{page.pk}/edit/preview/"
    data = {
        "title": page.title,
        "slug": page.slug,
        "hero_heading": "Voorbeeld kop",
        "body-count": "0",
    }
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Voorbeeld kop" in response.text
