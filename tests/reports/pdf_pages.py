"""Printed pages read back: each piece of text with where it stands and at what angle, and the
checks every official document shares (page numbers as the rules write them, the marks across
a page)."""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass

from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from rutan_desk.reports.fonts import SERIF, register_fonts
from rutan_desk.reports.page import MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP

PAGE_NUMBER = re.compile(r"- (\d+) -")


@dataclass(frozen=True)
class Placed:
    text: str
    x: float  # where the text starts on the page, in points from the bottom left
    y: float
    size: float  # the font size as set (before any scaling of the matrices)
    angle: float  # degrees, counter-clockwise from the horizontal


def placed(page: PageObject) -> list[Placed]:
    found: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if not text.strip():
            return
        # The text matrix, then the current transformation: where the text starts, its angle.
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        found.append(Placed(text.strip(), x, y, size, math.degrees(math.atan2(b, a))))

    page.extract_text(visitor_text=visit)
    return found


def pages(pdf: bytes) -> list[PageObject]:
    return list(PdfReader(io.BytesIO(pdf)).pages)


def size_of(page: PageObject) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def assert_numbered_as_the_rules_say(pdf: bytes) -> int:
    """Page 1 carries no number; page n from 2 on carries "- n -" once, in the top margin,
    centred over the text column; nothing says "Halaman". Returns the number of pages."""
    register_fonts()
    read = pages(pdf)
    for number, page in enumerate(read, start=1):
        width, height = size_of(page)
        runs = placed(page)
        numbers = [run for run in runs if PAGE_NUMBER.fullmatch(run.text)]
        assert not any("Halaman" in run.text for run in runs), number
        if number == 1:
            assert numbers == [], numbers
            continue
        assert [run.text for run in numbers] == [f"- {number} -"], (number, numbers)
        mark = numbers[0]
        assert height - MARGIN_TOP < mark.y < height, (number, mark)  # in the top margin
        middle = mark.x + stringWidth(mark.text, SERIF, mark.size) / 2
        column_middle = MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2
        assert abs(middle - column_middle) < 1, (number, middle, column_middle)
    return len(read)


def marks_on(page: PageObject, word: str) -> list[Placed]:
    """``word`` written large and along the diagonal, bottom left to top right."""
    width, height = size_of(page)
    diagonal = math.degrees(math.atan2(height, width))
    return [
        run
        for run in placed(page)
        if run.text == word and run.size > 60 and abs(run.angle - diagonal) < 1
    ]


def mark_centre(page: PageObject, mark: Placed) -> tuple[float, float]:
    """The middle of a mark's capitals, on the page."""
    register_fonts()
    half = stringWidth(mark.text, f"{SERIF}-Bold", mark.size) / 2
    rise = 0.33 * mark.size
    angle = math.radians(mark.angle)
    return (
        mark.x + half * math.cos(angle) - rise * math.sin(angle),
        mark.y + half * math.sin(angle) + rise * math.cos(angle),
    )
