"""Two clerks on two PCs editing the same 20 people at once: are updates lost?

    python bench/two_writers.py [--seconds 30] [--db-url URL]

Two processes each loop for the given time: read a person (as a form opens it, with its
version), think for a moment, then save a changed note through ``update_staff`` with the version
read. A save refused as stale is counted and the loop goes on (the clerk would open the form
again). Every save that went through is logged with the version it was based on; two saves of
one person based on the same version would mean one silently undid the other: that is a lost
update. The audit trail is checked as well: each person's updates must follow one another
version by version.

Prints JSON lines: two_writers_lost_updates (must be 0), two_writers_refused_stale,
two_writers_saved, two_writers_audit_breaks (must be 0).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PEOPLE = 20


def _writer(
    url: str, ids: list[int], seconds: float, name: str, seed: int
) -> list[tuple[int, int]]:
    from rutan_desk.services.context import ActionContext, Actor, ActorKind
    from rutan_desk.services.errors import DatabaseBusyError, StaleRecordError
    from rutan_desk.services.staff.records import get_staff
    from rutan_desk.services.staff.registry import update_staff
    from rutan_desk.store.engine import Database

    rng = random.Random(seed)
    db = Database(url)
    ctx = ActionContext(db, Actor(ActorKind.SYSTEM, name))
    saved: list[tuple[int, int]] = []
    refused = 0
    ends = time.monotonic() + seconds
    counter = 0
    try:
        while time.monotonic() < ends:
            staff_id = rng.choice(ids)
            record = get_staff(db, staff_id)  # the form opens
            time.sleep(rng.uniform(0, 0.01))  # the clerk types
            counter += 1
            draft = replace(record.to_draft(), note=f"{name} {counter}")
            try:
                update_staff(ctx, staff_id, draft, expected_version=record.version)
            except StaleRecordError:
                refused += 1
                continue
            except DatabaseBusyError:
                continue
            saved.append((staff_id, record.version))
    finally:
        db.dispose()
    saved.append((-1, refused))  # the last pair carries the count of refusals
    return saved


def run(url: str | None, seconds: float) -> dict[str, int]:
    from sqlalchemy import select

    from bench.make_dataset import BENCH_ACTOR
    from rutan_desk.services.context import ActionContext
    from rutan_desk.services.demo import demo_staff_drafts
    from rutan_desk.services.staff.registry import create_staff
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.store.migrate import prepare_database
    from rutan_desk.store.models.audit import AuditEntry

    with tempfile.TemporaryDirectory() as folder:
        url = url or sqlite_url(Path(folder) / "writers.sqlite")
        prepare_database(url, Path(folder) / "backups")
        db = Database(url)
        ctx = ActionContext(db, BENCH_ACTOR)
        ids = [create_staff(ctx, draft).id for draft in demo_staff_drafts()[:PEOPLE]]
        db.dispose()
        context = multiprocessing.get_context("spawn")
        with context.Pool(2) as pool:
            results = pool.starmap(
                _writer,
                [(url, ids, seconds, "operator.satu", 1), (url, ids, seconds, "operator.dua", 2)],
            )
        refused = sum(result[-1][1] for result in results)
        saves = [pair for result in results for pair in result[:-1]]
        lost = sum(count - 1 for count in Counter(saves).values() if count > 1)
        db = Database(url)
        breaks = 0
        with db.read() as session:
            last: dict[str, int] = {}
            for entry in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == "staff", AuditEntry.action == "update")
                .order_by(AuditEntry.id)
            ):
                before = json.loads(entry.before or "{}")["version"]
                after = json.loads(entry.after or "{}")["version"]
                if entry.entity_id in last and last[entry.entity_id] != before:
                    breaks += 1
                last[entry.entity_id] = after
        db.dispose()
    return {
        "two_writers_lost_updates": lost,
        "two_writers_refused_stale": refused,
        "two_writers_saved": len(saves),
        "two_writers_audit_breaks": breaks,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--db-url", help="a PostgreSQL URL; a new SQLite file when not given")
    args = parser.parse_args()
    for name, value in run(args.db_url, args.seconds).items():
        print(json.dumps({"name": name, "value": value, "unit": "count"}))


if __name__ == "__main__":
    main()
