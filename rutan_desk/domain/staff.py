"""A person in the staff registry: own staff (identified by NIP) or external personnel."""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.nip import Gender, NipError, check_nrp, clean_number, parse_nip
from rutan_desk.domain.ranks import civil_service_rank


class StaffKind(StrEnum):
    INTERNAL = "internal"  # pegawai of the Rutan, with a NIP
    EXTERNAL = "external"  # Polri, TNI or another agency


class ExternalIdKind(StrEnum):
    NRP_POLRI = "nrp_polri"
    NRP_TNI = "nrp_tni"
    OTHER = "other"


# White space as a person types or pastes it: Python's \s without the control characters it
# also counts as space (VT, FF, the separators U+001C-U+001F, NEL U+0085). Those are left
# in place, so the length and character checks refuse them instead of storing a space.
_SPACES = re.compile(r"[^\S\x0b\x0c\x1c-\x1f\x85]+")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{6,18}[0-9]$")


def tidy(text: str | None) -> str:
    """Trim and collapse inner white space, as a clerk's paste often carries double spaces.
    Control characters are kept as given, for the checks to refuse."""
    return _SPACES.sub(" ", text or "").strip(" ")


@dataclass(frozen=True)
class StaffDraft:
    """What the add/edit form sends: raw text, validated by ``validate_staff``."""

    kind: StaffKind
    name: str
    nip: str = ""
    golongan: str = ""
    position: str = ""
    unit: str = ""
    gender: Gender | None = None
    phone: str = ""
    agency: str = ""
    external_id_kind: ExternalIdKind | None = None
    external_id: str = ""
    external_rank: str = ""
    active: bool = True
    status_since: date | None = None
    note: str = ""


def normalise_staff(draft: StaffDraft, *, today: date | None = None) -> StaffDraft:
    """Tidy text, strip digit separators and derive the gender from a valid NIP."""
    today = today or date.today()
    internal = draft.kind == StaffKind.INTERNAL
    gender = draft.gender
    nip = clean_number(draft.nip) if internal else ""
    if internal:
        with suppress(NipError):  # an invalid NIP is reported by validate_staff
            gender = parse_nip(nip, today=today).gender
    return replace(
        draft,
        name=tidy(draft.name),
        nip=nip,
        golongan=tidy(draft.golongan) if internal else "",
        position=tidy(draft.position),
        unit=tidy(draft.unit),
        gender=gender,
        phone=tidy(draft.phone),
        agency="" if internal else tidy(draft.agency),
        external_id_kind=None if internal else draft.external_id_kind,
        external_id="" if internal else clean_number(draft.external_id),
        external_rank="" if internal else tidy(draft.external_rank),
        status_since=draft.status_since or today,
        note=(draft.note or "").strip(),
    )


def validate_staff(draft: StaffDraft, *, today: date | None = None) -> list[FieldError]:
    """Every reason the (normalised) draft cannot be saved, one per field at most."""
    today = today or date.today()
    errors: list[FieldError] = []

    if not draft.name:
        errors.append(FieldError("name", "name_required"))
    elif sum(ch.isalpha() for ch in draft.name) < 2:
        errors.append(FieldError("name", "name_no_letters"))

    birth: date | None = None
    if draft.kind == StaffKind.INTERNAL:
        try:
            birth = parse_nip(draft.nip, today=today).birth_date
        except NipError as error:
            errors.append(FieldError("nip", error.code, dict(error.params)))
        if not draft.golongan:
            errors.append(FieldError("golongan", "golongan_required"))
        elif civil_service_rank(draft.golongan) is None:
            errors.append(FieldError("golongan", "golongan_unknown", {"text": draft.golongan}))
        if not draft.position:
            errors.append(FieldError("position", "position_required"))
        if not draft.unit:
            errors.append(FieldError("unit", "unit_required"))
    else:
        if not draft.agency:
            errors.append(FieldError("agency", "agency_required"))
        if draft.gender is None:
            errors.append(FieldError("gender", "gender_required"))
        errors.extend(_external_id_errors(draft))
        if draft.external_id_kind in (ExternalIdKind.NRP_POLRI, ExternalIdKind.NRP_TNI) and (
            not draft.external_rank
        ):
            errors.append(FieldError("external_rank", "rank_required"))

    if draft.phone and not _PHONE.match(draft.phone):
        errors.append(FieldError("phone", "phone_invalid"))

    if draft.status_since is None:
        errors.append(FieldError("status_since", "date_required"))
    elif birth is not None and draft.status_since < birth:
        errors.append(FieldError("status_since", "status_before_birth"))
    return errors


def _external_id_errors(draft: StaffDraft) -> list[FieldError]:
    if draft.external_id_kind is None:
        return [FieldError("external_id_kind", "external_id_kind_required")]
    if draft.external_id_kind == ExternalIdKind.NRP_POLRI:
        try:
            check_nrp(draft.external_id)
        except NipError as error:
            return [FieldError("external_id", error.code, dict(error.params))]
        return []
    if not draft.external_id:
        return [FieldError("external_id", "external_id_required")]
    return []
