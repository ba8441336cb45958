"""Bar charts as server-rendered SVG: no JavaScript, readable by screen readers (a title and
a description; the page puts the same numbers in a table beside each chart)."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .impact import SUPPRESSED, is_suppressed

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 16, 40


def _ticks(maximum):
    maximum = max(maximum, 5)  # an empty or all-suppressed chart still gets a scale
    step = 1
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        step = candidate
        if maximum / candidate <= 5:
            break
    top = ((maximum + step - 1) // step) * step
    return list(range(0, top + 1, step))


def bar_chart(chart_id, title, description, bars):
    """``bars``: [(label, raw count)]. Suppressed counts show "<5" and no bar."""
    values = [value for _label, value in bars if not is_suppressed(value)]
    ticks = _ticks(max(values or [0]))
    top = ticks[-1] or 1
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(bars), 1)
    bar_w = slot * 0.62
    parts = [
        f'<svg class="chart" id="{chart_id}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for tick in ticks:
        y = TOP + plot_h - plot_h * tick / top
        parts.append(
            f'<line class="chart__grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
            f'y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="chart__axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{tick}</text>"
        )
    for index, (label, value) in enumerate(bars):
        x = LEFT + slot * index + (slot - bar_w) / 2
        centre = x + bar_w / 2
        if is_suppressed(value):
            text, height = SUPPRESSED, 0
        else:
            text, height = str(value), plot_h * value / top
        y = TOP + plot_h - height
        if height:
            parts.append(
                f'<rect class="chart__bar" x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" '
                f'height="{height:.1f}"/>'
            )
        parts.append(
            f'<text class="chart__value" x="{centre:.1f}" y="{y - 4:.1f}" '
            f'text-anchor="middle">{escape(text)}</text>'
            f'<text class="chart__label" x="{centre:.1f}" y="{HEIGHT - BOTTOM + 16}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    parts.append(
        f'<line class="chart__baseline" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
        f'y1="{TOP + plot_h}" y2="{TOP + plot_h}"/></svg>'
    )
    return mark_safe("".join(parts))  # noqa: S308 - every text in it is escaped above
