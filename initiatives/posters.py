"""A4 posters of open openings and initiatives, for notice boards (fpdf2 + segno).

A poster says, in the page's language: what it is, what you do, when, for whom and where, with
a QR code to the page and a phone number for people without internet. The colours are the
site's design tokens (``site/static/css/site.css``). Text uses the PDF core fonts in
Windows-1252, so no font file has to be installed on the server; the few characters outside it
become "?" (Dutch and English text never needs them).
"""

from django.utils import formats, translation
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

import segno
from fpdf import FPDF

# From site.css: --color-primary, --color-primary-dark, --color-accent, --color-accent-soft,
# --color-text, --color-bg.
PRIMARY = (0x1D, 0x5C, 0x57)
PRIMARY_DARK = (0x14, 0x3F, 0x3B)
ACCENT = (0xF2, 0xB3, 0x3D)
ACCENT_SOFT = (0xFC, 0xEF, 0xD3)
TEXT = (0x1F, 0x29, 0x28)
WHITE = (0xFF, 0xFF, 0xFF)

MARGIN = 18  # mm
WIDTH = 210 - 2 * MARGIN
FONT = "helvetica"
QR_SIZE = 52  # mm


def pdf_text(text):
    """Text the core fonts can show: Windows-1252, whitespace tidied."""
    text = " ".join(str(text or "").split())
    return text.encode("cp1252", "replace").decode("cp1252")


def plain(html, words=70):
    return Truncator(" ".join(strip_tags(html or "").split())).words(words)


