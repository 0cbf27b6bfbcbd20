"""Create the large benchmark database: a Rutan with years of data (300 staff and five years of
roster for now; later features add their own records here).

    python bench/make_dataset.py [--out DIR] [--force]

The database is written as ``DIR/rutan-desk.sqlite`` so that ``rutan-desk --data-dir DIR`` opens
it. An existing dataset at the current schema revision is reused unless --force is given.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rutan_desk.paths import resolve_paths  # noqa: E402
from rutan_desk.services import roster  # noqa: E402
from rutan_desk.services.database import remove_sqlite_file  # noqa: E402
from rutan_desk.services.demo import DemoShape, populate_demo  # noqa: E402
from rutan_desk.services.staff import StaffRecord  # noqa: E402
from rutan_desk.store.backup import read_revision  # noqa: E402
from rutan_desk.store.engine import Database, sqlite_url  # noqa: E402
from rutan_desk.store.migrate import prepare_database  # noqa: E402
from rutan_desk.store.schema import HEAD_REVISION  # noqa: E402

DEFAULT_DIR = ROOT / "bench" / "data" / "large"
# 4 regu of 60, 20 at the main gate, 34 in the offices, 6 police officers: 300 people.
LARGE_SHAPE = DemoShape(
    guards_per_regu=(60, 60, 60, 60), p2u_officers=20, admin_staff=34, external_officers=6
)
# 8 posts on 3 shifts.
BENCH_POSTS: tuple[tuple[str, dict[str, int], bool], ...] = (
    ("P2U", {"P": 3, "S": 3, "M": 3}, False),
    ("Menara 1", {"P": 1, "S": 1, "M": 1}, False),
    ("Menara 2", {"P": 1, "S": 1, "M": 1}, False),
    ("Blok A", {"P": 4, "S": 4, "M": 4}, False),
    ("Blok B", {"P": 4, "S": 4, "M": 4}, False),
    ("Blok Wanita", {"P": 2, "S": 2, "M": 2}, True),
    ("Kunjungan", {"P": 4, "S": 4}, False),
    ("Dapur", {"P": 2, "S": 2, "M": 1}, False),
)
# Five years of roster, ending with the last month the benchmarks open.
ROSTER_FIRST = date(2021, 12, 1)
ROSTER_LAST = date(2026, 11, 30)


def set_up_roster(db: Database, people: list[StaffRecord], start: date) -> None:
    """Four regu on P-S-M-L one day apart, from ``start``, and the eight posts."""
    for number, name in enumerate(("Regu I", "Regu II", "Regu III", "Regu IV")):
        members = [p for p in people if p.unit == name]
        karupam = next(p for p in members if p.position == "Kepala Regu Pengamanan")
        regu_id = roster.create_regu(db, "bench", name, karupam.id)
        for member in members:
            roster.add_regu_member(db, "bench", regu_id, member.id, start)
        roster.set_rotation(
            db, "bench", regu_id, "P S M L", anchor=start - timedelta(days=number), valid_from=start
        )
    for name, minimums, needs_woman in BENCH_POSTS:
        roster.create_post(db, "bench", name, minimums, needs_woman=needs_woman)


def dataset_is_current(path: Path) -> bool:
    if not path.exists():
        return False
    with closing(sqlite3.connect(path)) as connection:
        return read_revision(connection) == HEAD_REVISION


def make_dataset(out: Path = DEFAULT_DIR, *, force: bool = False) -> Path:
    paths = resolve_paths(out)
    paths.create()
    database_file = paths.database_file
    if not force and dataset_is_current(database_file):
        return database_file
    remove_sqlite_file(database_file)
    url = sqlite_url(database_file)
    prepare_database(url, paths.backups_dir)
    db = Database(url)
    try:
        people = populate_demo(db, LARGE_SHAPE, seed=7, with_roster=False)
        set_up_roster(db, people, ROSTER_FIRST)
        year_start = ROSTER_FIRST
        while year_start <= ROSTER_LAST:  # a year per transaction, as a clerk would
            year_end = min(
                date(year_start.year + 1, year_start.month, 1) - timedelta(days=1), ROSTER_LAST
            )
            roster.generate_period(db, "bench", year_start, year_end)
            year_start = year_end + timedelta(days=1)
    finally:
        db.dispose()
    return database_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    path = make_dataset(args.out, force=args.force)
    print(f"{path} ready in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
