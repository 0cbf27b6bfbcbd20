"""What a writing transaction changed, recorded by the store itself.

Services do not write audit entries for the rows they change, and do not say what the UI should
refresh: session events watch every flush and

- record each created, changed or deleted row of an audited table with its values before and
  after (the before is the row as the transaction read it, and the version counter makes sure
  that is the row as it was in the database), folded into one entry per record and action even
  when the transaction flushed it several times; the lines of a record edited as a whole (see
  ``Base.__audit_parent__``) are recorded in their parent's entry and raise its version;
- record each bulk statement (``session.execute(insert(Model), rows)``, ``delete(Model)...``) as
  one entry with the number of rows and a SHA-256 of them;
- collect the change set (areas, record ids, roster cells) handed to the caller after commit.

The entries are appended to the hash chain just before the commit, inside the transaction, so
they commit or roll back with the change. A flush of audited rows in a session that does not
say who acts is refused: nothing can be written anonymously.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.exc import CompileError
from sqlalchemy.orm import InstanceState, ORMExecuteState, Session, attributes, sessionmaker

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.store.audit import Change, append_changes
from rutan_desk.store.base import Base

INFO_KEY = "rutan_desk.write"
NOT_AUDITED = frozenset({"created_at", "updated_at"})
ROSTER_TABLE = "roster_entry"  # its rows are the cells of the roster grid


class UnattributedWriteError(RuntimeError):
    """A programming error: audited rows were written in a session that names no actor."""


class ReadSessionWriteError(RuntimeError):
    """A programming error: a reading session tried to write."""


@dataclass
class _Entry:
    entity: str
    entity_id: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    # child table → child key → [before, after] of each line that changed
    lines: dict[str, dict[str, list[dict[str, Any] | None]]] = field(default_factory=dict)
    placeholder: bool = False  # only lines changed; the parent's values are read at commit


@dataclass
class _ChangeCollector:
    areas: set[Area] = field(default_factory=set)
    records: dict[str, set[int]] = field(default_factory=dict)
    cells: set[tuple[int, date]] | None = field(default_factory=set)

    def record(self, table: str, area: Area | None, record_id: object) -> None:
        if area is not None:
            self.areas.add(area)
        if isinstance(record_id, int):
            self.records.setdefault(table, set()).add(record_id)

    def cell(self, staff_id: object, day: object) -> None:
        if self.cells is not None and isinstance(staff_id, int) and isinstance(day, date):
            self.cells.add((staff_id, day))

    def build(self) -> ChangeSet:
        return ChangeSet(
            frozenset(self.areas),
            {table: frozenset(ids) for table, ids in self.records.items()},
            None if self.cells is None else frozenset(self.cells),
        )


@dataclass
class WriteTransaction:
    """The bookkeeping of one writing transaction (kept in ``session.info``)."""

    actor: str
    at: datetime
    on_commit: Callable[[ChangeSet], None] | None = None
    entries: dict[tuple[str, str], _Entry] = field(default_factory=dict)
    changes: _ChangeCollector = field(default_factory=_ChangeCollector)
    bulk_count: int = 0
    events: list[Change] = field(default_factory=list)
    # (table, key) → the version a row had when this transaction first changed it: the
    # counter is raised inside the flush, where attribute history does not see it.
    versions_before: dict[tuple[str, str], int] = field(default_factory=dict)
    created: set[tuple[str, str]] = field(default_factory=set)
    # Rows whose version this transaction already raised: once is enough (on PostgreSQL the
    # UPDATE also holds the row until the commit).
    raised: set[tuple[str, str]] = field(default_factory=set)


def begin_write(
    session: Session,
    *,
    actor: str,
    at: datetime,
    on_commit: Callable[[ChangeSet], None] | None = None,
) -> WriteTransaction:
    """Name who acts (and when) in a writing session; ``on_commit`` receives the change set."""
    if not actor:
        raise UnattributedWriteError("a write needs an actor")
    transaction = WriteTransaction(actor=actor, at=at, on_commit=on_commit)
    session.info[INFO_KEY] = transaction
    return transaction


def record_event(
    session: Session,
    *,
    entity: str,
    entity_id: object,
    details: dict[str, Any],
) -> None:
    """An event that is not a row change (a rule overridden, a number issued, a check made),
    appended to the chain after the transaction's row entries."""
    _transaction(session).events.append(Change(entity, entity_id, "event", None, details))


def install_tracking(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_statement)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_commit", _after_commit)
    event.listen(factory, "after_rollback", _after_rollback)


