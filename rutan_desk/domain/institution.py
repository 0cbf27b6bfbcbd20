"""The institution profile: what the letterhead and the signature block of every document say.

Institution names change with reorganisations, so every line here is a setting, never a constant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.nip import NipError, clean_number, parse_nip
from rutan_desk.domain.ranks import civil_service_rank
from rutan_desk.domain.staff import tidy


class PaperSize(StrEnum):
    A4 = "A4"
    F4 = "F4"  # folio, 215 × 330 mm, common in Indonesian offices

    @property
    def millimetres(self) -> tuple[int, int]:
        return (210, 297) if self is PaperSize.A4 else (215, 330)


MAX_LOGO_BYTES = 2 * 1024 * 1024
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


def logo_mime_type(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` from the file's first bytes, whatever its name says."""
    if data.startswith(_PNG_MAGIC):
        return "image/png"
    if data.startswith(_JPEG_MAGIC):
        return "image/jpeg"
    return None


@dataclass(frozen=True)
class InstitutionProfile:
    ministry: str = ""
    directorate: str = ""
    regional_office: str = ""
    unit_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    city: str = ""
    head_title: str = ""
    head_name: str = ""
    head_nip: str = ""
    head_golongan: str = ""
    paper_size: PaperSize = PaperSize.A4
    logo: bytes | None = None

    def normalised(self) -> InstitutionProfile:
        text_fields: dict[str, Any] = {
            f.name: tidy(getattr(self, f.name))
            for f in fields(self)
            if f.name not in ("paper_size", "logo", "head_nip")
        }
        return replace(self, **text_fields, head_nip=clean_number(self.head_nip))


DEFAULT_PROFILE = InstitutionProfile(
    ministry="KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
    directorate="DIREKTORAT JENDERAL PEMASYARAKATAN",
    regional_office="KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH",
    unit_name="RUMAH TAHANAN NEGARA KELAS IIB BLORA",
    address="",
    city="Blora",
    head_title="KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA",
    paper_size=PaperSize.A4,
)


# The lines of the letterhead that a reorganisation renames: they are kept as versions, each in
# force from a date, so that a letter prints the names of its own date.
LETTERHEAD_NAMES = ("ministry", "directorate", "regional_office", "unit_name")


@dataclass(frozen=True)
class LetterheadVersion:
    """The names on the letterhead from ``valid_from`` until the next version's date."""

    valid_from: date
    ministry: str
    directorate: str = ""
    regional_office: str = ""
    unit_name: str = ""

    def normalised(self) -> LetterheadVersion:
        names: dict[str, Any] = {name: tidy(getattr(self, name)) for name in LETTERHEAD_NAMES}
        return replace(self, **names)


def letterhead_in_force(
    versions: Sequence[LetterheadVersion], on: date
) -> LetterheadVersion | None:
    """The version in force on ``on``: the latest valid from that day or before; for a day
    before every version, the earliest (the oldest names known); None without versions."""
    ordered = sorted(versions, key=lambda version: version.valid_from)
    if not ordered:
        return None
    in_force = [version for version in ordered if version.valid_from <= on]
    return in_force[-1] if in_force else ordered[0]


def with_letterhead(profile: InstitutionProfile, version: LetterheadVersion) -> InstitutionProfile:
    """``profile`` with the names of ``version`` on its letterhead."""
    return replace(profile, **{name: getattr(version, name) for name in LETTERHEAD_NAMES})


def validate_letterhead_version(
    version: LetterheadVersion, other_dates: Sequence[date] = ()
) -> list[FieldError]:
    """The names a letterhead needs (as in the profile), and one version per date."""
    errors = [
        FieldError(name, "field_required")
        for name in ("ministry", "unit_name")
        if not getattr(version, name)
    ]
    if version.valid_from in other_dates:
        errors.append(
            FieldError(
                "valid_from",
                "letterhead_date_taken",
                {"day": version.valid_from},
            )
        )
    return errors


def looks_like_email(text: str) -> bool:
    """Something@somewhere.tld, without spaces: what an address on a letterhead or a contact
    card must at least look like."""
    return bool(_EMAIL.match(text))


def validate_profile(profile: InstitutionProfile) -> list[FieldError]:
    errors: list[FieldError] = []
    for name in ("ministry", "unit_name", "city", "head_title"):
        if not getattr(profile, name):
            errors.append(FieldError(name, "field_required"))
    if profile.email and not looks_like_email(profile.email):
        errors.append(FieldError("email", "email_invalid"))
    if profile.head_nip:
        try:
            parse_nip(profile.head_nip)
        except NipError as error:
            errors.append(FieldError("head_nip", error.code, dict(error.params)))
    if profile.head_golongan and civil_service_rank(profile.head_golongan) is None:
        errors.append(
            FieldError("head_golongan", "golongan_unknown", {"text": profile.head_golongan})
        )
    if profile.logo is not None:
        if len(profile.logo) > MAX_LOGO_BYTES:
            errors.append(FieldError("logo", "logo_too_large", {"max_kb": MAX_LOGO_BYTES // 1024}))
        elif logo_mime_type(profile.logo) is None:
            errors.append(FieldError("logo", "logo_not_image"))
    return errors
