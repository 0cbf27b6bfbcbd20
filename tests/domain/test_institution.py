from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.institution import (
    DEFAULT_PROFILE,
    MAX_LOGO_BYTES,
    LetterheadVersion,
    PaperSize,
    letterhead_in_force,
    logo_mime_type,
    validate_letterhead_version,
    validate_profile,
    with_letterhead,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 20


def _codes(**changes: object) -> dict[str, str]:
    profile = replace(DEFAULT_PROFILE, **changes).normalised()  # type: ignore[arg-type]
    return {e.field: e.code for e in validate_profile(profile)}


def test_defaults_are_valid_and_name_no_constant_institution() -> None:
    assert _codes() == {}
    assert DEFAULT_PROFILE.paper_size is PaperSize.A4


def test_paper_sizes_in_millimetres() -> None:
    assert PaperSize.A4.millimetres == (210, 297)
    assert PaperSize.F4.millimetres == (215, 330)


def test_required_lines_and_email() -> None:
    codes = _codes(unit_name=" ", city="", email="rutan.blora")
    assert codes == {
        "unit_name": "field_required",
        "city": "field_required",
        "email": "email_invalid",
    }


def test_head_nip_is_checked_when_given() -> None:
    assert _codes(head_nip="19680411 199303 1 009") == {}
    assert _codes(head_nip="1968041119930310")["head_nip"] == "nip_length"


def test_logo_must_be_a_small_png_or_jpeg() -> None:
    assert logo_mime_type(PNG) == "image/png"
    assert logo_mime_type(JPEG) == "image/jpeg"
    assert logo_mime_type(b"GIF89a") is None
    assert _codes(logo=PNG) == {}
    assert _codes(logo=b"%PDF-1.7")["logo"] == "logo_not_image"
    assert _codes(logo=PNG + b"\x00" * MAX_LOGO_BYTES)["logo"] == "logo_too_large"


# -- letterhead versions ---------------------------------------------------------------------

KUMHAM = LetterheadVersion(date(2020, 1, 1), "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA")
IMIPAS = LetterheadVersion(date(2024, 10, 21), "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN")


def test_the_version_in_force_changes_on_its_own_day() -> None:
    versions = [IMIPAS, KUMHAM]  # in any order
    assert letterhead_in_force(versions, date(2023, 12, 30)) == KUMHAM
    assert letterhead_in_force(versions, date(2024, 10, 20)) == KUMHAM
    assert letterhead_in_force(versions, date(2024, 10, 21)) == IMIPAS
    assert letterhead_in_force(versions, date(2025, 1, 6)) == IMIPAS
    assert letterhead_in_force(versions, date(1999, 1, 1)) == KUMHAM  # before all: the oldest
    assert letterhead_in_force([], date(2025, 1, 6)) is None


@given(
    st.lists(st.dates(date(2000, 1, 1), date(2040, 1, 1)), min_size=1, max_size=6, unique=True),
    st.dates(date(1990, 1, 1), date(2050, 1, 1)),
)
def test_the_version_in_force_is_the_latest_begun(starts: list[date], on: date) -> None:
    versions = [LetterheadVersion(start, f"M{i}") for i, start in enumerate(starts)]
    found = letterhead_in_force(versions, on)
    assert found is not None
    begun = [start for start in starts if start <= on]
    assert found.valid_from == (max(begun) if begun else min(starts))


def test_with_letterhead_changes_the_names_only() -> None:
    profile = with_letterhead(DEFAULT_PROFILE, KUMHAM)
    assert (profile.ministry, profile.directorate, profile.regional_office, profile.unit_name) == (
        KUMHAM.ministry,
        "",
        "",
        "",
    )
    assert replace(profile, ministry="", unit_name="") == replace(
        DEFAULT_PROFILE, ministry="", directorate="", regional_office="", unit_name=""
    )


def test_a_version_needs_a_ministry_a_unit_and_a_free_date() -> None:
    version = LetterheadVersion(date(2024, 10, 21), "  ", unit_name="").normalised()
    errors = validate_letterhead_version(version, [date(2020, 1, 1), date(2024, 10, 21)])
    assert {e.field: e.code for e in errors} == {
        "ministry": "field_required",
        "unit_name": "field_required",
        "valid_from": "letterhead_date_taken",
    }
    assert errors[-1].params == {"day": date(2024, 10, 21)}
    assert validate_letterhead_version(replace(IMIPAS, unit_name="RUTAN BLORA"), []) == []