def install_read_only_guard(factory: sessionmaker[Session]) -> None:
    """Reading sessions never write: only services write, inside ``Database.write``."""

    def refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
        if session.new or session.deleted or any(session.is_modified(o) for o in session.dirty):
            raise ReadSessionWriteError("a reading session tried to write")

    def refuse_statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            raise ReadSessionWriteError("a reading session tried to write")

    event.listen(factory, "before_flush", refuse_flush)
    event.listen(factory, "do_orm_execute", refuse_statement)


# -- helpers ------------------------------------------------------------------------------


def _transaction(session: Session) -> WriteTransaction:
    transaction = session.info.get(INFO_KEY)
    if not isinstance(transaction, WriteTransaction):
        raise UnattributedWriteError("audited rows written in a session that names no actor")
    return transaction


def _audited(obj: object) -> bool:
    return isinstance(obj, Base) and type(obj).__audited__


def _key_of(state: InstanceState[Any]) -> str:
    values = state.mapper.primary_key_from_instance(state.obj())
    return "/".join(str(value) for value in values)


def _id_of(state: InstanceState[Any]) -> object:
    values = state.mapper.primary_key_from_instance(state.obj())
    return values[0] if len(values) == 1 else None


def _current(state: InstanceState[Any], *, created: bool = False) -> dict[str, Any]:
    """The row's values now. A new row's attributes that were never set are NULL in the
    database (unless the database fills them: those are left out)."""
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in NOT_AUDITED:
            continue
        if attr.key in state.dict:
            values[attr.key] = state.dict[attr.key]
        elif created and attr.columns[0].server_default is None:
            values[attr.key] = None
    return _redacted(state, values)


def _redacted(state: InstanceState[Any], values: dict[str, Any]) -> dict[str, Any]:
    """A redacted column (a password hash) shows as a short fingerprint: the trail says that
    it changed, not what it is."""
    for key in state.class_.__audit_redacted__ & values.keys():
        if values[key] is not None:
            digest = hashlib.sha256(str(values[key]).encode("utf-8")).hexdigest()
            values[key] = f"redacted:{digest[:8]}"
    return values


def _previous(state: InstanceState[Any]) -> dict[str, Any]:
    """The values the row had before this flush (the loaded ones; deferred columns not read
    are unchanged and left out)."""
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in NOT_AUDITED:
            continue
        history = state.attrs[attr.key].history
        if history.deleted:
            values[attr.key] = history.deleted[0]
        elif attr.key in state.dict:
            values[attr.key] = state.dict[attr.key]
    return _redacted(state, values)


_PARENTS: dict[tuple[type[Base], str], type[Base]] = {}


def _parent_class(model: type[Base], column: str) -> type[Base]:
    found = _PARENTS.get((model, column))
    if found is None:
        found = _PARENTS[(model, column)] = _find_parent_class(model, column)
    return found


def _find_parent_class(model: type[Base], column: str) -> type[Base]:
    table = model.__table__
    assert isinstance(table, Table)
    (foreign_key,) = table.c[column].foreign_keys
    target = foreign_key.column.table
    for mapper in Base.registry.mappers:
        if mapper.local_table is target:
            return mapper.class_
    raise LookupError(f"no mapped class for {target}")


def _parent_of(state: InstanceState[Any]) -> tuple[type[Base], object] | None:
    model = state.class_
    column = model.__audit_parent__
    if column is None:
        return None
    value = state.dict.get(column)
    if value is None:
        history = state.attrs[column].history
        value = history.deleted[0] if history.deleted else None
    return (_parent_class(model, column), value) if value is not None else None


# -- events -------------------------------------------------------------------------------


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """A changed line raises its parent's version (two clerks saving the same handover: the
    second is refused even when only its lines differ). The versions rows have before the
    flush are noted for their audit entries."""
    transaction = session.info.get(INFO_KEY)
    dirty = [obj for obj in session.dirty if session.is_modified(obj)]
    touched = [*session.new, *session.deleted, *dirty]
    parents: list[Base] = []
    for obj in touched:
        if not _audited(obj):
            continue
        state = inspect(obj)
        parent = _parent_of(state)
        if parent is None:
            continue
        parent_class, parent_id = parent
        row = session.get(parent_class, parent_id)
        if row is None or row in session.new or row in session.deleted:
            continue
        parent_state = inspect(row)
        parent_key = (parent_class.__tablename__, _key_of(parent_state))
        if isinstance(transaction, WriteTransaction):
            if parent_key in transaction.created or parent_key in transaction.raised:
                continue  # created in this very action, or its version is raised already
            transaction.raised.add(parent_key)
        parents.append(row)
        _raise_version(row)
    if not isinstance(transaction, WriteTransaction):
        return
    for obj in [*session.dirty, *session.deleted, *parents]:
        if not _audited(obj):
            continue
        state = inspect(obj)
        version = state.mapper.version_id_col
        if version is None or not state.has_identity:
            continue
        key = (state.class_.__tablename__, _key_of(state))
        current = state.dict.get(state.mapper.get_property_by_column(version).key)
        if key not in transaction.versions_before and isinstance(current, int):
            transaction.versions_before[key] = current


