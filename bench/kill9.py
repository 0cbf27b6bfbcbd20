"""Crash durability: a writer process doing real service calls is killed with SIGKILL at random
moments; after each kill the database must be whole and hold every write the writer was told
had committed.

    python bench/kill9.py [--trials 100] [--seed 10] [--db PATH]

One demo database (``populate_demo``) is made for the run and reused by every trial, so damage
would accumulate. Each trial starts a fresh Python process (the writer) on it, acting as the
system actor ``sistem:kill9`` in a loop of service calls: roster cells set by hand
(``grid.set_cell`` with an override reason, in March 2025), the handover chain continued from
the demo's December 2023 (the next shift change prefilled, counted, saved, handed over,
received, acknowledged, and now and then its report issued into the register), small duty
orders issued (``issue_duty_order``) and some of them cancelled. Before each call the writer
appends an *intent* line to a journal (what it is about to write, and the state it read) and
after the call returns a *done* line (what the service reported: the cell's codes, the
handover's id and status, the document's number and SHA-256), each fsynced.

The parent waits until the writer is ready, lets it run 50–800 ms, kills it with SIGKILL and
checks, on the database as the next process finds it:

- ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` finds nothing;
- every write journaled as done, in this trial and all earlier ones, is in the database as
  written (a roster cell holds the codes, a handover has its id and status and report, a
  document its number, title, SHA-256 and status): else it is a lost row;
- the one call the kill interrupted (an intent without its done line) either committed
  entirely or left nothing: its record is in the state read before or the one asked for;
- the audit chain verifies (``verify_audit_chain``), and the latest audit entry of every record
  written agrees with the record (code, status, version, the PDF's SHA-256);
- nothing is half-written: every issued document has a whole PDF (``%PDF-`` … ``%%EOF``) whose
  SHA-256 is the one stored, the serials of a year have no gap, a cancelled document has its
  reason and time; every handover has its officers, counts and equipment lines, the signer and
  time of each signature its status claims, opening counts equal to the previous handover's
  counted numbers, the previous handover it points at, and a report (if any) of its own.

Prints JSON lines like bench/run.py: kill9_trials; kill9_rows_lost (journaled writes missing or
not as written); kill9_integrity_failures and kill9_audit_breaks (trials whose integrity check
or audit chain failed); kill9_audit_mismatches and kill9_half_written (records, each counted
once); kill9_writer_errors (a writer that stopped by itself or whose call raised): all must be
0. Then what the kills hit: kill9_writes_committed (done lines checked),
kill9_inflight_committed (killed after the commit, before the done line) and
kill9_inflight_rolled_back (killed inside the call: nothing may be left). Details of any
failure go to stderr.

A SIGKILL tests that a transaction is all-or-nothing when the process dies at any instruction;
it does not test a power cut (the operating system still writes out what the process had
handed it), which needs ``synchronous = FULL`` (set by the store) and a disk that honours
flushes.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_TRIALS = 100
WRITER_ACTOR = "kill9"
CELL_MONTH = (2025, 3)  # the roster cells the writer edits
CELL_REASON = "kill9: uji ketahanan terhadap matinya proses"
DELAY_S = (0.05, 0.8)  # how long the writer runs before it is killed
READY_TIMEOUT_S = 120.0
TITLE_PREFIX = "kill9"
# How often each kind of call is chosen.
WEIGHTS = {"cell": 45, "handover": 35, "document": 12, "cancel": 8}


# -- the writer (a process of its own) -------------------------------------------------------


class _Journal:
    """Append-only JSON lines, each on disk (fsync) before the writer goes on."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def write(self, record: dict[str, Any]) -> None:
        os.write(self._fd, (json.dumps(record, sort_keys=True) + "\n").encode("utf-8"))
        os.fsync(self._fd)


@dataclass(frozen=True)
class _Step:
    intent: dict[str, Any]
    call: Callable[[Any], dict[str, Any]]  # (ActionContext) -> what the service reported


