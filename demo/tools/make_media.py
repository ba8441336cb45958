"""Make the files in demo/media/ from demo/tools/sources.yaml: illustrations, partner logos,
instrument covers and infographics (Pillow), and the instrument PDFs (fpdf2).

A developer tool: the files it makes are committed, so neither the site nor the loader runs it.
Run it after changing sources.yaml and commit what changed:

    python -m demo.tools.make_media            # every file
    python -m demo.tools.make_media logo-40    # only these keys or file names
"""

import sys
from pathlib import Path

import yaml

from demo.tools import illustrations, infographic, pdfs

TOOLS = Path(__file__).resolve().parent
MEDIA = TOOLS.parent / "media"
COLOURS = {
    "teal": infographic.TEAL,
    "orange": infographic.ORANGE,
    "purple": infographic.PURPLE,
    "blue": infographic.BLUE,
}


def image_bytes(spec):
    if "illustration" in spec:
        return illustrations.draw(spec["illustration"], spec["seed"])
    if "logo" in spec:
        return illustrations.draw_logo(spec["logo"], spec["seed"])
    cover = spec["cover"]
    return infographic.cover(
        cover["title"], cover["subtitle"], cover["kind"], COLOURS[cover["colour"]]
    )


def document_bytes(spec, texts):
    if "infographic" in spec:
        language = spec["infographic"]
        return infographic.infographic(texts[language], language)
    pdf = dict(spec["pdf"])
    pdf["accent"] = COLOURS[pdf["accent"]]
    return pdfs.build_pdf(pdf.pop("title"), pdf.pop("sections"), **pdf)


def main(only=()):
    sources = yaml.safe_load((TOOLS / "sources.yaml").read_text(encoding="utf-8"))
    written = 0
    for key, spec in sources["images"].items():
        if not only or key in only:
            (MEDIA / "images" / f"{key}.png").write_bytes(image_bytes(spec))
            written += 1
    for name, spec in sources["documents"].items():
        if not only or name in only:
            (MEDIA / "documents" / name).write_bytes(document_bytes(spec, sources["infographics"]))
            written += 1
    print(f"{written} files written to {MEDIA}")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
