"""Does the audit trail account for every row? The check that finds an emptied or cut trail.

The chain of hashes (``store.audit``) shows that no entry was changed or taken out of the
middle. It cannot show, on its own, that the whole trail was emptied, or cut back and its head
moved to match. So the trail also has to account for the data: from its baseline (an event
written by migration 0008 when a database already held data: which rows each table held then;
a new database starts from ``new_database()``) every row that exists must have
its creation on the trail, and every row the trail created and did not delete must exist.
(Rows a later migration seeds in every database are listed in ``SEEDED_AFTER_BASELINE``.)
Where rows are written in bulk (the roster) or as lines of a record (the counts of a handover),
the check compares numbers: the rows at the baseline, plus those created, minus those deleted.

What it cannot find: a trail rewritten from scratch together with a matching baseline. Only
the anchors kept outside the database (``store.anchors``: backups, printed documents) find that.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, Table, func, select
from sqlalchemy.orm import Session

from rutan_desk.store.base import Base
from rutan_desk.store.models import load_all_models
from rutan_desk.store.models.audit import AuditEntry
from rutan_desk.store.schema import HEAD_REVISION, KNOWN_REVISIONS

BASELINE_ENTITY = "audit"
BASELINE_ID = "baseline"
# What every database holds at 0008 before any entry: the shift codes, inmate categories and
# roster settings of migrations 0002 and 0005, the permission matrix of 0007. A database that
# held more when it reached 0008 got a baseline (migration 0008 writes the only ones).
AT_FIRST_BASELINE: dict[str, dict[str, Any]] = {
    "inmate_category": {"count": 5, "ids": "1-5"},
    "role_permission": {"count": 20},
    "roster_settings": {"count": 1, "ids": "1"},
    "shift_type": {"count": 5, "ids": "1-5"},
}
FIRST_BASELINE_REVISION = "0008_audit_anchors"
# The rows a later migration seeds in every database, by revision (a migration that seeds rows
# adds them here, so that neither a new database nor one with a baseline misses them).
SEEDED_AFTER_BASELINE: dict[str, dict[str, dict[str, Any]]] = {
    "0009_inmates": {"role_permission": {"count": 2}},  # inmates.edit: Operator, Karupam
    "0010_incidents": {
        "incident_type": {"count": 14, "ids": "1-14"},  # the kamtib kinds
        "role_permission": {"count": 5},  # incidents.edit, .approve, .setup
    },
    "0012_document_kinds": {"document_kind": {"count": 7, "ids": "1-7"}},  # their patterns
    "0013_agreements": {"role_permission": {"count": 3}},  # agreements.edit, .setup
}


def _with_seeded(picture: dict[str, dict[str, Any]], revision: str) -> dict[str, dict[str, Any]]:
    """``picture`` plus the rows the migrations after ``revision`` seeded."""
    merged = {name: dict(seen) for name, seen in picture.items()}
    later = KNOWN_REVISIONS[KNOWN_REVISIONS.index(revision) + 1 :]
    for seeded_by in later:
        for name, seeded in SEEDED_AFTER_BASELINE.get(seeded_by, {}).items():
            seen = merged.setdefault(name, {"count": 0})
            seen["count"] = int(seen.get("count", 0)) + seeded["count"]
            if "ids" in seeded:
                ids = set(parse_ranges(seen.get("ids", ""))) | set(parse_ranges(seeded["ids"]))
                seen["ids"] = id_ranges(ids)
    return merged


@dataclass(frozen=True)
class CoverageGap:
    """Rows of ``table`` the trail does not account for: ``unrecorded`` exist without their
    creation on the trail, ``vanished`` were created on it and are gone without their deletion
    (ids where known), or the numbers differ (``expected`` and ``found``)."""

    table: str
    unrecorded: tuple[int, ...] = ()
    vanished: tuple[int, ...] = ()
    expected: int | None = None
    found: int | None = None


@dataclass
class _Tally:
    ids: set[int] = field(default_factory=set)  # rows that should exist (id tables)
    net: int = 0  # rows that should exist, counted (bulk, lines, composite keys)
    counted: bool = False  # whether ``net`` is what this table is checked by


def id_ranges(ids: Iterable[int]) -> str:
    """``1-70,72,75-80``: the ids of a table, compactly, for the baseline."""
    parts: list[str] = []
    ordered = sorted(set(ids))
    start = previous = None
    for value in ordered:
        if previous is not None and value == previous + 1:
            previous = value
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = value
    if start is not None:
        parts.append(str(start) if start == previous else f"{start}-{previous}")
    return ",".join(parts)


def parse_ranges(text: str) -> Iterator[int]:
    for part in filter(None, text.split(",")):
        first, _, last = part.partition("-")
        yield from range(int(first), int(last or first) + 1)


def new_database() -> dict[str, dict[str, Any]]:
    """What a database made today holds before any entry (a new one has no baseline)."""
    return _with_seeded(AT_FIRST_BASELINE, FIRST_BASELINE_REVISION)


def audited_tables() -> dict[str, type[Base]]:
    load_all_models()
    return {
        mapper.local_table.name: mapper.class_  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
        if mapper.class_.__audited__
    }


def _single_id(model: type[Base]) -> bool:
    """Whether the table's rows are records with one integer id (checked row by row)."""
    table = model.__table__
    assert isinstance(table, Table)
    columns = list(table.primary_key.columns)
    return (
        len(columns) == 1
        and isinstance(columns[0].type, Integer)
        and model.__audit_parent__ is None
    )