class _Writer:
    def __init__(self, database_file: Path, trial: int, seed: int) -> None:
        from rutan_desk.services.context import ActionContext, Actor
        from rutan_desk.services.roster.queries import month_days, shift_types
        from rutan_desk.services.staff.records import list_staff
        from rutan_desk.store.engine import Database, sqlite_url

        self.db = Database(sqlite_url(database_file))
        self.ctx = ActionContext(self.db, Actor.system(WRITER_ACTOR))
        self.trial = trial
        self.rng = random.Random(seed)
        staff = list_staff(self.db)
        self.guards = sorted(r.id for r in staff if r.unit.startswith("Regu "))
        self.ka_kpr = next(r.id for r in staff if r.position == "Kepala Kesatuan Pengamanan Rutan")
        self.head = next(r.id for r in staff if r.position == "Kepala Rumah Tahanan Negara")
        self.shifts = {s.code: s for s in shift_types(self.db)}
        self.codes = sorted(self.shifts)
        self.working = sorted(code for code, s in self.shifts.items() if s.working)
        self.days = month_days(*CELL_MONTH)
        # Warm the imports the calls need, so that the kills land in service calls.
        import rutan_desk.services.documents.duty_orders
        import rutan_desk.services.handover.report
        import rutan_desk.services.handover.saving  # noqa: F401

    def next_step(self, op: int) -> _Step:
        kinds = list(WEIGHTS)
        kind = self.rng.choices(kinds, weights=[WEIGHTS[k] for k in kinds])[0]
        step = None
        if kind == "handover":
            step = self._handover_step()
        elif kind == "cancel":
            step = self._cancel_step()
        if kind == "document" or (kind == "cancel" and step is None):
            step = self._document_step(op)
        return step or self._cell_step()

    # roster cells
    def _cell_step(self) -> _Step:
        from rutan_desk.services.roster.grid import load_cells, set_cell

        staff_id = self.rng.choice(self.guards)
        day = self.rng.choice(self.days)
        before = tuple(cell.code for cell in load_cells(self.db, [(staff_id, day)])[staff_id, day])
        code = self.rng.choice([c for c in self.codes if (c,) != before])
        intent = {
            "kind": "cell",
            "staff": staff_id,
            "day": day.isoformat(),
            "before": list(before),
            "after": [code],
        }

        def call(ctx: Any) -> dict[str, Any]:
            edit = set_cell(ctx, staff_id, day, code, override_reason=CELL_REASON, expected=before)
            return {"codes": [entry.code for entry in edit.after]}

        return _Step(intent, call)

    # the handover chain
    def _handover_step(self) -> _Step | None:
        from sqlalchemy import select

        from rutan_desk.domain.handover import HandoverStatus, OfficerSide, SignRole
        from rutan_desk.services.handover.report import issue_handover_report
        from rutan_desk.services.handover.saving import sign_handover
        from rutan_desk.store.models.handover import HandoverOfficerRow, HandoverRow

        with self.db.read() as session:
            last = session.scalars(
                select(HandoverRow)
                .order_by(HandoverRow.outgoing_start.desc(), HandoverRow.id.desc())
                .limit(1)
            ).first()
            if last is None:
                return None
            officers = list(
                session.execute(
                    select(
                        HandoverOfficerRow.staff_id,
                        HandoverOfficerRow.side,
                        HandoverOfficerRow.status,
                    ).where(HandoverOfficerRow.handover_id == last.id)
                )
            )
        status = HandoverStatus(last.status)
        key = {"day": last.day.isoformat(), "shift": last.outgoing_shift, "id": last.id}
        if status == HandoverStatus.ACKNOWLEDGED:
            if last.document_id is None and _reported(last.day, last.outgoing_shift):
                intent = {"kind": "handover", "step": "report", **key}

                def report(ctx: Any) -> dict[str, Any]:
                    return {"document": _document_fact(issue_handover_report(ctx, last.id))}

                return _Step(intent, report)
            return self._save_step(last.incoming_day, last.incoming_shift)

        def present(side: OfficerSide) -> list[int]:
            return [s for s, sd, st in officers if sd == side.value and st != "tidak_hadir"]

        change_at = last.change_at
        if status == HandoverStatus.DRAFT:
            role, at = SignRole.HAND_OVER, change_at + timedelta(minutes=5)
            signer = _first_free(
                [last.outgoing_karupam_id, *present(OfficerSide.OUTGOING), *self.guards], set()
            )
        elif status == HandoverStatus.HANDED_OVER:
            role, at = SignRole.RECEIVE, change_at + timedelta(minutes=8)
            signer = _first_free(
                [last.incoming_karupam_id, *present(OfficerSide.INCOMING), *self.guards],
                {last.handed_by_id},
            )
        else:
            role, at = SignRole.ACKNOWLEDGE, change_at + timedelta(minutes=30)
            signer = _first_free(
                [self.ka_kpr, self.head, *self.guards], {last.handed_by_id, last.received_by_id}
            )
        after = {
            SignRole.HAND_OVER: HandoverStatus.HANDED_OVER,
            SignRole.RECEIVE: HandoverStatus.RECEIVED,
            SignRole.ACKNOWLEDGE: HandoverStatus.ACKNOWLEDGED,
        }[role]
        intent = {
            "kind": "handover",
            "step": role.value,
            "before": status.value,
            "after": after.value,
            **key,
        }

        def sign(ctx: Any) -> dict[str, Any]:
            return {"status": sign_handover(ctx, last.id, role, signer, at).value}

        return _Step(intent, sign)

    def _save_step(self, day: date, shift: str) -> _Step:
        from rutan_desk.services.handover.prefill import prefill_handover
        from rutan_desk.services.handover.saving import save_handover

        intent = {"kind": "handover", "step": "save", "day": day.isoformat(), "shift": shift}

        def save(ctx: Any) -> dict[str, Any]:
            draft = prefill_handover(self.db, day, shift)
            # Everyone is there: counted what the previous handover left.
            draft = replace(
                draft, counts=tuple(replace(c, counted=c.opening) for c in draft.counts)
            )
            return {"id": save_handover(ctx, draft), "status": "draft"}

        return _Step(intent, save)

    # the register
    def _document_step(self, op: int) -> _Step | None:
        from rutan_desk.services.documents.duty_orders import draft_duty_order, issue_duty_order

        day = self.rng.choice(self.days)
        shift = self.rng.choice(self.working)
        title = f"{TITLE_PREFIX} {self.trial}-{op}: Surat Perintah jaga {day:%d-%m-%Y} {shift}"
        intent = {"kind": "document", "title": title}

        def issue(ctx: Any) -> dict[str, Any]:
            order = draft_duty_order(self.db, day, day, {shift}, issued_on=day)
            return {"document": _document_fact(issue_duty_order(ctx, order, title))}

        return _Step(intent, issue)

    def _cancel_step(self) -> _Step | None:
        from sqlalchemy import select

        from rutan_desk.services.documents.register import cancel_document
        from rutan_desk.store.models.documents import IssuedDocumentRow

        with self.db.read() as session:
            candidates = list(
                session.execute(
                    select(IssuedDocumentRow.id, IssuedDocumentRow.version).where(
                        IssuedDocumentRow.status == "issued",
                        IssuedDocumentRow.kind == "surat_perintah",
                        IssuedDocumentRow.title.startswith(f"{TITLE_PREFIX} "),
                    )
                )
            )
        if not candidates:
            return None
        document_id, version = self.rng.choice(candidates)
        intent = {"kind": "cancel", "id": document_id}

        def cancel(ctx: Any) -> dict[str, Any]:
            done = cancel_document(
                ctx, document_id, "Dibatalkan oleh uji kill9.", expected_version=version
            )
            return {"status": "cancelled" if done.cancelled else "issued"}

        return _Step(intent, cancel)


