"""Drawings for the demo instruments, with Pillow: the infographic of how the wijkbedrijf works,
and cover images of the PDF instruments. Deterministic: same input, same bytes.

Part of demo/tools/make_media.py; not imported by the site or the loader."""

import io
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

INK = (28, 36, 48)
MUTED = (84, 94, 110)
WHITE = (255, 255, 255)
PAPER = (250, 248, 243)
TEAL = (0, 102, 94)
ORANGE = (196, 84, 0)
PURPLE = (92, 61, 140)
BLUE = (22, 82, 150)
SOFT = {
    TEAL: (221, 239, 236),
    ORANGE: (251, 232, 216),
    PURPLE: (234, 226, 245),
    BLUE: (220, 232, 246),
}

_FONT_FILES = {
    False: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    True: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}


def font(size, bold=False):
    path = _FONT_FILES[bold]
    if Path(path).exists():
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _wrap(draw, text, fnt, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=fnt) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _text_block(draw, xy, text, fnt, width, fill=INK, spacing=1.3, align="left"):
    x, y = xy
    size = fnt.size
    for line in _wrap(draw, text, fnt, width):
        if align == "center":
            draw.text(
                (x + (width - draw.textlength(line, font=fnt)) / 2, y), line, font=fnt, fill=fill
            )
        else:
            draw.text((x, y), line, font=fnt, fill=fill)
        y += size * spacing
    return y


def _box(draw, rect, colour, title, body, title_size=30, body_size=22):
    x0, y0, x1, y1 = rect
    draw.rounded_rectangle(rect, radius=22, fill=SOFT[colour], outline=colour, width=4)
    y = _text_block(
        draw, (x0 + 22, y0 + 18), title, font(title_size, True), x1 - x0 - 44, fill=colour
    )
    _text_block(draw, (x0 + 22, y + 6), body, font(body_size), x1 - x0 - 44)


def _arrow(draw, start, end, colour, label="", label_offset=(0, 0), width=6):
    draw.line([start, end], fill=colour, width=width)
    (x0, y0), (x1, y1) = start, end
    angle = math.atan2(y1 - y0, x1 - x0)
    size = 22
    left = (x1 - size * math.cos(angle - 0.45), y1 - size * math.sin(angle - 0.45))
    right = (x1 - size * math.cos(angle + 0.45), y1 - size * math.sin(angle + 0.45))
    draw.polygon([end, left, right], fill=colour)
    if label:
        fnt = font(20, True)
        mx, my = (x0 + x1) / 2 + label_offset[0], (y0 + y1) / 2 + label_offset[1]
        w = draw.textlength(label, font=fnt)
        draw.rounded_rectangle(
            (mx - w / 2 - 10, my - 16, mx + w / 2 + 10, my + 16),
            radius=10,
            fill=WHITE,
            outline=colour,
            width=2,
        )
        draw.text((mx - w / 2, my - 12), label, font=fnt, fill=colour)


def infographic(t, language="nl"):
    """The infographic "Zo werkt het wijkbedrijf" as PNG bytes: roles, flows and money.

    ``t`` holds its texts in one language (``infographics`` in sources.yaml)."""
    width, height = 1600, 2000
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 190), fill=TEAL)
    draw.text((70, 42), t["title"], font=font(64, True), fill=WHITE)
    _text_block(draw, (70, 124), t["subtitle"], font(28), width - 140, fill=WHITE)

    # Residents (left) and system partners (right).
    _box(draw, (60, 260, 500, 560), ORANGE, *t["residents"])
    _box(draw, (1100, 260, 1540, 560), BLUE, *t["partners"])

    # The wijkbedrijf in the middle, with its four roles.
    core = (560, 250, 1040, 590)
    draw.ellipse(core, fill=TEAL)
    cx = (core[0] + core[2]) / 2
    y = _text_block(
        draw,
        (core[0] + 50, 300),
        t["core"][0],
        font(36, True),
        core[2] - core[0] - 100,
        fill=WHITE,
        spacing=1.15,
        align="center",
    )
    _text_block(
        draw,
        (core[0] + 70, y + 12),
        t["core"][1],
        font(24),
        core[2] - core[0] - 140,
        fill=WHITE,
        align="center",
    )

    _arrow(draw, (500, 380), (575, 380), ORANGE)
    _arrow(draw, (1100, 380), (1025, 380), BLUE)
    _arrow(draw, (575, 470), (500, 470), TEAL)
    label_font = font(22, True)
    for text, (x, y), colour in (
        (t["flows"][0], (280, 600), ORANGE),
        (t["flows"][1], (1320, 600), BLUE),
    ):
        w = draw.textlength(text, font=label_font)
        draw.text((x - w / 2, y), text, font=label_font, fill=colour)
    w = draw.textlength(t["flows"][2], font=label_font)
    draw.text((cx - w / 2, 610), t["flows"][2], font=label_font, fill=TEAL)

    # Roles, two by two.
    draw.text((60, 690), "Rollen" if language == "nl" else "Roles", font=font(40, True), fill=INK)
    for number, (name, text) in enumerate(t["roles"]):
        col, row = number % 2, number // 2
        x0 = 60 + col * 750
        y0 = 760 + row * 250
        _box(draw, (x0, y0, x0 + 730, y0 + 220), PURPLE, name, text, title_size=32, body_size=24)

    # Participation infrastructure and money.
    _arrow(draw, (cx, 1270), (cx, 1330), TEAL, width=8)
    _box(draw, (60, 1340, 1540, 1560), TEAL, *t["infra"], title_size=36, body_size=28)
    _arrow(draw, (cx, 1560), (cx, 1620), TEAL, t["flows"][3], label_offset=(260, 0), width=8)
    _box(draw, (60, 1630, 1540, 1860), ORANGE, *t["money"], title_size=36, body_size=26)

    draw.text((60, 1910), t["footer"], font=font(22), fill=MUTED)
    return _png(image)


def cover(title, subtitle, kind, colour=TEAL, motif_lines=6):
    """An A4-shaped cover image (PNG bytes) for a PDF instrument."""
    width, height = 850, 1202
    image = Image.new("RGB", (width, height), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 470), fill=colour)
    # A simple row of houses: the neighbourhood.
    base = 470
    for i in range(7):
        x = 30 + i * 115
        h = 90 + (i * 37) % 70
        draw.rectangle((x, base - h, x + 90, base), fill=SOFT.get(colour, WHITE))
        draw.polygon([(x - 8, base - h), (x + 45, base - h - 50), (x + 98, base - h)], fill=WHITE)
        draw.rectangle((x + 33, base - 44, x + 57, base), fill=colour)
    draw.text((60, 60), kind.upper(), font=font(30, True), fill=WHITE)
    y = _text_block(draw, (60, 540), title, font(58, True), width - 120, fill=colour)
    y = _text_block(draw, (60, y + 20), subtitle, font(30), width - 120, fill=INK)
    for i in range(motif_lines):
        line_y = y + 60 + i * 34
        if line_y > height - 140:
            break
        draw.rounded_rectangle(
            (60, line_y, width - 60 - (i % 3) * 120, line_y + 12), radius=6, fill=(225, 222, 214)
        )
    draw.text((60, height - 90), "Wijkbedrijf Geitenkamp · Arnhem", font=font(26, True), fill=MUTED)
    return _png(image)


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
