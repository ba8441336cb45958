"""Brute-force protection for every password the site asks for, with django-axes.

* **The admin login** (Wagtail's, and Django's at ``/django-admin/``) goes through Django's
  ``authenticate()``: axes' backend (first in ``AUTHENTICATION_BACKENDS``) refuses a user name
  that is locked out at this address, and its signal handlers count every failure. After
  ``AXES_FAILURE_LIMIT`` wrong passwords for one user name from one address, that combination
  waits ``AXES_COOLOFF_TIME`` (even with the right password); a successful login resets the
  count (``AXES_RESET_ON_SUCCESS``), so one typo never adds up over the day.
* **The shared passwords of private pages and documents** (Wagtail's
  ``PasswordViewRestrictionForm`` in ``wagtail.views.authenticate_with_password`` and
  ``wagtail.documents.views.serve.authenticate_with_password``) never call ``authenticate()``,
  so axes would not see them. ``PasswordFormThrottleMiddleware`` wraps these two views (found by URL
  name, so it follows Wagtail's URLs): before the view runs it asks axes' handler API
  (``AxesProxyHandler.is_allowed``) whether this address may try, and after a wrong password
  (the view answers with the form again instead of a redirect) it reports the failure to the
  same handler (``AxesProxyHandler.user_login_failed``) with no user name. These attempts are
  stored like admin failures, with an empty user name, so they are counted per address, apart
  from any admin user name, and ``manage.py axes_reset_ip`` unlocks both. We call the handler
  rather than send Django's ``user_login_failed`` signal: a shared page password is not a
  user's login, and nothing else listening to that signal should take it for one.

Both kinds of lockout become ``lockout_response``: status 429 with ``Retry-After``, never
cached (``Cache-Control: private, no-store``), in the admin's look for the admin login and in
the site's own look for the public password forms. The client address is the one the form
rate limit uses (``core.abuse.client_address``, ``TRUSTED_PROXY_COUNT``), so both agree.
"""

import ipaddress
import math

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import formats, timezone

from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off, get_credentials

from core.abuse import client_address
from core.caching import make_private
from core.middleware import is_admin_path

PASSWORD_FORM_VIEWS = frozenset(
    {"wagtailcore_authenticate_with_password", "wagtaildocs_authenticate_with_password"}
)
_PASSED = (301, 302, 303)  # Wagtail redirects to the page or document once the password is right


def client_ip(request):
    """``AXES_CLIENT_IP_CALLABLE``: the rate limit's client address, or None when it is not an
    IP address (a forged X-Forwarded-For entry; PostgreSQL's ``inet`` column would refuse it)."""
    address = client_address(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def lockout_response(request, original_response=None, credentials=None):
    """``AXES_LOCKOUT_CALLABLE``: a translated page saying until when this client must wait."""
    cool_off = get_cool_off(request)
    started = getattr(request, "axes_attempt_time", None) or timezone.now()
    until = timezone.localtime(started + cool_off)
    shown = formats.time_format(until, "H:i")
    if until.date() != timezone.localdate():
        shown = f"{formats.date_format(until, 'j F')} {shown}"
    context = {
        "retry_time": shown,
        "minutes": max(1, math.ceil(cool_off.total_seconds() / 60)),
    }
    admin = is_admin_path(request.path_info)
    template = "core/admin_locked_out.html" if admin else "core/locked_out.html"
    response = render(request, template, context, status=settings.AXES_HTTP_RESPONSE_CODE)
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return make_private(response)


class PasswordFormThrottleMiddleware:
    """Axes' protection for the shared-password forms of pages and documents (see the module
    docstring). Like axes' backend it only flags a lockout on the request
    (``axes_locked_out``); ``axes.middleware.AxesMiddleware``, after it in ``MIDDLEWARE``,
    turns that into ``lockout_response`` for both."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            not settings.AXES_ENABLED
            or request.method != "POST"
            or match is None
            or match.url_name not in PASSWORD_FORM_VIEWS
        ):
            return None
        credentials = get_credentials(None)  # no user name: counted per address
        if not AxesProxyHandler.is_allowed(request, credentials):
            # Locked out: the view never sees the password, right or wrong. Counted like an
            # admin login during a lockout (the wait starts again).
            AxesProxyHandler.user_login_failed(
                sender=type(self), credentials=credentials, request=request
            )
            request.axes_locked_out = True
            return HttpResponse(status=settings.AXES_HTTP_RESPONSE_CODE)  # AxesMiddleware
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code in _PASSED:
            reset = getattr(AxesProxyHandler.get_implementation(), "reset_user_attempts", None)
            if reset is not None:
                reset(request, credentials)
        else:
            AxesProxyHandler.user_login_failed(
                sender=type(self), credentials=credentials, request=request
            )
        return response