def _reported(day: date, shift: str) -> bool:
    """The handovers whose report is issued into the register: the night of every fourth day."""
    return shift == "M" and day.day % 4 == 0


def _first_free(candidates: list[int | None], taken: set[int | None]) -> int:
    return next(c for c in candidates if c is not None and c not in taken)


def _document_fact(document: Any) -> dict[str, Any]:
    return {
        "id": document.id,
        "number": document.number,
        "title": document.title,
        "sha256": document.sha256,
        "status": "cancelled" if document.cancelled else "issued",
    }


def writer_main(argv: list[str]) -> None:
    """``database_file journal_file trial seed``: write until killed. Prints ``ready`` once it
    has opened the database and read what it needs."""
    database_file, journal_file, trial, seed = Path(argv[0]), Path(argv[1]), *map(int, argv[2:4])
    writer = _Writer(database_file, trial, seed)
    journal = _Journal(journal_file)
    print("ready", flush=True)
    op = 0
    while True:
        op += 1
        step = writer.next_step(op)
        tag = {"trial": trial, "op": op}
        journal.write({**tag, "phase": "intent", **step.intent})
        try:
            done = step.call(writer.ctx)
        except Exception as error:
            journal.write({**tag, "phase": "error", "error": repr(error), **step.intent})
            raise
        journal.write({**tag, "phase": "done", **step.intent, **done})


