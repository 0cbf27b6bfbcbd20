"""The kinds of numbered document the letter register issues, with their Indonesian names and
the number pattern each starts with.

Every kind has its own pattern (a setting, ``domain.numbering`` placeholders) and its own
serial per year: an office writes its duty orders and its incident reports under different
classification codes. A number is never given twice in a year, whatever its kind: where two
kinds share a pattern (the pattern all kinds shared before each had its own), their serials
skip the numbers the other took (``first_free_serial``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from rutan_desk.domain.numbering import format_number


class DocumentKind(StrEnum):
    SURAT_PERINTAH = "surat_perintah"
    SERAH_TERIMA = "serah_terima"
    LAPORAN_KEJADIAN = "laporan_kejadian"
    BA_PENGGELEDAHAN = "ba_penggeledahan"
    BA_PEMUSNAHAN = "ba_pemusnahan"
    LAPORAN_HARIAN_KAMTIB = "laporan_harian_kamtib"
    REKAP_KAMTIB = "rekap_kamtib"


# As printed and as the register lists them.
KIND_NAMES: dict[DocumentKind, str] = {
    DocumentKind.SURAT_PERINTAH: "Surat Perintah",
    DocumentKind.SERAH_TERIMA: "Laporan Serah Terima Jaga",
    DocumentKind.LAPORAN_KEJADIAN: "Laporan Kejadian",
    DocumentKind.BA_PENGGELEDAHAN: "Berita Acara Penggeledahan",
    DocumentKind.BA_PEMUSNAHAN: "Berita Acara Pemusnahan Barang Terlarang",
    DocumentKind.LAPORAN_HARIAN_KAMTIB: "Laporan Harian Kamtib",
    DocumentKind.REKAP_KAMTIB: "Rekapitulasi Gangguan Kamtib",
}

# The pattern of a new database; an office replaces them with its own classification codes
# (``W13.PAS.PAS11-PK.01.04.01-{nomor:04d}``). Each starts with its own letters, so that no
# two kinds collide until the office chooses so.
DEFAULT_PATTERNS: dict[DocumentKind, str] = {
    DocumentKind.SURAT_PERINTAH: "SP-{nomor:04d}/{bulan_romawi}/{tahun}",
    DocumentKind.SERAH_TERIMA: "STJ-{nomor:04d}/{bulan_romawi}/{tahun}",
    DocumentKind.LAPORAN_KEJADIAN: "LK-{nomor:03d}/{bulan_romawi}/{tahun}",
    DocumentKind.BA_PENGGELEDAHAN: "BA.GLD-{nomor:03d}/{bulan_romawi}/{tahun}",
    DocumentKind.BA_PEMUSNAHAN: "BA.MSN-{nomor:03d}/{bulan_romawi}/{tahun}",
    DocumentKind.LAPORAN_HARIAN_KAMTIB: "LHK-{nomor:03d}/{bulan_romawi}/{tahun}",
    DocumentKind.REKAP_KAMTIB: "REKAP-{nomor:02d}/{bulan_romawi}/{tahun}",
}


def kind_name(kind: str) -> str:
    """The Indonesian name of a kind; an unknown one (from a newer version) as it is stored."""
    try:
        return KIND_NAMES[DocumentKind(kind)]
    except ValueError:
        return kind


def first_free_serial(
    pattern: str, after: int, day: date, taken: Callable[[str], bool]
) -> tuple[int, str]:
    """The first serial above ``after`` whose number (``pattern`` on ``day``) is not ``taken``
    yet in its year, with that number. Only kinds that share a pattern ever skip, and never
    further than the numbers the other kinds took."""
    serial = after + 1
    number = format_number(pattern, serial, day)
    while taken(number):
        serial += 1
        number = format_number(pattern, serial, day)
    return serial, number
