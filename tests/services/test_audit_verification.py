"""The check of the audit trail finds what was done to it around the app: an entry changed, the
trail emptied, cut back with its head moved, or rewritten from scratch; and a damaged database
gives a verdict instead of a crash. Each case is done here the way an outsider would do it: with
SQL on the database file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.audit.verification import (
    AnchorPlaces,
    anchor_head,
    check_audit_trail,
    check_printed_code,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.staff import registry
from rutan_desk.store.anchors import Anchor, anchor_file_for, append_anchor, verification_code
from rutan_desk.store.audit import Change, append_changes
from rutan_desk.store.coverage import BASELINE_ENTITY, BASELINE_ID, baseline_picture
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry, AuditHead


def person(name: str, nip: str) -> StaffDraft:
    return StaffDraft(
        kind=StaffKind.INTERNAL,
        name=name,
        nip=nip,
        golongan="II/c",
        position="Petugas Pengamanan",
        unit="Regu I",
    )


BUDI = person("Budi Santoso", "196804111993031009")
SITI = person("Siti Rahayu", "199001152015032001")
RINA = person("Rina Wulandari", "198502142010122003")


@pytest.fixture
def places(tmp_path: Path) -> AnchorPlaces:
    return AnchorPlaces(anchors_dir=tmp_path / "anchors")


def outside(db: Database) -> Session:
    """A session that writes around the app (no audit, no tracking): an outsider's tool."""
    return Session(db.engine)


def head(db: Database) -> tuple[int, str]:
    with db.read() as session:
        row = session.get(AuditHead, 1)
        assert row is not None
        return row.last_id, row.last_hash


def test_a_whole_trail_is_intact_and_its_head_is_anchored(
    ctx: ActionContext, places: AnchorPlaces
) -> None:
    registry.create_staff(ctx, BUDI)
    registry.create_staff(ctx, SITI)

    first = check_audit_trail(ctx, places)
    second = check_audit_trail(ctx, places)

    assert first.intact and second.intact
    assert first.entries == 2 and first.gaps == () and first.chain_break is None
    assert first.anchors_compared == 0  # nothing was anchored before the first check
    assert second.anchors_compared == 1  # the first check anchored the head
    path = places.anchor_file(ctx.db)
    assert path is not None and len(path.read_text().splitlines()) == 2


def test_an_emptied_trail_leaves_the_records_unaccounted_for(
    ctx: ActionContext, places: AnchorPlaces
) -> None:
    budi = registry.create_staff(ctx, BUDI)
    siti = registry.create_staff(ctx, SITI)
    with outside(ctx.db) as session, session.begin():
        session.execute(delete(AuditEntry))
        session.execute(delete(AuditHead))

    found = check_audit_trail(ctx, places)

    assert found.chain_break is None  # an empty chain is a whole chain ...
    assert not found.intact  # ... but it no longer accounts for the people
    (gap,) = found.gaps
    assert (gap.table, gap.unrecorded) == ("staff", (budi.id, siti.id))


def test_a_trail_cut_back_with_its_head_moved_is_found(
    ctx: ActionContext, places: AnchorPlaces
) -> None:
    registry.create_staff(ctx, BUDI)
    check_audit_trail(ctx, places)  # anchors entry 1
    siti = registry.create_staff(ctx, SITI)
    anchor_head(ctx.db, places, source="start", at=ctx.utc_now())  # anchors entry 2
    with outside(ctx.db) as session, session.begin():
        first = session.get(AuditEntry, 1)
        assert first is not None
        session.execute(delete(AuditEntry).where(AuditEntry.id > 1))
        session.execute(update(AuditHead).values(last_id=1, last_hash=first.hash))

    found = check_audit_trail(ctx, places)

    assert found.chain_break is None  # the rest of the chain still links up
    assert [(gap.table, gap.unrecorded) for gap in found.gaps] == [("staff", (siti.id,))]
    assert [(p.anchor.entry_id, p.reason) for p in found.anchor_problems] == [(2, "head_behind")]
    # The cut is not anchored as if it were the truth.
    path = places.anchor_file(ctx.db)
    assert path is not None and len(path.read_text().splitlines()) == 2


