"""``rutan-desk --self-test``: is this installation whole? For the frozen bundle above all.

Each step goes through the code the app itself runs, in a temporary folder (the user's data
folder and settings are never touched): the migrations to head, a write through a service, the
holidays package, a printed sheet (reportlab, the bundled fonts, the logo, babel's Indonesian
dates), its preview (QtPdf) and the Indonesian translation. One line per step, e.g.
``ok migrate 0.4 s`` or ``FAILED render: <reason>``; the exit code is 0 when every step passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from rutan_desk.paths import resources_dir

if TYPE_CHECKING:
    from rutan_desk.services.context import ActionContext
    from rutan_desk.services.database import Database

EXIT_OK = 0
EXIT_FAILED = 1
_PASSWORD = "uji-mandiri-sekali-pakai"  # of an account in a database deleted at the end


@dataclass
class _Run:
    """What the steps hand on to each other."""

    folder: Path
    db: Database | None = None
    ctx: ActionContext | None = None
    pdf: bytes = b""

    def context(self) -> ActionContext:
        assert self.ctx is not None, "the database step did not run"
        return self.ctx

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()  # Windows cannot delete an open SQLite file


def _migrate(run: _Run) -> str:
    from rutan_desk.services.context import ActionContext, Actor
    from rutan_desk.services.database import open_database, sqlite_url
    from rutan_desk.store.schema import KNOWN_REVISIONS

    url = sqlite_url(run.folder / "self-test.sqlite")
    run.db, _result = open_database(url, run.folder / "backups")
    run.ctx = ActionContext(run.db, Actor.system("self-test"))
    return f"(a new database migrated to {KNOWN_REVISIONS[-1]})"


def _write(run: _Run) -> str:
    from rutan_desk.domain.staff import StaffDraft, StaffKind
    from rutan_desk.services.accounts.admin import create_first_administrator
    from rutan_desk.services.accounts.sign_in import sign_in
    from rutan_desk.services.staff.records import list_staff
    from rutan_desk.services.staff.registry import create_staff

    ctx = run.context()
    # The password hash (argon2, a compiled library) is made and checked.
    create_first_administrator(ctx.db, "uji", "Uji Mandiri", _PASSWORD)
    sign_in(ctx.db, "uji", _PASSWORD)
    person = StaffDraft(
        StaffKind.INTERNAL,
        "Uji Mandiri",
        nip="198501012010011002",
        golongan="III/a",
        position="Penjaga Tahanan",
        unit="KPR",
    )
    create_staff(ctx, person)
    names = [record.name for record in list_staff(ctx.db)]
    if names != ["Uji Mandiri"]:
        raise RuntimeError(f"read back {names!r} instead of the person written")
    return "(an administrator signed in, a staff record written and read back)"


def _holidays(run: _Run) -> str:
    from rutan_desk.services.calendar.edits import import_year

    added = import_year(run.context(), run.context().today().year)
    if added == 0:
        raise RuntimeError("the holidays package proposed no holiday")
    return f"({added} holidays imported)"


def _render(run: _Run) -> str:
    from rutan_desk.services.documents.sheets import roster_sheet_date, roster_sheet_pdf

    ctx = run.context()
    today = ctx.today()
    made_on = roster_sheet_date(ctx.db, today.year, today.month)
    run.pdf = roster_sheet_pdf(ctx.db, today.year, today.month, made_on=made_on)
    if not run.pdf.startswith(b"%PDF"):
        raise RuntimeError("the roster sheet is not a PDF")
    return f"(roster sheet, {len(run.pdf) // 1024} KiB)"


def _preview(run: _Run) -> str:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    _application()
    buffer = QBuffer()
    buffer.setData(QByteArray(run.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    try:
        pages = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or pages < 1:
            raise RuntimeError(f"QPdfDocument: {document.error().name}, {pages} pages")
    finally:
        document.close()
        buffer.close()
    return f"({pages} page{'s' if pages > 1 else ''})"


def _translations(run: _Run) -> str:
    from PySide6.QtCore import QTranslator

    folder = resources_dir() / "i18n"
    translator = QTranslator()
    if not translator.load("rutan_desk_id", str(folder)) or translator.isEmpty():
        raise RuntimeError(f"no Indonesian translation in {folder}")
    return "(Indonesian)"


def _application() -> object:
    """The Qt application the PDF preview needs (the app's own when run inside it)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(sys.argv[:1])


STEPS: list[tuple[str, Callable[[_Run], str]]] = [
    ("migrate", _migrate),
    ("write", _write),
    ("holidays", _holidays),
    ("render", _render),
    ("preview", _preview),
    ("translations", _translations),
]


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step, print one line for each; EXIT_OK when all passed. A step after a
    failed one is skipped (it builds on what the failed one made)."""
    out = out or _console()
    failed = False
    started_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="rutan-desk-self-test-") as folder:
        run = _Run(Path(folder))
        try:
            for name, step in STEPS:
                if failed:
                    print(f"skipped {name}", file=out)
                    continue
                started = time.perf_counter()
                try:
                    detail = step(run)
                except Exception as error:
                    failed = True
                    print(f"FAILED {name}: {type(error).__name__}: {error}", file=out)
                else:
                    seconds = time.perf_counter() - started
                    print(f"ok {name} {seconds:.1f} s {detail}", file=out)
        finally:
            run.close()
    total = time.perf_counter() - started_all
    verdict = "FAILED" if failed else "passed"
    print(f"self-test {verdict} in {total:.1f} s", file=out)
    out.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _console() -> TextIO:
    """Standard output; a windowed build on Windows has none (use rutan-desk-console.exe to
    read the lines there), and the exit code still tells."""
    if sys.stdout is not None:
        return sys.stdout
    return open(os.devnull, "w", encoding="utf-8")  # kept open until the process ends
