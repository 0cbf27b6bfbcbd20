"""A stored audit entry as a person reads it.

The store keeps each change as canonical JSON of the row before and after (see
``store.tracking``): the lines of a record edited as a whole (the counts of a handover) travel
in their parent's entry under the line table's name, a bulk statement keeps only the number of
rows and their digest, an event keeps its details. Here that becomes the fields that changed
(with their values as the office writes them: dates as 27-01-2026, yes/no, a person's name
instead of their id), the lines added, changed or removed, and a short description of the
record. Names are looked up once per page of entries, a query per kind of record referred to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table, Time, select
from sqlalchemy.orm import Session

from rutan_desk.domain.changes import Area
from rutan_desk.domain.formatting import clock, from_utc, moment_text, short_date
from rutan_desk.services.audit.labels import (
    action_name,
    area_name,
    area_of,
    entity_name,
    field_name,
    value_name,
)
from rutan_desk.store.base import Base
from rutan_desk.store.models import load_all_models
from rutan_desk.store.models.accounts import AccountRow
from rutan_desk.store.models.audit import AuditEntry

EMPTY = "—"  # a value that is NULL or empty
MAX_SUMMARY_VALUE = 40  # characters of one value in the one-line summary of an entry
# Fields that change with every update and say nothing by themselves.
_NOT_SHOWN_AS_CHANGE = frozenset({"version"})
# Times of the handover written as the report book writes them (WIB wall clock); every
# other stored moment is UTC and is shown in WIB.
_WALL_CLOCK = frozenset(
    {
        ("handover", "outgoing_start"),
        ("handover", "change_at"),
        ("handover", "handed_at"),
        ("handover", "received_at"),
        ("handover", "acknowledged_at"),
    }
)
_REDACTED_PREFIX = "redacted:"
# Fields not listed among the values of a line added or removed: its label says them (see
# ``record_label``), or they only keep the lines in order.
_QUIET_FIELDS: dict[str, frozenset[str]] = {
    "handover_count": frozenset({"block_id", "category_id"}),
    "handover_equipment": frozenset({"item_id"}),
    "handover_officer": frozenset({"staff_id", "side"}),
    "handover_instruction": frozenset({"instruction_id"}),
    "post_minimum": frozenset({"shift_code"}),
    "alert_extra": frozenset({"shift_code"}),
    "handover_event": frozenset({"sort"}),
}


@dataclass(frozen=True)
class FieldChange:
    """One field of a record: its value before and after (as stored, and as text). A side
    that does not exist (before a creation, after a deletion) is None with an empty text."""

    field: str
    label: str
    before: Any
    after: Any
    before_text: str
    after_text: str
    changed: bool


@dataclass(frozen=True)
class LineChange:
    """A line of a record (a count of a handover) that was added, changed or removed."""

    table: str
    kind: str  # "Jumlah penghuni"
    key: str  # the line's primary key as stored
    label: str  # "Blok A · Tahanan laki-laki"
    action: str  # create, update or delete
    fields: tuple[FieldChange, ...]  # an update: the fields that changed; else its values

    def text(self) -> str:
        """``Jumlah penghuni Blok A · Tahanan (diubah): Dihitung 30 → 31``."""
        details = "; ".join(_change_text(change, self.action) for change in self.fields)
        head = f"{self.kind} {self.label}".strip() + f" ({action_name(self.action)})"
        return f"{head}: {details}" if details else head


@dataclass(frozen=True)
class AuditRecord:
    """One entry of the trail, read."""

    id: int
    at: datetime  # UTC, as stored
    actor: str  # as stored: "akun:budi", "sistem:demo", "os:petugas"
    actor_kind: str  # "akun", "sistem", "os" ("" for an actor without a kind)
    actor_login: str  # the actor without its kind
    actor_name: str  # the account's display name when it still exists, else ""
    entity: str
    entity_id: str
    action: str
    area: Area | None
    record_label: str  # "Budi Santoso", "W13.PAS.PAS11-PK.01.04.01-0007"; may be ""
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    fields: tuple[FieldChange, ...]  # every field of the record (or of the event)
    changes: tuple[FieldChange, ...]  # the fields that changed (a creation: its values)
    lines: tuple[LineChange, ...]
    hash: str = ""
    bulk: bool = False  # one statement that wrote many rows (only their count and digest)

    @property
    def at_wib(self) -> datetime:
        return from_utc(self.at)

    @property
    def time_text(self) -> str:
        """``27-01-2026 08.15 WIB``."""
        return moment_text(self.at)

    @property
    def actor_label(self) -> str:
        """The account's name, or the login without its kind."""
        return self.actor_name or self.actor_login

    @property
    def area_name(self) -> str:
        return area_name(self.area)

    @property
    def entity_name(self) -> str:
        return entity_name(self.entity)

    @property
    def action_name(self) -> str:
        return action_name(self.action)

    @property
    def record_text(self) -> str:
        """``Pegawai: Budi Santoso``."""
        return f"{self.entity_name}: {self.record_label}" if self.record_label else self.entity_name

    @property
    def _mode(self) -> str:
        return "event" if self.bulk else self.action

    def change_lines(self, *, every_line: bool = True) -> list[str]:
        """Each change as one line of text: ``Jabatan: Staf → Karupam``, then the lines of the
        record (without ``every_line``, the lines of a record created or deleted as a whole
        are only counted: they are its contents, not changes)."""
        texts = [_change_text(change, self._mode) for change in self.changes]
        if every_line or self.action == "update":
            texts += [line.text() for line in self.lines]
        else:
            texts += self._line_counts()
        return texts

    def summary(self) -> str:
        """The changes on one line, values shortened (for a list)."""
        parts = [
            _change_text(change, self._mode, limit=MAX_SUMMARY_VALUE) for change in self.changes
        ]
        return "; ".join(parts + self._line_counts())

    def _line_counts(self) -> list[str]:
        counts: dict[tuple[str, str], int] = {}
        for line in self.lines:
            key = (line.kind, line.action)
            counts[key] = counts.get(key, 0) + 1
        return [f"{kind}: {n} baris {action_name(act)}" for (kind, act), n in counts.items()]


def _change_text(change: FieldChange, mode: str, *, limit: int | None = None) -> str:
    """``Jabatan: Staf → Karupam`` for an update; the one value for the others."""

    def short(text: str) -> str:
        return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"

    if mode == "update":
        return f"{change.label}: {short(change.before_text)} → {short(change.after_text)}"
    value = change.before_text if mode == "delete" else change.after_text or change.before_text
    return f"{change.label}: {short(value)}"


# -- the schema, read once -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _tables() -> dict[str, Table]:
    return dict(load_all_models().tables)


@lru_cache(maxsize=1)
def _models() -> dict[str, type[Base]]:
    load_all_models()
    return {
        mapper.local_table.name: mapper.class_  # type: ignore[attr-defined]
        for mapper in Base.registry.mappers
    }


def _column(table: str, name: str) -> Column[Any] | None:
    found = _tables().get(table)
    return found.c.get(name) if found is not None else None


@lru_cache(maxsize=512)
def _reference(table: str, name: str) -> str | None:
    """The table the column ``name`` of ``table`` refers to (a foreign key), if any."""
    column = _column(table, name)
    if column is None:
        return None
    for foreign_key in column.foreign_keys:
        return str(foreign_key.column.table.name)
    return None


def _primary_key(table: str) -> tuple[str, ...]:
    found = _tables().get(table)
    return tuple(c.key for c in found.primary_key.columns) if found is not None else ("id",)


def _parent_column(table: str) -> str | None:
    model = _models().get(table)
    return model.__audit_parent__ if model is not None else None


def _redacted(table: str) -> frozenset[str]:
    model = _models().get(table)
    return model.__audit_redacted__ if model is not None else frozenset()


def _field_order(table: str, names: Iterable[str]) -> list[str]:
    """The table's column order, then any other key (an event's details) alphabetically."""
    found = _tables().get(table)
    order = [c.key for c in found.columns] if found is not None else []
    given = set(names)
    return [n for n in order if n in given] + sorted(given - set(order))


# -- names of the records referred to ---------------------------------------------------------

# The columns a record of each table is named by, when another record refers to it.
_NAME_COLUMNS: dict[str, tuple[str, ...]] = {
    "staff": ("name",),
    "regu": ("name",),
    "post": ("name",),
    "cell_block": ("name",),
    "inmate_category": ("name",),
    "equipment_item": ("name", "serial"),
    "standing_instruction": ("text",),
    "issued_document": ("number",),
    "handover": ("day", "outgoing_shift", "incoming_shift"),
    "alert_period": ("name",),
}


class Names:
    """The names of the records some entries refer to: asked for first, then read with one
    query per table."""

    def __init__(self) -> None:
        self._wanted: dict[str, set[int]] = {}
        self._found: dict[tuple[str, int], str] = {}
        self._accounts: set[str] = set()
        self._account_names: dict[str, str] = {}

    def want(self, table: str, record_id: object) -> None:
        if table in _NAME_COLUMNS and type(record_id) is int:
            self._wanted.setdefault(table, set()).add(record_id)

    def want_values(self, table: str, values: Mapping[str, Any] | None) -> None:
        for key, value in (values or {}).items():
            target = _reference(table, key)
            if target is not None:
                self.want(target, value)

    def want_account(self, login: str) -> None:
        self._accounts.add(login)

    def fetch(self, session: Session) -> None:
        for table, ids in self._wanted.items():
            found = _tables()[table]
            wanted = sorted(ids)
            columns = [found.c.id, *(found.c[name] for name in _NAME_COLUMNS[table])]
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for row in session.execute(select(*columns).where(found.c.id.in_(chunk))):
                    values = dict(row._mapping)
                    self._found[(table, int(values["id"]))] = record_label(table, values, self)
        self._wanted.clear()
        if self._accounts:
            logins = sorted(self._accounts)
            rows = session.execute(
                select(AccountRow.login, AccountRow.display_name).where(
                    AccountRow.login.in_(logins)
                )
            )
            self._account_names.update({login: name for login, name in rows})
            self._accounts.clear()

    def name(self, table: str, record_id: object) -> str | None:
        if not isinstance(record_id, int):
            return None
        return self._found.get((table, record_id))

    def account(self, login: str) -> str:
        return self._account_names.get(login, "")

    def ref(self, table: str, values: Mapping[str, Any], key: str) -> str:
        """The name of the record ``values[key]`` refers to, or ``#id``."""
        value = values.get(key)
        if value is None:
            return ""
        target = _reference(table, key)
        found = self.name(target, value) if target is not None else None
        return found or f"#{value}"


# -- values as text ---------------------------------------------------------------------------


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _day(value: Any) -> str:
    found = _as_date(value)
    return short_date(found) if found is not None else str(value or "")


def value_text(table: str, name: str, value: Any, names: Names) -> str:
    """A stored value as the office writes it."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, str) and value.startswith(_REDACTED_PREFIX) and name in _redacted(table):
        return f"(rahasia, sidik {value.removeprefix(_REDACTED_PREFIX)})"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    target = _reference(table, name)
    if target is not None and isinstance(value, int):
        return names.name(target, value) or f"#{value}"
    if isinstance(value, dict) and set(value) == {"sha256", "size"}:
        size = f"{value['size']:,}".replace(",", ".")
        return f"berkas {size} bita, SHA-256 {str(value['sha256'])[:12]}…"
    if isinstance(value, list):
        return ", ".join(value_text(table, name, item, names) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    column = _column(table, name)
    if column is not None and isinstance(value, str):
        kind = column.type
        try:
            if isinstance(kind, DateTime):
                moment = datetime.fromisoformat(value)
                if (table, name) in _WALL_CLOCK:
                    return f"{short_date(moment.date())} {clock(moment, zone=False)}"
                return moment_text(moment)
            if isinstance(kind, Date):
                return short_date(date.fromisoformat(value))
            if isinstance(kind, Time):
                return clock(time.fromisoformat(value), zone=False)
        except ValueError:
            return value
    return value_name(table, name, value) if isinstance(value, str) else str(value)


# -- what a record is called ------------------------------------------------------------------


def _short(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def record_label(table: str, values: Mapping[str, Any], names: Names) -> str:
    """How a record of ``table`` is called in the trail (its values as stored or as read)."""
    v = values
    if table in ("staff", "regu", "post", "cell_block", "inmate_category", "alert_period"):
        return str(v.get("name") or "")
    if table == "equipment_item":
        serial = v.get("serial")
        return f"{v.get('name') or ''} ({serial})" if serial else str(v.get("name") or "")
    if table == "standing_instruction":
        return _short(v.get("text"))
    if table == "issued_document":
        return str(v.get("number") or "")
    if table == "handover":
        if not v.get("day"):
            return ""
        return f"{_day(v.get('day'))} {v.get('outgoing_shift', '')}→{v.get('incoming_shift', '')}"
    if table == "holiday":
        return f"{_day(v.get('day'))} {v.get('name') or ''}".strip()
    if table == "shift_type":
        return f"{v.get('code') or ''} {v.get('name') or ''}".strip()
    if table == "account":
        name = v.get("display_name")
        return f"{v.get('login') or ''} ({name})" if name else str(v.get("login") or "")
    if table == "role_permission":
        return f"{v.get('role') or ''}: {v.get('permission') or ''}"
    if table == "regu_member":
        return f"{names.ref(table, v, 'staff_id')} — {names.ref(table, v, 'regu_id')}"
    if table == "rotation":
        return f"{names.ref(table, v, 'regu_id')}, mulai {_day(v.get('valid_from'))}"
    if table == "roster_entry":
        person = names.ref(table, v, "staff_id")
        return f"{person}, {_day(v.get('day'))} {v.get('shift_code') or ''}".strip()
    if table == "absence":
        person = names.ref(table, v, "staff_id")
        period = f"{_day(v.get('start_date'))} s.d. {_day(v.get('end_date'))}"
        return f"{person}, {v.get('kind') or ''} {period}"
    if table == "roster_swap":
        a, b = names.ref(table, v, "staff_a"), names.ref(table, v, "staff_b")
        return f"{a} {_day(v.get('day_a'))} ⇄ {b} {_day(v.get('day_b'))}"
    if table == "piket_pool":
        return names.ref(table, v, "staff_id")
    if table in ("piket_need", "post_minimum", "alert_extra"):
        return str(v.get("shift_code") or "")
    if table == "handover_addendum":
        return f"Adendum {v.get('number') or ''} — {names.ref(table, v, 'handover_id')}"
    if table == "handover_count":
        return f"{names.ref(table, v, 'block_id')} · {names.ref(table, v, 'category_id')}"
    if table == "handover_equipment":
        return names.ref(table, v, "item_id")
    if table == "handover_officer":
        return f"{names.ref(table, v, 'staff_id')} ({v.get('side') or ''})"
    if table == "handover_movement":
        moment = value_text(table, "at", v.get("at"), names)
        return f"{moment} {v.get('direction') or ''} {v.get('reason') or ''}".strip()
    if table == "handover_event":
        return f"{value_text(table, 'at', v.get('at'), names)} {_short(v.get('text'), 40)}"
    if table == "handover_instruction":
        return names.ref(table, v, "instruction_id")
    if table in ("roster_settings", "document_settings", "institution_profile"):
        return ""
    for key in ("name", "number", "code", "login"):
        if v.get(key):
            return str(v[key])
    return ""


def _event_label(entity: str, entity_id: str, names: Names) -> str:
    if entity == "roster_cell" and "@" in entity_id:
        staff, _, day = entity_id.partition("@")
        person = names.name("staff", int(staff)) if staff.isdigit() else None
        return f"{person or '#' + staff}, {_day(day)}"
    if entity == "audit" and entity_id == "baseline":
        return "titik awal (isi setiap tabel saat pencatatan dimulai)"
    if entity == "roster" and ".." in entity_id:
        first, _, last = entity_id.partition("..")
        return f"{_day(first)} s.d. {_day(last)}"
    return ""


# -- reading entries --------------------------------------------------------------------------


def _parse(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return {"(teks)": text}  # not JSON: shown as it is
    return found if isinstance(found, dict) else {"(nilai)": found}


def _is_lines(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _split(values: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """A record's own fields, and its lines by table."""
    own: dict[str, Any] = {}
    lines: dict[str, list[dict[str, Any]]] = {}
    for key, value in (values or {}).items():
        if _is_lines(value) and key in _tables():
            lines[key] = value
        else:
            own[key] = value
    return own, lines


@dataclass
class _Parsed:
    row: AuditEntry
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    own_before: dict[str, Any] = field(default_factory=dict)
    own_after: dict[str, Any] = field(default_factory=dict)
    lines_before: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    lines_after: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _kind_and_login(actor: str) -> tuple[str, str]:
    kind, colon, login = actor.partition(":")
    return (kind, login) if colon else ("", actor)


def read_entries(session: Session, rows: Sequence[AuditEntry]) -> list[AuditRecord]:
    """The stored ``rows`` read for a person, with the names they refer to."""
    names = Names()
    parsed: list[_Parsed] = []
    for row in rows:
        item = _Parsed(row, _parse(row.before), _parse(row.after))
        item.own_before, item.lines_before = _split(item.before)
        item.own_after, item.lines_after = _split(item.after)
        for values in (item.own_before, item.own_after):
            names.want_values(row.entity, values)
        for lines in (item.lines_before, item.lines_after):
            for table, found in lines.items():
                for line in found:
                    names.want_values(table, line)
        if row.entity_id.isdigit() and not (item.own_before or item.own_after):
            names.want(row.entity, int(row.entity_id))
        if row.entity == "roster_cell":
            staff = row.entity_id.partition("@")[0]
            if staff.isdigit():
                names.want("staff", int(staff))
        kind, login = _kind_and_login(row.actor)
        if kind == "akun":
            names.want_account(login)
        parsed.append(item)
    names.fetch(session)
    return [_record(item, names) for item in parsed]


def _record(item: _Parsed, names: Names) -> AuditRecord:
    row = item.row
    kind, login = _kind_and_login(row.actor)
    bulk = row.entity_id == "*"
    table = row.entity
    if table == "audit" and isinstance(item.own_after.get("tables"), dict):
        fields = _baseline_fields(item.own_after["tables"])
    else:
        fields = _fields(table, item.own_before, item.own_after, item, names)
    if row.action in ("create", "delete", "event") or bulk:
        changes = tuple(
            f
            for f in fields
            if f.field not in _NOT_SHOWN_AS_CHANGE
            and (row.action == "event" or bulk or f.field not in _primary_key(table))
            and (f.before if row.action == "delete" else f.after) not in (None, "")
        )
    else:
        changes = tuple(f for f in fields if f.changed and f.field not in _NOT_SHOWN_AS_CHANGE)
    lines = _line_changes(item.lines_before, item.lines_after, names)
    if bulk:
        summary = item.after or item.before or {}
        label = f"{summary.get('rows', '?')} baris sekaligus"
    elif row.action == "event":
        label = _event_label(table, row.entity_id, names)
        if not label and row.entity_id.isdigit():
            label = names.name(table, int(row.entity_id)) or f"#{row.entity_id}"
        label = label or row.entity_id
    else:
        values = item.own_after or item.own_before
        label = record_label(table, values, names) if values else ""
        if not label and row.entity_id.isdigit():
            label = names.name(table, int(row.entity_id)) or ""
        if not label and table not in ("roster_settings", "document_settings"):
            label = f"#{row.entity_id}" if table != "institution_profile" else ""
    return AuditRecord(
        id=row.id,
        at=row.at,
        actor=row.actor,
        actor_kind=kind,
        actor_login=login,
        actor_name=names.account(login) if kind == "akun" else "",
        entity=table,
        entity_id=row.entity_id,
        action=row.action,
        area=area_of(table),
        record_label=label,
        before=item.before,
        after=item.after,
        fields=fields,
        changes=changes,
        lines=lines,
        hash=row.hash,
        bulk=bulk,
    )


def _baseline_fields(tables: dict[str, Any]) -> tuple[FieldChange, ...]:
    """The rows each table held when the trail began to account for them."""
    found = []
    for name, picture in sorted(tables.items()):
        count = picture.get("count") if isinstance(picture, dict) else picture
        text = f"{count} baris"
        found.append(FieldChange(name, entity_name(name), None, count, "", text, True))
    return tuple(found)


def _fields(
    table: str,
    before: dict[str, Any],
    after: dict[str, Any],
    item: _Parsed,
    names: Names,
) -> tuple[FieldChange, ...]:
    has_before = item.before is not None
    has_after = item.after is not None
    found = []
    for name in _field_order(table, {*before, *after}):
        old, new = before.get(name), after.get(name)
        changed = (
            has_before and has_after and name in before and name in after and old != new
        ) or (has_before != has_after)
        found.append(
            FieldChange(
                field=name,
                label=field_name(table, name),
                before=old,
                after=new,
                before_text=value_text(table, name, old, names) if name in before else "",
                after_text=value_text(table, name, new, names) if name in after else "",
                changed=changed,
            )
        )
    return tuple(found)


def _line_key(table: str, values: Mapping[str, Any]) -> str:
    key = _primary_key(table)
    if all(k in values for k in key):
        return "/".join(str(values[k]) for k in key)
    return json.dumps(values, sort_keys=True, ensure_ascii=False)


def _line_changes(
    before: dict[str, list[dict[str, Any]]],
    after: dict[str, list[dict[str, Any]]],
    names: Names,
) -> tuple[LineChange, ...]:
    found: list[LineChange] = []
    for table in sorted({*before, *after}):
        old = {_line_key(table, line): line for line in before.get(table, [])}
        new = {_line_key(table, line): line for line in after.get(table, [])}
        hidden = {*_primary_key(table), *(filter(None, [_parent_column(table)]))}
        for key in [*new, *(k for k in old if k not in new)]:
            a, b = old.get(key), new.get(key)
            action = "update" if a is not None and b is not None else "create" if b else "delete"
            values = b if b is not None else a or {}
            fields = []
            for name in _field_order(table, {*(a or {}), *(b or {})}):
                if name in hidden or name in _NOT_SHOWN_AS_CHANGE:
                    continue
                x, y = (a or {}).get(name), (b or {}).get(name)
                if action == "update" and x == y:
                    continue
                if action != "update" and name in _QUIET_FIELDS.get(table, ()):
                    continue
                if action != "update" and (y if b is not None else x) in (None, ""):
                    continue
                fields.append(
                    FieldChange(
                        field=name,
                        label=field_name(table, name),
                        before=x,
                        after=y,
                        before_text=value_text(table, name, x, names) if a is not None else "",
                        after_text=value_text(table, name, y, names) if b is not None else "",
                        changed=x != y,
                    )
                )
            if action == "update" and not fields:
                continue
            found.append(
                LineChange(
                    table=table,
                    kind=entity_name(table),
                    key=key,
                    label=record_label(table, values, names),
                    action=action,
                    fields=tuple(fields),
                )
            )
    return tuple(found)
