"""Numbers issued at the same moment by two PCs: two processes (``spawn``, each with its own
engine and connections, as two PCs have) issue at once against one database, and every
document and every incident gets a number, none twice, none skipped. On SQLite (one file) and
on PostgreSQL (the shared server, where issuing once failed with a UniqueViolation while the
numbering setting had never been saved).

The letter register's kinds share one mechanism (a lock on the kind's row, then the next free
serial; duty orders, handover reports, Kamtib reports, berita acara and incident reports all
issue through it); incidents take their own serial (the next after the year's highest, tried
again when another PC took it)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from datetime import date, datetime
from multiprocessing.synchronize import Barrier

import pytest
from sqlalchemy import delete, select

from rutan_desk.domain.documents import DocumentKind
from rutan_desk.domain.incidents import Severity
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents import register
from rutan_desk.services.incidents.forms import IncidentDraft
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.store.engine import Database
from rutan_desk.store.models.documents import DocumentKindRow, IssuedDocumentRow
from rutan_desk.store.models.incidents import IncidentRow
from tests.conftest import ACTOR

PER_PROCESS = 15
PROCESSES = 2
ORDER_DAY = date(2024, 3, 4)
ORDER = DocumentKind.SURAT_PERINTAH
HAPPENED = datetime(2024, 3, 4, 10, 0)


def fake_pdf(number: str, _code: str) -> bytes:
    return f"%PDF-1.4 {number}".encode()


def _issue_orders(ctx: ActionContext) -> str:
    return register.issue_document(
        ctx, kind=ORDER.value, title="Surat perintah jaga", on=ORDER_DAY, source={}, render=fake_pdf
    ).number


def _save_incidents(ctx: ActionContext) -> str:
    draft = IncidentDraft(
        type_id=1,
        severity=Severity.RINGAN,
        happened_at=HAPPENED,
        reported_at=HAPPENED,
        summary="Keributan kecil di halaman",
        other_place="Halaman",
        chronology="Dilerai petugas.",
    )
    return str(save_incident(ctx, draft))


WORK: dict[str, Callable[[ActionContext], str]] = {
    "orders": _issue_orders,
    "incidents": _save_incidents,
}


def _worker(url: str, work: str, barrier: Barrier, results: multiprocessing.Queue[object]) -> None:
    """One PC: waits for the other, then issues ``PER_PROCESS`` times as fast as it can."""
    db = Database(url)
    done: list[str] = []
    failures: list[str] = []
    try:
        ctx = ActionContext(db, ACTOR)
        barrier.wait(timeout=60)
        for _ in range(PER_PROCESS):
            try:
                done.append(WORK[work](ctx))
            except Exception as error:  # every failure is reported to the test
                failures.append(f"{type(error).__name__}: {error}")
    finally:
        db.dispose()
        results.put((done, failures))


def run_at_once(db: Database, work: str) -> list[str]:
    """What ``PROCESSES`` processes issued at once; fails the test on any failure."""
    url = db.url.render_as_string(hide_password=False)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(PROCESSES)
    results: multiprocessing.Queue[object] = spawn.Queue()
    processes = [
        spawn.Process(target=_worker, args=(url, work, barrier, results)) for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    collected = [results.get(timeout=120) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    issued: list[str] = []
    for done, failures in collected:  # type: ignore[misc]
        assert failures == []
        issued += done
    return issued


def serials_and_numbers(db: Database) -> tuple[list[int], list[str]]:
    with db.read() as session:
        rows = session.execute(
            select(IssuedDocumentRow.serial, IssuedDocumentRow.number)
            .where(IssuedDocumentRow.kind == ORDER.value)
            .order_by(IssuedDocumentRow.serial)
        ).all()
    return [serial for serial, _ in rows], [number for _, number in rows]


@pytest.mark.parametrize("settings", ["never_saved", "kind_row_missing"])
def test_duty_orders_issued_at_once_by_two_pcs_are_numbered_gapless(
    db: Database, settings: str
) -> None:
    """``never_saved``: a new database, whose numbering the clerk never touched;
    ``kind_row_missing``: a kind newer than the database's last upgrade, whose row the first
    issue adds (both PCs try to add it at once)."""
    if settings == "kind_row_missing":
        with db.write("uji") as session:
            session.execute(delete(DocumentKindRow).where(DocumentKindRow.kind == ORDER.value))
    issued = run_at_once(db, "orders")
    total = PROCESSES * PER_PROCESS
    assert len(issued) == total
    serials, numbers = serials_and_numbers(db)
    assert serials == list(range(1, total + 1))
    assert sorted(numbers) == sorted(issued)
    assert len(set(numbers)) == total


def test_duty_orders_issued_at_once_after_the_pattern_changed_mid_year(db: Database) -> None:
    """Saved settings, changed in the middle of the year: the serial goes on from the last one
    issued under the old pattern, in both processes."""
    ctx = ActionContext(db, ACTOR)
    assert [_issue_orders(ctx), _issue_orders(ctx)] == ["SP-0001/III/2024", "SP-0002/III/2024"]
    settings = register.document_settings(db)
    register.save_document_settings(ctx, settings.with_pattern(ORDER, "SP.{nomor:04d}/{tahun}"))
    before = 2
    issued = run_at_once(db, "orders")
    total = before + PROCESSES * PER_PROCESS
    serials, numbers = serials_and_numbers(db)
    assert serials == list(range(1, total + 1))
    assert len(set(numbers)) == total
    assert sorted(issued) == [f"SP.{serial:04d}/2024" for serial in range(before + 1, total + 1)]


def test_incidents_saved_at_once_by_two_pcs_are_numbered_gapless(db: Database) -> None:
    issued = run_at_once(db, "incidents")
    total = PROCESSES * PER_PROCESS
    assert len(issued) == total
    with db.read() as session:
        rows = session.execute(
            select(IncidentRow.serial, IncidentRow.number).order_by(IncidentRow.serial)
        ).all()
    assert [serial for serial, _ in rows] == list(range(1, total + 1))
    assert len({number for _, number in rows}) == total
