"""A word across a page, along its diagonal, light enough to read the letter through it:
KONSEP on a draft (drawn while it is rendered, ``page.build_pdf(draft=True)``), DIBATALKAN on
a cancelled letter (laid over its archived pages, ``cancelled.stamp_cancelled``)."""

from __future__ import annotations

import math

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from rutan_desk.reports.fonts import SERIF, register_fonts

DRAFT_MARK = "KONSEP"
CANCELLED_MARK = "DIBATALKAN"
DRAFT_INK = Color(0.45, 0.45, 0.45)
CANCELLED_INK = Color(0.78, 0.05, 0.05)
WORD_ALPHA = 0.16
SUBTITLE_ALPHA = 0.3
# The big word spans this share of the page's diagonal, whatever the paper and orientation.
WORD_SPAN = 0.5
SUBTITLE_SIZE = 28.0


def draw_mark(
    canvas: Canvas, width: float, height: float, word: str, ink: Color, subtitle: str = ""
) -> None:
    """``word`` in large light capitals along the diagonal of a ``width`` × ``height`` page,
    bottom left to top right, centred on the page, with ``subtitle`` (smaller) under it."""
    register_fonts()
    bold = f"{SERIF}-Bold"
    size = WORD_SPAN * math.hypot(width, height) / stringWidth(word, bold, 1)
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(math.degrees(math.atan2(height, width)))
    canvas.setFillColor(ink)
    canvas.setFillAlpha(WORD_ALPHA)
    canvas.setFont(bold, size)
    # Capitals stand about 0.66 of the size above the baseline: centred on the page's middle.
    canvas.drawCentredString(0, -0.33 * size, word)
    if subtitle:
        canvas.setFillAlpha(SUBTITLE_ALPHA)
        canvas.setFont(bold, SUBTITLE_SIZE)
        canvas.drawCentredString(0, -0.33 * size - 1.2 * SUBTITLE_SIZE, subtitle)
    canvas.restoreState()
