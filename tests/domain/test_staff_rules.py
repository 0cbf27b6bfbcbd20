from __future__ import annotations

from datetime import date

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.staff import (
    ExternalIdKind,
    StaffDraft,
    StaffKind,
    normalise_staff,
    tidy,
    validate_staff,
)

TODAY = date(2026, 11, 25)


def _codes(draft: StaffDraft) -> dict[str, str]:
    return {
        e.field: e.code for e in validate_staff(normalise_staff(draft, today=TODAY), today=TODAY)
    }


def internal(**changes: object) -> StaffDraft:
    values: dict[str, object] = dict(
        kind=StaffKind.INTERNAL,
        name="Budi  Santoso,  S.H. ",
        nip="19680411 199303 1 009",
        golongan="III/a",
        position="Petugas Pengamanan",
        unit="Regu I",
    )
    values.update(changes)
    return StaffDraft(**values)  # type: ignore[arg-type]


def external(**changes: object) -> StaffDraft:
    values: dict[str, object] = dict(
        kind=StaffKind.EXTERNAL,
        name="Agus Wibowo",
        gender=Gender.MALE,
        agency="Polres Blora",
        external_id_kind=ExternalIdKind.NRP_POLRI,
        external_id="87053286",
        external_rank="Bripka",
    )
    values.update(changes)
    return StaffDraft(**values)  # type: ignore[arg-type]


def test_a_complete_own_staff_member_is_valid_and_tidied() -> None:
    draft = normalise_staff(internal(), today=TODAY)
    assert validate_staff(draft, today=TODAY) == []
    assert draft.name == "Budi Santoso, S.H."
    assert draft.nip == "196804111993031009"
    assert draft.gender is Gender.MALE  # from the NIP, not chosen
    assert draft.status_since == TODAY


def test_the_nip_decides_the_gender_whatever_the_form_said() -> None:
    draft = normalise_staff(internal(nip="199001152015032001", gender=Gender.MALE), today=TODAY)
    assert draft.gender is Gender.FEMALE


def test_own_staff_need_nip_rank_position_and_unit() -> None:
    codes = _codes(internal(nip="", golongan="", position=" ", unit=""))
    assert codes == {
        "nip": "nip_required",
        "golongan": "golongan_required",
        "position": "position_required",
        "unit": "unit_required",
    }


def test_unknown_golongan_and_bad_phone_are_refused() -> None:
    codes = _codes(internal(golongan="V/z", phone="12ab"))
    assert codes["golongan"] == "golongan_unknown"
    assert codes["phone"] == "phone_invalid"
    assert "phone" not in _codes(internal(phone="0812-3456-7890"))


def test_a_name_needs_letters() -> None:
    assert _codes(internal(name="  "))["name"] == "name_required"
    assert _codes(internal(name="123"))["name"] == "name_no_letters"


def test_status_date_cannot_precede_birth() -> None:
    assert _codes(internal(status_since=date(1960, 1, 1)))["status_since"] == "status_before_birth"


def test_external_personnel_need_agency_sex_and_a_valid_nrp() -> None:
    assert _codes(external()) == {}
    codes = _codes(external(agency="", gender=None, external_id="8705328", external_rank=""))
    assert codes == {
        "agency": "agency_required",
        "gender": "gender_required",
        "external_id": "nrp_length",
        "external_rank": "rank_required",
    }


def test_other_agencies_need_some_identity_but_no_rank() -> None:
    other = external(external_id_kind=ExternalIdKind.OTHER, external_id="", external_rank="")
    assert _codes(other) == {"external_id": "external_id_required"}
    assert _codes(external(external_id_kind=None))["external_id_kind"] == (
        "external_id_kind_required"
    )


def test_external_drafts_drop_the_own_staff_fields() -> None:
    draft = normalise_staff(external(nip="196804111993031009", golongan="III/a"), today=TODAY)
    assert draft.nip == ""
    assert draft.golongan == ""


def test_tidy_collapses_white_space() -> None:
    assert tidy("  Regu\t I \n") == "Regu I"
    assert tidy(None) == ""
