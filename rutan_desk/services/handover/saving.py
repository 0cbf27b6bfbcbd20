"""Saving a handover, its signatures in order, and the addenda after it is locked. Each is one
transaction; the store audits the handover with its lines as one record."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.formatting import WIB_OFFSET, clock
from rutan_desk.domain.handover import (
    MAX_HEADCOUNT,
    Acknowledger,
    Condition,
    CountKey,
    HandoverStatus,
    OfficerSide,
    OfficerStatus,
    SignRole,
    Tally,
    acknowledger_at,
    differences,
    minutes_into_shift,
    status_after,
    tally,
    within_shift,
)
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.attachments import PaperSignature, record_paper_signature_in
from rutan_desk.services.context import ActionContext, ActorKind
from rutan_desk.services.handover.forms import (
    CountLine,
    EquipmentLine,
    EventLine,
    HandoverDraft,
    OfficerLine,
)
from rutan_desk.services.handover.queries import counted_in, pairs, previous_in, working_shift
from rutan_desk.services.handover.setup import MAX_QUANTITY, in_force
from rutan_desk.services.lines import sync_lines
from rutan_desk.services.roster.queries import shift_types_in
from rutan_desk.services.validation import get_for_change, length_errors, text_errors
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.handover import (
    CellBlockRow,
    EquipmentItemRow,
    HandoverAddendumRow,
    HandoverCountRow,
    HandoverEquipmentRow,
    HandoverEventRow,
    HandoverInstructionRow,
    HandoverMovementRow,
    HandoverOfficerRow,
    HandoverRow,
    InmateCategoryRow,
    StandingInstructionRow,
)
from rutan_desk.store.models.roster import ReguRow
from rutan_desk.store.models.staff import StaffRow


def save_handover(ctx: ActionContext, draft: HandoverDraft) -> int:
    """Create the handover (``draft.id`` None) or change its draft (opened at
    ``draft.version``); return its id.

    Refused when it is locked (received), when someone else saved it since the form was opened,
    when a count is missing or a difference has no explanation, when a movement would take more
    people out of a block than were there, when a time lies outside the outgoing shift, when an
    active equipment item was not checked, and when the previous handover is still unsigned and
    no reason is given. The opening count is the previous handover's counted numbers (typed in
    only for the very first, the opening balance). Changing a handover the outgoing Karupam has
    already signed withdraws that signature: they sign again what they hand over."""
    try:
        return _save_handover(ctx, draft)
    except IntegrityError as error:
        # Another PC saved the same shift change between our check and our write.
        raise _exists(draft.day, draft.outgoing_shift) from error


def _exists(day: date, shift: str) -> ValidationError:
    return ValidationError(
        [FieldError("outgoing_shift", "handover_exists", {"day": day, "shift": shift})]
    )


def _locked(row: HandoverRow) -> ValidationError:
    return ValidationError(
        [FieldError("handover", "handover_locked", {"day": row.day, "shift": row.outgoing_shift})]
    )


def _save_handover(ctx: ActionContext, draft: HandoverDraft) -> int:
    with ctx.write(Permission.HANDOVER_EDIT) as session:
        shifts = shift_types_in(session)
        outgoing = working_shift(shifts, draft.outgoing_shift, "outgoing_shift")
        incoming = working_shift(shifts, draft.incoming_shift, "incoming_shift")
        outgoing_start, change_at = outgoing.interval(draft.day)
        errors: list[FieldError] = []
        if incoming.interval(draft.incoming_day)[0] <= outgoing_start:
            errors.append(FieldError("incoming_day", "end_before_start"))
        row: HandoverRow | None = None
        if draft.id is not None:
            if draft.version is None:
                raise TypeError("changing a handover needs the version its form was opened on")
            row = get_for_change(session, HandoverRow, draft.id, draft.version)
            if HandoverStatus(row.status).locked:
                raise _locked(row)
        same = select(HandoverRow.id).where(
            HandoverRow.day == draft.day, HandoverRow.outgoing_shift == outgoing.code
        )
        if draft.id is not None:
            same = same.where(HandoverRow.id != draft.id)
        if session.scalar(same) is not None:
            raise _exists(draft.day, outgoing.code)
        previous = previous_in(session, outgoing_start, own_id=draft.id)
        if (
            previous is not None
            and not HandoverStatus(previous.status).locked
            and not draft.unsigned_previous_reason.strip()
        ):
            errors.append(
                FieldError(
                    "unsigned_previous_reason",
                    "previous_unsigned",
                    {"day": previous.day, "shift": previous.outgoing_shift},
                )
            )
        _check_references(session, draft)
        blocks = pairs(session, select(CellBlockRow.id, CellBlockRow.name))
        categories = pairs(session, select(InmateCategoryRow.id, InmateCategoryRow.name))
        counts, count_errors = _checked_counts(
            session, draft, previous, outgoing, blocks, categories
        )
        errors += count_errors
        items = {item.id: item for item in session.scalars(select(EquipmentItemRow))}
        errors += _equipment_errors(draft.equipment, items)
        errors += _event_errors(draft.events, outgoing)
        errors += _officer_errors(draft.officers)
        errors += _text_errors(draft)
        if errors:
            raise ValidationError(errors)

        if row is None:
            row = HandoverRow(created_by=ctx.actor.label, status=HandoverStatus.DRAFT.value)
            session.add(row)
        row.day, row.outgoing_shift = draft.day, outgoing.code
        row.outgoing_start, row.change_at = outgoing_start, change_at
        row.incoming_day, row.incoming_shift = draft.incoming_day, incoming.code
        row.outgoing_regu_id, row.incoming_regu_id = draft.outgoing_regu_id, draft.incoming_regu_id
        row.outgoing_karupam_id = draft.outgoing_karupam_id
        row.incoming_karupam_id = draft.incoming_karupam_id
        row.previous_id = None if previous is None else previous.id
        row.opening_balance = previous is None
        row.difference_explanation = draft.difference_explanation.strip()
        row.unsigned_previous_reason = draft.unsigned_previous_reason.strip()
        session.flush()
        with session.no_autoflush:  # the lines stay pending, so that ``changed`` sees them
            _write_lines(session, row, draft, counts, items)
        changed = bool(session.new or session.deleted) or any(
            session.is_modified(obj) for obj in session.dirty
        )
        if changed and row.status == HandoverStatus.HANDED_OVER.value:
            # The outgoing Karupam signs again what they now hand over.
            row.status = HandoverStatus.DRAFT.value
            row.handed_by_id = row.handed_at = None
        session.flush()
        return row.id


def _text_errors(draft: HandoverDraft) -> list[FieldError]:
    errors = length_errors(
        HandoverRow,
        {
            "difference_explanation": draft.difference_explanation,
            "unsigned_previous_reason": draft.unsigned_previous_reason,
        },
    )
    for line in draft.officers:
        errors += text_errors("officers", line.reason, HandoverOfficerRow.reason)
    for movement in draft.movements:
        errors += text_errors("movements", movement.note, HandoverMovementRow.note)
    for item in draft.equipment:
        errors += text_errors("equipment", item.note, HandoverEquipmentRow.note)
    for event in draft.events:
        errors += text_errors("events", event.text, HandoverEventRow.text)
    return errors


def _check_references(session: Session, draft: HandoverDraft) -> None:
    staff_ids = {line.staff_id for line in draft.officers}
    staff_ids |= {
        sid for sid in (draft.outgoing_karupam_id, draft.incoming_karupam_id) if sid is not None
    }
    known = set(session.scalars(select(StaffRow.id).where(StaffRow.id.in_(staff_ids))))
    if staff_ids - known:
        raise NotFoundError(f"staff {sorted(staff_ids - known)}")
    regu_ids = {rid for rid in (draft.outgoing_regu_id, draft.incoming_regu_id) if rid is not None}
    known = set(session.scalars(select(ReguRow.id).where(ReguRow.id.in_(regu_ids))))
    if regu_ids - known:
        raise NotFoundError(f"regu {sorted(regu_ids - known)}")


def _checked_counts(
    session: Session,
    draft: HandoverDraft,
    previous: HandoverRow | None,
    outgoing: ShiftType,
    blocks: Mapping[int, str],
    categories: Mapping[int, str],
) -> tuple[dict[CountKey, tuple[Tally, int]], list[FieldError]]:
    """(tally, counted) per block and category, and what is wrong with them."""
    errors: list[FieldError] = []

    def names(key: CountKey) -> dict[str, Any]:
        return {"block": blocks[key[0]], "category": categories[key[1]]}

    for block, category in [(line.block_id, line.category_id) for line in draft.counts] + [
        m.key for m in draft.movements
    ]:
        if block not in blocks:
            raise NotFoundError(f"cell block {block}")
        if category not in categories:
            raise NotFoundError(f"inmate category {category}")
    lines: dict[CountKey, CountLine] = {}
    for line in draft.counts:
        key = (line.block_id, line.category_id)
        if key in lines:
            errors.append(FieldError("counts", "line_duplicate", names(key)))
        lines[key] = line
    if previous is None:  # the opening balance
        opening = {key: line.opening for key, line in lines.items()}
        errors += [
            FieldError("counts", "count_negative", names(key))
            for key, number in opening.items()
            if number < 0
        ]
        errors += [
            FieldError("counts", "count_too_large", names(key) | {"high": MAX_HEADCOUNT})
            for key, number in opening.items()
            if number > MAX_HEADCOUNT
        ]
        opening = {key: min(number, MAX_HEADCOUNT) for key, number in opening.items()}
    else:
        carried = counted_in(session, previous.id)
        opening = {key: carried.get(key, 0) for key in lines}
        opening |= {key: number for key, number in carried.items() if number > 0}
    for row, movement in enumerate(draft.movements):
        assert outgoing.start is not None and outgoing.end is not None
        if not within_shift(movement.at, outgoing.start, outgoing.end):
            errors.append(
                FieldError(
                    "movements",
                    "time_outside_shift",
                    {"row": row, "time": clock(movement.at, zone=False), "shift": outgoing.name},
                )
            )
    try:
        tallies = tally({k: max(n, 0) for k, n in opening.items()}, draft.movements, outgoing.start)
    except ValidationError as refused:
        errors += [_named(error, blocks, categories) for error in refused.errors]
        return {}, errors
    counted: dict[CountKey, int] = {}
    for key in sorted(tallies):
        entered = lines.get(key)
        if entered is None or entered.counted is None:
            errors.append(FieldError("counts", "count_required", names(key)))
        elif entered.counted < 0:
            errors.append(FieldError("counts", "count_negative", names(key)))
        elif entered.counted > MAX_HEADCOUNT:
            errors.append(
                FieldError("counts", "count_too_large", names(key) | {"high": MAX_HEADCOUNT})
            )
        else:
            counted[key] = entered.counted
    if (
        len(counted) == len(tallies)
        and differences(tallies, counted)
        and not draft.difference_explanation.strip()
    ):
        errors.append(FieldError("difference_explanation", "difference_needs_explanation"))
    return {key: (tallies[key], counted.get(key, 0)) for key in tallies}, errors


def _named(
    error: FieldError, blocks: Mapping[int, str], categories: Mapping[int, str]
) -> FieldError:
    """The domain names a block and category by id; the form shows their names."""
    params = dict(error.params)
    if "block" in params:
        params["block"] = blocks.get(params["block"], params["block"])
    if "category" in params:
        params["category"] = categories.get(params["category"], params["category"])
    return FieldError(error.field, error.code, params)


def _equipment_errors(
    lines: Sequence[EquipmentLine], items: Mapping[int, EquipmentItemRow]
) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[int] = set()
    for line in lines:
        item = items.get(line.item_id)
        if item is None:
            raise NotFoundError(f"equipment item {line.item_id}")
        if line.item_id in seen:
            errors.append(FieldError("equipment", "line_duplicate", {"name": item.name}))
        seen.add(line.item_id)
        if line.quantity < 0:
            errors.append(FieldError("equipment", "count_negative", {"name": item.name}))
        elif line.quantity > MAX_QUANTITY:
            too_many = {"name": item.name, "high": MAX_QUANTITY}
            errors.append(FieldError("equipment", "count_too_large", too_many))
        elif line.condition == Condition.RUSAK and not 1 <= line.damaged <= line.quantity:
            # "8 unit: 7 baik, 1 rusak" needs the number damaged, one at least.
            errors.append(
                FieldError(
                    "equipment",
                    "damaged_count",
                    {"name": item.name, "quantity": line.quantity},
                )
            )
    errors += [
        FieldError("equipment", "equipment_not_checked", {"name": item.name})
        for item in items.values()
        if item.active and item.id not in seen
    ]
    return errors


def _event_errors(events: Sequence[EventLine], outgoing: ShiftType) -> list[FieldError]:
    assert outgoing.start is not None and outgoing.end is not None
    errors: list[FieldError] = []
    for row, event in enumerate(events):
        if not event.text.strip():
            errors.append(FieldError("events", "field_required", {"row": row}))
        if not within_shift(event.at, outgoing.start, outgoing.end):
            errors.append(
                FieldError(
                    "events",
                    "time_outside_shift",
                    {"row": row, "time": clock(event.at, zone=False), "shift": outgoing.name},
                )
            )
    return errors


def _officer_errors(officers: Sequence[OfficerLine]) -> list[FieldError]:
    errors: list[FieldError] = []
    seen: set[tuple[OfficerSide, int]] = set()
    for line in officers:
        if (line.side, line.staff_id) in seen:
            errors.append(FieldError("officers", "line_duplicate", {"name": line.name}))
        seen.add((line.side, line.staff_id))
        if line.status == OfficerStatus.TIDAK_HADIR and not line.reason.strip():
            errors.append(FieldError("officers", "absence_reason_required", {"name": line.name}))
    return errors


def _write_lines(
    session: Session,
    row: HandoverRow,
    draft: HandoverDraft,
    counts: Mapping[CountKey, tuple[Tally, int]],
    items: Mapping[int, EquipmentItemRow],
) -> None:
    """Make the handover's lines what the draft says: a line that stays is updated in place,
    so the audit shows what changed in it, not every line removed and written again."""
    sync_lines(
        session,
        HandoverOfficerRow,
        "handover_id",
        row.id,
        [
            {
                "staff_id": line.staff_id,
                "side": line.side.value,
                "status": line.status.value,
                "reason": line.reason.strip(),
            }
            for line in draft.officers
        ],
        key=("side", "staff_id"),
    )
    sync_lines(
        session,
        HandoverCountRow,
        "handover_id",
        row.id,
        [
            {
                "block_id": block,
                "category_id": category,
                "opening": counted_tally.opening,
                "came_in": counted_tally.came_in,
                "went_out": counted_tally.went_out,
                "closing": counted_tally.closing,
                "counted": counted,
            }
            for (block, category), (counted_tally, counted) in sorted(counts.items())
        ],
        key=("block_id", "category_id"),
    )
    sync_lines(
        session,
        HandoverMovementRow,
        "handover_id",
        row.id,
        [
            {
                "at": m.at,
                "direction": m.direction.value,
                "reason": m.reason.value,
                "block_id": m.block_id,
                "category_id": m.category_id,
                "count": m.count,
                "note": m.note.strip(),
            }
            for m in draft.movements
        ],
    )
    sync_lines(
        session,
        HandoverEquipmentRow,
        "handover_id",
        row.id,
        [
            {
                "item_id": line.item_id,
                "expected": items[line.item_id].expected_quantity,
                "quantity": line.quantity,
                "condition": line.condition.value,
                # Only a line marked damaged counts damaged units.
                "damaged": line.damaged if line.condition == Condition.RUSAK else 0,
                "note": line.note.strip(),
            }
            for line in draft.equipment
        ],
        key=("item_id",),
    )
    # Events are kept in the order of the shift; ``sort`` keeps the clerk's order within a minute.
    in_order = sorted(
        draft.events, key=lambda e: minutes_into_shift(e.at, row.outgoing_start.time())
    )
    sync_lines(
        session,
        HandoverEventRow,
        "handover_id",
        row.id,
        [
            {"at": event.at, "text": event.text.strip(), "sort": number}
            for number, event in enumerate(in_order)
        ],
    )
    # The instructions in force that day, as they stand now: the record keeps them even after
    # they are removed.
    sync_lines(
        session,
        HandoverInstructionRow,
        "handover_id",
        row.id,
        [
            {"instruction_id": instruction_id}
            for instruction_id in session.scalars(
                select(StandingInstructionRow.id)
                .where(in_force(row.day))
                .order_by(StandingInstructionRow.id)
            )
        ],
        key=("instruction_id",),
    )


_SIGN_PERMISSION = {
    SignRole.HAND_OVER: Permission.HANDOVER_SIGN,
    SignRole.RECEIVE: Permission.HANDOVER_SIGN,
    SignRole.ACKNOWLEDGE: Permission.HANDOVER_ACKNOWLEDGE,
}


def sign_handover(
    ctx: ActionContext,
    handover_id: int,
    role: SignRole | str,
    staff_id: int,
    at: datetime | None = None,
    *,
    acknowledger: Acknowledger | None = None,
    paper: PaperSignature | None = None,
) -> HandoverStatus:
    """Record a signature: the outgoing Karupam hands over, then the incoming Karupam receives
    (which locks the handover), then the Ka KPR (or the duty officer outside office hours)
    acknowledges. Someone standing in for a Karupam may sign; the record says so. ``at`` is the
    WIB time of the signature (now when None). Returns the new status.

    Signed in the app, the signature is the signed-in person's own: an account signs only as
    the person it stands for. Signed on paper (``paper``), the clerk records who signed and
    when, with the scan of the page (Permission.PAPER_RECORD), and the record shows it as
    signed on paper."""
    role = SignRole(role)
    if at is not None and at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None) + WIB_OFFSET
    at = (at or ctx.wib_now()).replace(microsecond=0)
    permission = Permission.PAPER_RECORD if paper is not None else _SIGN_PERMISSION[role]
    with ctx.write(permission) as session:
        row = session.get(HandoverRow, handover_id)
        if row is None:
            raise NotFoundError(f"handover {handover_id}")
        if paper is None and ctx.actor.kind == ActorKind.ACCOUNT and ctx.actor.staff_id != staff_id:
            raise ValidationError([FieldError("staff", "sign_as_yourself")])
        status = status_after(HandoverStatus(row.status), role)
        if session.get(StaffRow, staff_id) is None:
            raise NotFoundError(f"staff {staff_id}")
        earlier = {SignRole.RECEIVE: row.handed_at, SignRole.ACKNOWLEDGE: row.received_at}
        signed_before = {
            SignRole.HAND_OVER: set(),
            SignRole.RECEIVE: {row.handed_by_id},
            SignRole.ACKNOWLEDGE: {row.handed_by_id, row.received_by_id},
        }[role]
        errors: list[FieldError] = []
        if staff_id in signed_before:
            errors.append(FieldError("staff", "sign_same_person"))
        if at < row.outgoing_start:
            errors.append(FieldError("at", "sign_time_before_shift"))
        elif (previous_at := earlier.get(role)) is not None and at < previous_at:
            errors.append(FieldError("at", "sign_time_order", {"time": previous_at}))
        if errors:
            raise ValidationError(errors)
        if role == SignRole.HAND_OVER:
            row.handed_by_id, row.handed_at = staff_id, at
        elif role == SignRole.RECEIVE:
            row.received_by_id, row.received_at = staff_id, at
        else:
            if acknowledger is None:
                holiday = session.scalar(
                    select(HolidayRow.id).where(HolidayRow.day == at.date(), HolidayRow.active)
                )
                acknowledger = acknowledger_at(at, holiday=holiday is not None)
            row.acknowledged_by_id, row.acknowledged_at = staff_id, at
            row.acknowledged_role = acknowledger.value
        row.status = status.value
        if paper is not None:
            record_paper_signature_in(
                session,
                entity=HandoverRow.__tablename__,
                entity_id=handover_id,
                role=role.value,
                signer_id=staff_id,
                paper=paper,
            )
        return status


def _addendum_author(
    session: Session, ctx: ActionContext, author_id: int | None
) -> tuple[int | None, str]:
    """Who wrote the addendum, as printed under it: the person given, else the account's
    person, else the account's display name; never a computer login."""
    staff_id = author_id if author_id is not None else ctx.actor.staff_id
    if staff_id is not None:
        person = session.get(StaffRow, staff_id)
        if person is None:
            raise NotFoundError(f"staff {staff_id}")
        return staff_id, person.name
    if ctx.actor.kind != ActorKind.OS_USER and ctx.actor.display_name.strip():
        return None, ctx.actor.display_name.strip()
    raise ValidationError([FieldError("author", "addendum_author_unknown")])


