"""Text PDFs for the demo instruments, written with fpdf2 in DejaVu Sans (embedded, so every
Dutch character and the euro sign show), or in fpdf2's core Helvetica when DejaVu is missing.

Part of demo/tools/make_media.py; not imported by the site or the loader."""

from pathlib import Path

from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
INK = (26, 26, 26)
MUTED = (64, 64, 64)
FOOTER = (102, 102, 102)


class _Document(FPDF):
    def __init__(self, accent, footer):
        super().__init__(format="A4", unit="pt")
        self.accent, self.footer_text = accent, footer
        self.set_margins(60, 60, 60)
        self.set_auto_page_break(True, margin=70)
        if (DEJAVU / "DejaVuSans.ttf").exists():
            self.add_font("body", "", DEJAVU / "DejaVuSans.ttf")
            self.add_font("body", "B", DEJAVU / "DejaVuSans-Bold.ttf")
            self.family = "body"
        else:
            self.family = "helvetica"

    def header(self):
        self.set_fill_color(*self.accent)
        self.rect(0, 0, self.w, 18, style="F")
        self.set_y(60)

    def footer(self):
        self.set_y(-45)
        self.set_font(self.family, "", 9)
        self.set_text_color(*FOOTER)
        self.cell(0, 12, f"{self.footer_text}  ·  {self.page_no()}/{{nb}}")


def build_pdf(
    title, sections, *, subtitle="", footer="", author="", accent=(0, 102, 94), language="nl"
):
    """A PDF as bytes. ``sections`` is a list of {heading, items}; an item is a paragraph, or
    a list of strings for a bullet list."""
    pdf = _Document(accent, footer or title)
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("Wijkbedrijf Geitenkamp")
    pdf.set_lang(language)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.ln(30)
    pdf.set_font(pdf.family, "B", 26)
    pdf.set_text_color(*accent)
    pdf.multi_cell(0, 32, title, new_x="LMARGIN", new_y="NEXT")
    if subtitle:
        pdf.ln(8)
        pdf.set_font(pdf.family, "", 14)
        pdf.set_text_color(*MUTED)
        pdf.multi_cell(0, 20, subtitle, new_x="LMARGIN", new_y="NEXT")
    for section in sections:
        pdf.ln(16)
        pdf.set_font(pdf.family, "B", 15)
        pdf.set_text_color(*accent)
        pdf.multi_cell(0, 21, section["heading"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font(pdf.family, "", 11)
        pdf.set_text_color(*INK)
        for item in section["items"]:
            if isinstance(item, list):
                for bullet in item:
                    pdf.cell(14, 15.4, "•")
                    pdf.multi_cell(0, 15.4, bullet, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
            else:
                pdf.multi_cell(0, 15.4, item, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(6)
    return bytes(pdf.output())
