"""The per-visitor values of a public form, and how a page with a form can still be cached.

A guarded form (``core.abuse``) carries two values that belong to one visitor: the CSRF token
and the abuse guard's signed token (render time, a random submission key, the form and target
it was issued for; ``sign_token``/``read_token``). A page holding them must never be shared.

The page cache (``core.page_cache``) renders an anonymous page inside ``placeholders()``: the
form's token field and ``{% form_csrf_token %}`` (``core/templatetags/form_tags.py``) then write
a fixed marker instead of a value, and note which form (target) each marker stands for.
``make_entry`` cuts the rendered page at the markers into a cache entry that holds nothing
personal (no token, no cookie). ``personalise`` fills every marker with fresh values for the
request at hand, on the first request as on every hit: a new masked CSRF token from
``get_token(request)`` (with the CSRF cookie, set as Django's middleware sets it), and a new
signed token per form with the time of *this* response (so ``FORM_MIN_SECONDS`` counts from
when the visitor got the page) and a new submission key. Such a response is sent with
``Cache-Control: private, no-store``: it holds a token.

A gzip entry keeps each piece between the markers compressed on its own (ending on a byte
boundary, ``Z_SYNC_FLUSH``); a response then is those pieces with the values in between as
uncompressed ("stored") deflate blocks, and a CRC-32 over the whole: no compression work per
request. (The values are not compressed together with the page, so they cannot leak through
the compressed length either.)
"""

import contextvars
import gzip
import re
import struct
import time
import uuid
import zlib
from contextlib import contextmanager

from django.core import signing
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.html import escape

_SIGNER_SALT = "core.abuse.form-token"
# Letters and digits only: a marker survives HTML escaping and cannot be mistaken for markup.
_MARK = "wbpc7f3a9e"
CSRF_MARKER = f"{_MARK}csrf{_MARK}"
_MARKER_RE = re.compile(rf"{_MARK}(csrf|g\d+){_MARK}".encode())
# Headers that describe one response, not the page.
_PER_RESPONSE = {"cache-control", "expires", "content-length", "etag", "last-modified"}
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # deflate, no mtime, no name
_CSRF = CsrfViewMiddleware(lambda request: None)


# --- the form token ---------------------------------------------------------------------------
def sign_token(target, now=None, key=None):
    """A signed form token: render time, submission key and the form/target it belongs to."""
    now = int(time.time() if now is None else now)
    key = uuid.UUID(str(key)) if key else uuid.uuid4()
    return signing.Signer(salt=_SIGNER_SALT).sign(f"{now}:{key.hex}:{target}")


def read_token(value):
    """(rendered, key, target) from a token, or None when it is missing, forged or malformed."""
    try:
        rendered, key, target = signing.Signer(salt=_SIGNER_SALT).unsign(value or "").split(":", 2)
        return int(rendered), uuid.UUID(hex=key), target
    except (signing.BadSignature, ValueError):
        return None


# --- placeholders while rendering for the shared cache ---------------------------------------
class Placeholders:
    """What one render for the cache put in instead of per-visitor values."""

    def __init__(self):
        self.targets = []  # marker gN stands for a form token for targets[N]
        self.csrf = False

    @property
    def used(self):
        return self.csrf or bool(self.targets)


_current = contextvars.ContextVar("form_token_placeholders", default=None)


@contextmanager
def placeholders():
    """Render inside this to get markers instead of tokens (yields the ``Placeholders``)."""
    state = Placeholders()
    reset = _current.set(state)
    try:
        yield state
    finally:
        _current.reset(reset)


def rendering_for_cache():
    return _current.get() is not None


def form_token(target):
    """The value of a guarded form's token field: a marker when rendering for the cache."""
    state = _current.get()
    if state is None:
        return sign_token(target)
    state.targets.append(target)
    return f"{_MARK}g{len(state.targets) - 1}{_MARK}"


def csrf_marker():
    """The CSRF marker when rendering for the cache, else None (use the real token)."""
    state = _current.get()
    if state is None:
        return None
    state.csrf = True
    return CSRF_MARKER


# --- cache entries ----------------------------------------------------------------------------
def make_entry(response, state):
    """A cache entry for a page rendered inside ``placeholders()``: its status, its headers
    (none that belong to one response; cookies are never among them), the pieces of the page
    between the markers and what each marker stands for (None: the CSRF token, else the
    form's target). Gzip entries also hold each piece compressed on its own."""
    compressed = response.get("Content-Encoding") == "gzip"
    content = gzip.decompress(response.content) if compressed else response.content
    pieces, slots = [], []
    start = 0
    for match in _MARKER_RE.finditer(content):
        name = match.group(1).decode()
        if name != "csrf" and int(name[1:]) >= len(state.targets):
            continue  # looks like a marker but was not written by this render: plain text
        pieces.append(content[start : match.start()])
        slots.append(None if name == "csrf" else state.targets[int(name[1:])])
        start = match.end()
    pieces.append(content[start:])
    headers = [(k, v) for k, v in response.items() if k.lower() not in _PER_RESPONSE]
    return {
        "status": response.status_code,
        "headers": headers,
        "pieces": pieces,
        "slots": slots,
        "deflated": _deflate_pieces(pieces) if compressed else None,
    }


def _deflate_pieces(pieces):
    last = len(pieces) - 1
    deflated = []
    for index, piece in enumerate(pieces):
        compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        end = zlib.Z_FINISH if index == last else zlib.Z_SYNC_FLUSH
        deflated.append(compressor.compress(piece) + compressor.flush(end))
    return deflated


def _stored_block(data):
    """``data`` as uncompressed, non-final deflate blocks (at a byte boundary)."""
    blocks = []
    for start in range(0, len(data), 0xFFFF):
        chunk = data[start : start + 0xFFFF]
        blocks.append(b"\x00" + struct.pack("<HH", len(chunk), len(chunk) ^ 0xFFFF) + chunk)
    return b"".join(blocks)


def personalise(request, entry, response):
    """Fill ``response`` (with the entry's headers already) with the page and fresh values for
    this request; sets the CSRF cookie when the page has a CSRF token."""
    csrf = None
    values = []
    for target in entry["slots"]:
        if target is None:
            if csrf is None:
                if "CSRF_COOKIE" not in request.META:
                    _CSRF.process_request(request)  # the visitor's own secret, if any
                csrf = get_token(request).encode()
            values.append(csrf)
        else:
            values.append(escape(sign_token(target)).encode())
    pieces = entry["pieces"]
    deflated = entry["deflated"]
    if deflated is None:
        body = [pieces[0]]
        for value, piece in zip(values, pieces[1:], strict=True):
            body += (value, piece)
    else:
        crc = zlib.crc32(pieces[0])
        size = len(pieces[0])
        body = [_GZIP_HEADER, deflated[0]]
        for value, piece, packed in zip(values, pieces[1:], deflated[1:], strict=True):
            body += (_stored_block(value), packed)
            crc = zlib.crc32(piece, zlib.crc32(value, crc))
            size += len(value) + len(piece)
        body.append(struct.pack("<II", crc, size & 0xFFFFFFFF))
    content = b"".join(body)
    response.content = b"" if request.method == "HEAD" else content
    response["Content-Length"] = str(len(content))
    for name in ("ETag", "Last-Modified"):
        response.headers.pop(name, None)
    if csrf is not None:
        _CSRF.process_response(request, response)  # the cookie, and Vary: Cookie
    return response