# -- what the parent expects -----------------------------------------------------------------


@dataclass
class Expected:
    """Every write journaled as done (and every interrupted one found committed), as it must be
    in the database now."""

    cells: dict[tuple[int, str], tuple[str, ...]] = field(default_factory=dict)
    handovers: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    documents: dict[int, dict[str, Any]] = field(default_factory=dict)

    def apply(self, record: dict[str, Any]) -> None:
        """A done line: what the service reported."""
        kind = record["kind"]
        if kind == "cell":
            self.cells[record["staff"], record["day"]] = tuple(record["codes"])
        elif kind == "document":
            self.documents[record["document"]["id"]] = dict(record["document"])
        elif kind == "cancel":
            self.documents[record["id"]]["status"] = record["status"]
        elif record["step"] == "save":
            self.handovers[record["day"], record["shift"]] = {
                "id": record["id"],
                "status": record["status"],
                "document_id": None,
            }
        elif record["step"] == "report":
            document = record["document"]
            self.documents[document["id"]] = dict(document)
            self.handovers[record["day"], record["shift"]]["document_id"] = document["id"]
        else:
            self.handovers[record["day"], record["shift"]]["status"] = record["status"]

    def know_handover(self, day: str, shift: str, row: dict[str, Any]) -> None:
        """A handover the writer did not journal yet (the first of a run, or one whose saving
        was interrupted after its commit): from now on it must stay."""
        self.handovers.setdefault(
            (day, shift),
            {"id": row["id"], "status": row["status"], "document_id": row["document_id"]},
        )


@dataclass
class Kill9Result:
    trials: int = 0
    rows_lost: int = 0
    integrity_failures: int = 0
    audit_breaks: int = 0
    audit_mismatches: int = 0
    half_written: int = 0
    writer_errors: int = 0
    writes_committed: int = 0
    inflight_committed: int = 0
    inflight_rolled_back: int = 0
    problems: list[str] = field(default_factory=list)
    seen: dict[str, set[str]] = field(default_factory=dict, repr=False)
    # What the database must hold after the last trial (for a look afterwards).
    expected: Expected = field(default_factory=Expected, repr=False)

    def figures(self) -> dict[str, int]:
        return {
            "kill9_trials": self.trials,
            "kill9_rows_lost": self.rows_lost,
            "kill9_integrity_failures": self.integrity_failures,
            "kill9_audit_breaks": self.audit_breaks,
            "kill9_audit_mismatches": self.audit_mismatches,
            "kill9_half_written": self.half_written,
            "kill9_writer_errors": self.writer_errors,
            "kill9_writes_committed": self.writes_committed,
            "kill9_inflight_committed": self.inflight_committed,
            "kill9_inflight_rolled_back": self.inflight_rolled_back,
        }

    @property
    def clean(self) -> bool:
        return not (
            self.rows_lost
            or self.integrity_failures
            or self.audit_breaks
            or self.audit_mismatches
            or self.half_written
            or self.writer_errors
        )


# -- the database as the next process finds it ------------------------------------------------


@dataclass
class _Found:
    """The rows the checks read, in one go."""

    cells: dict[tuple[int, str], list[tuple[int, str]]]  # (staff, day) -> [(row id, code)]
    handovers: dict[tuple[str, str], dict[str, Any]]
    documents: dict[int, dict[str, Any]]
    latest_audit: dict[tuple[str, str], dict[str, Any]]  # (entity, id) -> its last "after"


