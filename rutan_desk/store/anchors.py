"""Anchors of the audit trail kept outside its table.

Whoever can write the database file can rewrite the whole chain of hashes so that it checks
out. What they cannot rewrite is what left the database: the head of the chain recorded in
each backup's sidecar file, in a small file beside the database at every start and check, and
printed as a short code in the footer of every issued document. Verification compares the
chain with these anchors: an entry an anchor names must still be there with the same hash, and
the head must not be behind the newest anchor.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.store.models.audit import AuditEntry, AuditHead

CODE_HASH_LENGTH = 8  # hex digits of the hash a printed code carries


@dataclass(frozen=True)
class Anchor:
    """The chain had entry ``entry_id`` with ``hash`` (or a hash starting so, for a printed
    code), as seen by ``source`` at ``at`` (naive UTC; unknown for a code typed in)."""

    entry_id: int
    hash: str
    source: str
    at: datetime | None = None


@dataclass(frozen=True)
class AnchorProblem:
    """``missing``: the entry is no longer on the chain (emptied or cut); ``rewritten``: it is
    there with another hash; ``head_behind``: the chain ends before the entry."""

    anchor: Anchor
    reason: str


def verification_code(entry_id: int, entry_hash: str) -> str:
    """The short code printed on documents: ``1234-3F9AC21B``."""
    return f"{entry_id}-{entry_hash[:CODE_HASH_LENGTH].upper()}"


def parse_code(code: str, source: str = "") -> Anchor | None:
    """The anchor a printed code stands for, or None when it is not one."""
    number, _, digest = code.strip().partition("-")
    digest = digest.strip().lower()
    if not number.isdigit() or len(digest) != CODE_HASH_LENGTH:
        return None
    if any(ch not in "0123456789abcdef" for ch in digest):
        return None
    return Anchor(int(number), digest, source or code.strip())


def current_head(
    session: Session, source: str = "head", at: datetime | None = None
) -> Anchor | None:
    head = session.get(AuditHead, 1)
    if head is None or head.last_id == 0:
        return None
    return Anchor(head.last_id, head.last_hash, source, at)


def anchor_file_for(folder: Path, location: str) -> Path:
    """The anchor file of the database at ``location`` (its file or its server, without the
    password): one per database, so that the demo's anchors never meet the real ones."""
    key = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return folder / f"audit-anchors-{key}.jsonl"


def append_anchor(path: Path, anchor: Anchor) -> None:
    """Add ``anchor`` to the anchor file (one JSON line each), durably."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(
        {
            "entry_id": anchor.entry_id,
            "hash": anchor.hash,
            "source": anchor.source,
            "at": anchor.at.isoformat() if anchor.at is not None else None,
        }
    )
    with path.open("a", encoding="utf-8") as file:
        file.write(line + "\n")
        file.flush()
        os.fsync(file.fileno())


def read_anchor_file(path: Path) -> list[Anchor]:
    """The anchors of the file; a line that cannot be read (a crash while writing) is
    skipped."""
    if not path.is_file():
        return []
    anchors = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            data = json.loads(line)
            at = datetime.fromisoformat(data["at"]) if data.get("at") else None
            anchors.append(
                Anchor(int(data["entry_id"]), str(data["hash"]), str(data["source"]), at)
            )
        except (ValueError, KeyError, TypeError):
            continue
    return anchors


def check_anchors(session: Session, anchors: list[Anchor]) -> list[AnchorProblem]:
    """The anchors the chain no longer agrees with."""
    if not anchors:
        return []
    head = session.get(AuditHead, 1)
    last_id = head.last_id if head is not None else 0
    wanted = sorted({anchor.entry_id for anchor in anchors})
    hashes: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id.in_(chunk))
        )
        hashes.update({entry_id: entry_hash for entry_id, entry_hash in rows})
    problems = []
    for anchor in anchors:
        found = hashes.get(anchor.entry_id)
        if anchor.entry_id > last_id:
            problems.append(AnchorProblem(anchor, "head_behind"))
        elif found is None:
            problems.append(AnchorProblem(anchor, "missing"))
        elif not found.startswith(anchor.hash.lower()):
            problems.append(AnchorProblem(anchor, "rewritten"))
    return problems
