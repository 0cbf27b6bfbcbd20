"""The bundled fonts (Liberation, SIL Open Font License; see resources/fonts), registered once.

Liberation Serif has the metrics of Times New Roman and Liberation Sans those of Arial, the fonts of
Indonesian official letters; bundling them means every PC prints the same pages, offline.
"""

from __future__ import annotations

from functools import lru_cache

from rutan_desk.paths import resources_dir

SERIF = "LiberationSerif"
SANS = "LiberationSans"
_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    f"{SERIF}-Bold": "LiberationSerif-Bold.ttf",
    f"{SERIF}-Italic": "LiberationSerif-Italic.ttf",
    f"{SERIF}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    f"{SANS}-Bold": "LiberationSans-Bold.ttf",
}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = resources_dir() / "fonts"
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    # <b> and <i> in paragraphs pick the right face of the family.
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, f"{SERIF}-Bold")
    addMapping(SERIF, 0, 1, f"{SERIF}-Italic")
    addMapping(SERIF, 1, 1, f"{SERIF}-BoldItalic")
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, f"{SANS}-Bold")