class Poster(FPDF):
    def __init__(self, title, language):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(False)
        self.set_title(pdf_text(title))
        self.set_lang(language)
        self.set_creator("Wijkbedrijf")
        self.add_page()

    def band(self, height, colour):
        self.set_fill_color(*colour)
        self.rect(0, self.get_y(), 210, height, style="F")

    def heading(self, text):
        self.ln(4)
        self.set_font(FONT, "B", 17)
        self.set_text_color(*PRIMARY)
        self.multi_cell(WIDTH, 8, pdf_text(text), new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(*TEXT)

    def paragraph(self, text, size=14):
        if not text:
            return
        self.set_font(FONT, "", size)
        self.multi_cell(WIDTH, size * 0.5, pdf_text(text), new_x="LMARGIN", new_y="NEXT", align="L")

    def bullets(self, items, size=14):
        self.set_font(FONT, "", size)
        for item in items:
            self.set_x(MARGIN)
            self.cell(6, size * 0.5, pdf_text("\u2022"))
            self.multi_cell(
                WIDTH - 6, size * 0.5, pdf_text(item), new_x="LMARGIN", new_y="NEXT", align="L"
            )

    def qr_code(self, url, x, y, size):
        """The QR code as vector squares, with a link to ``url`` over it."""
        qr = segno.make(url, error="m")
        matrix = list(qr.matrix)
        cells = len(matrix) + 8  # a quiet zone of four modules on every side
        module = size / cells
        self.set_fill_color(*WHITE)
        self.rect(x, y, size, size, style="F")
        self.set_fill_color(0, 0, 0)
        for row, line in enumerate(matrix):
            col = 0
            while col < len(line):
                if line[col]:
                    start = col
                    while col < len(line) and line[col]:
                        col += 1
                    self.rect(
                        x + (start + 4) * module,
                        y + (row + 4) * module,
                        (col - start) * module,
                        module,
                        style="F",
                    )
                else:
                    col += 1
        self.link(x, y, size, size, url)


def _header(pdf, organisation, label, title):
    pdf.set_y(0)
    pdf.band(34, PRIMARY)
    pdf.set_xy(MARGIN, 10)
    pdf.set_font(FONT, "B", 15)
    pdf.set_text_color(*WHITE)
    pdf.cell(WIDTH / 2, 8, pdf_text(organisation))
    pdf.set_font(FONT, "B", 13)
    label = pdf_text(label)
    label_width = pdf.get_string_width(label) + 10
    pdf.set_fill_color(*ACCENT)
    pdf.set_text_color(*TEXT)
    pdf.set_xy(210 - MARGIN - label_width, 9)
    pdf.cell(label_width, 10, label, fill=True, align="C")
    pdf.set_xy(MARGIN, 46)
    pdf.set_font(FONT, "B", 32)
    pdf.set_text_color(*PRIMARY_DARK)
    pdf.multi_cell(WIDTH, 13, pdf_text(title), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(*TEXT)


def _footer(pdf, url, phone, contact_name, site_settings):
    """The QR code, the address of the page and the phone number, at the bottom."""
    top = 297 - MARGIN - QR_SIZE - 16
    pdf.set_y(top - 6)
    pdf.band(297 - top + 6, ACCENT_SOFT)
    pdf.qr_code(url, MARGIN, top, QR_SIZE)
    x = MARGIN + QR_SIZE + 8
    width = WIDTH - QR_SIZE - 8
    pdf.set_xy(x, top + 2)
    pdf.set_font(FONT, "B", 18)
    pdf.multi_cell(
        width, 8, pdf_text(_("Scan the code to respond")), new_x="LEFT", new_y="NEXT", align="L"
    )
    pdf.set_font(FONT, "", 11)
    pdf.multi_cell(width, 5.5, pdf_text(url), new_x="LEFT", new_y="NEXT", link=url, align="L")
    if phone:
        pdf.set_xy(x, pdf.get_y() + 3)
        pdf.set_font(FONT, "B", 16)
        pdf.multi_cell(
            width,
            8,
            pdf_text(_("No internet? Call %(phone)s") % {"phone": phone}),
            new_x="LEFT",
            new_y="NEXT",
            align="L",
        )
        if contact_name:
            pdf.set_font(FONT, "", 12)
            pdf.multi_cell(
                width,
                6,
                pdf_text(_("Ask for %(name)s") % {"name": contact_name}),
                new_x="LEFT",
                new_y="NEXT",
                align="L",
            )
    address = ", ".join(
        part
        for part in (site_settings.street_address, site_settings.postal_code, site_settings.city)
        if part
    )
    pdf.set_xy(MARGIN, 297 - MARGIN)
    pdf.set_font(FONT, "", 10)
    pdf.cell(
        WIDTH,
        5,
        pdf_text(" \u00b7 ".join(p for p in (site_settings.organisation_name, address) if p)),
    )


def opening_poster(opening, url, site_settings):
    """The PDF (bytes) of an opening's poster, in the opening's language."""
    initiative = opening.get_parent().specific
    with translation.override(opening.locale.language_code):
        pdf = Poster(opening.title, opening.locale.language_code)
        kind = _("Volunteer work") if opening.kind == opening.Kind.VOLUNTEER else _("Paid work")
        _header(pdf, site_settings.organisation_name, kind, opening.title)
        pdf.set_font(FONT, "", 13)
        pdf.multi_cell(
            WIDTH, 6, pdf_text(initiative.title), new_x="LMARGIN", new_y="NEXT", align="L"
        )

        pdf.heading(_("What you will do"))
        pdf.paragraph(plain(opening.plain_summary or opening.tasks, 45))

        when = [opening.hours_label()]
        if opening.start_date:
            when.append(_("From %(date)s") % {"date": formats.date_format(opening.start_date)})
        if opening.period:
            when.append(opening.period)
        if opening.deadline:
            when.append(
                _("Respond before %(date)s") % {"date": formats.date_format(opening.deadline)}
            )
        pdf.heading(_("When"))
        pdf.paragraph(" \u00b7 ".join(part for part in when if part))

        who = []
        if opening.no_experience_needed:
            who.append(_("No experience needed"))
        elif opening.skills:
            who.append(plain(opening.skills, 25))
        if opening.suits_little_dutch:
            who.append(_("Suits people who speak little Dutch"))
        if opening.suits_limited_mobility:
            who.append(_("Suits people with limited mobility"))
        if opening.offer_pay:
            who.append(opening.offer_pay)
        if who:
            pdf.heading(_("For whom"))
            pdf.bullets(who)

        where = opening.place or initiative.place
        if opening.from_home:
            where = f"{where} {_('or')} {_('from home')}" if where else _("From home")
        if where:
            pdf.heading(_("Where"))
            pdf.paragraph(where)

        phone = opening.contact_phone or initiative.coordinator_phone or site_settings.phone
        name = opening.contact_name if opening.contact_phone else ""
        _footer(pdf, url, phone, name, site_settings)
        return bytes(pdf.output())


def initiative_poster(initiative, url, open_openings, site_settings):
    """The PDF (bytes) of an initiative's poster: its call for help and its open openings."""
    with translation.override(initiative.locale.language_code):
        pdf = Poster(initiative.title, initiative.locale.language_code)
        _header(pdf, site_settings.organisation_name, _("Join in"), initiative.title)
        pdf.heading(_("What it is about"))
        pdf.paragraph(plain(initiative.plain_summary or initiative.call_for_help, 50))
        if open_openings:
            pdf.heading(_("We are looking for"))
            items = []
            for opening in open_openings[:5]:
                details = " \u00b7 ".join(
                    part
                    for part in (str(opening.get_kind_display()), opening.hours_label())
                    if part
                )
                items.append(f"{opening.title} ({details})")
            pdf.bullets(items)
        if initiative.place:
            pdf.heading(_("Where"))
            pdf.paragraph(initiative.place)
        if initiative.coordinator_note:
            pdf.heading(_("Come by"))
            pdf.paragraph(initiative.coordinator_note)
        phone = initiative.coordinator_phone or site_settings.phone
        name = initiative.coordinator_name if initiative.coordinator_phone else ""
        _footer(pdf, url, phone, name, site_settings)
        return bytes(pdf.output())
