"""Is the audit trail whole? The check behind Bantuan → Periksa jejak audit.

Three questions, each catching what the one before cannot:

1. the chain of hashes: no entry was changed, removed from the middle or put in between
   (``store.audit``);
2. coverage: every row in the database has its creation on the trail and every row the trail
   created is there or has its deletion on it (``store.coverage``): an emptied trail, or one cut
   back with its head moved to match, no longer accounts for the data;
3. anchors kept outside the database: the head of the trail recorded beside the database at
   every start and check, in each backup's sidecar, and printed as a code on every issued
   document (``store.anchors``): a trail rewritten from scratch no longer has the entries they
   name.

What no check can find: a change made and anchored nowhere before the next anchor was taken,
by someone who rewrote the database, the anchor file and every backup. The printed codes are
the anchors out of reach; checking one of them is ``check_printed_code``.

Anchors that belong to another history are not compared, and the verdict counts them: those
taken before this database's first entry (an earlier database at the same place, an old demo),
and those beyond the restored point taken before a restore (the state that was replaced).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from rutan_desk.services.backups.records import list_backups
from rutan_desk.services.backups.restore import RESTORE_EVENT_ENTITY, RESTORE_EVENT_ID
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import BackupError, StoreError
from rutan_desk.store.anchors import (
    Anchor,
    AnchorProblem,
    anchor_file_for,
    append_anchor,
    check_anchors,
    current_head,
    parse_code,
    read_anchor_file,
)
from rutan_desk.store.audit import AuditBreak, verify_audit_chain
from rutan_desk.store.coverage import CoverageGap, coverage_gaps
from rutan_desk.store.engine import Database
from rutan_desk.store.models.audit import AuditEntry

log = logging.getLogger(__name__)

__all__ = [
    "AnchorPlaces",
    "AnchorProblem",
    "CodeCheck",
    "CoverageGap",
    "Restore",
    "TrailCheck",
    "anchor_head",
    "check_audit_trail",
    "check_printed_code",
]


@dataclass(frozen=True)
class AnchorPlaces:
    """Where the anchors of a database are kept on this PC."""

    anchors_dir: Path | None = None  # the folder of the anchor files (the data folder)
    backups_dir: Path | None = None

    def anchor_file(self, db: Database) -> Path | None:
        if self.anchors_dir is None:
            return None
        return anchor_file_for(self.anchors_dir, db.describe())


@dataclass(frozen=True)
class Restore:
    """A restore on the trail: when, and the last entry of the backup it put back."""

    at: datetime
    restored_head: int


@dataclass(frozen=True)
class TrailCheck:
    """What the check found. ``damaged``: the database could not be read to the end (what
    SQLite or the driver said); the other findings are then incomplete."""

    entries: int = 0
    last_change: datetime | None = None
    chain_break: AuditBreak | None = None
    gaps: tuple[CoverageGap, ...] = ()
    anchor_problems: tuple[AnchorProblem, ...] = ()
    anchors_compared: int = 0
    anchors_set_aside: int = 0  # of an earlier database, or of a state a restore replaced
    restores: tuple[Restore, ...] = ()
    damaged: str | None = None

    @property
    def intact(self) -> bool:
        return (
            self.damaged is None
            and self.chain_break is None
            and not self.gaps
            and not self.anchor_problems
        )


@dataclass(frozen=True)
class CodeCheck:
    """A printed code compared with the trail: ``found`` (the entry is there with that hash),
    ``missing`` (the trail does not reach or no longer has it), ``different`` (the entry has
    another hash), or ``not_a_code``. ``restore`` is the latest restore when the code may come
    from the state it replaced."""

    code: str
    result: str
    entry_id: int | None = None
    at: datetime | None = None  # when the entry was recorded
    restore: Restore | None = None


def check_audit_trail(ctx: ActionContext, places: AnchorPlaces) -> TrailCheck:
    """The whole check, read-only; when the trail is whole its head is anchored again."""
    try:
        with ctx.read() as session:
            found = _check(session, ctx.db, places)
    except (StoreError, SQLAlchemyError) as error:
        log.error("the audit trail could not be read", exc_info=error)
        return TrailCheck(damaged=str(error))
    if found.intact:
        anchor_head(ctx.db, places, source="check", at=ctx.utc_now())
    return found


def check_printed_code(ctx: ActionContext, code: str) -> CodeCheck:
    """Compare the code in the footer of a printed document with the trail."""
    anchor = parse_code(code)
    if anchor is None:
        return CodeCheck(code, "not_a_code")
    with ctx.read() as session:
        entry = session.get(AuditEntry, anchor.entry_id)
        restores = _restores(session)
    latest = restores[-1] if restores else None
    maybe_replaced = latest if latest and anchor.entry_id > latest.restored_head else None
    if entry is None:
        return CodeCheck(code, "missing", anchor.entry_id, restore=maybe_replaced)
    if not entry.hash.startswith(anchor.hash):
        return CodeCheck(code, "different", anchor.entry_id, entry.at, maybe_replaced)
    return CodeCheck(code, "found", anchor.entry_id, entry.at)


def anchor_head(
    db: Database, places: AnchorPlaces, *, source: str, at: datetime
) -> list[AnchorProblem]:
    """Record the head of the trail in the anchor file (at start and after a check), and say
    whether the trail still has the newest anchor recorded before: a cheap look, at every
    start, for a trail cut back since the last time. Never raises: an anchor is a help, and
    a start must not fail for it."""
    path = places.anchor_file(db)
    if path is None:
        return []
    try:
        with db.read() as session:
            head = current_head(session, source, at)
            earlier = read_anchor_file(path)
            newest = max(earlier, key=lambda anchor: anchor.entry_id, default=None)
            problems = []
            if newest is not None:
                usable, _ = _usable(session, [newest])
                problems = check_anchors(session, usable)
        if head is not None and not problems:
            append_anchor(path, head)
        return problems
    except (OSError, StoreError, SQLAlchemyError) as error:
        log.warning("could not anchor the audit trail in %s: %s", path, error)
        return []


# -- the parts ----------------------------------------------------------------------------


def _check(session: Session, db: Database, places: AnchorPlaces) -> TrailCheck:
    damage = _integrity(session, db)
    if damage is not None:
        return TrailCheck(damaged=damage)
    entries, last_change = session.execute(
        select(func.count(AuditEntry.id), func.max(AuditEntry.at))
    ).one()
    chain_break = verify_audit_chain(session)
    gaps = tuple(coverage_gaps(session))
    anchors = _anchors(db, places)
    usable, set_aside = _usable(session, anchors)
    return TrailCheck(
        entries=int(entries),
        last_change=last_change,
        chain_break=chain_break,
        gaps=gaps,
        anchor_problems=tuple(check_anchors(session, usable)),
        anchors_compared=len(usable),
        anchors_set_aside=set_aside,
        restores=tuple(_restores(session)),
    )


def _integrity(session: Session, db: Database) -> str | None:
    """SQLite's own check of its file (pages, indexes); None when it is sound."""
    if not db.is_sqlite:
        return None
    rows = [str(row[0]) for row in session.execute(text("PRAGMA quick_check"))]
    return None if rows == ["ok"] else "; ".join(rows[:5])


