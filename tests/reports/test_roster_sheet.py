"""The month's roster sheet on paper: the signatures never stand with one orphan row."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from rutan_desk.domain.institution import DEFAULT_PROFILE, PaperSize
from rutan_desk.reports.roster_sheet import (
    KEEP,
    RosterSheet,
    SheetGroup,
    SheetRow,
    render_roster_sheet,
)

DAYS = [date(2026, 1, 1) + timedelta(days=n) for n in range(31)]


def _sheet(people: int, paper: PaperSize) -> RosterSheet:
    def row(number: int) -> SheetRow:
        codes = ["PSML"[(number + day) % 4] for day in range(31)]
        return SheetRow(f"Petugas{number:03d}", f"19800101 200501 1 {number:03d}", codes, 23)

    half = people // 2
    return RosterSheet(
        year=2026,
        month=1,
        days=DAYS,
        groups=[
            SheetGroup("Regu I", [row(n) for n in range(1, half + 1)]),
            SheetGroup("Regu II", [row(n) for n in range(half + 1, people + 1)]),
        ],
        holidays=[date(2026, 1, 1)],
        alert_days=[],
        legend=["P = Pagi 07.00–13.00 WIB", "S = Siang", "M = Malam", "L = Lepas"],
        made_by=("Kepala Kesatuan Pengamanan Rutan", "Joko Riyadi", "19740406 199404 1 372"),
        known_by=("Kepala Rumah Tahanan Negara", "Mulyono Riyadi", "19760620 200111 1 103"),
        city="Blora",
        made_on=date(2025, 12, 31),
        paper=paper,
    )


def _pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def _rows_on(page: str, people: int) -> int:
    return sum(f"Petugas{n:03d}" in page for n in range(1, people + 1))


@pytest.mark.parametrize("paper", [PaperSize.A4, PaperSize.F4])
def test_the_last_page_keeps_rows_with_the_signatures(
    paper: PaperSize, monkeypatch: pytest.MonkeyPatch
) -> None:
    # How many rows the first page holds; just past it, a table kept only its last row with
    # the signatures would put that one row alone on the last page.
    first_page = _rows_on(_pages(render_roster_sheet(_sheet(80, paper), DEFAULT_PROFILE))[0], 80)
    monkeypatch.setattr("rutan_desk.reports.roster_sheet.KEEP", 1)
    people = first_page + 1
    while (
        _rows_on(_pages(render_roster_sheet(_sheet(people, paper), DEFAULT_PROFILE))[-1], people)
        != 1
    ):
        people -= 1
        assert people > first_page - 10, "no length leaves one row on the last page"
    monkeypatch.undo()

    pages = _pages(render_roster_sheet(_sheet(people, paper), DEFAULT_PROFILE))
    last = pages[-1]
    assert len(pages) == 2
    assert "Mengetahui," in last and "Blora, 31 Desember 2025" in last
    assert _rows_on(last, people) >= KEEP >= 2
    assert "Nama / NIP" in last  # the header row comes along onto the new page
    assert sum(page.count("Petugas") for page in pages) == people  # each person once


def test_a_short_month_sheet_is_one_page() -> None:
    pages = _pages(render_roster_sheet(_sheet(4, PaperSize.A4), DEFAULT_PROFILE))
    assert len(pages) == 1
    assert "Keterangan: P = Pagi 07.00–13.00 WIB; S = Siang; M = Malam; L = Lepas" in pages[0]


def test_a_month_without_codes_prints_no_empty_legend() -> None:
    empty = replace(_sheet(0, PaperSize.A4), groups=[], legend=[])
    (page,) = _pages(render_roster_sheet(empty, DEFAULT_PROFILE))
    assert "Keterangan" not in page
    assert "Mengetahui," in page and "Blora, 31 Desember 2025" in page
