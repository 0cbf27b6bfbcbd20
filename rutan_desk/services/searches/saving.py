"""Saving a search with its team, places and findings: checked as a whole, written in one
action. The fate of findings is often decided later (the items are destroyed together, or
handed to the police): that is recorded on its own. A search entered by mistake can be deleted,
unless one of its findings opened an incident — the incident stands on it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.searches import (
    DEFAULT_UNIT,
    Disposition,
    FindingFate,
    FindingItem,
    SearchKind,
    disposition_errors,
    fate_change_errors,
    finding_errors,
    join_agencies,
    place_errors,
    search_time_errors,
)
from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import line_count_errors
from rutan_desk.services.attachments import keep_file_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.lines import sync_lines
from rutan_desk.services.searches.forms import SearchDraft
from rutan_desk.services.validation import get_for_change, length_errors, text_errors
from rutan_desk.store.models.attachments import AttachmentRow
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


def save_search(ctx: ActionContext, draft: SearchDraft) -> int:
    """Save the form (a new search, or the one ``draft.id`` names at ``draft.version``);
    returns its id. Everything is checked first and nothing is written when one thing is
    wrong."""
    now = ctx.wib_now().replace(tzinfo=None)
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        row: SearchRow | None = None
        if draft.id is not None:
            row = get_for_change(session, SearchRow, draft.id, draft.version)
        errors = draft_errors(session, draft, now)
        if errors:
            raise ValidationError(errors)
        assert draft.started_at is not None and draft.leader_id is not None
        values: dict[str, Any] = {
            "started_at": draft.started_at.replace(microsecond=0),
            "ended_at": draft.ended_at.replace(microsecond=0) if draft.ended_at else None,
            "kind": SearchKind(draft.kind).value,
            "agencies": join_agencies(draft.agencies),
            "order_document_id": draft.order_document_id,
            "leader_id": draft.leader_id,
            "note": draft.note.rstrip(),
        }
        if row is None:
            row = SearchRow(**values)
            session.add(row)
            session.flush()
        else:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
        _write_lines(session, row.id, draft)
        return row.id


def draft_errors(session: Session, draft: SearchDraft, now: datetime) -> list[FieldError]:
    """What is wrong with the form, each beside its field (the lines under their table)."""
    too_many = [
        *line_count_errors("team", draft.team),
        *line_count_errors("places", draft.places),
        *line_count_errors("findings", draft.findings),
    ]
    if too_many:  # the lines are not looked up one by one: there are too many of them
        return too_many
    errors = search_time_errors(draft.started_at, draft.ended_at, now)
    if draft.leader_id is None:
        errors.append(FieldError("leader", "staff_not_chosen"))
    elif session.get(StaffRow, draft.leader_id) is None:
        errors.append(FieldError("leader", "incident_person_missing"))
    errors += text_errors("agencies", join_agencies(draft.agencies), SearchRow.agencies)
    if (
        draft.order_document_id is not None
        and session.get(IssuedDocumentRow, draft.order_document_id) is None
    ):
        errors.append(FieldError("order", "record_missing"))
    errors += _team_errors(session, draft)
    errors += _place_errors(session, draft)
    started = draft.started_at if draft.started_at and draft.started_at <= now else None
    errors += _finding_errors(session, draft, started.date() if started else None, now.date())
    return errors


def _team_errors(session: Session, draft: SearchDraft) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[tuple[str, object]] = set()
    for line in draft.team:
        if line.staff_id is not None:
            key: tuple[str, object] = ("staff", line.staff_id)
            if session.get(StaffRow, line.staff_id) is None:
                errors.append(FieldError("team", "incident_person_missing"))
        else:
            key = ("name", tidy(line.name).casefold())
            if not line.name.strip():
                errors.append(FieldError("team", "member_name_required"))
            texts = {"name": line.name, "rank": line.rank, "nrp": line.nrp, "agency": line.agency}
            errors += length_errors(SearchMemberRow, texts, fields=dict.fromkeys(texts, "team"))
        if key in seen:
            errors.append(FieldError("team", "line_duplicate", {"name": line.name}))
        seen.add(key)
    return errors


def _place_errors(session: Session, draft: SearchDraft) -> list[FieldError]:
    if not draft.places:
        return [FieldError("places", "search_places_required")]
    errors: list[FieldError] = []
    seen: set[tuple[object, ...]] = set()
    for line in draft.places:
        errors += _where_errors(session, "places", line.block_id, line.room, line.other_place)
        key = tuple(_place_values(line.block_id, line.room, line.other_place).values())
        if key in seen:
            errors.append(FieldError("places", "line_duplicate", {"name": line.other_place}))
        seen.add(key)
    return errors


def _where_errors(
    session: Session, field: str, block_id: int | None, room: str, other_place: str
) -> list[FieldError]:
    errors = place_errors(field, block_id, other_place)
    if block_id is not None and session.get(CellBlockRow, block_id) is None:
        errors.append(FieldError(field, "record_missing"))
    texts = {"room": room, "other_place": other_place}
    return errors + length_errors(SearchPlaceRow, texts, fields=dict.fromkeys(texts, field))


def _finding_errors(
    session: Session, draft: SearchDraft, search_day: date | None, today: date
) -> list[FieldError]:
    """Each finding, and the saved ones it names: a finding keeps its id, and one that opened
    an incident is not removed."""
    saved: dict[int, int | None] = {}
    if draft.id is not None:
        saved = {
            finding_id: incident_id
            for finding_id, incident_id in session.execute(
                select(FindingRow.id, FindingRow.incident_id).where(
                    FindingRow.search_id == draft.id
                )
            )
        }
    errors: list[FieldError] = []
    kept: set[int] = set()
    for line in draft.findings:
        errors += finding_errors(line.item, line.description, line.quantity)
        errors += _where_errors(session, "findings", line.block_id, line.room, line.other_place)
        if line.owner_id is not None and session.get(InmateRow, line.owner_id) is None:
            errors.append(FieldError("findings", "incident_person_missing"))
        if line.photo_id is not None and session.get(AttachmentRow, line.photo_id) is None:
            errors.append(FieldError("findings", "record_missing"))
        texts = {
            "description": line.description,
            "unit": line.unit,
            "berita_acara": line.disposition.berita_acara,
            "handed_to": line.disposition.handed_to,
        }
        errors += length_errors(FindingRow, texts, fields=dict.fromkeys(texts, "findings"))
        errors += [
            replace(error, field="findings")
            for error in disposition_errors(line.disposition, search_day, today)
        ]
        if line.id is not None:
            if line.id not in saved or line.id in kept:
                errors.append(FieldError("findings", "record_missing"))
            kept.add(line.id)
    for finding_id, incident_id in saved.items():
        if finding_id not in kept and incident_id is not None:
            number = session.scalar(select(IncidentRow.number).where(IncidentRow.id == incident_id))
            errors.append(FieldError("findings", "finding_keeps_incident", {"number": number}))
    return errors


def _place_values(block_id: int | None, room: str, other_place: str) -> dict[str, Any]:
    """A room belongs to a block; another place stands for the block (what is stored is what
    the place reads as)."""
    if block_id is not None:
        return {"block_id": block_id, "room": tidy(room), "other_place": ""}
    return {"block_id": None, "room": "", "other_place": tidy(other_place)}


def _write_lines(session: Session, search_id: int, draft: SearchDraft) -> None:
    sync_lines(
        session,
        SearchMemberRow,
        "search_id",
        search_id,
        [
            {"staff_id": m.staff_id, "name": "", "rank": "", "nrp": "", "agency": ""}
            if m.staff_id is not None
            else {
                "staff_id": None,
                "name": tidy(m.name),
                "rank": tidy(m.rank),
                "nrp": tidy(m.nrp),
                "agency": tidy(m.agency),
            }
            for m in draft.team
        ],
    )
    sync_lines(
        session,
        SearchPlaceRow,
        "search_id",
        search_id,
        [_place_values(p.block_id, p.room, p.other_place) for p in draft.places],
    )
    # Findings are matched by id, not position: removing the first must not move the second
    # one's incident onto the third.
    sync_lines(
        session,
        FindingRow,
        "search_id",
        search_id,
        [
            {
                "id": f.id,
                "item": FindingItem(f.item).value,
                "description": tidy(f.description),
                "quantity": f.quantity,
                "unit": tidy(f.unit) or DEFAULT_UNIT,
                **_place_values(f.block_id, f.room, f.other_place),
                "owner_inmate_id": f.owner_id,
                "photo_id": f.photo_id,
                **_disposition_values(f.disposition),
            }
            for f in draft.findings
        ],
        key=("id",),
    )


def _disposition_values(disposition: Disposition) -> dict[str, Any]:
    kept = disposition.tidied()
    return {
        "fate": kept.fate.value,
        "fate_on": kept.on,
        "berita_acara": kept.berita_acara,
        "handed_to": kept.handed_to,
    }


# -- the fate of findings, later ----------------------------------------------------------


def set_finding_fate(
    ctx: ActionContext, finding_id: int, disposition: Disposition, *, expected_version: int
) -> None:
    """Record what became of one finding (``expected_version``: its search's)."""
    set_findings_fate(ctx, {finding_id: expected_version}, disposition)


def set_findings_fate(
    ctx: ActionContext, findings: Mapping[int, int], disposition: Disposition
) -> None:
    """Record one fate for several findings at once — the items destroyed together under one
    berita acara, or handed over to the police together. ``findings`` maps each finding to
    the version of its search the user saw. An item already destroyed or handed over keeps
    that fate (it is corrected in its search's form)."""
    today = ctx.today()
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        errors: list[FieldError] = []
        rows: list[FindingRow] = []
        for finding_id, expected_version in findings.items():
            row = session.get(FindingRow, finding_id)
            if row is None:
                raise NotFoundError(f"search_finding {finding_id}")
            search = get_for_change(session, SearchRow, row.search_id, expected_version)
            errors += fate_change_errors(FindingFate(row.fate), disposition.fate)
            errors += disposition_errors(disposition, search.started_at.date(), today)
            rows.append(row)
        errors += length_errors(
            FindingRow,
            {"berita_acara": disposition.berita_acara, "handed_to": disposition.handed_to},
        )
        if errors:
            raise ValidationError([e for i, e in enumerate(errors) if e not in errors[:i]])
        values = _disposition_values(disposition)
        for row in rows:
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)


