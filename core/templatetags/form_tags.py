"""``{% form_csrf_token %}``: Django's ``{% csrf_token %}``, or a marker the page cache fills in
per visitor when the page is rendered for the shared cache (see ``core.form_tokens``). Use it
in every public form that can sit on a cached page."""

from django import template
from django.template.defaulttags import CsrfTokenNode
from django.utils.html import format_html

from core.form_tokens import csrf_marker

register = template.Library()


@register.simple_tag(takes_context=True)
def form_csrf_token(context):
    marker = csrf_marker()
    if marker is None:
        return CsrfTokenNode().render(context)
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', marker)
