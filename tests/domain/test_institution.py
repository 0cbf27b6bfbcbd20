from __future__ import annotations

from dataclasses import replace

from rutan_desk.domain.institution import (
    DEFAULT_PROFILE,
    MAX_LOGO_BYTES,
    PaperSize,
    logo_mime_type,
    validate_profile,
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
