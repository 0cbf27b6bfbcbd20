"""Reading searches: one whole, the list, and the findings of a period (the monthly recap,
the berita acara of a destruction)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from rutan_desk.domain.errors import NotFoundError
from rutan_desk.domain.searches import (
    Disposition,
    FindingFate,
    FindingItem,
    SearchKind,
    split_agencies,
)
from rutan_desk.services.incidents.queries import place_text
from rutan_desk.services.searches.forms import (
    FindingLine,
    FindingSummary,
    MemberLine,
    PlaceLine,
    SearchDraft,
    SearchRecord,
    SearchSummary,
)
from rutan_desk.store.engine import Database
from rutan_desk.store.models.documents import IssuedDocumentRow
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.incidents import IncidentRow
from rutan_desk.store.models.inmates import InmateRow
from rutan_desk.store.models.searches import (
    FindingRow,
    SearchMemberRow,
    SearchPlaceRow,
    SearchRow,
)
from rutan_desk.store.models.staff import StaffRow


def load_search(db: Database, search_id: int) -> SearchRecord:
    with db.read() as session:
        row = session.get(SearchRow, search_id)
        if row is None:
            raise NotFoundError(f"search {search_id}")
        return _record(session, row)


def _record(session: Session, row: SearchRow) -> SearchRecord:
    members = list(
        session.scalars(
            select(SearchMemberRow)
            .where(SearchMemberRow.search_id == row.id)
            .order_by(SearchMemberRow.id)
        )
    )
    places = list(
        session.scalars(
            select(SearchPlaceRow)
            .where(SearchPlaceRow.search_id == row.id)
            .order_by(SearchPlaceRow.id)
        )
    )
    findings = list(
        session.scalars(
            select(FindingRow).where(FindingRow.search_id == row.id).order_by(FindingRow.id)
        )
    )
    staff = {
        r.id: r
        for r in session.execute(
            select(
                StaffRow.id,
                StaffRow.name,
                StaffRow.nip,
                StaffRow.external_id,
                StaffRow.external_rank,
                StaffRow.golongan,
                StaffRow.agency,
            ).where(StaffRow.id.in_({row.leader_id, *(m.staff_id for m in members)}))
        )
    }
    blocks = _block_names(session, {*(p.block_id for p in places), *(f.block_id for f in findings)})
    owners = {
        r.id: r
        for r in session.execute(
            select(InmateRow.id, InmateRow.name, InmateRow.register_number).where(
                InmateRow.id.in_({f.owner_inmate_id for f in findings if f.owner_inmate_id})
            )
        )
    }
    incidents = {
        incident_id: number
        for incident_id, number in session.execute(
            select(IncidentRow.id, IncidentRow.number).where(
                IncidentRow.id.in_({f.incident_id for f in findings if f.incident_id})
            )
        )
    }
    team = []
    for m in members:
        if m.staff_id is None:
            team.append(MemberLine(None, m.name, m.rank, m.nrp, m.agency))
            continue
        person = staff[m.staff_id]
        team.append(
            MemberLine(
                m.staff_id,
                person.name,
                person.external_rank or person.golongan,
                person.nip or person.external_id or "",
                person.agency,
            )
        )
    draft = SearchDraft(
        kind=SearchKind(row.kind),
        started_at=row.started_at,
        leader_id=row.leader_id,
        ended_at=row.ended_at,
        agencies=split_agencies(row.agencies),
        order_document_id=row.order_document_id,
        note=row.note,
        team=tuple(team),
        places=tuple(
            PlaceLine(
                p.block_id,
                p.room,
                p.other_place,
                place_text(blocks.get(p.block_id, "") if p.block_id else "", p.room, p.other_place),
            )
            for p in places
        ),
        findings=tuple(
            FindingLine(
                item=FindingItem(f.item),
                quantity=f.quantity,
                unit=f.unit,
                description=f.description,
                block_id=f.block_id,
                room=f.room,
                other_place=f.other_place,
                owner_id=f.owner_inmate_id,
                photo_id=f.photo_id,
                disposition=_disposition(f.fate, f.fate_on, f.berita_acara, f.handed_to),
                id=f.id,
                incident_id=f.incident_id,
                incident_number=incidents.get(f.incident_id, "") if f.incident_id else "",
                owner_name=owners[f.owner_inmate_id].name if f.owner_inmate_id else "",
                owner_register_number=(
                    owners[f.owner_inmate_id].register_number if f.owner_inmate_id else ""
                ),
                place=place_text(
                    blocks.get(f.block_id, "") if f.block_id else "", f.room, f.other_place
                ),
            )
            for f in findings
        ),
        id=row.id,
        version=row.version,
    )
    order = (
        session.scalar(
            select(IssuedDocumentRow.number).where(IssuedDocumentRow.id == row.order_document_id)
        )
        if row.order_document_id
        else None
    )
    return SearchRecord(draft, staff[row.leader_id].name, order or "", row.created_at)


def _block_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {
        block_id: name
        for block_id, name in session.execute(
            select(CellBlockRow.id, CellBlockRow.name).where(CellBlockRow.id.in_(wanted))
        )
    }


def _disposition(fate: str, on: date | None, berita_acara: str, handed_to: str) -> Disposition:
    return Disposition(FindingFate(fate), on, berita_acara, handed_to)


def _period(column: Any, first: date | None, last: date | None) -> list[ColumnElement[bool]]:
    """``column`` (a WIB time) within the days ``first`` to ``last``, both included."""
    conditions = []
    if first is not None:
        conditions.append(column >= datetime.combine(first, time()))
    if last is not None:
        conditions.append(column < datetime.combine(last + timedelta(days=1), time()))
    return conditions


def list_searches(
    db: Database, first: date | None = None, last: date | None = None
) -> list[SearchSummary]:
    """The searches begun from ``first`` to ``last`` (days, both included; None: no bound),
    newest first."""
    with db.read() as session:
        leader = aliased(StaffRow)
        statement = (
            select(SearchRow, leader.name)
            .join(leader, leader.id == SearchRow.leader_id)
            .where(*_period(SearchRow.started_at, first, last))
            .order_by(SearchRow.started_at.desc(), SearchRow.id.desc())
        )
        rows = session.execute(statement).all()
        ids = [search.id for search, _ in rows]
        counts = {
            search_id: (lines, items)
            for search_id, lines, items in session.execute(
                select(FindingRow.search_id, func.count(), func.sum(FindingRow.quantity))
                .where(FindingRow.search_id.in_(ids))
                .group_by(FindingRow.search_id)
            )
        }
        places: dict[int, list[str]] = defaultdict(list)
        for search_id, block, room, other in session.execute(
            select(
                SearchPlaceRow.search_id,
                CellBlockRow.name,
                SearchPlaceRow.room,
                SearchPlaceRow.other_place,
            )
            .outerjoin(CellBlockRow, CellBlockRow.id == SearchPlaceRow.block_id)
            .where(SearchPlaceRow.search_id.in_(ids))
            .order_by(SearchPlaceRow.id)
        ):
            places[search_id].append(place_text(block or "", room, other))
        return [
            SearchSummary(
                id=search.id,
                started_at=search.started_at,
                ended_at=search.ended_at,
                kind=SearchKind(search.kind),
                agencies=split_agencies(search.agencies),
                places="; ".join(places[search.id]),
                leader_name=leader_name,
                findings=int(counts.get(search.id, (0, 0))[0]),
                items=int(counts.get(search.id, (0, 0))[1] or 0),
                version=search.version,
            )
            for search, leader_name in rows
        ]


def _findings(session: Session, *conditions: ColumnElement[bool]) -> list[FindingSummary]:
    owner = aliased(InmateRow)
    statement = (
        select(
            FindingRow,
            SearchRow.started_at,
            SearchRow.kind,
            SearchRow.version,
            CellBlockRow.name,
            owner.name,
            owner.register_number,
            IncidentRow.number,
        )
        .join(SearchRow, SearchRow.id == FindingRow.search_id)
        .outerjoin(CellBlockRow, CellBlockRow.id == FindingRow.block_id)
        .outerjoin(owner, owner.id == FindingRow.owner_inmate_id)
        .outerjoin(IncidentRow, IncidentRow.id == FindingRow.incident_id)
        .where(*conditions)
        .order_by(SearchRow.started_at, SearchRow.id, FindingRow.id)
    )
    return [
        FindingSummary(
            id=f.id,
            search_id=f.search_id,
            search_version=version,
            searched_at=started_at,
            search_kind=SearchKind(kind),
            item=FindingItem(f.item),
            description=f.description,
            quantity=f.quantity,
            unit=f.unit,
            place=place_text(block or "", f.room, f.other_place),
            owner_id=f.owner_inmate_id,
            owner_name=owner_name or "",
            owner_register_number=register_number or "",
            disposition=_disposition(f.fate, f.fate_on, f.berita_acara, f.handed_to),
            incident_id=f.incident_id,
            incident_number=incident_number or "",
        )
        for (
            f,
            started_at,
            kind,
            version,
            block,
            owner_name,
            register_number,
            incident_number,
        ) in session.execute(statement)
    ]


def findings_between(db: Database, first: date, last: date) -> list[FindingSummary]:
    """The findings of the searches begun from ``first`` to ``last`` (both included), in the
    order they were found."""
    with db.read() as session:
        return _findings(session, *_period(SearchRow.started_at, first, last))


def finding_of_incident(db: Database, incident_id: int) -> FindingSummary | None:
    """The finding that opened ``incident_id`` (None: the incident was filed otherwise)."""
    with db.read() as session:
        found = _findings(session, FindingRow.incident_id == incident_id)
        return found[0] if found else None


def load_finding(db: Database, finding_id: int) -> FindingSummary:
    with db.read() as session:
        found = _findings(session, FindingRow.id == finding_id)
        if not found:
            raise NotFoundError(f"search_finding {finding_id}")
        return found[0]