# -- deleting -----------------------------------------------------------------------------


def delete_search(ctx: ActionContext, search_id: int, *, expected_version: int) -> None:
    """Delete a search entered by mistake, with its lines. Refused when one of its findings
    opened an incident: the incident's record refers to it."""
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        row = get_for_change(session, SearchRow, search_id, expected_version)
        opened = session.scalars(
            select(IncidentRow.number)
            .join(FindingRow, FindingRow.incident_id == IncidentRow.id)
            .where(FindingRow.search_id == search_id)
            .order_by(IncidentRow.id)
        ).first()
        if opened is not None:
            raise ValidationError(
                [FieldError("search", "search_keeps_incident", {"number": opened})]
            )
        for model in (FindingRow, SearchPlaceRow, SearchMemberRow):
            for line in session.scalars(select(model).where(model.search_id == search_id)):
                session.delete(line)
        session.delete(row)


# -- photos -------------------------------------------------------------------------------


def keep_finding_photo(ctx: ActionContext, file_name: str, data: bytes) -> int:
    """Keep the photo of a finding (checked, with its SHA-256); returns the attachment's id
    for the finding's line (``FindingLine.photo_id``)."""
    with ctx.write(Permission.INCIDENTS_EDIT) as session:
        return keep_file_in(session, file_name, data, field="photo").id
