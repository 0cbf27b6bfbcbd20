"""The 10,000-row inmate list of the import benchmark, written once into bench/data.

Laid out as an SDP export (a title above the header, "No Reg", "Nama WBP", "Blok/Kamar"). Half
the rows are inmates of the dataset's registry, their numbers typed as a clerk would (lower
case, spaces, leading zeros) and every other one moved to another block; the rest are new.
One row in a hundred has a fault a real list has (a register number stored as a number, a
block the office does not keep), so the preview does the work of every kind of row."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

ROWS = 10_000
BLOCKS = ("Blok A", "Blok B / Kamar 3", "Blok C", "W")


def _typed(number: str) -> str:
    """``A.II/123/2026`` as a clerk types it: ``a.ii / 0123 / 2026``."""
    head, serial, year = number.split("/")
    return f"{head.lower()} / {int(serial):04d} / {year}"


def inmate_file(folder: Path, existing: Sequence[tuple[str, str]], rows: int = ROWS) -> Path:
    """The file (made when missing): ``existing`` are (register number, name) pairs of the
    registry, matched by every other row until they run out."""
    path = folder / f"inmate_import_{rows}.xlsx"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("WBP")
    sheet.append(["DAFTAR WARGA BINAAN PEMASYARAKATAN"])
    sheet.append([])
    sheet.append(["No", "No Reg", "Nama WBP", "Blok/Kamar", "Tgl Masuk"])
    for index in range(rows):
        known = existing[index // 2] if index % 2 == 0 and index // 2 < len(existing) else None
        if known is not None:
            number: str | float = _typed(known[0])
            name = known[1].upper()
        else:
            number = f"B.IIa/{100_000 + index}/2024"
            name = f"Warga Binaan Nomor {index + 1}"
        if index % 100 == 7:
            number = float(100_000 + index)
        block = BLOCKS[index % len(BLOCKS)] if index % 100 != 13 else "Blok Z"
        sheet.append([index + 1, number, name, block, f"{1 + index % 28:02d}-03-2024"])
    partial = path.with_suffix(".part")
    workbook.save(partial)
    partial.replace(path)
    return path
