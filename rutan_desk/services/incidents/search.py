"""The full-text search over incidents: what each one is found by, and how a typed query is
matched (FTS5 on SQLite, a tsvector with its GIN index on PostgreSQL; migration 0010).

Each incident's words live in one row of ``incident_text``: its number, kind, place, summary,
chronology, injuries and damage, the people (names, register numbers, NIP or card), actions,
notifications, evidence and supplements. The services rewrite that row in the transaction that
changes any of them, so the search never shows what the record no longer says. The words are
stored split and lower-cased (``A.II/123/2026`` as ``a ii 123 2026``) so that both databases
read them alike, and a query matches every word typed as the beginning of a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, false, func, literal_column, select, text
from sqlalchemy.orm import Session

from rutan_desk.services.search_text import search_text
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.incidents import (
    IncidentActionRow,
    IncidentEvidenceRow,
    IncidentNotificationRow,
    IncidentPersonRow,
    IncidentRow,
    IncidentSupplementRow,
    IncidentTextRow,
    IncidentTypeRow,
)
from rutan_desk.store.models.inmates import InmateRow
from rutan_desk.store.models.staff import StaffRow

_WORD = re.compile(r"\w+")
MAX_QUERY_WORDS = 8  # more words narrow nothing a clerk needs, and each one costs a lookup


def search_words(value: str) -> list[str]:
    """The words of a text as the search knows them: lower case, split at anything that is
    not a letter or a digit."""
    return _WORD.findall((value or "").casefold())


def incident_body(session: Session, incident_id: int) -> str:
    """Every word the incident is found by."""
    row = session.get(IncidentRow, incident_id)
    if row is None:
        return ""
    parts: list[str] = [row.number, row.summary, row.chronology, row.injuries, row.damage]
    parts += [row.room, row.other_place]
    kind = session.get(IncidentTypeRow, row.type_id)
    block = session.get(CellBlockRow, row.block_id) if row.block_id is not None else None
    parts += [kind.name if kind else "", block.name if block else ""]
    people = session.execute(
        select(
            IncidentPersonRow.name,
            IncidentPersonRow.identity,
            IncidentPersonRow.note,
            InmateRow.name,
            InmateRow.register_number,
            StaffRow.name,
            StaffRow.nip,
            StaffRow.external_id,
        )
        .outerjoin(InmateRow, InmateRow.id == IncidentPersonRow.inmate_id)
        .outerjoin(StaffRow, StaffRow.id == IncidentPersonRow.staff_id)
        .where(IncidentPersonRow.incident_id == incident_id)
    )
    for line in people:
        parts += [value or "" for value in line]
    for model, column in (
        (IncidentActionRow, IncidentActionRow.text),
        (IncidentNotificationRow, IncidentNotificationRow.whom),
        (IncidentEvidenceRow, IncidentEvidenceRow.description),
        (IncidentSupplementRow, IncidentSupplementRow.text),
    ):
        parts += session.scalars(select(column).where(model.incident_id == incident_id)).all()
    return " ".join(search_words(" ".join(parts)))


def reindex_incidents(session: Session, incident_ids: Iterable[int]) -> None:
    """Rewrite the words of these incidents, in the caller's transaction."""
    for incident_id in sorted(set(incident_ids)):
        body = incident_body(session, incident_id)
        row = session.get(IncidentTextRow, incident_id)
        if row is None:
            session.add(IncidentTextRow(incident_id=incident_id, body=body))
        elif row.body != body:
            row.body = body


def reindex_incidents_naming(
    session: Session, *, inmate_id: int | None = None, staff_id: int | None = None
) -> None:
    """An inmate or a person of the staff was renamed (or merged): the incidents that name
    them are found by the new name."""
    condition = (
        IncidentPersonRow.inmate_id == inmate_id
        if inmate_id is not None
        else IncidentPersonRow.staff_id == staff_id
    )
    ids = session.scalars(select(IncidentPersonRow.incident_id).where(condition)).all()
    reindex_incidents(session, ids)


def matching_incidents(session: Session, query: str) -> ColumnElement[bool] | None:
    """A condition on ``incident.id`` that lets through the incidents holding every word of
    ``query`` (each as the start of a word); None when nothing was typed. Text with no word
    in it (``%``, a NUL) finds nothing: the search is never widened to every incident."""
    typed = search_text(query)
    if typed is None:
        return false()
    words = search_words(typed)[:MAX_QUERY_WORDS]
    if not words:
        return false() if typed else None
    if session.get_bind().dialect.name == "sqlite":
        expression = " ".join(f'"{word}"*' for word in words)
        in_fts: Select[tuple[int]] = (
            select(literal_column("rowid"))
            .select_from(text("incident_fts"))
            .where(text("incident_fts MATCH :fts_query").bindparams(fts_query=expression))
        )
        # ``id + 0``: not a column SQLite can look rows up by, so the list walks the incidents
        # newest first (the index on happened_at) and tests each against the matches, stopping
        # at its limit. Led by the matches instead, SQLite would fetch and sort every match:
        # a few letters typed match most of 100,000 incidents (0.3 s instead of 0.03 s).
        return (IncidentRow.id + 0).in_(in_fts.scalar_subquery())
    tsquery = " & ".join(f"{word}:*" for word in words)
    in_index = select(IncidentTextRow.incident_id).where(
        # 'simple' as a literal, so that the expression is the one the GIN index was made on
        func.to_tsvector(literal_column("'simple'"), IncidentTextRow.body).op("@@")(
            func.to_tsquery(literal_column("'simple'"), tsquery)
        )
    )
    return IncidentRow.id.in_(in_index.scalar_subquery())
