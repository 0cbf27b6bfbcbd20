"""Benchmarks: prints one JSON line per figure, ``{"name", "value", "unit"}``.

    python bench/run.py [--only PREFIX] [--runs N]

Figures
- startup_s: median wall time of ``python -m rutan_desk --data-dir <large> --quit-after-show``, a
  new process each run, until the first window (the sign-in) is shown and the app has exited by
  itself.
- login_verify_s: one sign-in through the service (the argon2id check of the password and the
  account's sign-in recorded; target: 0.1 to 0.5 s, slow on purpose against guessing).
- login_to_window_s: from the sign-in to the main window shown with the staff list filled
  (in this process, the five-year database).
- startup_bare_qt_s: the same for a process that only shows an empty QMainWindow.
- startup_ratio: startup_s / startup_bare_qt_s (target: at most 4, and startup_s under 1 s).
- roster_generate_year_s: generating and saving one year of roster for 300 staff, 8 posts and
  3 shifts, a year not planned before (target: at most 1 s); roster_replan_year_s: planning the
  same year again, which finds nothing to change.
- duty_order_s: a Surat Perintah of 40 people rendered to PDF (target: at most 0.15 s).
- duty_order_libreoffice_s: the peer, in the same run: LibreOffice headless converting the
  equivalent duty order .docx to PDF, a new soffice process each run, median of at most 5 runs
  (what a clerk does today; skipped, with a note on stderr, when soffice is not installed).
- duty_order_speedup: duty_order_libreoffice_s / duty_order_s (target: at least 20).
- roster_sheet_s: the monthly roster sheet of 300 people, read and rendered (target: 1 s).
- roster_month_repaint_s: scrolling the grid by a page and painting it (target: under 16 ms).
- roster_month_open_s: opening a month of the grid for 300 people from a database with five years
  of roster (target: at most 0.2 s), roster_month_raw_sqlite_s: a bare sqlite3 read of the same
  cells, and roster_month_open_ratio: the first over the second (target: at most 3).
- export_roster_xlsx_s: the 300-person month of the five-year database, open in the grid, saved
  as the roster tab's Export does it (the table taken from the grid's model, written to .xlsx
  beside its target and renamed; target: at most 1 s); export_roster_csv_s: the same to .csv.
- roster_cell_edit_s: one typed code from the service call to the grid showing it, on the
  300-person month of the five-year database (target: at most 0.03 s); roster_cell_edit_ratio:
  that over the same single-row write through plain sqlite3.
- two_writers_lost_updates: two processes editing the same 20 people for 30 s on SQLite (must
  be 0); two_writers_refused_stale: the saves refused because the other had changed the person
  since it was read; two_writers_saved; two_writers_audit_breaks (must be 0).
- handover_open_s: opening the form for a new handover on the last day of the dataset (five years
  of handovers before it), as the app does: prefill_handover from the roster and the previous
  handover, then the Qt HandoverDialog built from the draft (target: at most 0.15 s);
  handover_prefill_s: the service alone.
- handover_pdf_s: printing the report of a received handover with 10 movements and 10 events,
  read from the database and rendered to PDF (handover_report_pdf; target: at most 0.2 s).
- backup_verified_s: one verified backup of the five-year database, as "Buat cadangan sekarang"
  makes it: copy, integrity_check, rows counted in both, audit chain, sidecar (target: 2 s).
- integrity_check_s: the check of the five-year database file after every start (SQLite's
  quick_check through check_database; it runs on a thread of its own once the window shows,
  so it is not part of startup_s).
- incident_search_s: the incident list searched as the clerk types, over the 100,000 incidents
  of the dataset (ten years): the median over 36 typed texts (the start of one to three words
  of a summary, an inmate's name, a register number whole or to its serial, an officer's name,
  a third of them with a filter: a year, a kind, a severity, a block, a status) of
  ``list_incidents`` with its limit of 500, newest first (target: at most 0.05 s);
  incident_search_max_s: the slowest of them (see bench/incidents.py, ``typed_queries``).
- incident_open_s: one incident read whole (``load_incident``), the median over 30 of them
  (target: at most 0.1 s).
- kamtib_tab_open_s: the Kamtib tab built and its incident list read on that dataset, as the
  main window does when the tab is first shown (target: at most 0.2 s).
- kamtib_recap_pdf_s: the monthly Rekapitulasi Gangguan Kamtib of the dataset's last full month
  (some 800 incidents) read and rendered to PDF (target: at most 1 s).
- agreements_tab_open_s: the Kerja Sama tab built and its agreement list read on the dataset's
  ten years of agreements (2,000 agreements, 20,000 obligations, 10,000 meetings; see
  bench/agreements.py), as the main window does when the tab is first shown: the list with each
  agreement's status, the partners of the filter, the line of what needs attention; on the
  dataset's last day (target: at most 0.1 s).
- agreement_open_s: one agreement read whole (``load_agreement``: parties, scope, addenda,
  obligations with what is overdue, meetings) on the dataset's last day, the median over 30 of
  them, each read --runs times and counted with its median: 10 of those in force, 20 of the
  others (ended, renewed, revoked, addenda, drafts) (target: at most 0.1 s);
  agreement_open_max_s: the slowest of them.
- agreement_warnings_s: the warnings of the tab and of start-up (``agreement_warnings``:
  agreements ending within the window, obligations and meetings' follow-ups overdue) on the
  dataset's last day (target: at most 0.02 s).
- staff_import_preview_s: a 10,000-row staff list (.xlsx, bench/staff_import.py, written once
  into bench/data) read and previewed against the five-year database's registry, as the import
  dialog does after the file is chosen: every row checked and matched by NIP (target: 5 s).
- inmate_import_preview_s: a 10,000-row inmate list laid out as an SDP export (.xlsx,
  bench/inmate_import.py, written once into bench/data; half the rows the dataset's inmates with
  their numbers typed loosely) read and previewed against the registry's 5,000 inmates and the
  blocks: every row checked, its block found and matched by register number (target: 5 s).
- kill9_trials, kill9_rows_lost (must be 0), kill9_integrity_failures, kill9_audit_breaks,
  kill9_audit_mismatches, kill9_half_written, kill9_writer_errors (all must be 0): a writer
  process doing service calls killed with SIGKILL 100 times (bench/kill9.py), with what the
  kills hit (kill9_writes_committed, kill9_inflight_committed, kill9_inflight_rolled_back).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_dataset import DEFAULT_DIR, make_dataset  # noqa: E402

if TYPE_CHECKING:
    from rutan_desk.reports.duty_order import DutyOrder

BARE_QT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _timed_process(command: list[str], runs: int) -> float:
    env = _environment()
    # The first run warms the file cache and writes the bytecode cache, as the first start of
    # an installed app does (pip compiles on install; a PyInstaller bundle ships bytecode), even
    # where PYTHONDONTWRITEBYTECODE is set for development.
    warm_env = {name: value for name, value in env.items() if name != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(command, env=warm_env, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def startup(runs: int) -> Iterator[tuple[str, float, str]]:
    make_dataset(DEFAULT_DIR)
    app = _timed_process(
        [sys.executable, "-m", "rutan_desk", "--data-dir", str(DEFAULT_DIR), "--quit-after-show"],
        runs,
    )
    bare = _timed_process([sys.executable, "-c", BARE_QT], runs)
    yield "startup_s", app, "s"
    yield "startup_bare_qt_s", bare, "s"
    yield "startup_ratio", app / bare, "ratio"


def sign_in_to_window(runs: int) -> Iterator[tuple[str, float, str]]:
    """The sign-in service alone, then the sign-in followed by the main window shown and its
    first tab filled, as the session opens it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.accounts.sign_in import sign_in
    from rutan_desk.services.demo import DEMO_OPERATOR, DEMO_PASSWORD
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.context import AppContext, AppEvents
    from rutan_desk.ui.main_window import MainWindow

    make_dataset(DEFAULT_DIR)
    app = QApplication.instance() or QApplication([])
    assert app is not None
    paths = resolve_paths(DEFAULT_DIR)
    db = Database(sqlite_url(paths.database_file))
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    verified, opened = [], []
    try:
        sign_in(db, DEMO_OPERATOR, DEMO_PASSWORD)  # warm: imports, first queries
        for _ in range(runs):
            started = time.perf_counter()
            signed = sign_in(db, DEMO_OPERATOR, DEMO_PASSWORD)
            verified.append(time.perf_counter() - started)
            started = time.perf_counter()
            signed = sign_in(db, DEMO_OPERATOR, DEMO_PASSWORD)
            ctx = AppContext(db, paths, signed.account.actor(), AppEvents(), settings)
            window = MainWindow(ctx)
            window.show()
            window.load()
            app.processEvents()
            opened.append(time.perf_counter() - started)
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        db.dispose()
    yield "login_verify_s", statistics.median(verified), "s"
    yield "login_to_window_s", statistics.median(opened), "s"


