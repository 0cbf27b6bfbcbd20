"""The 10,000-row staff list of the import benchmark, written once into bench/data.

Every row is a person the registry would take (a valid NIP as text, a known golongan), one in
a hundred has a fault a real list has (a NIP Excel stored as a number, an unknown rank), so
the preview does the work of every kind of row."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook

ROWS = 10_000
GOLONGAN = ("II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d")
UNITS = ("Regu I", "Regu II", "Regu III", "Regu IV", "Portir", "P2U", "Staf KPR")


def staff_file(folder: Path, rows: int = ROWS) -> Path:
    """The file (made when missing): headers as offices write them, then ``rows`` people."""
    path = folder / f"staff_import_{rows}.xlsx"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Pegawai")
    sheet.append(["No", "NIP", "Nama", "Pangkat/Gol", "Jabatan", "Unit Kerja", "No. HP"])
    first = date(1960, 1, 1)
    for index in range(rows):
        born = first + timedelta(days=index)
        nip = f"{born:%Y%m%d}201003{1 + index % 2}{1 + index % 999:03d}"
        number: str | float = nip if index % 100 != 7 else float(nip)
        golongan = GOLONGAN[index % len(GOLONGAN)] if index % 100 != 13 else "Kapten"
        sheet.append(
            [
                index + 1,
                number,
                f"Pegawai Nomor {index + 1}",
                golongan,
                "Petugas Pengamanan",
                UNITS[index % len(UNITS)],
                f"0812{index:08d}",
            ]
        )
    partial = path.with_suffix(".part")
    workbook.save(partial)
    partial.replace(path)
    return path