def _read(
    connection: sqlite3.Connection, expected: Expected, inflight_day: str | None = None
) -> _Found:
    """What the database holds. The roster cells are read over the days of the cells known
    so far and the day of the cell the kill interrupted (which may lie outside them: read
    without it, that cell looked empty — "half-written" — whatever the call had done)."""
    cells: dict[tuple[int, str], list[tuple[int, str]]] = {}
    days = sorted({day for _, day in expected.cells} | ({inflight_day} if inflight_day else set()))
    if days:
        for row_id, staff_id, day, code in connection.execute(
            "SELECT id, staff_id, day, shift_code FROM roster_entry WHERE day BETWEEN ? AND ? "
            "ORDER BY id",
            (days[0], days[-1]),
        ):
            cells.setdefault((staff_id, day), []).append((row_id, code))
    handovers = {
        (row["day"], row["outgoing_shift"]): dict(row)
        for row in connection.execute("SELECT * FROM handover")
    }
    documents = {
        row["id"]: dict(row) for row in connection.execute("SELECT * FROM issued_document")
    }
    latest_audit = {
        (entity, entity_id): {"action": action, "after": json.loads(after) if after else None}
        for entity, entity_id, action, after in connection.execute(
            "SELECT a.entity, a.entity_id, a.action, a.after FROM audit_log a JOIN ("
            "  SELECT MAX(id) AS last FROM audit_log"
            "  WHERE entity IN ('roster_entry', 'handover', 'issued_document')"
            "  AND entity_id != '*' GROUP BY entity, entity_id"
            ") l ON a.id = l.last"
        )
    }
    return _Found(cells, handovers, documents, latest_audit)


class _Tally:
    """Problems of one kind, each counted once however many trials see it again."""

    def __init__(self, result: Kill9Result, figure: str, trial: int) -> None:
        self.result, self.figure, self.trial = result, figure, trial
        self.seen = result.seen.setdefault(figure, set())

    def __call__(self, problem: str) -> None:
        if problem in self.seen:
            return
        self.seen.add(problem)
        setattr(self.result, self.figure, getattr(self.result, self.figure) + 1)
        self.result.problems.append(f"trial {self.trial}: {self.figure}: {problem}")


def _resolve_inflight(
    intent: dict[str, Any], found: _Found, expected: Expected, result: Kill9Result, trial: int
) -> None:
    """The call the kill interrupted: committed entirely (then it must stay) or not at all."""
    torn = _Tally(result, "half_written", trial)
    kind = intent["kind"]
    committed: bool | None = None
    if kind == "cell":
        codes = [code for _, code in found.cells.get((intent["staff"], intent["day"]), [])]
        if codes == intent["after"]:
            committed = True
            expected.cells[intent["staff"], intent["day"]] = tuple(codes)
        elif codes == intent["before"]:
            committed = False
        else:
            torn(f"cell {intent['staff']}@{intent['day']}: {codes}, asked {intent}")
    elif kind == "document":
        titled = [d for d in found.documents.values() if d["title"] == intent["title"]]
        committed = bool(titled)
        for document in titled:
            expected.documents[document["id"]] = _stored_fact(document)
    elif kind == "cancel":
        status = found.documents[intent["id"]]["status"]
        committed = status == "cancelled"
        if intent["id"] in expected.documents:
            expected.documents[intent["id"]]["status"] = status
    else:
        row = found.handovers.get((intent["day"], intent["shift"]))
        if intent["step"] == "save":
            committed = row is not None
            if row is not None:
                if row["status"] != "draft":
                    torn(f"handover {intent}: saved as {row['status']}")
                expected.know_handover(intent["day"], intent["shift"], row)
        elif row is None:
            torn(f"handover {intent}: gone")
        elif intent["step"] == "report":
            committed = row["document_id"] is not None
            if committed:
                expected.handovers[intent["day"], intent["shift"]]["document_id"] = row[
                    "document_id"
                ]
                document = found.documents[row["document_id"]]
                expected.documents[document["id"]] = _stored_fact(document)
        elif row["status"] in (intent["before"], intent["after"]):
            committed = row["status"] == intent["after"]
            expected.handovers[intent["day"], intent["shift"]]["status"] = row["status"]
        else:
            torn(f"handover {intent}: status {row['status']}")
    if committed and intent["phase"] == "error":
        torn(f"{intent}: the call failed but its write is there")
    if committed is True:
        result.inflight_committed += 1
    elif committed is False:
        result.inflight_rolled_back += 1


