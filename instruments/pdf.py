"""A small PDF writer for text documents: headings, paragraphs and bullet lists on A4 pages,
in the standard Helvetica fonts (no embedded fonts), with real, selectable text.

The demo loader uses it to make instruments that are real PDFs without a new dependency.
"""

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN = 60
NARROW = set("iljtfI.,:;'|!()[] ")
WIDE = set("mwMW@")


def _char_width(char, size):
    if char in NARROW:
        return 0.28 * size
    if char in WIDE:
        return 0.85 * size
    if char.isupper():
        return 0.68 * size
    if char.isdigit():
        return 0.56 * size
    return 0.54 * size


def text_width(text, size):
    return sum(_char_width(c, size) for c in text)


def wrap(text, size, width):
    """Split ``text`` into lines that fit ``width`` points at font ``size``."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _literal(text):
    """A PDF literal string in WinAnsi (cp1252): escaped, non-ASCII bytes as octal."""
    out = []
    for byte in text.encode("cp1252", errors="replace"):
        char = chr(byte)
        if char in "()\\":
            out.append("\\" + char)
        elif 32 <= byte < 127:
            out.append(char)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


class _Layout:
    def __init__(self, accent, footer):
        self.pages = []
        self.accent = accent
        self.footer = footer
        self.ops = None
        self.y = 0
        self.new_page()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)
        r, g, b = (c / 255 for c in self.accent)
        self.ops.append(f"{r:.3f} {g:.3f} {b:.3f} rg 0 {PAGE_HEIGHT - 18} {PAGE_WIDTH} 18 re f")
        self.y = PAGE_HEIGHT - MARGIN

    def need(self, height):
        if self.y - height < MARGIN + 20:
            self.new_page()

    def text(self, line, size, bold=False, indent=0, color=(0.1, 0.1, 0.1)):
        font = "F2" if bold else "F1"
        r, g, b = color
        self.ops.append(
            f"BT {r:.3f} {g:.3f} {b:.3f} rg /{font} {size} Tf {MARGIN + indent} {self.y:.1f} Td "
            f"{_literal(line)} Tj ET"
        )

    def block(self, text, size, bold=False, indent=0, gap=6, bullet=False, color=None):
        width = PAGE_WIDTH - 2 * MARGIN - indent - (14 if bullet else 0)
        lines = wrap(text, size, width)
        leading = size * 1.4
        for number, line in enumerate(lines):
            self.need(leading)
            self.y -= leading
            if bullet and number == 0:
                self.text("\u2022", size, indent=indent)
            kwargs = {"color": color} if color else {}
            self.text(line, size, bold=bold, indent=indent + (14 if bullet else 0), **kwargs)
        self.y -= gap

    def finish(self):
        total = len(self.pages)
        for number, ops in enumerate(self.pages, start=1):
            label = _literal(f"{self.footer}  \u00b7  {number}/{total}")
            ops.append(f"BT 0.4 0.4 0.4 rg /F1 9 Tf {MARGIN} 30 Td {label} Tj ET")


def build_pdf(
    title, sections, *, subtitle="", footer="", author="", accent=(0, 102, 94), language="nl"
):
    """A PDF document as bytes.

    ``sections`` is a list of ``(heading, items)``; an item is a paragraph string, or a list of
    strings for a bullet list.
    """
    layout = _Layout(accent, footer or title)
    r, g, b = (c / 255 for c in accent)
    layout.y -= 40
    for line in wrap(title, 26, PAGE_WIDTH - 2 * MARGIN):
        layout.y -= 32
        layout.text(line, 26, bold=True, color=(r, g, b))
    layout.y -= 10
    if subtitle:
        layout.block(subtitle, 14, gap=18, color=(0.25, 0.25, 0.25))
    for heading, items in sections:
        layout.need(60)
        layout.y -= 10
        layout.block(heading, 15, bold=True, gap=4, color=(r, g, b))
        for item in items:
            if isinstance(item, list | tuple):
                for bullet in item:
                    layout.block(bullet, 11, bullet=True, gap=2)
                layout.y -= 4
            else:
                layout.block(item, 11)
    layout.finish()
    return _serialise(layout.pages, title, author, language)


def _serialise(pages, title, author, language):
    objects = {}
    page_ids = []
    next_id = 6
    for ops in pages:
        content = "\n".join(ops).encode("latin-1")
        content_id, page_id = next_id, next_id + 1
        next_id += 2
        objects[content_id] = (
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"
        )
        objects[page_id] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {content_id} 0 R >>"
        ).encode()
        page_ids.append(page_id)
    objects[1] = f"<< /Type /Catalog /Pages 2 0 R /Lang {_literal(language)} >>".encode()
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects[2] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    for number, name in ((3, "Helvetica"), (4, "Helvetica-Bold")):
        objects[number] = (
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>"
        ).encode()
    objects[5] = (
        f"<< /Title {_literal(title)} /Author {_literal(author)} /Creator (Wijkbedrijf) >>"
    ).encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += f"{offsets[number]:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {size} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
