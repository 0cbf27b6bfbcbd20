"""Create the large benchmark database: a Rutan with years of data (300 staff for now; later
features add their own records here).

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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rutan_desk.paths import resolve_paths  # noqa: E402
from rutan_desk.services.database import remove_sqlite_file  # noqa: E402
from rutan_desk.services.demo import DemoShape, populate_demo  # noqa: E402
from rutan_desk.store.backup import read_revision  # noqa: E402
from rutan_desk.store.engine import Database, sqlite_url  # noqa: E402
from rutan_desk.store.migrate import prepare_database  # noqa: E402
from rutan_desk.store.schema import HEAD_REVISION  # noqa: E402

DEFAULT_DIR = ROOT / "bench" / "data" / "large"
# 4 regu of 60, 20 at the main gate, 34 in the offices, 6 police officers: 300 people.
LARGE_SHAPE = DemoShape(
    guards_per_regu=(60, 60, 60, 60), p2u_officers=20, admin_staff=34, external_officers=6
)


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
        populate_demo(db, LARGE_SHAPE, seed=7)
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
