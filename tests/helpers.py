"""Helpers the tests of every section share."""

import json
import re

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def html_of(page_or_response):
    """The HTML text of a response (or the string itself)."""
    content = getattr(page_or_response, "content", page_or_response)
    return content.decode() if isinstance(content, bytes) else content


def json_ld(page_or_response):
    """Every JSON-LD block of a page, parsed, in document order."""
    return [json.loads(block) for block in JSON_LD.findall(html_of(page_or_response))]


def json_ld_of_type(page_or_response, schema_type):
    """The one JSON-LD block of ``schema_type`` ("Article", "JobPosting", ...)."""
    (data,) = [block for block in json_ld(page_or_response) if block.get("@type") == schema_type]
    return data