def baseline_picture(session: Session) -> dict[str, Any]:
    """What each audited table holds now (at the code's revision): the ids of record tables,
    the number of the rest."""
    tables: dict[str, Any] = {}
    for name, model in sorted(audited_tables().items()):
        table = model.__table__
        assert isinstance(table, Table)
        if _single_id(model):
            (pk,) = table.primary_key.columns
            ids = session.scalars(select(pk)).all()
            tables[name] = {"count": len(ids), "ids": id_ranges(ids)}
        else:
            count = session.scalar(select(func.count()).select_from(table)) or 0
            tables[name] = {"count": int(count)}
    return {"tables": tables, "revision": HEAD_REVISION}


def coverage_gaps(session: Session) -> list[CoverageGap]:
    """Every table whose rows the trail does not account for (empty: all accounted for).
    Without a baseline the trail must account for everything but what a new database holds:
    an emptied trail leaves the data unaccounted for."""
    models = audited_tables()
    baseline = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == BASELINE_ENTITY, AuditEntry.entity_id == BASELINE_ID)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    tallies: dict[str, _Tally] = defaultdict(_Tally)
    if baseline is not None:
        recorded = json.loads(baseline.after or "{}")
        picture = _with_seeded(
            recorded.get("tables", {}), recorded.get("revision", FIRST_BASELINE_REVISION)
        )
    else:
        picture = new_database()
    for name, model in models.items():
        seen = picture.get(name, {"count": 0, "ids": ""})
        tally = tallies[name]
        tally.net = int(seen.get("count", 0))
        if _single_id(model):
            tally.ids = set(parse_ranges(seen.get("ids", "")))
        else:
            tally.counted = True
    entries = session.execute(
        select(
            AuditEntry.entity,
            AuditEntry.entity_id,
            AuditEntry.action,
            AuditEntry.before,
            AuditEntry.after,
        )
        .where(AuditEntry.id > (baseline.id if baseline is not None else 0))
        .order_by(AuditEntry.id)
        .execution_options(yield_per=2000)
    )
    for entity, entity_id, action, before_text, after_text in entries:
        if entity not in models or action == "event":
            continue
        tally = tallies[entity]
        if entity_id == "*":  # a bulk statement: counted
            summary = json.loads(after_text or before_text or "{}")
            rows = int(summary.get("rows", 0))
            tally.counted = True
            tally.net += rows if action == "create" else -rows if action == "delete" else 0
            continue
        step = 1 if action == "create" else -1 if action == "delete" else 0
        tally.net += step
        if entity_id.isdigit() and step:
            (tally.ids.add if step > 0 else tally.ids.discard)(int(entity_id))
        _count_lines(tallies, models, before_text, after_text)
    return list(_gaps(session, models, tallies))


def _count_lines(
    tallies: dict[str, _Tally],
    models: dict[str, type[Base]],
    before_text: str | None,
    after_text: str | None,
) -> None:
    """A record's entry carries its changed lines under their table's name: a line only in
    the after was created, only in the before was deleted."""
    before = json.loads(before_text) if before_text else {}
    after = json.loads(after_text) if after_text else {}
    for name in (set(before) | set(after)) & models.keys():
        if models[name].__audit_parent__ is None:
            continue
        table = models[name].__table__
        assert isinstance(table, Table)
        keys = [column.key for column in table.primary_key.columns]

        def key_of(line: dict[str, Any], keys: list[str] = keys) -> tuple[Any, ...]:
            return tuple(line.get(k) for k in keys)

        old = {key_of(line) for line in before.get(name, []) if isinstance(line, dict)}
        new = {key_of(line) for line in after.get(name, []) if isinstance(line, dict)}
        tally = tallies[name]
        tally.counted = True
        tally.net += len(new - old) - len(old - new)


def _gaps(
    session: Session, models: dict[str, type[Base]], tallies: dict[str, _Tally]
) -> Iterator[CoverageGap]:
    for name, model in sorted(models.items()):
        table = model.__table__
        assert isinstance(table, Table)
        tally = tallies[name]
        if tally.counted or not _single_id(model):
            found = int(session.scalar(select(func.count()).select_from(table)) or 0)
            if found != tally.net:
                yield CoverageGap(name, expected=tally.net, found=found)
            continue
        (pk,) = table.primary_key.columns
        present = set(session.scalars(select(pk)))
        unrecorded = tuple(sorted(present - tally.ids))
        vanished = tuple(sorted(tally.ids - present))
        if unrecorded or vanished:
            yield CoverageGap(name, unrecorded, vanished, len(tally.ids), len(present))
