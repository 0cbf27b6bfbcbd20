"""Write the frozen database of the current schema revision: ``<revision>.sqlite`` in this folder.

Run it once for every schema revision that is shipped, from the repository root, at the commit
that ships it::

    .venv/bin/python tests/migrations/frozen/make_frozen.py

The file is then committed and never regenerated: it stands for the databases users already
have, and ``test_frozen_upgrades.py`` upgrades every file in this folder to the current head on
each run. Rebuilding an old file with newer code would test the new code against itself. The
script therefore refuses to overwrite a file that exists.

The database holds a small demo Rutan (``populate_demo``: people, and from revision 0002 on their
regu, roster, holidays and alert period; from 0004 the issued orders; from 0005 a month of
handovers; from 0006 every record with its version, and the audit trail written by the store,
with bulk entries and an event for each planned period; from 0007 an account for each role; from
0008 an acknowledgement given on paper, with its scan) plus an update, a deactivation and a
deletion, so that its audit trail has every kind of entry. It is left in rollback-journal mode
with the WAL checkpointed, so that it is one self-contained file.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from contextlib import closing
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from rutan_desk.domain.handover import HandoverStatus, SignRole
from rutan_desk.services.attachments import PaperSignature
from rutan_desk.services.context import ActionContext
from rutan_desk.services.demo import DEMO_ACTOR, DemoShape, populate_demo
from rutan_desk.services.handover.queries import list_handovers, load_handover
from rutan_desk.services.handover.saving import sign_handover
from rutan_desk.services.staff.records import head_of_security, list_staff
from rutan_desk.services.staff.registry import (
    create_staff,
    delete_staff,
    set_staff_active,
    update_staff,
)
from rutan_desk.store.backup import read_revision
from rutan_desk.store.engine import Database, sqlite_url
from rutan_desk.store.migrate import prepare_database
from rutan_desk.store.schema import HEAD_REVISION

FROZEN_DIR = Path(__file__).resolve().parent
SMALL_SHAPE = DemoShape(guards_per_regu=(3, 3), p2u_officers=2, admin_staff=3, external_officers=2)


def make_frozen(target: Path) -> None:
    if target.exists():
        raise SystemExit(f"{target} exists: a frozen database is never regenerated")
    with tempfile.TemporaryDirectory() as scratch:
        prepare_database(sqlite_url(target), Path(scratch) / "backups")
    db = Database(sqlite_url(target))
    ctx = ActionContext(db, DEMO_ACTOR)
    try:
        records = populate_demo(db, SMALL_SHAPE, with_accounts=True)
        _acknowledge_on_paper(ctx)
        guard = records[2]
        update_staff(
            ctx,
            guard.id,
            replace(guard.to_draft(), phone="081234567890"),
            expected_version=guard.version,
        )
        set_staff_active(
            ctx,
            records[3].id,
            active=False,
            since=date(2024, 3, 1),
            expected_version=records[3].version,
        )
        mistaken = create_staff(
            ctx, replace(records[-1].to_draft(), name="Salah Input", external_id="99999999")
        )
        delete_staff(ctx, mistaken.id, expected_version=mistaken.version)
    finally:
        db.dispose()
    with closing(sqlite3.connect(target, isolation_level=None)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
        connection.execute("VACUUM")
        if read_revision(connection) != HEAD_REVISION:
            raise SystemExit("the new database is not at the head revision")
    for suffix in ("-wal", "-shm"):
        if Path(f"{target}{suffix}").exists():
            raise SystemExit(f"{target}{suffix} was left behind")


# The smallest PNG (one white pixel): what a scan of a signed page is checked for.
SCAN = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de"
    "0000000c4944415478da63f8ffff3f0005fe02fe331295140000000049454e44ae426082"
)


def _acknowledge_on_paper(ctx: ActionContext) -> None:
    """The last received handover, acknowledged by the Ka KPR on paper an hour later."""
    received = [
        h
        for h in list_handovers(ctx.db, date(2023, 12, 1), date(2023, 12, 31))
        if h.status == HandoverStatus.RECEIVED
    ]
    record = load_handover(ctx.db, received[-1].id)
    assert record.received is not None
    head = head_of_security(list_staff(ctx.db))
    assert head is not None
    sign_handover(
        ctx,
        record.id,
        SignRole.ACKNOWLEDGE,
        head.id,
        record.received.at + timedelta(hours=1),
        paper=PaperSignature(record.draft.day, SCAN, "ttd-kakpr.png"),
    )


def main() -> None:
    target = FROZEN_DIR / f"{HEAD_REVISION}.sqlite"
    make_frozen(target)
    print(f"wrote {target}")


if __name__ == "__main__":
    sys.exit(main())
