"""Pages of an official document: paper (A4 or F4), margins, the letterhead on the first page,
and the page number as the rules for official letters write it: none on page 1, from page 2 on
centred at the top, "- 2 -". A draft carries KONSEP across every page."""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, Image, PageTemplate

from rutan_desk.domain.institution import InstitutionProfile, PaperSize
from rutan_desk.reports.fonts import SERIF, register_fonts
from rutan_desk.reports.marks import DRAFT_INK, DRAFT_MARK, draw_mark

MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 25 * mm
LETTERHEAD_HEIGHT = 36 * mm


def page_size(paper: PaperSize, *, landscape: bool = False) -> tuple[float, float]:
    width, height = paper.millimetres
    size = (width * mm, height * mm)
    return to_landscape(size) if landscape else size


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=12, leading=15)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=10.5, leading=12.5),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=f"{SERIF}-Bold",
            fontSize=14,
            leading=17,
            alignment=TA_CENTER,
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
    }


def page_number_label(number: int) -> str:
    """``- 2 -``: how an official letter numbers its pages (page 1 carries no number)."""
    return f"- {number} -"


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Finishes each page: its number at the top centre from page 2 on, the ``footer`` (the
    audit code of an issued document) at the bottom left, and KONSEP across a ``draft``."""

    def __init__(self, *args: Any, footer: str = "", draft: bool = False, **kwargs: Any) -> None:
        # Start on the bundled font, so that no unembedded Helvetica is referenced at all.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = SERIF
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._draft = draft

    def showPage(self) -> None:
        width, height = self._pagesize
        self.saveState()
        if self._footer:
            self.setFont(SERIF, 7)
            self.drawString(MARGIN_LEFT, MARGIN_BOTTOM / 2, self._footer)
        if self._pageNumber > 1:
            # Centred over the text column, like the titles, in the top margin.
            self.setFont(SERIF, 11)
            self.drawCentredString(
                MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2,
                height - MARGIN_TOP / 2,
                page_number_label(self._pageNumber),
            )
        if self._draft:
            draw_mark(self, width, height, DRAFT_MARK, DRAFT_INK)
        self.restoreState()
        super().showPage()


LOGO_SIZE = 22 * mm
LOGO_INTO_MARGIN = 6 * mm  # the emblem stands partly in the left margin, as on printed kop
LOGO_GAP = 2 * mm  # between the logo and the widest centred line
SMALLEST_LETTERHEAD_SIZE = 7.0


def letterhead_lines(profile: InstitutionProfile) -> list[tuple[str, str, float]]:
    """The lines of the letterhead as (text, font, size): the names in capitals, the unit in
    bold, then the address with the telephone and a line with "Laman" and "Pos-el"."""
    lines: list[tuple[str, str, float]] = []
    for text, bold, size in (
        (profile.ministry, False, 11.0),
        (profile.directorate, False, 11.0),
        (profile.regional_office, False, 11.0),
        (profile.unit_name, True, 13.0),
    ):
        if text:
            lines.append((text.upper(), f"{SERIF}-Bold" if bold else SERIF, size))
    address = "  ".join(
        part
        for part in (profile.address, f"Telp. {profile.phone}" if profile.phone else "")
        if part
    )
    online = "  ".join(
        part
        for part in (
            f"Laman: {profile.website}" if profile.website else "",
            f"Pos-el: {profile.email}" if profile.email else "",
        )
        if part
    )
    lines.extend((text, SERIF, 8.5) for text in (address, online) if text)
    return lines


def _fitting_size(text: str, font: str, size: float, room: float) -> float:
    """``size``, or the size at which ``text`` fits in ``room`` (never below a readable one)."""
    natural = float(stringWidth(text, font, size))
    if natural <= room:
        return size
    return max(SMALLEST_LETTERHEAD_SIZE, size * room / natural)


def draw_letterhead(
    canvas: Canvas, profile: InstitutionProfile, width: float, height: float
) -> None:
    """The logo at the left; every line centred on the text column whether or not there is a
    logo (a line too long to pass the logo is set smaller, it does not move); a double rule
    underneath."""
    top = height - MARGIN_TOP
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    centre = (left + right) / 2
    room = right - left
    if profile.logo:
        logo_left = left - LOGO_INTO_MARGIN
        image = Image(
            io.BytesIO(profile.logo), width=LOGO_SIZE, height=LOGO_SIZE, kind="proportional"
        )
        # Centred in the logo's square, whatever the image's proportions.
        image.drawOn(
            canvas,
            logo_left + (LOGO_SIZE - image.drawWidth) / 2,
            top - 24 * mm + (LOGO_SIZE - image.drawHeight) / 2,
        )
        room = 2 * (centre - (logo_left + LOGO_SIZE + LOGO_GAP))
    lines = letterhead_lines(profile)
    # Lines of one rank (the names, the contacts) keep one size: the smallest any of them needs.
    fitted: dict[tuple[str, float], float] = {}
    for text, font, size in lines:
        needed = _fitting_size(text, font, size, room)
        fitted[font, size] = min(fitted.get((font, size), size), needed)
    y: float = top - 4 * mm
    for text, font, size in lines:
        canvas.setFont(font, fitted[font, size])
        canvas.drawCentredString(centre, y, text)
        y -= size + 2.5
    rule = top - LETTERHEAD_HEIGHT + 4 * mm
    canvas.setStrokeColor(black)
    canvas.setLineWidth(1.6)
    canvas.line(left, rule, right, rule)
    canvas.setLineWidth(0.5)
    canvas.line(left, rule - 2, right, rule - 2)


def audit_footer(code: str) -> str:
    """The footer line of an issued document: the code a reader can check against the audit
    trail (Bantuan → Periksa kode dokumen)."""
    return f"Kode jejak audit: {code}" if code else ""


def build_pdf(
    story: Sequence[Any],
    profile: InstitutionProfile,
    *,
    paper: PaperSize,
    landscape: bool = False,
    title: str = "",
    letterhead: bool = True,
    footer: str = "",
    draft: bool = False,
) -> bytes:
    """Lay ``story`` out on pages with the letterhead on the first one; return the PDF bytes.
    ``footer``: a small line at the bottom of every page (an issued document's audit code);
    ``draft``: KONSEP across every page (a print that is not, or not yet, the letter)."""
    register_fonts()
    width, height = page_size(paper, landscape=landscape)
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=(width, height),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=profile.unit_name,
        creator="Rutan Desk",
        invariant=True,
    )
    body_width = width - MARGIN_LEFT - MARGIN_RIGHT
    first_top = LETTERHEAD_HEIGHT if letterhead else 0
    first = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        body_width,
        height - MARGIN_TOP - MARGIN_BOTTOM - first_top,
        id="first",
    )
    later = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, body_width, height - MARGIN_TOP - MARGIN_BOTTOM, id="later"
    )

    def on_first(canvas: Canvas, _document: BaseDocTemplate) -> None:
        if letterhead:
            draw_letterhead(canvas, profile, width, height)

    document.addPageTemplates(
        [
            PageTemplate(id="First", frames=[first], onPage=on_first, autoNextPageTemplate="Later"),
            PageTemplate(id="Later", frames=[later]),
        ]
    )
    document.build(
        list(story), canvasmaker=functools.partial(NumberedCanvas, footer=footer, draft=draft)
    )
    return buffer.getvalue()