def _stored_fact(document: dict[str, Any]) -> dict[str, Any]:
    return {key: document[key] for key in ("id", "number", "title", "sha256", "status")}


def _compare(found: _Found, expected: Expected, result: Kill9Result, trial: int) -> None:
    """Every write that must be there is there as written, and its audit entry says so."""
    lost = _Tally(result, "rows_lost", trial)
    unaudited = _Tally(result, "audit_mismatches", trial)
    for (staff_id, day), codes in expected.cells.items():
        rows = found.cells.get((staff_id, day), [])
        if tuple(code for _, code in rows) != codes:
            lost(f"cell {staff_id}@{day}: expected {list(codes)}, found {rows}")
            continue
        for row_id, code in rows:
            audit = found.latest_audit.get(("roster_entry", str(row_id)))
            after = (audit or {}).get("after") or {}
            if (after.get("shift_code"), after.get("staff_id"), after.get("day")) != (
                code,
                staff_id,
                day,
            ):
                unaudited(f"roster_entry {row_id} ({staff_id}@{day} {code}): audit {audit}")
    for (day, shift), fact in expected.handovers.items():
        row = found.handovers.get((day, shift))
        if row is None or any(row[key] != value for key, value in fact.items()):
            lost(f"handover {day} {shift}: expected {fact}, found {_brief(row)}")
            continue
        audit = found.latest_audit.get(("handover", str(row["id"])))
        after = (audit or {}).get("after") or {}
        if any(after.get(k) != row[k] for k in ("status", "version", "document_id")):
            unaudited(f"handover {row['id']}: row {_brief(row)}, audit {after}")
    for document_id, fact in expected.documents.items():
        row = found.documents.get(document_id)
        if row is None or any(row[key] != value for key, value in fact.items()):
            lost(f"document {document_id}: expected {fact}, found {_brief(row)}")
            continue
        audit = found.latest_audit.get(("issued_document", str(document_id)))
        after = (audit or {}).get("after") or {}
        pdf = after.get("pdf") or {}
        if (
            after.get("sha256") != row["sha256"]
            or after.get("status") != row["status"]
            or pdf.get("sha256") != row["sha256"]
        ):
            unaudited(f"document {document_id}: row {_brief(row)}, audit {after}")


def _unexplained(found: _Found, expected: Expected, result: Kill9Result, trial: int) -> None:
    """A handover or document no journal line accounts for: a write the writer was never told
    about, or one the interrupted call left behind."""
    torn = _Tally(result, "half_written", trial)
    known = {fact["id"] for fact in expected.handovers.values()}
    for row in found.handovers.values():
        if row["id"] not in known:
            torn(f"handover {_brief(row)}: in the database, journaled nowhere")
    for document_id, row in found.documents.items():
        if document_id not in expected.documents:
            torn(f"document {_brief(row)}: in the database, journaled nowhere")


