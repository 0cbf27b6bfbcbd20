"""Every text and number a service stores is checked (issue 14, points 9 and 10): the values
the probe found reaching PostgreSQL raw (DataError) or stored silently on SQLite are refused
with a message beside their field, and nothing is written. What no service checks is refused by
the store's guard at the flush, on both databases alike."""

from __future__ import annotations

import time
from datetime import date

import pytest
from sqlalchemy import func, select

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.calendar.edits import add_holiday
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents import register as documents
from rutan_desk.services.documents.duty_orders import DutyOrderRequest, prepare_duty_order
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.roster.changes import record_absence
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.documents import IssuedDocumentRow
from rutan_desk.store.models.roster import AbsenceRow, PostRow, ReguRow
from rutan_desk.store.models.staff import StaffRow


def count(db: Database, model: type[object]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def audit_entries(db: Database) -> int:
    return count(db, AuditEntry)


def refusal(call: object, *args: object, **kwargs: object) -> list[FieldError]:
    assert callable(call)
    with pytest.raises(ValidationError) as refused:
        call(*args, **kwargs)
    return refused.value.errors


def officer(ctx: ActionContext, name: str = "Budi Santoso") -> int:
    return create_staff(
        ctx,
        StaffDraft(
            kind=StaffKind.INTERNAL,
            name=name,
            nip="198501102010031001",
            golongan="II/c",
            position="Petugas Pengamanan",
            unit="Regu I",
            status_since=date(2020, 1, 1),
        ),
    ).id


def fake_pdf(number: str, _audit_code: str = "") -> bytes:
    return f"%PDF-1.4 Surat Perintah {number}".encode()


def issue(ctx: ActionContext, title: str) -> documents.IssuedDocument:
    return documents.issue_document(
        ctx,
        kind="surat_perintah",
        title=title,
        on=date(2024, 1, 2),
        source={},
        render=fake_pdf,
    )


def test_a_subject_at_the_limit_is_stored_exactly_and_one_more_is_refused(
    db: Database, ctx: ActionContext
) -> None:
    subject = "Piket malam tahun baru " + "x" * 177  # 200 characters
    assert len(subject) == 200
    issued = issue(ctx, subject)
    with db.read() as session:
        assert session.scalar(select(IssuedDocumentRow.title)) == subject
    assert issued.title == subject

    before = audit_entries(db)
    assert refusal(issue, ctx, subject + "!") == [
        FieldError("title", "text_too_long", {"max": 200})
    ]
    assert count(db, IssuedDocumentRow) == 1 and audit_entries(db) == before


def test_the_duty_order_form_is_refused_before_anything_is_read(db: Database) -> None:
    request = DutyOrderRequest(
        first=date(2024, 1, 2),
        last=date(2024, 1, 2),
        shifts=frozenset({"P"}),
        issued_on=date(2024, 1, 1),
        title="x" * 201,
        considering=("Bahwa " + "panjang " * 100,),
        tasks=("Melaksanakan piket\x00",),
    )
    errors = {error.field: error for error in refusal(prepare_duty_order, db, request)}
    assert errors["title"] == FieldError("title", "text_too_long", {"max": 200})
    assert errors["considering"] == FieldError("considering", "text_too_long", {"max": 600})
    assert errors["tasks"] == FieldError("tasks", "control_characters")


def test_a_long_holiday_name_is_refused(db: Database, ctx: ActionContext) -> None:
    errors = refusal(add_holiday, ctx, date(2024, 8, 17), "H" * 121)
    assert errors == [FieldError("name", "text_too_long", {"max": 120})]
    assert refusal(add_holiday, ctx, date(2024, 8, 17), "Hari\x00Jadi") == [
        FieldError("name", "control_characters")
    ]
    assert count(db, HolidayRow) == 0 and audit_entries(db) == 0


def test_a_long_absence_reference_is_refused(db: Database, ctx: ActionContext) -> None:
    staff_id = officer(ctx)
    before = audit_entries(db)
    errors = refusal(
        record_absence,
        ctx,
        staff_id,
        AbsenceKind.CUTI,
        date(2024, 1, 2),
        date(2024, 1, 3),
        reference="W.13-" + "9" * 120,
    )
    assert errors == [FieldError("reference", "text_too_long", {"max": 120})]
    assert count(db, AbsenceRow) == 0 and audit_entries(db) == before


def test_a_long_regu_name_is_refused_at_creation_and_rename(
    db: Database, ctx: ActionContext
) -> None:
    assert refusal(roster_setup.create_regu, ctx, "Regu " + "I" * 40) == [
        FieldError("name", "text_too_long", {"max": 40})
    ]
    assert count(db, ReguRow) == 0
    regu_id = roster_setup.create_regu(ctx, "Regu I")
    errors = refusal(roster_setup.rename_regu, ctx, regu_id, "Regu\x1bI", expected_version=1)
    assert errors == [FieldError("name", "control_characters")]
    with db.read() as session:
        assert session.scalar(select(ReguRow.name)) == "Regu I"


def test_a_nul_byte_in_a_staff_name_is_refused(db: Database, ctx: ActionContext) -> None:
    errors = refusal(officer, ctx, "Budi\x00Santoso")
    assert FieldError("name", "control_characters") in errors
    assert count(db, StaffRow) == 0 and audit_entries(db) == 0


def test_a_post_minimum_of_a_billion_is_refused_at_once(db: Database, ctx: ActionContext) -> None:
    started = time.monotonic()
    errors = refusal(roster_setup.create_post, ctx, "Pos Utama", {"P": 10**9})
    assert time.monotonic() - started < 2
    assert errors == [FieldError("minimums", "number_out_of_range", {"low": 0, "high": 99})]
    assert count(db, PostRow) == 0


def test_what_no_service_checks_is_refused_by_the_store_alike_on_both_databases(
    db: Database, ctx: ActionContext
) -> None:
    """On PostgreSQL this was a raw DataError, on SQLite a stored value."""
    with (
        pytest.raises(ValidationError) as refused,
        ctx.write(Permission.ROSTER_SETUP) as session,
    ):
        session.add(PostRow(name="Pos\x00Atas", sort_order=2**40))
    assert refused.value.codes() == {
        "name": "control_characters",
        "sort_order": "number_out_of_range",
    }
    assert count(db, PostRow) == 0 and audit_entries(db) == 0


def test_a_letter_number_padded_a_billion_wide_is_refused(db: Database, ctx: ActionContext) -> None:
    opened = documents.document_settings(db)
    hostile = opened.with_pattern(DocumentKind.SURAT_PERINTAH, "W13-{nomor:0999999999d}")
    errors = refusal(documents.save_document_settings, ctx, hostile)
    assert [(e.field, e.code, e.params["high"]) for e in errors] == [
        ("number_pattern", "number_out_of_range", 6)
    ]
    assert documents.document_settings(db) == opened