def _raise_version(row: Base) -> None:
    """Make the unit of work UPDATE ``row`` (and so raise its version counter)."""
    state = inspect(row)
    version = state.mapper.version_id_col
    if version is None:
        return
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if attr.key in state.dict and column is not version and not column.primary_key:
            attributes.flag_modified(row, attr.key)
            return


def _after_flush(session: Session, _context: Any) -> None:
    changed: list[tuple[InstanceState[Any], str]] = []
    for obj in session.new:
        if _audited(obj):
            changed.append((inspect(obj), "create"))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj):
            changed.append((inspect(obj), "update"))
    for obj in session.deleted:
        if _audited(obj):
            changed.append((inspect(obj), "delete"))
    if not changed:
        return
    transaction = _transaction(session)
    for state, action in changed:
        key = (state.class_.__tablename__, _key_of(state))
        if action == "create":
            transaction.created.add(key)
        elif action == "update" and state.mapper.version_id_col is not None:
            transaction.raised.add(key)
        before = None if action == "create" else _previous(state)
        after = None if action == "delete" else _current(state, created=action == "create")
        version = state.mapper.version_id_col
        if before is not None and version is not None and key in transaction.versions_before:
            before[state.mapper.get_property_by_column(version).key] = transaction.versions_before[
                key
            ]
        if action == "update" and before == after:
            continue
        _note_change(transaction, state, action, before, after)