def roster_generation(runs: int) -> Iterator[tuple[str, float, str]]:
    """One year for 300 staff (4 regu of 60 on P-S-M-L), 8 posts, 3 shifts, written to SQLite
    in one transaction: the clerk's "Buat jadwal" for a whole year, each run a year not planned
    before; then the same year planned again (nothing changed: nothing is written)."""
    import tempfile
    from datetime import date

    from bench.make_dataset import BENCH_ACTOR, LARGE_SHAPE, set_up_roster
    from rutan_desk.services.context import ActionContext
    from rutan_desk.services.demo import populate_demo
    from rutan_desk.services.roster.generation import generate_period
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.store.migrate import prepare_database

    with tempfile.TemporaryDirectory() as folder:
        url = sqlite_url(Path(folder) / "roster.sqlite")
        prepare_database(url, Path(folder) / "backups")
        db = Database(url)
        try:
            people = populate_demo(db, LARGE_SHAPE, seed=7, with_roster=False)
            start = date(2025, 1, 1)
            ctx = ActionContext(db, BENCH_ACTOR).on_morning_of(start)
            set_up_roster(ctx, people, start)
            fresh, again = [], []
            for year in range(2025, 2025 + max(1, runs // 2)):
                started = time.perf_counter()
                generate_period(ctx, date(year, 1, 1), date(year, 12, 31))
                fresh.append(time.perf_counter() - started)
                started = time.perf_counter()
                generate_period(ctx, date(year, 1, 1), date(year, 12, 31))
                again.append(time.perf_counter() - started)
        finally:
            db.dispose()
    yield "roster_generate_year_s", statistics.median(fresh), "s"
    yield "roster_replan_year_s", statistics.median(again), "s"


def roster_month_open(runs: int) -> Iterator[tuple[str, float, str]]:
    """Opening November 2026 of the grid (300 people, five years in the database): the month's
    cells, absences and conflicts read through the services and put into the Qt model, against
    a raw sqlite3 read of the same cells in the same run."""
    import sqlite3
    from contextlib import closing

    from PySide6.QtWidgets import QApplication

    from bench.make_dataset import ROSTER_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.roster.grid import load_month, month_conflicts
    from rutan_desk.services.roster.queries import month_days
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.roster.month_model import RosterMonthModel

    database_file = make_dataset(DEFAULT_DIR)
    app = QApplication.instance() or QApplication([])
    assert app is not None
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    model = RosterMonthModel()
    year, month = ROSTER_LAST.year, ROSTER_LAST.month
    days = month_days(year, month)
    ours, raw, rules = [], [], []
    try:
        model.set_grid(load_month(db, year, month))  # warm: first query plans, imports
        for _ in range(runs):
            started = time.perf_counter()
            model.set_grid(load_month(db, year, month))
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            with closing(sqlite3.connect(database_file)) as connection:
                rows = connection.execute(
                    "SELECT staff_id, day, shift_code, post_id, source FROM roster_entry "
                    "WHERE day BETWEEN ? AND ?",
                    (days[0].isoformat(), days[-1].isoformat()),
                ).fetchall()
            raw.append(time.perf_counter() - started)
            assert len(rows) >= 240 * len(days)
            started = time.perf_counter()
            model.set_conflicts(month_conflicts(db, year, month))
            rules.append(time.perf_counter() - started)
    finally:
        db.dispose()
    yield "roster_month_open_s", statistics.median(ours), "s"
    yield "roster_month_raw_sqlite_s", statistics.median(raw), "s"
    yield "roster_month_open_ratio", statistics.median(ours) / statistics.median(raw), "ratio"
    # Checked right after the month is painted, then marked on the grid.
    yield "roster_month_conflicts_s", statistics.median(rules), "s"
    yield "roster_month_repaint_s", _grid_repaint(runs), "s"


def export_roster(runs: int) -> Iterator[tuple[str, float, str]]:
    """The month of ROSTER_LAST (300 people) exported from the grid's model to a file."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from bench.make_dataset import ROSTER_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.roster.grid import load_month
    from rutan_desk.services.table_export import export_table
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.roster.month_model import RosterMonthModel

    make_dataset(DEFAULT_DIR)
    app = QApplication.instance() or QApplication([])
    assert app is not None
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    model = RosterMonthModel()
    try:
        model.set_grid(load_month(db, ROSTER_LAST.year, ROSTER_LAST.month))
    finally:
        db.dispose()
    times: dict[str, list[float]] = {".xlsx": [], ".csv": []}
    with tempfile.TemporaryDirectory() as folder:
        for suffix, measured in times.items():
            target = Path(folder) / f"jadwal-jaga{suffix}"
            export_table(target, model.export_table("November 2026"))  # warm: imports
            for _ in range(runs):
                started = time.perf_counter()
                table = model.export_table("November 2026", ("JADWAL JAGA", "November 2026"))
                export_table(target, table)
                measured.append(time.perf_counter() - started)
            assert len(table.rows) >= 240
    yield "export_roster_xlsx_s", statistics.median(times[".xlsx"]), "s"
    yield "export_roster_csv_s", statistics.median(times[".csv"]), "s"


def roster_cell_edit(runs: int) -> Iterator[tuple[str, float, str]]:
    """One typed code, from the service call to the grid showing it: ``set_cell`` (with its
    rule check and audit entry) on a copy of the five-year database, then the roster tab's
    ``apply_changes`` with the change set it announced (the changed cell read again, put into
    the model, and the rules of the days it reaches checked again), 300 people on the month.
    Against the same single-row write through plain sqlite3 (an UPDATE and its commit)."""
    import shutil
    import sqlite3
    import tempfile
    from contextlib import closing

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.make_dataset import BENCH_ACTOR, ROSTER_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.roster.grid import set_cell
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.context import AppContext, AppEvents
    from rutan_desk.ui.roster.roster_tab import RosterTab

    source = make_dataset(DEFAULT_DIR)
    app = QApplication.instance() or QApplication([])
    assert app is not None
    ours, raw = [], []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "rutan-desk.sqlite"
        shutil.copyfile(source, copy)
        paths = resolve_paths(Path(folder))
        db = Database(sqlite_url(copy))
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(db, paths, BENCH_ACTOR, AppEvents(), settings)
        tab = RosterTab(ctx, today=ROSTER_LAST)
        tab.reload()
        app.processEvents()  # the month's conflicts are checked after it is painted
        month = tab.model.grid
        assert month is not None
        people = [p for p in month.people if not p.external]
        try:
            for run in range(runs + 1):
                person = people[run * 7 % len(people)]
                day = month.days[10 + run % 10]
                cells = month.cells.get((person.id, day), ())
                code = "Lb" if [c.code for c in cells] != ["Lb"] else "L"
                expected = tuple(c.code for c in cells)
                started = time.perf_counter()
                action = ctx.action()
                set_cell(action, person.id, day, code, expected=expected, override_reason="bench")
                tab.apply_changes(action.take_changes())
                elapsed = time.perf_counter() - started
                assert tab.model.data(tab.model.index_of(person.id, day)) == code
                if run:  # the first run warms the caches
                    ours.append(elapsed)
        finally:
            db.dispose()
        with closing(sqlite3.connect(copy, isolation_level=None)) as connection:
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            ids = [row[0] for row in connection.execute("SELECT id FROM roster_entry LIMIT 50")]
            for run in range(runs + 1):
                started = time.perf_counter()
                connection.execute("BEGIN IMMEDIATE")
                connection.execute(
                    "UPDATE roster_entry SET shift_code = ? WHERE id = ?",
                    ("P" if run % 2 else "S", ids[run % len(ids)]),
                )
                connection.execute("COMMIT")
                if run:
                    raw.append(time.perf_counter() - started)
    yield "roster_cell_edit_s", statistics.median(ours), "s"
    yield "roster_cell_edit_raw_sqlite_s", statistics.median(raw), "s"
    yield "roster_cell_edit_ratio", statistics.median(ours) / statistics.median(raw), "ratio"


def two_writers(runs: int) -> Iterator[tuple[str, float, str]]:
    """Two processes editing the same 20 people for 30 s (bench/two_writers.py)."""
    from bench.two_writers import run

    for name, value in run(None, 30.0).items():
        yield name, float(value), "count"


def kill9(runs: int) -> Iterator[tuple[str, float, str]]:
    """A writer killed with SIGKILL at random moments, the database checked after each kill
    (bench/kill9.py); ``runs`` does not apply: always its 100 trials."""
    from bench.kill9 import DEFAULT_TRIALS, run

    result = run(DEFAULT_TRIALS, seed=10)
    for problem in result.problems:
        print(problem, file=sys.stderr, flush=True)
    for name, value in result.figures().items():
        yield name, float(value), "count"


def _grid_repaint(runs: int) -> float:
    """Scrolling the month grid by a page and painting what is visible (target: under 16 ms)."""
    import tempfile

    from PySide6.QtCore import QSettings

    from bench.make_dataset import BENCH_ACTOR, ROSTER_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.context import AppContext, AppEvents
    from rutan_desk.ui.roster.roster_tab import RosterTab

    paths = resolve_paths(DEFAULT_DIR)
    db = Database(sqlite_url(paths.database_file))
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        ctx = AppContext(db, paths, BENCH_ACTOR, AppEvents(), settings)
        tab = RosterTab(ctx, today=ROSTER_LAST)
        tab.resize(1180, 720)
        tab.show()
        tab.reload()
        bar = tab.table.verticalScrollBar()
        times = []
        for step in range(max(runs, 5) * 3):
            bar.setValue((step * bar.pageStep()) % max(bar.maximum(), 1))
            started = time.perf_counter()
            tab.table.viewport().grab()
            times.append(time.perf_counter() - started)
        tab.close()
    db.dispose()
    return statistics.median(times)


def _forty_person_order() -> DutyOrder:
    """The piket order both duty_order_s and its LibreOffice peer render."""
    from datetime import date

    from rutan_desk.domain.institution import PaperSize
    from rutan_desk.reports.duty_order import DutyOrder, OrderedPerson, Signatory

    people = [
        OrderedPerson(
            f"Petugas Pengamanan {i:02d}, S.H.",
            "196804111993031009",
            "Penata Muda (III/a)",
            "Petugas Pengamanan",
            "Minggu, 31 Desember 2023 · Malam · P2U",
        )
        for i in range(40)
    ]
    return DutyOrder(
        number="W13.PAS.PAS11-PK.01.04.01-0123",
        basis=["Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan;"],
        people=people,
        tasks=["Melaksanakan tugas jaga;", "Melaporkan pelaksanaan tugas."],
        city="Blora",
        issued_on=date(2023, 12, 30),
        signatory=Signatory(
            "KEPALA RUMAH TAHANAN NEGARA KELAS IIB BLORA",
            "Nama Kepala",
            "196804111993031009",
            "IV/a",
        ),
        paper=PaperSize.F4,
        with_duty_column=True,
    )


def duty_order(runs: int) -> Iterator[tuple[str, float, str]]:
    """Rendering a Surat Perintah of 40 people to PDF bytes (target: at most 0.15 s), then, in the
    same run, LibreOffice converting the equivalent .docx to PDF (see bench/libreoffice_peer.py)."""
    from bench.libreoffice_peer import MISSING_SOFFICE, libreoffice_duty_order_s, soffice_path
    from rutan_desk.reports.duty_order import render_duty_order
    from rutan_desk.services.demo import DEMO_PROFILE

    order = _forty_person_order()
    render_duty_order(order, DEMO_PROFILE)  # fonts registered, modules loaded
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        render_duty_order(order, DEMO_PROFILE)
        times.append(time.perf_counter() - started)
    ours = statistics.median(times)
    yield "duty_order_s", ours, "s"
    if soffice_path() is None:
        # No fake figure: say why it is missing and go on with the other benchmarks.
        print(MISSING_SOFFICE, file=sys.stderr, flush=True)
        return
    libreoffice = libreoffice_duty_order_s(order, DEMO_PROFILE, runs)
    yield "duty_order_libreoffice_s", libreoffice, "s"
    yield "duty_order_speedup", libreoffice / ours, "x"


def roster_sheet(runs: int) -> Iterator[tuple[str, float, str]]:
    """The month sheet of 300 people, read from the database and rendered (target: 1 s)."""
    from bench.make_dataset import ROSTER_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.documents.sheets import roster_sheet_pdf
    from rutan_desk.store.engine import Database, sqlite_url

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    sheet_times = []
    try:
        for _ in range(max(1, runs // 3)):
            started = time.perf_counter()
            roster_sheet_pdf(db, ROSTER_LAST.year, ROSTER_LAST.month, made_on=ROSTER_LAST)
            sheet_times.append(time.perf_counter() - started)
    finally:
        db.dispose()
    yield "roster_sheet_s", statistics.median(sheet_times), "s"


def handover(runs: int) -> Iterator[tuple[str, float, str]]:
    """The handover form of the morning of ROSTER_LAST, a new one (three handovers a day for five
    years before it): prefilled and built into the Qt dialog (target: at most 0.15 s), the
    service alone; then the printed report of the morning before (target: at most 0.2 s)."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.make_dataset import BENCH_ACTOR, PDF_HANDOVER, ROSTER_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.handover.prefill import prefill_handover
    from rutan_desk.services.handover.queries import list_handovers, load_handover
    from rutan_desk.services.handover.report import handover_report_pdf
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.context import AppContext, AppEvents
    from rutan_desk.ui.handover.handover_dialog import HandoverDialog

    make_dataset(DEFAULT_DIR)
    app = QApplication.instance() or QApplication([])
    assert app is not None
    paths = resolve_paths(DEFAULT_DIR)
    db = Database(sqlite_url(paths.database_file))
    opened, prefilled, printed = [], [], []
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
            ctx = AppContext(db, paths, BENCH_ACTOR, AppEvents(), settings)
            draft = prefill_handover(db, ROSTER_LAST, "P")  # warm: imports, query plans
            assert draft.previous_id is not None and draft.counts and draft.officers
            HandoverDialog(ctx, draft).deleteLater()
            for _ in range(runs):
                started = time.perf_counter()
                draft = prefill_handover(db, ROSTER_LAST, "P")
                ready = time.perf_counter()
                dialog = HandoverDialog(ctx, draft)
                finished = time.perf_counter()
                dialog.deleteLater()
                app.processEvents()
                prefilled.append(ready - started)
                opened.append(finished - started)

        day, shift = PDF_HANDOVER
        (summary,) = [s for s in list_handovers(db, day, day) if s.outgoing_shift == shift]
        record = load_handover(db, summary.id)
        assert record.locked
        assert len(record.draft.movements) == len(record.draft.events) == 10
        handover_report_pdf(db, summary.id)  # warm: fonts, modules
        for _ in range(runs):
            started = time.perf_counter()
            handover_report_pdf(db, summary.id)
            printed.append(time.perf_counter() - started)
    finally:
        db.dispose()
    yield "handover_open_s", statistics.median(opened), "s"
    yield "handover_prefill_s", statistics.median(prefilled), "s"
    yield "handover_pdf_s", statistics.median(printed), "s"


def backup_verified(runs: int) -> Iterator[tuple[str, float, str]]:
    """One verified backup of the five-year database through the service (target: 2 s)."""
    import tempfile

    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.backups.making import make_backup
    from rutan_desk.services.context import ActionContext, Actor
    from rutan_desk.store.backup import remove_backup
    from rutan_desk.store.engine import Database, sqlite_url

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    ctx = ActionContext(db, Actor.system("bench"))
    times = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(runs):
                started = time.perf_counter()
                made = make_backup(ctx, Path(folder))
                times.append(time.perf_counter() - started)
                assert made.backup.verified, made.backup.failures
                remove_backup(made.backup.path)
    finally:
        db.dispose()
    yield "backup_verified_s", statistics.median(times), "s"


def integrity_check(runs: int) -> Iterator[tuple[str, float, str]]:
    """The start-up check of the five-year database file (runs after the window shows)."""
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.database_health import check_database
    from rutan_desk.store.engine import Database, sqlite_url

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    times = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            report = check_database(db)
            times.append(time.perf_counter() - started)
            assert report.checked and not report.damaged, report.problems
    finally:
        db.dispose()
    yield "integrity_check_s", statistics.median(times), "s"


def incidents(runs: int) -> Iterator[tuple[str, float, str]]:
    """The incident list searched as the clerk types (a query after each pause) and one
    incident opened, over the 100,000 incidents of the dataset. Each typed text is timed
    ``runs`` times and counts with its median."""
    import random

    from sqlalchemy import func, select

    from bench.incidents import typed_queries
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.incidents.queries import list_incidents, load_incident
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.store.models.incidents import IncidentRow

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    try:
        queries = typed_queries(db)
        for query in queries:  # warm: query plans, the pages the searches read
            assert list_incidents(db, query), query
        searched = []
        for query in queries:
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                list_incidents(db, query)
                times.append(time.perf_counter() - started)
            searched.append(statistics.median(times))
        with db.read() as session:
            top = session.scalar(select(func.max(IncidentRow.id))) or 0
        chosen = random.Random(3).sample(range(1, top + 1), 30)
        load_incident(db, chosen[0])
        opened = []
        for incident_id in chosen:
            started = time.perf_counter()
            load_incident(db, incident_id)
            opened.append(time.perf_counter() - started)
    finally:
        db.dispose()
    yield "incident_search_s", statistics.median(searched), "s"
    yield "incident_search_max_s", max(searched), "s"
    yield "incident_open_s", statistics.median(opened), "s"


def kamtib_tab(runs: int) -> Iterator[tuple[str, float, str]]:
    """The Kamtib tab opened on the 100,000 incidents of the dataset as the main window does
    when it is first shown: the tab built and its incident list read (the newest 500 of the
    last year, the filters' choices) (target: at most 0.2 s)."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.make_dataset import BENCH_ACTOR
    from rutan_desk.paths import resolve_paths
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.context import AppContext, AppEvents
    from rutan_desk.ui.kamtib.kamtib_tab import KamtibTab

    make_dataset(DEFAULT_DIR)
    app = QApplication.instance() or QApplication([])
    assert app is not None
    paths = resolve_paths(DEFAULT_DIR)
    db = Database(sqlite_url(paths.database_file))
    opened = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
            ctx = AppContext(db, paths, BENCH_ACTOR, AppEvents(), settings)
            warm = KamtibTab(ctx)  # warm: imports, query plans
            warm.reload()
            warm.deleteLater()
            for _ in range(runs):
                started = time.perf_counter()
                tab = KamtibTab(ctx)
                tab.reload()
                opened.append(time.perf_counter() - started)
                assert tab.incidents.model.rowCount() > 0
                tab.deleteLater()
                app.processEvents()
    finally:
        db.dispose()
    yield "kamtib_tab_open_s", statistics.median(opened), "s"


def kamtib_recap_pdf(runs: int) -> Iterator[tuple[str, float, str]]:
    """The Rekapitulasi Gangguan Kamtib of the dataset's last full month (of 100,000 incidents
    over ten years, some 800 a month) read and rendered to PDF (target: at most 1 s)."""
    from bench.make_dataset import ROSTER_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.kamtib_reports.monthly import kamtib_recap_pdf as recap_pdf
    from rutan_desk.store.engine import Database, sqlite_url

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    first = ROSTER_LAST.replace(day=1)
    year, month = (first.year, first.month - 1) if first.month > 1 else (first.year - 1, 12)
    printed = []
    try:
        recap_pdf(db, year, month)  # warm: fonts, modules
        for _ in range(runs):
            started = time.perf_counter()
            recap_pdf(db, year, month)
            printed.append(time.perf_counter() - started)
    finally:
        db.dispose()
    yield "kamtib_recap_pdf_s", statistics.median(printed), "s"


def agreements_tab(runs: int) -> Iterator[tuple[str, float, str]]:
    """The Kerja Sama tab opened on the dataset's 2,000 agreements as the main window does
    when it is first shown: the tab built and its agreements page read, on the dataset's last
    day (target: at most 0.1 s)."""
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.make_dataset import AGREEMENTS_LAST, BENCH_ACTOR
    from rutan_desk.paths import resolve_paths
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.ui.agreements.agreements_tab import AgreementsTab
    from rutan_desk.ui.context import AppContext, AppEvents

    make_dataset(DEFAULT_DIR)
    app = QApplication.instance() or QApplication([])
    assert app is not None
    paths = resolve_paths(DEFAULT_DIR)
    db = Database(sqlite_url(paths.database_file))
    opened = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
            ctx = AppContext(db, paths, BENCH_ACTOR, AppEvents(), settings)
            warm = AgreementsTab(ctx, today=AGREEMENTS_LAST)  # warm: imports, query plans
            warm.reload()
            warm.deleteLater()
            for _ in range(runs):
                started = time.perf_counter()
                tab = AgreementsTab(ctx, today=AGREEMENTS_LAST)
                tab.reload()
                opened.append(time.perf_counter() - started)
                assert tab.agreements.model.rowCount() > 0
                tab.deleteLater()
                app.processEvents()
    finally:
        db.dispose()
    yield "agreements_tab_open_s", statistics.median(opened), "s"


def agreement_open(runs: int) -> Iterator[tuple[str, float, str]]:
    """One agreement read whole, over 30 of the dataset's (10 in force, 20 of the others),
    on the dataset's last day; each timed ``runs`` times and counted with its median."""
    import random

    from bench.make_dataset import AGREEMENTS_LAST
    from rutan_desk.domain.agreements import AgreementStatus
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.agreements.queries import list_agreements, load_agreement
    from rutan_desk.store.engine import Database, sqlite_url

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    try:
        listed = list_agreements(db, AGREEMENTS_LAST)
        running = (AgreementStatus.BERLAKU, AgreementStatus.SEGERA_BERAKHIR)
        in_force = sorted(a.id for a in listed if a.status in running)
        others = sorted(a.id for a in listed if a.status not in running)
        rng = random.Random(3)
        chosen = rng.sample(in_force, 10) + rng.sample(others, 20)
        load_agreement(db, chosen[0], AGREEMENTS_LAST)  # warm: imports, query plans
        opened = []
        for agreement_id in chosen:
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                load_agreement(db, agreement_id, AGREEMENTS_LAST)
                times.append(time.perf_counter() - started)
            opened.append(statistics.median(times))
    finally:
        db.dispose()
    yield "agreement_open_s", statistics.median(opened), "s"
    yield "agreement_open_max_s", max(opened), "s"


def agreement_warnings(runs: int) -> Iterator[tuple[str, float, str]]:
    """The warnings of the tab and of start-up on the dataset's last day (target: at most
    0.02 s)."""
    from bench.make_dataset import AGREEMENTS_LAST
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.agreements.warnings import agreement_warnings as warnings_on
    from rutan_desk.store.engine import Database, sqlite_url

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    times = []
    try:
        warned = warnings_on(db, AGREEMENTS_LAST)  # warm: imports, query plans
        assert warned.expiring and warned.overdue_obligations, warned
        for _ in range(runs):
            started = time.perf_counter()
            warnings_on(db, AGREEMENTS_LAST)
            times.append(time.perf_counter() - started)
    finally:
        db.dispose()
    yield "agreement_warnings_s", statistics.median(times), "s"


def staff_import_preview(runs: int) -> Iterator[tuple[str, float, str]]:
    """Reading and previewing a 10,000-row staff list against the registry (target: 5 s)."""
    from datetime import date

    from bench.staff_import import ROWS, staff_file
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.imports.sheet import read_table
    from rutan_desk.services.staff.importing import (
        STAFF_HEADERS,
        guess_staff_mapping,
        preview_staff_import,
    )
    from rutan_desk.store.engine import Database, sqlite_url

    make_dataset(DEFAULT_DIR)
    path = staff_file(DEFAULT_DIR.parent)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    times = []
    try:
        for _ in range(min(runs, 3)):  # seconds each: three runs give a fair median
            started = time.perf_counter()
            table = read_table(path, guess=STAFF_HEADERS)
            plan = preview_staff_import(
                db, table, guess_staff_mapping(table), today=date(2030, 1, 1)
            )
            times.append(time.perf_counter() - started)
            assert len(plan.rows) == ROWS, len(plan.rows)
    finally:
        db.dispose()
    yield "staff_import_preview_s", statistics.median(times), "s"


def inmate_import_preview(runs: int) -> Iterator[tuple[str, float, str]]:
    """Reading and previewing a 10,000-row SDP inmate list against the registry (target: 5 s)."""
    from datetime import date

    from sqlalchemy import select

    from bench.inmate_import import ROWS, inmate_file
    from rutan_desk.paths import resolve_paths
    from rutan_desk.services.imports.sheet import read_table
    from rutan_desk.services.inmates.importing import (
        INMATE_HEADERS,
        RowStatus,
        guess_inmate_mapping,
        preview_inmate_import,
    )
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.store.models.inmates import InmateRow

    make_dataset(DEFAULT_DIR)
    db = Database(sqlite_url(resolve_paths(DEFAULT_DIR).database_file))
    times = []
    try:
        with db.read() as session:
            existing = session.execute(
                select(InmateRow.register_number, InmateRow.name).order_by(InmateRow.id)
            ).all()
        path = inmate_file(DEFAULT_DIR.parent, [(number, name) for number, name in existing])
        for _ in range(min(runs, 3)):  # seconds each: three runs give a fair median
            started = time.perf_counter()
            table = read_table(path, guess=INMATE_HEADERS)
            plan = preview_inmate_import(
                db, table, guess_inmate_mapping(table), today=date(2030, 1, 1)
            )
            times.append(time.perf_counter() - started)
            assert len(plan.rows) == ROWS, len(plan.rows)
            assert all(plan.counts[status] for status in RowStatus), plan.counts
    finally:
        db.dispose()
    yield "inmate_import_preview_s", statistics.median(times), "s"


BENCHMARKS: dict[str, Callable[[int], Iterator[tuple[str, float, str]]]] = {
    "duty_order": duty_order,
    "roster_sheet": roster_sheet,
    "startup": startup,
    "login": sign_in_to_window,
    "roster_generate": roster_generation,
    "roster_month": roster_month_open,
    "roster_cell_edit": roster_cell_edit,
    "export_roster": export_roster,
    "two_writers": two_writers,
    "kill9": kill9,
    "handover": handover,
    "backup": backup_verified,
    "integrity": integrity_check,
    "incident": incidents,
    "kamtib_tab": kamtib_tab,
    "kamtib_recap": kamtib_recap_pdf,
    "agreements_tab": agreements_tab,
    "agreement_open": agreement_open,
    "agreement_warnings": agreement_warnings,
    "staff_import": staff_import_preview,
    "inmate_import": inmate_import_preview,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", default="", help="run only figures whose name starts so")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # The grid and handover-form figures build Qt widgets in this process: no screen needed.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for prefix, benchmark in BENCHMARKS.items():
        if args.only and not (prefix.startswith(args.only) or args.only.startswith(prefix)):
            continue
        for name, value, unit in benchmark(args.runs):
            if name.startswith(args.only):
                print(
                    json.dumps({"name": name, "value": round(value, 4), "unit": unit}), flush=True
                )


if __name__ == "__main__":
    main()
