from django import template

from instruments.structured_data import instrument_json_ld as build_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def citation(context, page):
    return page.citation(context.get("request"))


@register.simple_tag(takes_context=True)
def instrument_json_ld(context, page):
    return build_json_ld(page, context.get("request"), downloads=context.get("downloads"))