def _brief(row: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if row is None else {k: v for k, v in row.items() if k not in ("pdf", "source")}


def _half_written(
    connection: sqlite3.Connection, found: _Found, result: Kill9Result, trial: int
) -> None:
    """Records the writer or anyone else could have left unfinished, over the whole database."""
    torn = _Tally(result, "half_written", trial)
    for row in connection.execute("PRAGMA foreign_key_check"):
        torn(f"foreign key: {tuple(row)}")
    serials: dict[tuple[str, int], list[int]] = {}  # each kind counts its own per year
    for document in found.documents.values():
        pdf = document["pdf"] or b""
        name = f"document {document['id']} ({document['number']})"
        serials.setdefault((document["kind"], document["year"]), []).append(document["serial"])
        if not pdf.startswith(b"%PDF-") or not pdf.rstrip().endswith(b"%%EOF"):
            torn(f"{name}: not a whole PDF ({len(pdf)} bytes)")
        if hashlib.sha256(pdf).hexdigest() != document["sha256"]:
            torn(f"{name}: the PDF does not match its SHA-256")
        cancelled = document["status"] == "cancelled"
        if cancelled != (document["cancelled_at"] is not None) or (
            cancelled and not document["cancelled_reason"]
        ):
            torn(f"{name}: status {document['status']} without its reason or time")
    for (kind, year), numbers in serials.items():
        if sorted(numbers) != list(range(1, len(numbers) + 1)):
            torn(f"register {kind} {year}: serials {sorted(numbers)} have a gap")
    lines = {
        table: {
            handover_id: count
            for handover_id, count in connection.execute(
                f"SELECT handover_id, COUNT(*) FROM {table} GROUP BY handover_id"
            )
        }
        for table in ("handover_officer", "handover_count", "handover_equipment")
    }
    by_start = sorted(found.handovers.values(), key=lambda h: (h["outgoing_start"], h["id"]))
    previous: dict[str, Any] | None = None
    for handover in by_start:
        name = f"handover {handover['id']} ({handover['day']} {handover['outgoing_shift']})"
        for table, counts in lines.items():
            if not counts.get(handover["id"]):
                torn(f"{name}: no {table} lines")
        signed = {
            "handed": ("handed_over", "received", "acknowledged"),
            "received": ("received", "acknowledged"),
            "acknowledged": ("acknowledged",),
        }
        for who, statuses in signed.items():
            wanted = handover["status"] in statuses
            present = handover[f"{who}_by_id"] is not None and handover[f"{who}_at"] is not None
            if wanted != present:
                torn(f"{name}: status {handover['status']} but {who} by/at {present}")
        if handover["document_id"] is not None:
            document = found.documents.get(handover["document_id"])
            source = json.loads(document["source"]) if document else {}
            if document is None or source.get("handover_id") != handover["id"]:
                torn(f"{name}: report {handover['document_id']} is not its own")
        want_previous = None if previous is None else previous["id"]
        if handover["previous_id"] != want_previous:
            torn(f"{name}: previous {handover['previous_id']}, the one before is {want_previous}")
        elif previous is not None:
            carried = dict(
                connection.execute(
                    "SELECT block_id || '/' || category_id, counted FROM handover_count "
                    "WHERE handover_id = ?",
                    (previous["id"],),
                ).fetchall()
            )
            for key, opening in connection.execute(
                "SELECT block_id || '/' || category_id, opening FROM handover_count "
                "WHERE handover_id = ?",
                (handover["id"],),
            ):
                if opening != carried.get(key, 0):
                    torn(f"{name}: opening {key} = {opening}, counted before {carried.get(key)}")
        previous = handover


def check_database(
    database_file: Path,
    expected: Expected,
    inflight: dict[str, Any] | None,
    result: Kill9Result,
    trial: int,
) -> None:
    """Everything the module docstring lists, on the database as it is now (no writer)."""
    from rutan_desk.store.audit import verify_audit_chain
    from rutan_desk.store.engine import Database, sqlite_url

    with contextlib.closing(sqlite3.connect(database_file)) as connection:
        connection.row_factory = sqlite3.Row
        verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            result.integrity_failures += 1
            result.problems.append(f"trial {trial}: integrity_check: {verdict[:5]}")
            return  # the rows cannot be trusted; the next trial reads them again
        inflight_day = inflight["day"] if inflight and inflight["kind"] == "cell" else None
        found = _read(connection, expected, inflight_day)
        if inflight is not None:
            _resolve_inflight(inflight, found, expected, result, trial)
        if trial == 0:  # the demo: what it wrote must stay
            for (day, shift), row in found.handovers.items():
                expected.know_handover(day, shift, row)
            for document in found.documents.values():
                expected.documents[document["id"]] = _stored_fact(document)
        _unexplained(found, expected, result, trial)
        _compare(found, expected, result, trial)
        _half_written(connection, found, result, trial)
    db = Database(sqlite_url(database_file))
    try:
        with db.read() as session:
            broken = verify_audit_chain(session)
    finally:
        db.dispose()
    if broken is not None:
        result.audit_breaks += 1
        result.problems.append(f"trial {trial}: audit chain: {broken}")


# -- the parent ------------------------------------------------------------------------------


def make_demo_database(database_file: Path) -> None:
    """The demo Rutan, migrated and filled the way the app's demo is."""
    from rutan_desk.services.demo import populate_demo
    from rutan_desk.store.engine import Database, sqlite_url
    from rutan_desk.store.migrate import prepare_database

    url = sqlite_url(database_file)
    prepare_database(url, database_file.parent / "backups")
    db = Database(url)
    try:
        populate_demo(db)
    finally:
        db.dispose()


def _read_journal(path: Path, offset: int) -> tuple[list[dict[str, Any]], int]:
    """The whole lines written since ``offset`` (a line torn by the kill is left out)."""
    with path.open("rb") as journal:
        journal.seek(offset)
        data = journal.read()
    records = []
    for line in data.split(b"\n"):
        with contextlib.suppress(ValueError):
            records.append(json.loads(line))
    return records, offset + len(data)


def _start_writer(database_file: Path, journal: Path, trial: int, seed: int, log: Any) -> Any:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    code = "import sys; from bench.kill9 import writer_main; writer_main(sys.argv[1:])"
    return subprocess.Popen(
        [sys.executable, "-c", code, str(database_file), str(journal), str(trial), str(seed)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=log,
    )


def _wait_ready(process: Any) -> bool:
    ready, _, _ = select.select([process.stdout], [], [], READY_TIMEOUT_S)
    return bool(ready) and process.stdout.readline().strip() == b"ready"


def run(
    trials: int, seed: int, database_file: Path | None = None, *, verbose: bool = False
) -> Kill9Result:
    """Make the demo database (at ``database_file``, kept, or in a temporary folder), then kill
    a writer on it ``trials`` times and check it after each kill."""
    rng = random.Random(seed)
    result = Kill9Result()
    expected = result.expected
    with _folder(database_file) as folder:
        database = folder / "kill9.sqlite" if database_file is None else database_file
        for stale in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
            stale.unlink(missing_ok=True)
        make_demo_database(database)
        journal = database.with_suffix(".journal.jsonl")
        journal.write_bytes(b"")
        log_path = database.with_suffix(".writer.log")
        offset = 0
        check_database(database, expected, None, result, 0)  # the demo itself is sound
        for trial in range(1, trials + 1):
            with log_path.open("ab") as log:
                log.write(f"--- trial {trial}\n".encode())
                log.flush()
                process = _start_writer(database, journal, trial, rng.randrange(2**32), log)
                try:
                    ready = _wait_ready(process)
                    if ready:
                        time.sleep(rng.uniform(*DELAY_S))
                finally:
                    if process.poll() is None:
                        process.send_signal(signal.SIGKILL)
                    process.wait()
                    if process.stdout is not None:
                        process.stdout.close()
            if not ready or process.returncode != -signal.SIGKILL:
                result.writer_errors += 1
                tail = log_path.read_text(errors="replace").splitlines()[-15:]
                result.problems.append(
                    f"trial {trial}: the writer ended by itself ({process.returncode}):\n  "
                    + "\n  ".join(tail)
                )
            records, offset = _read_journal(journal, offset)
            inflight = None
            for record in records:
                if record["phase"] == "intent":
                    inflight = record
                elif record["phase"] == "done":
                    expected.apply(record)
                    result.writes_committed += 1
                    inflight = None
                else:  # the call raised: it must have left nothing
                    inflight = record
            check_database(database, expected, inflight, result, trial)
            result.trials += 1
            if verbose:
                print(
                    f"trial {trial}: {sum(r['phase'] == 'done' for r in records)} writes, "
                    f"in flight: {inflight and inflight['kind']}",
                    file=sys.stderr,
                    flush=True,
                )
    return result


@contextlib.contextmanager
def _folder(database_file: Path | None) -> Iterator[Path]:
    if database_file is not None:
        database_file.parent.mkdir(parents=True, exist_ok=True)
        yield database_file.parent
        return
    folder = Path(tempfile.mkdtemp(prefix="kill9-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=DEFAULT_TRIALS)
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument(
        "--db", type=Path, help="make the database here and keep it (with its journal)"
    )
    parser.add_argument("--verbose", action="store_true", help="a line per trial on stderr")
    args = parser.parse_args()
    result = run(args.trials, args.seed, args.db, verbose=args.verbose)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    for name, value in result.figures().items():
        print(json.dumps({"name": name, "value": value, "unit": "count"}), flush=True)


if __name__ == "__main__":
    main()
