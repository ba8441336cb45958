"""Helpers for spreadsheet exports of data typed by the public."""


def safe_cell(value):
    """Spreadsheet programs run cells that start with = + - @ (or a tab or return) as formulas.
    Prefix those with an apostrophe: answers and messages are typed by the public."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
