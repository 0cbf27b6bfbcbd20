from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.documents import (
    DEFAULT_PATTERNS,
    KIND_NAMES,
    DocumentKind,
    first_free_serial,
    kind_name,
)
from rutan_desk.domain.numbering import check_pattern, format_number

DAY = date(2023, 12, 30)
PATTERN = "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"


def test_every_kind_has_its_name_and_its_own_valid_default_pattern() -> None:
    assert set(KIND_NAMES) == set(DEFAULT_PATTERNS) == set(DocumentKind)
    for pattern in DEFAULT_PATTERNS.values():
        assert check_pattern(pattern) == pattern
    # No two kinds give the same number by default.
    assert len({format_number(p, 1, DAY) for p in DEFAULT_PATTERNS.values()}) == len(DocumentKind)
    assert kind_name("laporan_kejadian") == "Laporan Kejadian"
    assert kind_name("surat_tugas") == "surat_tugas"  # a kind of a newer version: as stored


def test_the_next_serial_follows_the_kinds_last() -> None:
    assert first_free_serial(PATTERN, 0, DAY, lambda _n: False) == (
        1,
        "W13.PAS.PAS11-PK.01.04.01-0001",
    )
    assert first_free_serial("LK-{nomor:03d}/{tahun}", 41, DAY, lambda _n: False) == (
        42,
        "LK-042/2023",
    )


@given(
    last=st.integers(min_value=0, max_value=50),
    others=st.sets(st.integers(min_value=1, max_value=80), max_size=40),
)
def test_a_number_another_kind_took_with_the_same_pattern_is_skipped(
    last: int, others: set[int]
) -> None:
    taken = {format_number(PATTERN, serial, DAY) for serial in others}
    serial, number = first_free_serial(PATTERN, last, DAY, taken.__contains__)
    assert serial > last and number == format_number(PATTERN, serial, DAY)
    assert number not in taken
    # ... and nothing free was passed over.
    assert all(serial_between in others for serial_between in range(last + 1, serial))
