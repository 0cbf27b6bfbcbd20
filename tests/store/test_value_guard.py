"""The store's last check (store/value_guard.py): a flush that would write an over-long text, a
control character or a number beyond its column is refused as a ValidationError naming the
attribute, before the audit tracking records anything, and the transaction rolls back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, insert, select

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.stored_values import has_forbidden_character
from rutan_desk.services.context import ActionContext
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.models.roster import PostRow, RosterSwapRow
from rutan_desk.store.models.staff import StaffRow


def person(name: str = "Budi Santoso") -> StaffRow:
    return StaffRow(
        kind="internal",
        name=name,
        nip="196804111993031009",
        gender="L",
        status_since=date(2020, 1, 2),
    )


def refused(ctx: ActionContext, *rows: object) -> list[FieldError]:
    with pytest.raises(ValidationError) as refusal, ctx.write(Permission.ROSTER_EDIT) as session:
        session.add_all(rows)
    return refusal.value.errors


def counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(StaffRow)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


NAME_LIMIT = StaffRow.__table__.c.name.type.length  # type: ignore[attr-defined]


def test_a_text_at_its_column_length_is_stored_exactly(db: Database, ctx: ActionContext) -> None:
    name = "Ã" * NAME_LIMIT
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person(name))
    with db.read() as session:
        assert session.scalar(select(StaffRow.name)) == name


def test_a_text_one_longer_is_refused_and_nothing_is_recorded(
    db: Database, ctx: ActionContext
) -> None:
    before = counts(db)
    errors = refused(ctx, person("A" * (NAME_LIMIT + 1)))
    assert errors == [FieldError("name", "text_too_long", {"max": NAME_LIMIT})]
    assert counts(db) == before  # no row, no audit entry


@pytest.mark.parametrize("bad", ["Budi\x00Santoso", "Budi\x1bSantoso", "Budi\rSantoso", "\ud800"])
def test_a_control_character_or_lone_surrogate_in_a_name_is_refused(
    db: Database, ctx: ActionContext, bad: str
) -> None:
    assert refused(ctx, person(bad)) == [FieldError("name", "control_characters")]
    assert counts(db) == (0, 0)


def test_multi_line_text_keeps_its_line_breaks_tabs_and_windows_line_ends(
    db: Database, ctx: ActionContext
) -> None:
    reason = "Tukar karena sakit.\r\nSurat dokter:\tada"
    with ctx.write(Permission.ROSTER_EDIT) as session:
        one, two = person(), person("Siti Aminah")
        two.nip = "197002022000032001"
        session.add_all([one, two])
        session.flush()
        session.add(
            RosterSwapRow(
                staff_a=one.id,
                day_a=date(2024, 1, 2),
                staff_b=two.id,
                day_b=date(2024, 1, 3),
                before="[]",
                reason=reason,
            )
        )
    with db.read() as session:
        assert session.scalar(select(RosterSwapRow.reason)) == reason


def test_a_number_beyond_its_column_is_refused(db: Database, ctx: ActionContext) -> None:
    errors = refused(ctx, PostRow(name="Pos Atas", sort_order=2**31))
    assert errors == [
        FieldError("sort_order", "number_out_of_range", {"low": -(2**31), "high": 2**31 - 1})
    ]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(PostRow)) == 0


def test_a_change_is_checked_and_rolled_back_whole(db: Database, ctx: ActionContext) -> None:
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.add(person())
    before = counts(db)
    with pytest.raises(ValidationError) as refusal, ctx.write(Permission.ROSTER_EDIT) as session:
        row = session.scalars(select(StaffRow)).one()
        row.unit = "Regu I"  # fine, but goes with the refused name
        row.name = "Budi\x00"
    assert refusal.value.codes() == {"name": "control_characters"}
    with db.read() as session:
        row = session.scalars(select(StaffRow)).one()
        assert (row.name, row.unit, row.version) == ("Budi Santoso", "", 1)
    assert counts(db) == before


def test_only_the_changed_values_of_a_row_are_checked(db: Database, ctx: ActionContext) -> None:
    """A value stored before the guard (by a bulk statement here) does not block a change of
    another field of its row: the guard checks what the flush writes."""
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.execute(
            insert(StaffRow),
            [
                {
                    "kind": "internal",
                    "name": "Lama\x07",
                    "nip": "196804111993031009",
                    "gender": "L",
                    "status_since": date(2020, 1, 2),
                }
            ],
        )
    with ctx.write(Permission.ROSTER_EDIT) as session:
        session.scalars(select(StaffRow)).one().unit = "Regu II"
    with db.read() as session:
        assert session.scalar(select(StaffRow.unit)) == "Regu II"


@pytest.mark.parametrize(
    ("text", "multiline", "forbidden"),
    [
        ("Jl. Pemuda 1\nBlora\tJawa Tengah", False, False),
        ("baris\r\nbaris", True, False),
        ("baris\r\nbaris", False, True),
        ("\x0c", True, True),
        ("\x85", True, True),  # a C1 control
        ("\ufeffzero width no-break is a format character, not a control", False, False),
        ("Ñoño 😀 ١٢٣", False, False),
    ],
)
def test_which_characters_no_stored_text_holds(text: str, multiline: bool, forbidden: bool) -> None:
    assert has_forbidden_character(text, multiline=multiline) is forbidden
