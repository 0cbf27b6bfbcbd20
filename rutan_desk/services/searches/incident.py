"""A finding opens an incident in one step: a prefilled draft of "Penyelundupan barang
terlarang" — when (the search), where (where it was found), who (its owner as pelaku, the
search's leader as pelapor), the finding as evidence with its photo — saved in the same action
that links the finding to it. The clerk goes on from the draft."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import full_date
from rutan_desk.domain.incidents import PersonKind, PersonRole
from rutan_desk.domain.searches import (
    SMUGGLING_INCIDENT_TYPE,
    FindingItem,
    SearchKind,
    finding_chronology,
    finding_summary,
    item_words,
    quantity_words,
    split_agencies,
    suggested_severity,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.incidents.forms import (
    AttachmentLine,
    EvidenceLine,
    IncidentDraft,
    PersonLine,
)
from rutan_desk.services.incidents.queries import place_text
from rutan_desk.services.incidents.saving import NUMBER_ATTEMPTS, save_incident_in
from rutan_desk.services.validation import max_length
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.incidents import IncidentEvidenceRow, IncidentRow, IncidentTypeRow
from rutan_desk.store.models.inmates import InmateRow
from rutan_desk.store.models.searches import FindingRow, SearchRow
from rutan_desk.store.models.staff import StaffRow


def incident_from_finding(ctx: ActionContext, finding_id: int) -> int:
    """Open the incident of a finding; returns its id. Refused when the finding already
    opened one (``finding_has_incident``, with its number)."""
    attempt = 1
    while True:
        try:
            with ctx.write(Permission.INCIDENTS_EDIT) as session:
                # Locked: a second PC opening the same finding's incident waits, then sees it.
                finding = session.get(FindingRow, finding_id, with_for_update=True)
                if finding is None:
                    raise NotFoundError(f"search_finding {finding_id}")
                if finding.incident_id is not None:
                    number = session.scalar(
                        select(IncidentRow.number).where(IncidentRow.id == finding.incident_id)
                    )
                    raise ValidationError(
                        [FieldError("finding", "finding_has_incident", {"number": number})]
                    )
                incident_id = save_incident_in(session, ctx, _draft(session, finding))
                finding.incident_id = incident_id
                return incident_id
        except IntegrityError:
            # Another PC took the incident's number at the same moment: take the next one.
            if attempt >= NUMBER_ATTEMPTS:
                raise
            attempt += 1


def _draft(session: Session, finding: FindingRow) -> IncidentDraft:
    search = session.get(SearchRow, finding.search_id)
    assert search is not None
    item = FindingItem(finding.item)
    day = search.started_at.date()
    leader = session.get(StaffRow, search.leader_id)
    owner = session.get(InmateRow, finding.owner_inmate_id) if finding.owner_inmate_id else None
    block = session.get(CellBlockRow, finding.block_id) if finding.block_id else None
    people = []
    if owner is not None:
        people.append(PersonLine(PersonRole.PELAKU, PersonKind.INMATE, inmate_id=owner.id))
    people.append(PersonLine(PersonRole.PELAPOR, PersonKind.STAFF, staff_id=search.leader_id))
    found = (
        f"{item_words(item, finding.description)} {quantity_words(finding.quantity, finding.unit)}"
    )
    summary = finding_summary(item, finding.description, finding.quantity, finding.unit, day)
    return IncidentDraft(
        type_id=_smuggling_type(session),
        severity=suggested_severity(item),
        happened_at=search.started_at,
        reported_at=search.ended_at or search.started_at,
        summary=_clipped(summary, max_length(IncidentRow.summary)),
        block_id=finding.block_id,
        room=finding.room,
        other_place=finding.other_place,
        chronology=finding_chronology(
            search.started_at,
            SearchKind(search.kind),
            split_agencies(search.agencies),
            leader.name if leader else "",
            found,
            place_text(block.name if block else "", finding.room, finding.other_place),
            f"WBP {owner.name} ({owner.register_number})" if owner else "",
        ),
        people=tuple(people),
        evidence=(
            EvidenceLine(
                _clipped(
                    item_words(item, finding.description),
                    max_length(IncidentEvidenceRow.description),
                ),
                finding.quantity,
                note=f"Temuan penggeledahan {full_date(day)}",
            ),
        ),
        attachments=(
            (AttachmentLine(finding.photo_id, "Foto temuan"),) if finding.photo_id else ()
        ),
    )


def _smuggling_type(session: Session) -> int:
    """The kind "Penyelundupan barang terlarang" among those in use; the office may have
    renamed it, so failing the exact name, the one in use that speaks of smuggling."""
    active = session.execute(
        select(IncidentTypeRow.id, IncidentTypeRow.name)
        .where(IncidentTypeRow.active)
        .order_by(IncidentTypeRow.sort_order, IncidentTypeRow.id)
    ).all()
    wanted = SMUGGLING_INCIDENT_TYPE.casefold()
    for type_id, name in active:
        if name.casefold() == wanted:
            return int(type_id)
    for type_id, name in active:
        if "penyelundupan" in name.casefold():
            return int(type_id)
    raise ValidationError(
        [FieldError("type", "finding_incident_type_missing", {"name": SMUGGLING_INCIDENT_TYPE})]
    )


def _clipped(text: str, limit: int | None) -> str:
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"