def add_addendum(
    ctx: ActionContext,
    handover_id: int,
    reason: str,
    text: str,
    *,
    author_id: int | None = None,
) -> int:
    """A correction to a received (locked) handover: numbered 1, 2, ... per handover, and never
    edited. Written in the name of ``author_id`` (a person of the staff registry, for a clerk
    typing what an officer wrote) or else of the account that acts. Returns its number."""
    reason, text = reason.strip(), text.strip()
    errors = text_errors("reason", reason, HandoverAddendumRow.reason, required=True)
    errors += text_errors("text", text, HandoverAddendumRow.text, required=True)
    with ctx.write(Permission.HANDOVER_EDIT) as session:
        row = session.get(HandoverRow, handover_id)
        if row is None:
            raise NotFoundError(f"handover {handover_id}")
        if not HandoverStatus(row.status).locked:
            errors.insert(0, FieldError("handover", "handover_not_locked"))
        if errors:
            raise ValidationError(errors)
        author_id, author = _addendum_author(session, ctx, author_id)
        number = 1 + int(
            session.scalar(
                select(func.max(HandoverAddendumRow.number)).where(
                    HandoverAddendumRow.handover_id == handover_id
                )
            )
            or 0
        )
        session.add(
            HandoverAddendumRow(
                handover_id=handover_id,
                number=number,
                reason=reason,
                text=text,
                author=author,
                author_id=author_id,
                written_at=ctx.utc_now(),
            )
        )
        return number
