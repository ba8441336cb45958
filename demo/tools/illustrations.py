"""Illustrations for the demo content, drawn with Pillow so the repository ships no photos.

Each motif is a simple, warm, flat scene; the same (motif, seed) always gives the same image.
Part of demo/tools/make_media.py; not imported by the site or the loader.
"""

import io
import random

from PIL import Image, ImageDraw

PALETTES = [
    ("#fbf1e1", "#1d5c57", "#f2b33d", "#d9674c", "#7fa88f", "#2c3e50"),
    ("#eef4ef", "#2f6f4f", "#f2b33d", "#c8553d", "#8cb7c9", "#24323d"),
    ("#fdf0e6", "#7a3b69", "#f4a259", "#5b8e7d", "#f4e285", "#2b2d42"),
    ("#f1f5f9", "#264653", "#e9c46a", "#e76f51", "#2a9d8f", "#1d3557"),
]


def draw(motif, seed=0, size=(1600, 1000)):
    rng = random.Random(f"{motif}-{seed}")
    bg, c1, c2, c3, c4, dark = PALETTES[rng.randrange(len(PALETTES))]
    width, height = size
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    horizon = int(height * rng.uniform(0.58, 0.7))
    # Sun or moon and soft hills.
    r = rng.randint(70, 130)
    cx = rng.randint(int(width * 0.6), int(width * 0.9))
    d.ellipse([cx - r, 120 - r // 2, cx + r, 120 + r * 2 - r // 2], fill=c2)
    for i in range(3):
        y = horizon - 60 + i * 40
        d.ellipse([-200 + i * 500, y, 900 + i * 500, y + 400], fill=[c4, c1, c4][i])
    d.rectangle([0, horizon + 80, width, height], fill=c1)
    drawer = {
        "houses": _houses,
        "people": _people,
        "leaf": _leaves,
        "school": _school,
        "repair": _repair,
        "coin": _coins,
        "care": _people,
        "map": _map,
    }.get(motif, _houses)
    drawer(d, rng, width, height, horizon, (c1, c2, c3, c4, dark, bg))
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _houses(d, rng, w, h, horizon, colours):
    c1, c2, c3, c4, dark, bg = colours
    x = 40
    while x < w - 100:
        hw = rng.randint(140, 230)
        hh = rng.randint(180, 340)
        top = horizon + 80 - hh
        colour = rng.choice([c2, c3, c4, bg])
        d.rectangle([x, top, x + hw, horizon + 80], fill=colour)
        d.polygon(
            [(x - 10, top), (x + hw // 2, top - rng.randint(60, 110)), (x + hw + 10, top)],
            fill=dark,
        )
        for wy in range(top + 30, horizon + 20, 70):
            for wx in range(x + 25, x + hw - 40, 60):
                d.rectangle([wx, wy, wx + 30, wy + 36], fill="#fff7dc")
        d.rectangle([x + hw // 2 - 20, horizon + 10, x + hw // 2 + 20, horizon + 80], fill=dark)
        x += hw + rng.randint(20, 60)
    _people(d, rng, w, h, horizon, colours, count=5)


def _people(d, rng, w, h, horizon, colours, count=9):
    c1, c2, c3, c4, dark, bg = colours
    for _i in range(count):
        px = rng.randint(60, w - 60)
        py = rng.randint(horizon + 140, h - 60)
        scale = rng.uniform(0.8, 1.4)
        body = rng.choice([c2, c3, c4, bg])
        d.rounded_rectangle(
            [px - 35 * scale, py - 120 * scale, px + 35 * scale, py],
            radius=int(30 * scale),
            fill=body,
        )
        d.ellipse([px - 24 * scale, py - 175 * scale, px + 24 * scale, py - 127 * scale], fill=dark)


def _leaves(d, rng, w, h, horizon, colours):
    c1, c2, c3, c4, dark, bg = colours
    _houses(d, rng, w, h, horizon, colours)
    for _i in range(6):
        x = rng.randint(80, w - 200)
        y = rng.randint(120, horizon - 100)
        d.rectangle([x, y, x + 160, y + 90], fill="#1f3b57")
        for k in range(1, 4):
            d.line([x + k * 40, y, x + k * 40, y + 90], fill="#8cb7c9", width=3)


def _school(d, rng, w, h, horizon, colours):
    c1, c2, c3, c4, dark, bg = colours
    left, right = int(w * 0.18), int(w * 0.82)
    top = horizon - 260
    d.rectangle([left, top, right, horizon + 80], fill=c3)
    d.rectangle([left + 40, top - 80, left + 260, top], fill=c3)
    for row in range(2):
        for col in range(9):
            x = left + 60 + col * 105
            y = top + 40 + row * 130
            d.rectangle([x, y, x + 60, y + 80], fill="#fff7dc" if rng.random() > 0.4 else dark)
    d.rectangle(
        [(left + right) // 2 - 45, horizon - 40, (left + right) // 2 + 45, horizon + 80], fill=dark
    )
    _people(d, rng, w, h, horizon, colours, count=6)


def _repair(d, rng, w, h, horizon, colours):
    c1, c2, c3, c4, dark, bg = colours
    d.rounded_rectangle([200, horizon - 40, w - 200, horizon + 40], radius=20, fill=bg)
    for i in range(5):
        x = 280 + i * 230
        d.rectangle([x, horizon - 150, x + 120, horizon - 40], fill=rng.choice([c2, c3, c4]))
        d.ellipse([x + 30, horizon - 120, x + 90, horizon - 60], fill=dark)
    _people(d, rng, w, h, horizon, colours, count=6)


def _coins(d, rng, w, h, horizon, colours):
    c1, c2, c3, c4, dark, bg = colours
    for stack in range(5):
        x = 250 + stack * 250
        n = rng.randint(3, 9)
        for k in range(n):
            y = horizon + 60 - k * 34
            d.ellipse([x, y, x + 160, y + 50], fill=c2, outline=dark, width=4)
    _people(d, rng, w, h, horizon, colours, count=4)


def _map(d, rng, w, h, horizon, colours):
    c1, c2, c3, c4, dark, bg = colours
    d.rectangle([0, 0, w, h], fill=bg)
    for _i in range(14):
        x, y = rng.randint(0, w), rng.randint(0, h)
        d.line([x, 0, x + rng.randint(-300, 300), h], fill=c4, width=rng.randint(8, 22))
        d.line([0, y, w, y + rng.randint(-200, 200)], fill=c4, width=rng.randint(8, 22))
    for _i in range(12):
        x, y = rng.randint(100, w - 100), rng.randint(100, h - 100)
        d.ellipse(
            [x - 26, y - 26, x + 26, y + 26], fill=rng.choice([c1, c2, c3]), outline=dark, width=5
        )


def draw_logo(name, seed=0, size=(480, 200)):
    """A simple wordmark for a demo partner: a coloured mark with initials, then the name."""
    from PIL import ImageFont

    rng = random.Random(f"logo-{name}-{seed}")
    _bg, c1, c2, c3, c4, dark = PALETTES[rng.randrange(len(PALETTES))]
    img = Image.new("RGB", size, "#ffffff")
    d = ImageDraw.Draw(img)
    mark = rng.choice([c1, c3, dark])
    d.rounded_rectangle([20, 40, 140, 160], radius=rng.choice([12, 30, 60]), fill=mark)
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    d.text((80, 100), initials, fill="#ffffff", anchor="mm", font=ImageFont.load_default(size=56))
    words = name.split()
    lines = [" ".join(words[: (len(words) + 1) // 2]), " ".join(words[(len(words) + 1) // 2 :])]
    lines = [line for line in lines if line] if len(name) > 14 else [name]
    font = ImageFont.load_default(size=40 if len(lines) == 1 else 34)
    top = 100 - 22 * len(lines)
    for i, line in enumerate(lines):
        d.text((165, top + i * 44), line, fill=dark, font=font)
    buffer = io.BytesIO()
    img.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
