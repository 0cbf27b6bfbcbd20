"""Versions of the letterhead: a letter prints the names in force on its own date (the ministry
over Ditjen PAS was renamed on 21 October 2024), on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.institution import DEFAULT_PROFILE, LetterheadVersion
from rutan_desk.reports.duty_order import DutyOrder, OrderedPerson, Signatory
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.duty_orders import duty_order_draft_pdf
from rutan_desk.services.errors import StaleRecordError
from rutan_desk.services.institution import (
    add_letterhead_version,
    change_letterhead_version,
    get_profile,
    letterhead_versions,
    remove_letterhead_version,
    save_profile,
    saved_profile,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry

OLD_MINISTRY = "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA"
NEW_MINISTRY = "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA"
RENAMED = date(2024, 10, 21)
UNIT = "RUMAH TAHANAN NEGARA KELAS IIB BLORA"

BEFORE = LetterheadVersion(
    date(2020, 1, 1), OLD_MINISTRY, regional_office="KANTOR WILAYAH JAWA TENGAH", unit_name=UNIT
)
AFTER = LetterheadVersion(
    RENAMED,
    NEW_MINISTRY,
    directorate="DIREKTORAT JENDERAL PEMASYARAKATAN",
    regional_office="KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH",
    unit_name=UNIT,
)


def renamed_office(ctx: ActionContext) -> None:
    save_profile(ctx, DEFAULT_PROFILE, expected_version=0)
    add_letterhead_version(ctx, AFTER)  # the order they are recorded in does not matter
    add_letterhead_version(ctx, BEFORE)


def test_a_letter_prints_the_names_in_force_on_its_date(ctx: ActionContext) -> None:
    renamed_office(ctx)
    db = ctx.db
    of_2023 = get_profile(db, date(2023, 12, 30))
    assert (of_2023.ministry, of_2023.directorate, of_2023.regional_office) == (
        OLD_MINISTRY,
        "",
        "KANTOR WILAYAH JAWA TENGAH",
    )
    assert get_profile(db, date(2024, 10, 20)).ministry == OLD_MINISTRY
    assert get_profile(db, RENAMED).ministry == NEW_MINISTRY  # in force from its own day
    of_2025 = get_profile(db, date(2025, 3, 3))
    assert of_2025.regional_office == AFTER.regional_office
    # Before every version: the oldest names known. Without a date: the latest.
    assert get_profile(db, date(2001, 5, 1)).ministry == OLD_MINISTRY
    assert get_profile(db).ministry == NEW_MINISTRY
    # The rest of the profile is the same on every date.
    assert replace(of_2023, **_names(of_2025)) == of_2025


def _names(profile: object) -> dict[str, str]:
    return {
        name: getattr(profile, name)
        for name in ("ministry", "directorate", "regional_office", "unit_name")
    }


def test_without_versions_every_date_prints_the_profile(ctx: ActionContext) -> None:
    saved = save_profile(ctx, replace(DEFAULT_PROFILE, ministry=OLD_MINISTRY), expected_version=0)
    assert get_profile(ctx.db, date(2023, 1, 1)) == saved.profile
    assert get_profile(ctx.db, date(2030, 1, 1)) == saved.profile
    assert letterhead_versions(ctx.db) == []


def test_a_duty_order_of_2023_and_one_of_2025_print_their_own_ministry(
    ctx: ActionContext,
) -> None:
    renamed_office(ctx)

    def printed(issued_on: date) -> str:
        order = DutyOrder(
            number="",
            basis=["Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan;"],
            people=[OrderedPerson("Agus Wibowo", "87053286", "Bripka", "Samapta", "Malam")],
            tasks=["Melaksanakan piket pengamanan."],
            city="Blora",
            issued_on=issued_on,
            signatory=Signatory("KEPALA", "Drs. Heru Santoso", "196804111993031009", "IV/a"),
        )
        pdf = duty_order_draft_pdf(ctx.db, order)
        return PdfReader(io.BytesIO(pdf)).pages[0].extract_text()

    of_2023 = printed(date(2023, 12, 30))
    assert OLD_MINISTRY in of_2023
    assert NEW_MINISTRY not in of_2023
    assert "DIREKTORAT JENDERAL" not in of_2023
    of_2025 = printed(date(2025, 1, 6))
    assert NEW_MINISTRY in of_2025
    assert "KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH" in of_2025
    assert OLD_MINISTRY not in of_2025


def test_versions_are_added_changed_and_removed_audited(ctx: ActionContext) -> None:
    db = ctx.db
    added = add_letterhead_version(ctx, replace(BEFORE, ministry=f"  {OLD_MINISTRY} "))
    assert added.letterhead == BEFORE  # tidied
    later = add_letterhead_version(ctx, AFTER)
    assert [v.letterhead.valid_from for v in letterhead_versions(db)] == [
        BEFORE.valid_from,
        RENAMED,
    ]
    # The office switched its letterhead a little later than the cabinet change.
    changed = change_letterhead_version(
        ctx, later.id, replace(AFTER, valid_from=date(2024, 11, 1)), expected_version=1
    )
    assert changed.version == 2
    assert get_profile(db, date(2024, 10, 25)).ministry == OLD_MINISTRY
    with pytest.raises(StaleRecordError):
        change_letterhead_version(ctx, later.id, AFTER, expected_version=1)
    remove_letterhead_version(ctx, later.id, expected_version=changed.version)
    assert [v.id for v in letterhead_versions(db)] == [added.id]
    assert get_profile(db, date(2025, 1, 1)).ministry == OLD_MINISTRY
    with db.read() as session:
        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "letterhead_version")
                .order_by(AuditEntry.id)
            )
        )
    assert [(e.action, e.entity_id) for e in entries] == [
        ("create", str(added.id)),
        ("create", str(later.id)),
        ("update", str(later.id)),
        ("delete", str(later.id)),
    ]
    assert json.loads(entries[2].after or "{}")["valid_from"] == "2024-11-01"


def test_a_version_needs_its_names_and_a_date_of_its_own(ctx: ActionContext) -> None:
    add_letterhead_version(ctx, AFTER)
    with pytest.raises(ValidationError) as raised:
        add_letterhead_version(ctx, replace(AFTER, ministry=" ", unit_name=""))
    assert raised.value.codes() == {
        "ministry": "field_required",
        "unit_name": "field_required",
        "valid_from": "letterhead_date_taken",
    }
    with pytest.raises(ValidationError) as raised:
        add_letterhead_version(ctx, replace(BEFORE, regional_office="K" * 201))
    assert raised.value.codes() == {"regional_office": "text_too_long"}
    assert len(letterhead_versions(ctx.db)) == 1


def test_changing_a_version_to_its_own_date_is_no_clash(ctx: ActionContext) -> None:
    saved = add_letterhead_version(ctx, AFTER)
    changed = change_letterhead_version(
        ctx, saved.id, replace(AFTER, unit_name="RUTAN BLORA"), expected_version=saved.version
    )
    assert changed.letterhead.unit_name == "RUTAN BLORA"


def test_the_profile_form_edits_the_latest_letterhead(ctx: ActionContext) -> None:
    """The form shows the names printed from now on; saving them changes the latest version,
    not the names of the letters before it."""
    renamed_office(ctx)
    opened = saved_profile(ctx.db)
    assert opened.profile.ministry == NEW_MINISTRY
    save_profile(
        ctx, replace(opened.profile, unit_name="RUTAN KELAS IIB BLORA"), expected_version=1
    )
    assert get_profile(ctx.db, date(2025, 1, 1)).unit_name == "RUTAN KELAS IIB BLORA"
    assert get_profile(ctx.db, date(2023, 1, 1)).unit_name == UNIT
    assert [v.letterhead.unit_name for v in letterhead_versions(ctx.db)] == [
        UNIT,
        "RUTAN KELAS IIB BLORA",
    ]


def test_a_profile_saved_without_a_logo_stays_without(db: Database, ctx: ActionContext) -> None:
    save_profile(ctx, replace(DEFAULT_PROFILE, logo=None), expected_version=0)
    assert get_profile(db).logo is None
    assert get_profile(db, date(2025, 1, 1)).logo is None
