"""Crash durability, the short version of bench/kill9.py (issue 10, point 6): a writer process
doing real service calls (roster cells, the handover chain, issued and cancelled documents) is
killed with SIGKILL ten times on one demo database; after each kill nothing it was told had
committed is missing, the database and its audit chain are whole, and nothing is half-written.
The bench and this test share the writer and the checks (``bench.kill9``)."""

from __future__ import annotations

import contextlib
import copy
import signal
import sqlite3
from pathlib import Path

import pytest

from bench.kill9 import Kill9Result, check_database, run

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system (Windows)"
)

KILLS = 10


@pytest.fixture(scope="module")
def killed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Kill9Result]:
    database = tmp_path_factory.mktemp("kill9") / "kill9.sqlite"
    return database, run(KILLS, seed=2024, database_file=database)


def test_ten_kills_lose_nothing_and_leave_nothing_half_written(
    killed: tuple[Path, Kill9Result],
) -> None:
    _, result = killed
    assert result.problems == []
    figures = result.figures()
    assert figures["kill9_trials"] == KILLS
    for name in (
        "kill9_rows_lost",
        "kill9_integrity_failures",
        "kill9_audit_breaks",
        "kill9_audit_mismatches",
        "kill9_half_written",
        "kill9_writer_errors",
    ):
        assert figures[name] == 0, name
    # The writer really wrote between the kills, and the kills hit it inside its calls.
    assert result.writes_committed > 0
    assert result.inflight_committed + result.inflight_rolled_back > 0


def test_the_checks_find_a_lost_write_a_cut_pdf_and_a_cut_audit(
    killed: tuple[Path, Kill9Result], tmp_path: Path
) -> None:
    """The checks are not vacuous: the same database with one issued document removed, the
    PDF of another cut short and the last audit entry gone fails each of them."""
    database, result = killed
    damaged = tmp_path / "damaged.sqlite"
    with (
        contextlib.closing(sqlite3.connect(database)) as source,
        contextlib.closing(sqlite3.connect(damaged)) as target,
    ):
        source.backup(target)
        target.execute(
            "DELETE FROM issued_document WHERE id = (SELECT MAX(id) FROM issued_document)"
        )
        target.execute("UPDATE issued_document SET pdf = substr(pdf, 1, 1000) WHERE id = 1")
        target.execute("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")
        target.commit()
    verdict = Kill9Result()
    check_database(damaged, copy.deepcopy(result.expected), None, verdict, KILLS + 1)
    assert verdict.rows_lost == 1
    assert verdict.half_written >= 1
    assert verdict.audit_breaks == 1


def test_an_interrupted_cell_outside_the_days_known_so_far_is_read_as_it_is(
    killed: tuple[Path, Kill9Result],
) -> None:
    """The kill may interrupt a cell on a day later than every cell written before it: the
    check reads that day too, and finds the call committed (or not), not "half-written"."""
    database, result = killed
    expected = copy.deepcopy(result.expected)
    with contextlib.closing(sqlite3.connect(database)) as connection:
        staff_id, day = connection.execute(
            "SELECT staff_id, day FROM roster_entry WHERE day > ? ORDER BY day, staff_id LIMIT 1",
            (max(day for _, day in expected.cells),),
        ).fetchone()
        codes = [
            code
            for (code,) in connection.execute(
                "SELECT shift_code FROM roster_entry WHERE staff_id = ? AND day = ? ORDER BY id",
                (staff_id, day),
            )
        ]
    inflight = {
        "kind": "cell",
        "phase": "intent",
        "op": 0,
        "trial": KILLS + 1,
        "staff": staff_id,
        "day": day,
        "before": ["X"],
        "after": codes,
    }
    verdict = Kill9Result()
    check_database(database, expected, inflight, verdict, KILLS + 1)
    assert verdict.half_written == 0, verdict.problems
    assert expected.cells[staff_id, day] == tuple(codes)  # found committed, and now expected