def _anchors(db: Database, places: AnchorPlaces) -> list[Anchor]:
    found: list[Anchor] = []
    path = places.anchor_file(db)
    if path is not None:
        found += read_anchor_file(path)
    if places.backups_dir is not None and places.backups_dir.is_dir():
        try:
            backups = list_backups(places.backups_dir)
        except (OSError, BackupError) as error:
            log.warning("backups not read for the audit check: %s", error)
            backups = []
        for backup in backups:
            head = backup.audit_head
            if head is not None and head.last_id > 0 and backup.audit.ok:
                found.append(
                    Anchor(head.last_id, head.last_hash, f"backup:{backup.name}", backup.made_at)
                )
    return found


def _usable(session: Session, anchors: list[Anchor]) -> tuple[list[Anchor], int]:
    """The anchors of this database's present history, and how many were set aside."""
    first = session.scalar(select(AuditEntry.at).where(AuditEntry.id == 1))
    restores = _restores(session)
    usable = []
    for anchor in anchors:
        if anchor.at is not None and first is not None and anchor.at < first:
            continue  # an earlier database at the same place
        if anchor.at is not None and any(
            anchor.at < restore.at and anchor.entry_id > restore.restored_head
            for restore in restores
        ):
            continue  # the state a restore replaced
        usable.append(anchor)
    return usable, len(anchors) - len(usable)


def _restores(session: Session) -> list[Restore]:
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.at, AuditEntry.after)
        .where(AuditEntry.entity == RESTORE_EVENT_ENTITY, AuditEntry.entity_id == RESTORE_EVENT_ID)
        .order_by(AuditEntry.id)
    )
    restores = []
    for entry_id, at, after in rows:
        try:
            head = (json.loads(after or "{}") or {}).get("backup_head") or {}
            restored_head = int(head.get("last_id", entry_id - 1))
        except (ValueError, TypeError, AttributeError):
            restored_head = entry_id - 1
        restores.append(Restore(at, restored_head))
    return restores
