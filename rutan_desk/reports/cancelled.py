"""A cancelled letter as it is printed or saved again: the archived pages — never rendered
again, what was issued is the letter — each with DIBATALKAN and the date across it and the
date and reason at its foot. The archived bytes are read, not changed: the stamp is a page
drawn here, laid over a copy of each page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from pypdf import PdfReader, PdfWriter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from rutan_desk.domain.formatting import full_date
from rutan_desk.reports.fonts import SERIF, register_fonts
from rutan_desk.reports.marks import CANCELLED_INK, CANCELLED_MARK, draw_mark
from rutan_desk.reports.page import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT

# The note runs across the foot of every page, in the bottom margin between the text (which
# stays 6 pt above it) and the audit code's line (at half of it): three lines at most (a
# longer reason ends with "…"; the register keeps it whole).
NOTE_SIZE = 8.5
NOTE_LEADING = 9.5
NOTE_LINES = 3
NOTE_BASELINE = MARGIN_BOTTOM - 6  # of the first line
NOTE_FONT = f"{SERIF}-Bold"


def _wrapped(text: str, width: float, most: int) -> list[str]:
    """``text`` in lines no wider than ``width``, at most ``most`` (the last cut with "…")."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and stringWidth(candidate, NOTE_FONT, NOTE_SIZE) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > most:
        last = lines[most - 1]
        while last and stringWidth(f"{last} …", NOTE_FONT, NOTE_SIZE) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines = [*lines[: most - 1], f"{last} …"]
    return lines


def cancelled_note(cancelled_on: date | None, reason: str, width: float) -> list[str]:
    """ "DIBATALKAN tanggal 5 Januari 2026. Alasan: …" in lines no wider than ``width``."""
    register_fonts()
    text = CANCELLED_MARK
    if cancelled_on is not None:
        text += f" tanggal {full_date(cancelled_on)}"
    text += f". Alasan: {' '.join(reason.split())}" if reason.strip() else "."
    return _wrapped(text, width, NOTE_LINES)


def _stamp(width: float, height: float, subtitle: str, note: Sequence[str]) -> PdfReader:
    """The stamp of a ``width`` × ``height`` page, as a one-page PDF to lay over it."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=True, initialFontName=SERIF)
    draw_mark(canvas, width, height, CANCELLED_MARK, CANCELLED_INK, subtitle)
    canvas.setFillColor(CANCELLED_INK)
    canvas.setFont(NOTE_FONT, NOTE_SIZE)
    y = NOTE_BASELINE
    for line in note:
        canvas.drawString(MARGIN_LEFT, y, line)
        y -= NOTE_LEADING
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue()))


def stamp_cancelled(pdf: bytes, cancelled_on: date | None, reason: str) -> bytes:
    """A copy of ``pdf`` with DIBATALKAN and the date across every page and the date and
    reason at its foot; the pages keep their size and content, ``pdf`` is left as it is."""
    subtitle = full_date(cancelled_on) if cancelled_on is not None else ""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stamps: dict[tuple[float, float], PdfReader] = {}  # one per paper size (landscape too)
    for page in writer.pages:
        box = page.mediabox
        size = (float(box.width), float(box.height))
        if size not in stamps:
            note = cancelled_note(cancelled_on, reason, size[0] - MARGIN_LEFT - MARGIN_RIGHT)
            stamps[size] = _stamp(*size, subtitle, note)
        page.merge_translated_page(
            stamps[size].pages[0], float(box.left), float(box.bottom), over=True
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