def _note_change(
    transaction: WriteTransaction,
    state: InstanceState[Any],
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    model = state.class_
    table = model.__tablename__
    changes = transaction.changes
    if table == ROSTER_TABLE:
        for values in (before, after):
            if values is not None:
                changes.cell(values.get("staff_id"), values.get("day"))
    parent = _parent_of(state)
    if parent is None:
        record_id = _id_of(state)
        changes.record(table, model.__area__, record_id)
        _merge(transaction, table, _key_of(state), action, before, after)
        return
    parent_class, parent_id = parent
    parent_table = parent_class.__tablename__
    changes.record(parent_table, parent_class.__area__, parent_id)
    changes.record(table, model.__area__, None)
    key = (parent_table, str(parent_id))
    entry = transaction.entries.get(key)
    if entry is None:
        entry = _Entry(parent_table, str(parent_id), "update", None, None, placeholder=True)
        transaction.entries[key] = entry
    line = entry.lines.setdefault(table, {}).get(_key_of(state))
    if line is None:
        entry.lines[table][_key_of(state)] = [before, after]
    else:
        line[1] = after


def _merge(
    transaction: WriteTransaction,
    table: str,
    key: str,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    entry = transaction.entries.get((table, key))
    if entry is None:
        transaction.entries[(table, key)] = _Entry(table, key, action, before, after)
        return
    if entry.placeholder:  # its lines came first; now the record itself
        entry.placeholder = False
        entry.action, entry.before, entry.after = action, before, after
        return
    if entry.action == "create" and action == "delete":
        del transaction.entries[(table, key)]  # created and removed in one action: nothing
        return
    if entry.action != "create":
        entry.action = action
    entry.after = after


def _on_statement(state: ORMExecuteState) -> Any:
    """Bulk INSERT, UPDATE and DELETE through the session: one entry per statement, with the
    number of rows and a SHA-256 of them (the rows inserted, or the rows as they were before
    an update or delete). A bulk insert is sent as one Core ``executemany``: tens of thousands
    of roster rows are written at the speed of the driver."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    mapper = state.bind_arguments.get("mapper")
    model = getattr(mapper, "class_", None)
    if model is None or not issubclass(model, Base) or not model.__audited__:
        return None
    session = state.session
    transaction = _transaction(session)
    table = model.__table__
    assert isinstance(table, Table)
    statement: Any = state.statement
    names = [column.key for column in table.columns]
    connection = session.connection()
    if state.is_insert:
        parameters = state.parameters
        values = (
            [dict(row) for row in parameters]
            if isinstance(parameters, list)
            else [dict(parameters)]
            if isinstance(parameters, Mapping)
            else []
        )
        names = [name for name in names if values and name in values[0]]
        lines = [_line([row.get(name) for name in names]) for row in values]
        cells = [(row.get("staff_id"), row.get("day")) for row in values]
        result: Any = connection.execute(table.insert(), values) if values else None
    else:
        query = select(*table.columns)
        if statement.whereclause is not None:
            query = query.where(statement.whereclause)
        rows = connection.execute(query).all()
        lines = [_line(row) for row in rows]
        cells = [(row._mapping.get("staff_id"), row._mapping.get("day")) for row in rows]
        result = state.invoke_statement()
    if not lines:
        return result if result is not None else state.invoke_statement()
    action = "create" if state.is_insert else ("update" if state.is_update else "delete")
    summary: dict[str, Any] = {
        "rows": len(lines),
        "columns": names,
        "sha256": _digest_of_lines(lines),
    }
    if not state.is_insert and statement.whereclause is not None:
        summary["where"] = _readable(statement.whereclause)
    transaction.bulk_count += 1
    key = (table.name, f"*{transaction.bulk_count}")
    transaction.entries[key] = _Entry(
        table.name,
        "*",
        action,
        summary if action != "create" else None,
        summary if action != "delete" else None,
    )
    changes = transaction.changes
    changes.record(table.name, model.__area__, None)
    if table.name == ROSTER_TABLE:
        for staff_id, when in cells:
            changes.cell(staff_id, when)
        if state.is_update:
            changes.cells = None  # rows may have moved to cells the statement does not name
    return result


MAX_WHERE_TEXT = 300  # a condition naming thousands of ids is cut: the digest covers the rows


def _readable(clause: Any) -> str:
    try:
        text = str(clause.compile(compile_kwargs={"literal_binds": True}))
    except (CompileError, NotImplementedError):
        text = str(clause)
    return text if len(text) <= MAX_WHERE_TEXT else text[:MAX_WHERE_TEXT] + "…"


def bulk_digest(rows: Iterable[Sequence[Any]]) -> str:
    """SHA-256 of rows given as the values of the entry's ``columns``, in that order: each row
    is its values as text (dates in ISO form, NULL as ``None``) joined by ``|``; the rows
    sorted, one per line. Anyone can recompute it from the rows themselves."""
    return _digest_of_lines([_line(row) for row in rows])


def _line(values: Sequence[Any]) -> str:
    return "|".join(map(str, values))


def _digest_of_lines(lines: list[str]) -> str:
    lines.sort()
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _before_commit(session: Session) -> None:
    transaction = session.info.get(INFO_KEY)
    if not isinstance(transaction, WriteTransaction):
        if session.new or session.deleted or session.dirty:
            session.flush()  # raises UnattributedWriteError for audited rows
        return
    session.flush()  # what the commit would flush, so that its rows are recorded below
    changes: list[Change] = []
    for entry in list(transaction.entries.values()):
        before, after = entry.before, entry.after
        if entry.placeholder:
            picture = _picture(session, entry.entity, entry.entity_id)
            before, after = dict(picture), dict(picture)
        if entry.lines:
            before = dict(before or {})
            after = dict(after or {})
            for table, lines in entry.lines.items():
                removed = [values for values, _ in lines.values() if values is not None]
                added = [values for _, values in lines.values() if values is not None]
                if removed:
                    before[table] = removed
                if added:
                    after[table] = added
            if entry.action == "create":
                before = None
            elif entry.action == "delete":
                after = None
        changes.append(Change(entry.entity, entry.entity_id, entry.action, before, after))
    changes += transaction.events
    transaction.entries.clear()
    transaction.events.clear()
    append_changes(session, actor=transaction.actor, at=transaction.at, changes=changes)


def _picture(session: Session, table: str, key: str) -> dict[str, Any]:
    """The current values of the record ``key`` of ``table`` (whose lines changed)."""
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:  # type: ignore[attr-defined]
            python_type = mapper.primary_key[0].type.python_type
            row = session.get(mapper.class_, python_type(key))
            return {} if row is None else _current(inspect(row))
    return {}


def _after_commit(session: Session) -> None:
    transaction = session.info.pop(INFO_KEY, None)
    if isinstance(transaction, WriteTransaction) and transaction.on_commit is not None:
        transaction.on_commit(transaction.changes.build())


def _after_rollback(session: Session) -> None:
    transaction = session.info.get(INFO_KEY)
    if isinstance(transaction, WriteTransaction):
        transaction.entries.clear()
        transaction.events.clear()
        transaction.changes = _ChangeCollector()


def json_digest(values: object) -> str:
    """SHA-256 of canonical JSON (for summaries that services record as events)."""
    text = json.dumps(values, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


__all__ = [
    "ReadSessionWriteError",
    "UnattributedWriteError",
    "WriteTransaction",
    "begin_write",
    "install_read_only_guard",
    "install_tracking",
    "json_digest",
    "record_event",
]
