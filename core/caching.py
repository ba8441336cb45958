"""One cache-control policy for responses that must never be shared.

A page with a public form carries a signed token (render time, submission key, which form); a
shared cache in front would hand the same token to many residents. Such responses get
``Cache-Control: private, no-store`` (plus Django's never-cache headers):

* ``mark_private(request)`` from anywhere that builds such a page (the abuse guard does it for
  every guarded form), applied by ``PrivateResponseMiddleware``;
* ``@private_no_store`` on a view.

A page cache (issue 9) should skip any response ``is_private(response)`` says yes to.
"""

from functools import wraps

from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

_FLAG = "_wijkbedrijf_private_response"


def mark_private(request):
    if request is not None:
        setattr(request, _FLAG, True)


def make_private(response):
    add_never_cache_headers(response)
    patch_cache_control(response, private=True, no_store=True)
    patch_vary_headers(response, ["Cookie"])
    return response


def is_private(response):
    value = response.get("Cache-Control", "")
    return "private" in value or "no-store" in value


def private_no_store(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        return make_private(view(request, *args, **kwargs))

    return wrapped


class PrivateResponseMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, _FLAG, False):
            make_private(response)
        return response
