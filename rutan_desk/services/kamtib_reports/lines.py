"""The lines the Kamtib documents list, read for a period: the counts at the handovers, the
incidents, the searches with what they found, the patrol visits; and who signs."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select

from rutan_desk.domain.handover import HandoverStatus
from rutan_desk.domain.incidents import STATUS_LABELS
from rutan_desk.domain.institution import InstitutionProfile
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.searches import SEARCH_KIND_LABELS, item_words, quantity_words, words_list
from rutan_desk.reports.kamtib_parts import (
    CountLine,
    IncidentLine,
    SearchLine,
    Signer,
    VisitLine,
)
from rutan_desk.services.handover.queries import list_handovers, pairs
from rutan_desk.services.incidents.queries import IncidentQuery, list_incidents
from rutan_desk.services.incidents.report import SEVERITY_LABELS
from rutan_desk.services.patrols.queries import visits_between
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.searches.queries import findings_between, list_searches
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import HandoverCountRow

# How far the handover had come (a count not yet signed for may still change).
HANDOVER_STATUS_LABELS = {
    HandoverStatus.DRAFT: "belum ditandatangani",
    HandoverStatus.HANDED_OVER: "diserahkan",
    HandoverStatus.RECEIVED: "diterima",
    HandoverStatus.ACKNOWLEDGED: "diketahui Ka KPR",
}
MAKER_TITLE = "Kepala Kesatuan Pengamanan Rutan"
INCIDENT_LIMIT = 5000  # far more than a month of a Rutan ever has


def count_lines(db: Database, first: date, last: date) -> list[CountLine]:
    """The count at each change of shift of the days ``first`` to ``last``, oldest first."""
    handovers = list(reversed(list_handovers(db, first, last)))
    ids = [h.id for h in handovers]
    with db.read() as session:
        names = {shift.code: shift.name for shift in shift_types_in(session)}
        expected = pairs(
            session,
            select(HandoverCountRow.handover_id, func.sum(HandoverCountRow.closing))
            .where(HandoverCountRow.handover_id.in_(ids))
            .group_by(HandoverCountRow.handover_id),
        )
    lines = []
    for handover in handovers:
        change = (
            f"{names.get(handover.outgoing_shift, handover.outgoing_shift)} → "
            f"{names.get(handover.incoming_shift, handover.incoming_shift)}"
        )
        lines.append(
            CountLine(
                change,
                f"{handover.outgoing_regu or '-'} → {handover.incoming_regu or '-'}",
                handover.counted,
                int(expected.get(handover.id, 0) or 0),
                HANDOVER_STATUS_LABELS[handover.status],
            )
        )
    return lines


def incident_lines(db: Database, first: date, last: date) -> list[IncidentLine]:
    """The incidents that happened from ``first`` to ``last``, oldest first."""
    found = list_incidents(db, IncidentQuery(first=first, last=last), limit=INCIDENT_LIMIT)
    return [
        IncidentLine(
            i.number,
            i.happened_at,
            i.type_name,
            i.place,
            i.summary,
            STATUS_LABELS[i.status],
            SEVERITY_LABELS[i.severity.value],
        )
        for i in reversed(found)
    ]


def search_lines(db: Database, first: date, last: date) -> list[SearchLine]:
    """The searches begun from ``first`` to ``last``, oldest first, with what each found."""
    found: dict[int, list[str]] = defaultdict(list)
    for finding in findings_between(db, first, last):
        what = item_words(finding.item, finding.description)
        found[finding.search_id].append(f"{what} {quantity_words(finding.quantity, finding.unit)}")
    return [
        SearchLine(
            s.started_at,
            SEARCH_KIND_LABELS[s.kind],
            s.places,
            s.leader_name,
            words_list(s.agencies),
            "; ".join(found[s.id]),
        )
        for s in reversed(list_searches(db, first, last))
    ]


def visit_lines(db: Database, first: date, last: date) -> list[VisitLine]:
    """The patrol visits from ``first`` to ``last``, oldest first."""
    visits = sorted(visits_between(db, first, last), key=lambda v: (v.arrived_at, v.id))
    return [
        VisitLine(
            v.arrived_at,
            v.kind_label,
            v.agency_unit,
            ", ".join(v.officers),
            v.areas_checked,
            v.received_by_name,
        )
        for v in visits
    ]


def office_signers(profile: InstitutionProfile) -> list[Signer]:
    """The Ka KPR makes the document (signed by hand); the Karutan of the profile
    acknowledges it."""
    head_nip = f"NIP. {format_nip(profile.head_nip)}" if profile.head_nip else ""
    return [
        Signer("Dibuat oleh", MAKER_TITLE, "", ""),
        Signer("Mengetahui", profile.head_title or "Kepala Rutan", profile.head_name, head_nip),
    ]