def test_a_trail_rewritten_from_scratch_is_found_by_its_anchors(
    ctx: ActionContext, places: AnchorPlaces
) -> None:
    """The hardest case: the whole trail written anew, with a baseline that accounts for the
    records as they are now. Only what was seen of the trail outside the database finds it."""
    registry.create_staff(ctx, BUDI)
    siti = registry.create_staff(ctx, SITI)
    registry.create_staff(ctx, RINA)
    assert check_audit_trail(ctx, places).intact  # anchors entry 3
    printed = verification_code(*head(ctx.db))
    with outside(ctx.db) as session, session.begin():
        session.execute(delete(AuditEntry))
        session.execute(delete(AuditHead))
        session.execute(text("DELETE FROM staff WHERE id = :id"), {"id": siti.id})
        append_changes(
            session,
            actor="sistem:migrasi",
            at=ctx.utc_now(),
            changes=[
                Change(BASELINE_ENTITY, BASELINE_ID, "event", None, baseline_picture(session))
            ],
        )

    found = check_audit_trail(ctx, places)

    assert found.chain_break is None and found.gaps == ()  # chain and coverage are fooled
    assert not found.intact
    assert [(p.anchor.entry_id, p.reason) for p in found.anchor_problems] == [(3, "head_behind")]
    assert check_printed_code(ctx, printed).result == "missing"


def test_a_changed_entry_breaks_the_chain(ctx: ActionContext, places: AnchorPlaces) -> None:
    registry.create_staff(ctx, BUDI)
    registry.create_staff(ctx, SITI)
    with outside(ctx.db) as session, session.begin():
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(actor="sistem:x"))

    found = check_audit_trail(ctx, places)

    assert found.chain_break is not None
    assert (found.chain_break.entry_id, found.chain_break.reason) == (1, "altered")


def test_lines_deleted_around_the_app_do_not_add_up(
    ctx: ActionContext, places: AnchorPlaces
) -> None:
    """Tables counted rather than listed (the permission matrix here) are checked by number."""
    with outside(ctx.db) as session, session.begin():
        session.execute(
            text("DELETE FROM role_permission WHERE role = 'pembaca' OR role = 'karupam'")
        )

    (gap,) = check_audit_trail(ctx, places).gaps

    assert (gap.table, gap.expected, gap.found) == ("role_permission", 30, 26)


def test_a_printed_code_is_compared_with_the_trail(ctx: ActionContext) -> None:
    registry.create_staff(ctx, BUDI)
    code = verification_code(*head(ctx.db))

    assert check_printed_code(ctx, code).result == "found"
    assert check_printed_code(ctx, f"  {code.lower()} ").result == "found"
    assert check_printed_code(ctx, "1-00000000").result == "different"
    assert check_printed_code(ctx, "99-00000000").result == "missing"
    assert check_printed_code(ctx, "bukan kode").result == "not_a_code"


def test_anchors_of_an_earlier_database_in_the_same_place_are_set_aside(
    ctx: ActionContext, places: AnchorPlaces
) -> None:
    """A new database where an old one was (or the demo made afresh) is not a rewritten one."""
    registry.create_staff(ctx, BUDI)
    path = places.anchor_file(ctx.db)
    assert path is not None
    with ctx.db.read() as session:
        first_at = session.scalar(select(AuditEntry.at).where(AuditEntry.id == 1))
    assert first_at is not None
    append_anchor(path, Anchor(40, "f" * 64, "start", first_at - timedelta(days=3)))

    found = check_audit_trail(ctx, places)

    assert found.intact
    assert (found.anchors_compared, found.anchors_set_aside) == (0, 1)


def test_the_start_anchor_warns_when_the_trail_is_behind(
    ctx: ActionContext, places: AnchorPlaces
) -> None:
    registry.create_staff(ctx, BUDI)
    registry.create_staff(ctx, SITI)
    assert anchor_head(ctx.db, places, source="start", at=ctx.utc_now()) == []
    with outside(ctx.db) as session, session.begin():
        first = session.get(AuditEntry, 1)
        assert first is not None
        session.execute(delete(AuditEntry).where(AuditEntry.id > 1))
        session.execute(update(AuditHead).values(last_id=1, last_hash=first.hash))

    problems = anchor_head(ctx.db, places, source="start", at=ctx.utc_now())

    assert [(p.anchor.entry_id, p.reason) for p in problems] == [(2, "head_behind")]


def test_the_anchor_file_belongs_to_one_database(tmp_path: Path) -> None:
    assert anchor_file_for(tmp_path, "/data/rutan-desk.sqlite") != anchor_file_for(
        tmp_path, "/data/demo/rutan-desk-demo.sqlite"
    )


def test_a_damaged_database_gives_a_verdict(
    db: Database, ctx: ActionContext, places: AnchorPlaces
) -> None:
    path = db.sqlite_path
    if path is None:
        pytest.skip("damaging a file is a SQLite case")
    for number in range(30):
        registry.create_staff(ctx, person(f"Petugas {number}", f"1990011520150321{number:02d}"))
    db.dispose()
    with path.open("r+b") as file:  # a disk that lost some pages in the middle
        size = file.seek(0, 2)
        file.seek(size // 2)
        file.write(b"\xde\xad" * 4096)

    found = check_audit_trail(ctx, places)

    assert not found.intact
    assert found.damaged
