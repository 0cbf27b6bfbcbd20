"""SQLite's own check of a database file's structure.

``PRAGMA quick_check`` reads every page once (about 3 s for five years of an office's data) and
finds what a damaged page does to the file: pages out of place, broken records, missing index
entries. It does not compare every index with its table (``integrity_check`` does, at twice the
cost); a damaged page shows up in either.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from rutan_desk.store.engine import read_only_uri

MAX_PROBLEMS = 20  # the first few say what is wrong; the rest would only fill the log


def quick_check(path: Path) -> list[str]:
    """What SQLite found wrong with the database file at ``path`` (an empty list: nothing).
    Read through a connection of its own, opened read-only: the app can go on meanwhile."""
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True, timeout=5)) as connection:
            rows = connection.execute(f"PRAGMA quick_check({MAX_PROBLEMS})").fetchall()
    except sqlite3.DatabaseError as error:  # "file is not a database", "malformed", I/O
        return [str(error)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems
