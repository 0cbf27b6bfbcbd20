"""Browsing the audit trail, and one record's history.

Years of entries are never read at once: a view is read newest first a page at a time, each
page continuing below the oldest entry of the one before (by id: the chain's own order), so a
page costs the same on the first day and after five years. Every read needs the permission to
view the audit trail (Administrator and Pimpinan by default).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, false, or_, select

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.changes import Area
from rutan_desk.domain.errors import NotFoundError
from rutan_desk.domain.formatting import WIB_OFFSET
from rutan_desk.services.audit.entries import AuditRecord, read_entries
from rutan_desk.services.audit.labels import entities_in, entity_name
from rutan_desk.services.context import ActionContext
from rutan_desk.services.search_text import contains_text, search_text
from rutan_desk.store.models.accounts import AccountRow
from rutan_desk.store.models.audit import AuditEntry

PAGE_SIZE = 200
HISTORY_LIMIT = 1000  # the latest entries of one record (an account signs in every day)
MAX_TEXT = 100


@dataclass(frozen=True)
class AuditQuery:
    """Which entries to show. Days are office days (WIB), both included; ``actor`` is the
    name the trail records ("akun:budi"); ``text`` is looked for in the values, the actor and
    the record id."""

    first: date | None = None
    last: date | None = None
    actor: str | None = None
    area: Area | None = None
    entity: str | None = None
    entity_id: str | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditPage:
    entries: tuple[AuditRecord, ...]  # newest first
    next_before: int | None  # give as ``before_id`` for the next (older) page; None: no more


@dataclass(frozen=True)
class RecordHistory:
    entity: str
    entity_id: str
    title: str  # "Pegawai: Budi Santoso"
    entries: tuple[AuditRecord, ...]  # oldest first
    complete: bool  # False: only the latest ``HISTORY_LIMIT`` entries are given


@dataclass(frozen=True)
class ActorChoice:
    actor: str  # as the trail records it: "akun:budi"
    label: str  # "Budi Santoso (budi)"


def start_of_day_utc(day: date) -> datetime:
    """The stored (UTC) moment an office day (WIB) begins."""
    return datetime.combine(day, time()) - WIB_OFFSET


def _conditions(query: AuditQuery) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if query.first is not None:
        found.append(AuditEntry.at >= start_of_day_utc(query.first))
    if query.last is not None:
        found.append(AuditEntry.at < start_of_day_utc(query.last + timedelta(days=1)))
    if query.actor:
        found.append(AuditEntry.actor == query.actor)
    if query.area is not None:
        found.append(AuditEntry.entity.in_(entities_in(query.area)))
    if query.entity:
        found.append(AuditEntry.entity == query.entity)
    if query.entity_id:
        found.append(AuditEntry.entity_id == query.entity_id)
    text = search_text(query.text)
    if text is None:  # a control character: no entry holds one
        found.append(false())
    elif text:
        text = text[:MAX_TEXT]
        found.append(
            or_(
                AuditEntry.entity_id == text,
                contains_text(AuditEntry.actor, text),
                contains_text(AuditEntry.after, text),
                contains_text(AuditEntry.before, text),
            )
        )
    return found


def browse(
    ctx: ActionContext,
    query: AuditQuery | None = None,
    *,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """The entries ``query`` selects, newest first, at most ``limit``, older than
    ``before_id`` when given (the next page)."""
    ctx.check(Permission.AUDIT_VIEW)
    conditions = _conditions(query or AuditQuery())
    if before_id is not None:
        conditions.append(AuditEntry.id < before_id)
    with ctx.read() as session:
        statement = select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc())
        rows = list(session.scalars(statement.limit(limit + 1)))
        more = len(rows) > limit
        rows = rows[:limit]
        entries = read_entries(session, rows)
    return AuditPage(tuple(entries), rows[-1].id if more and rows else None)


def entry(ctx: ActionContext, entry_id: int) -> AuditRecord:
    ctx.check(Permission.AUDIT_VIEW)
    with ctx.read() as session:
        row = session.get(AuditEntry, entry_id)
        if row is None:
            raise NotFoundError(f"audit entry {entry_id}")
        return read_entries(session, [row])[0]


def record_history(
    ctx: ActionContext, entity: str, entity_id: object, *, limit: int = HISTORY_LIMIT
) -> RecordHistory:
    """Every entry of one record, oldest first: its creation, each change (with the lines
    that changed with it), its deletion, and the events recorded about it."""
    ctx.check(Permission.AUDIT_VIEW)
    key = str(entity_id)
    with ctx.read() as session:
        rows = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == key)
                .order_by(AuditEntry.id.desc())
                .limit(limit + 1)
            )
        )
        complete = len(rows) <= limit
        rows = rows[:limit]
        rows.reverse()
        entries = read_entries(session, rows)
        title = _title(entity, key, entries)
    return RecordHistory(entity, key, title, tuple(entries), complete)


def _title(entity: str, key: str, entries: Sequence[AuditRecord]) -> str:
    """What the record is called now (its latest entry), or ``Pegawai #12``."""
    for found in reversed(entries):
        if found.record_label and found.action != "event":
            return found.record_text
    return f"{entity_name(entity)} #{key}" if key.isdigit() else entity_name(entity)


def actor_choices(ctx: ActionContext) -> list[ActorChoice]:
    """Who can be chosen to filter by: every account (also one that never changed anything),
    and the other names the trail records (the app itself, computer logins of old)."""
    ctx.check(Permission.AUDIT_VIEW)
    with ctx.read() as session:
        accounts = session.execute(
            select(AccountRow.login, AccountRow.display_name).order_by(AccountRow.login)
        ).all()
        others = session.scalars(
            select(AuditEntry.actor).where(~AuditEntry.actor.startswith("akun:")).distinct()
        ).all()
    choices = [ActorChoice(f"akun:{login}", f"{name} ({login})") for login, name in accounts]
    for actor in sorted(others):
        kind, _, login = actor.partition(":")
        label = {"sistem": "sistem", "os": "login komputer"}.get(kind, kind)
        choices.append(ActorChoice(actor, f"{login} ({label})" if login else actor))
    return choices


__all__ = [
    "PAGE_SIZE",
    "ActorChoice",
    "AuditPage",
    "AuditQuery",
    "AuditRecord",
    "RecordHistory",
    "actor_choices",
    "browse",
    "entry",
    "record_history",
    "start_of_day_utc",
]
