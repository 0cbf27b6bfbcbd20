"""Setting up the roster: regu with their members and Karupam, rotation patterns, and posts
with their minimum per shift. Each change is one transaction; the store audits it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.roster_rules import Rule, cycle_conflicts
from rutan_desk.domain.rotation import PatternError, parse_cycle
from rutan_desk.domain.staff import StaffKind, tidy
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.queries import settings_in, shift_types_in
from rutan_desk.services.validation import get_for_change, text_errors, text_limits
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import (
    PostMinimumRow,
    PostRow,
    ReguMemberRow,
    ReguRow,
    RotationRow,
)
from rutan_desk.store.models.staff import StaffRow

REGU_LIMITS = text_limits(ReguRow)
POST_LIMITS = text_limits(PostRow)
MAX_POST_MINIMUM = 99  # guards one post can need on one shift


@dataclass(frozen=True)
class StaffRef:
    id: int
    name: str
    nip: str = ""


@dataclass(frozen=True)
class ReguMemberInfo:
    id: int  # the membership row
    staff_id: int
    name: str
    nip: str
    start: date
    end: date | None
    version: int = 1


@dataclass(frozen=True)
class RotationInfo:
    id: int
    valid_from: date
    anchor: date  # the day the regu works the first code of the cycle
    cycle: str  # codes separated by spaces: "P S M L"


@dataclass(frozen=True)
class ReguInfo:
    id: int
    name: str
    karupam: StaffRef | None
    active: bool
    members: tuple[ReguMemberInfo, ...]  # current ones: not ended before the day asked about
    rotations: tuple[RotationInfo, ...]  # oldest first
    version: int = 1


@dataclass(frozen=True)
class PostInfo:
    id: int
    name: str
    needs_woman: bool  # staffed by women only
    active: bool
    minimums: dict[str, int]  # working shift code → guards needed (0 or missing: not manned)
    version: int = 1
    min_women: int = 1  # women needed on each shift, when ``needs_woman``


# -- reading ------------------------------------------------------------------------------


def _current(on: date) -> Any:
    return or_(ReguMemberRow.end_date.is_(None), ReguMemberRow.end_date >= on)


def list_regu(db: Database, *, on: date) -> list[ReguInfo]:
    """Every regu by name, with the members whose membership has not ended before ``on`` and
    every version of its rotation pattern."""
    with db.read() as session:
        names = {
            row.id: (row.name, row.nip or "")
            for row in session.execute(select(StaffRow.id, StaffRow.name, StaffRow.nip))
        }
        members: dict[int, list[ReguMemberInfo]] = {}
        member_rows = session.scalars(
            select(ReguMemberRow)
            .where(_current(on))
            .order_by(ReguMemberRow.start_date, ReguMemberRow.id)
        )
        for member in member_rows:
            name, nip = names.get(member.staff_id, ("?", ""))
            members.setdefault(member.regu_id, []).append(
                ReguMemberInfo(
                    member.id,
                    member.staff_id,
                    name,
                    nip,
                    member.start_date,
                    member.end_date,
                    member.version,
                )
            )
        rotations: dict[int, list[RotationInfo]] = {}
        rotation_rows = session.scalars(
            select(RotationRow).order_by(RotationRow.valid_from, RotationRow.id)
        )
        for rotation in rotation_rows:
            rotations.setdefault(rotation.regu_id, []).append(
                RotationInfo(rotation.id, rotation.valid_from, rotation.anchor, rotation.cycle)
            )
        result = []
        for row in session.scalars(select(ReguRow).order_by(ReguRow.name, ReguRow.id)):
            karupam = None
            if row.karupam_id is not None:
                name, nip = names.get(row.karupam_id, ("?", ""))
                karupam = StaffRef(row.karupam_id, name, nip)
            result.append(
                ReguInfo(
                    row.id,
                    row.name,
                    karupam,
                    row.active,
                    tuple(sorted(members.get(row.id, []), key=lambda m: (m.name, m.id))),
                    tuple(rotations.get(row.id, [])),
                    row.version,
                )
            )
        return result


def staff_without_regu(db: Database, *, on: date) -> list[StaffRef]:
    """Active own staff who can join a regu from ``on``: no membership of theirs is open on or
    after that day. By name."""
    with db.read() as session:
        taken = select(ReguMemberRow.staff_id).where(_current(on))
        rows = session.execute(
            select(StaffRow.id, StaffRow.name, StaffRow.nip)
            .where(
                StaffRow.kind == StaffKind.INTERNAL.value,
                StaffRow.active,
                StaffRow.id.not_in(taken),
            )
            .order_by(StaffRow.name, StaffRow.id)
        )
        return [StaffRef(r.id, r.name, r.nip or "") for r in rows]


def _minimums_in(session: Session) -> dict[int, dict[str, int]]:
    minimums: dict[int, dict[str, int]] = {}
    for row in session.scalars(select(PostMinimumRow)):
        minimums.setdefault(row.post_id, {})[row.shift_code] = row.minimum
    return minimums


def list_posts(db: Database) -> list[PostInfo]:
    """Every post, active or not, in the roster's order."""
    with db.read() as session:
        minimums = _minimums_in(session)
        rows = session.scalars(select(PostRow).order_by(PostRow.sort_order, PostRow.id))
        return [
            PostInfo(
                r.id,
                r.name,
                r.needs_woman,
                r.active,
                minimums.get(r.id, {}),
                r.version,
                r.min_women,
            )
            for r in rows
        ]


# -- regu ---------------------------------------------------------------------------------


def _taken(name: str) -> ValidationError:
    # Another PC saved the same name between our check and our write.
    return ValidationError([FieldError("name", "name_duplicate", {"name": name})])


def _regu_name_errors(session: Session, name: str, *, own_id: int | None) -> list[FieldError]:
    errors = text_errors("name", name, ReguRow.name, required=True)
    if not errors:
        same = select(ReguRow.id).where(ReguRow.name == name)
        if own_id is not None:
            same = same.where(ReguRow.id != own_id)
        if session.scalar(same) is not None:
            errors.append(FieldError("name", "name_duplicate", {"name": name}))
    return errors


def create_regu(ctx: ActionContext, name: str, karupam_id: int | None = None) -> int:
    name = tidy(name)
    try:
        with ctx.write(Permission.ROSTER_SETUP) as session:
            return create_regu_in(session, name, karupam_id)
    except IntegrityError as error:
        raise _taken(name) from error


def create_regu_in(session: Session, name: str, karupam_id: int | None = None) -> int:
    """A new active regu called ``name`` (tidied), in the caller's transaction."""
    name = tidy(name)
    errors = _regu_name_errors(session, name, own_id=None)
    if karupam_id is not None and session.get(StaffRow, karupam_id) is None:
        raise NotFoundError(f"staff {karupam_id}")
    if errors:
        raise ValidationError(errors)
    row = ReguRow(name=name, karupam_id=karupam_id, active=True)
    session.add(row)
    session.flush()
    return row.id


def rename_regu(ctx: ActionContext, regu_id: int, name: str, *, expected_version: int) -> None:
    name = tidy(name)
    try:
        with ctx.write(Permission.ROSTER_SETUP) as session:
            row = get_for_change(session, ReguRow, regu_id, expected_version)
            errors = _regu_name_errors(session, name, own_id=regu_id)
            if errors:
                raise ValidationError(errors)
            row.name = name
    except IntegrityError as error:
        raise _taken(name) from error


def set_karupam(
    ctx: ActionContext,
    regu_id: int,
    staff_id: int | None,
    *,
    expected_version: int,
    on: date | None = None,
) -> None:
    """Make ``staff_id`` the Karupam (head) of the regu, or leave it without one (None).
    The Karupam must be a member of that regu whose membership has not ended before ``on``
    (today by default)."""
    on = on or ctx.today()
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = get_for_change(session, ReguRow, regu_id, expected_version)
        set_karupam_in(session, row, staff_id, on=on)


def set_karupam_in(session: Session, row: ReguRow, staff_id: int | None, *, on: date) -> None:
    """``set_karupam`` on a regu row read in the caller's transaction."""
    if staff_id is not None:
        member = session.scalar(
            select(ReguMemberRow.id).where(
                ReguMemberRow.regu_id == row.id,
                ReguMemberRow.staff_id == staff_id,
                _current(on),
            )
        )
        if member is None:
            person = session.get(StaffRow, staff_id)
            if person is None:
                raise NotFoundError(f"staff {staff_id}")
            raise ValidationError(
                [
                    FieldError(
                        "karupam", "karupam_not_member", {"name": person.name, "regu": row.name}
                    )
                ]
            )
    row.karupam_id = staff_id


def add_regu_member(ctx: ActionContext, regu_id: int, staff_id: int, start: date) -> int:
    """Put a person in a regu from ``start``; refused while they belong to another one."""
    with ctx.write(Permission.ROSTER_SETUP) as session:
        return add_regu_member_in(session, regu_id, staff_id, start)


def add_regu_member_in(session: Session, regu_id: int, staff_id: int, start: date) -> int:
    """``add_regu_member`` in the caller's transaction."""
    if session.get(ReguRow, regu_id) is None:
        raise NotFoundError(f"regu {regu_id}")
    person = session.get(StaffRow, staff_id)
    if person is None:
        raise NotFoundError(f"staff {staff_id}")
    current = session.execute(
        select(ReguMemberRow, ReguRow.name)
        .join(ReguRow, ReguRow.id == ReguMemberRow.regu_id)
        .where(
            ReguMemberRow.staff_id == staff_id,
            (ReguMemberRow.end_date.is_(None)) | (ReguMemberRow.end_date >= start),
        )
    ).first()
    if current is not None:
        raise ValidationError(
            [FieldError("staff", "member_in_other_regu", {"name": person.name, "regu": current[1]})]
        )
    row = ReguMemberRow(regu_id=regu_id, staff_id=staff_id, start_date=start)
    session.add(row)
    session.flush()
    return row.id


def end_regu_membership(
    ctx: ActionContext, member_id: int, last_day: date, *, expected_version: int
) -> None:
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = get_for_change(session, ReguMemberRow, member_id, expected_version)
        if last_day < row.start_date:
            raise ValidationError([FieldError("end", "end_before_start")])
        row.end_date = last_day
        regu = session.get(ReguRow, row.regu_id)
        if regu is not None and regu.karupam_id == row.staff_id:
            regu.karupam_id = None  # a Karupam who leaves the regu no longer leads it


def _rest_broken_by(session: Session, cycle: tuple[str, ...]) -> FieldError | None:
    """Why ``cycle`` cannot be a regu's pattern: it breaks a rest or continuous-duty rule of
    the settings every time it comes round (None when it breaks none)."""
    settings, _ = settings_in(session)
    shifts = {shift.code: shift for shift in shift_types_in(session)}
    broken = cycle_conflicts(cycle, shifts, settings)
    if not broken:
        return None
    first = broken[0]
    p = first.params
    other = str(p.get("other_shift") or p.get("from_shift") or "M")
    params: dict[str, object] = {"shift": first.shift or "", "other": other}
    if first.rule is Rule.LONG_DUTY:
        params |= {"hours": _whole(p.get("hours", 0)), "maximum": p.get("max_hours", 0)}
    elif first.rule is not Rule.DOUBLE_BOOKED:
        params |= {"hours": _whole(p.get("rest_hours", 0)), "minimum": p.get("min_hours", 0)}
    return FieldError("cycle", f"cycle_{first.rule.value}", params)


def _whole(hours: object) -> object:
    """12.0 hours as 12, as the message says it; 7.5 as it is."""
    return int(hours) if isinstance(hours, float) and hours.is_integer() else hours


def set_rotation(
    ctx: ActionContext, regu_id: int, cycle_text: str, *, anchor: date, valid_from: date
) -> int:
    """The regu follows ``cycle_text`` from ``valid_from`` on (later versions are replaced);
    the roster before that date keeps the pattern it had."""
    with ctx.write(Permission.ROSTER_SETUP) as session:
        return set_rotation_in(session, regu_id, cycle_text, anchor=anchor, valid_from=valid_from)


def set_rotation_in(
    session: Session, regu_id: int, cycle_text: str, *, anchor: date, valid_from: date
) -> int:
    """``set_rotation`` in the caller's transaction (checked against the shift hours as that
    transaction has them)."""
    if session.get(ReguRow, regu_id) is None:
        raise NotFoundError(f"regu {regu_id}")
    codes = [shift.code for shift in shift_types_in(session)]
    try:
        cycle = parse_cycle(cycle_text, codes)
    except PatternError as error:
        raise ValidationError([FieldError("cycle", error.code, dict(error.params))]) from error
    broken = _rest_broken_by(session, cycle)
    if broken is not None:
        raise ValidationError([broken])
    replaced = session.scalars(
        select(RotationRow).where(
            RotationRow.regu_id == regu_id, RotationRow.valid_from >= valid_from
        )
    ).all()
    for old in replaced:
        session.delete(old)
    session.flush()
    row = RotationRow(regu_id=regu_id, valid_from=valid_from, anchor=anchor, cycle=" ".join(cycle))
    session.add(row)
    session.flush()
    return row.id


# -- posts --------------------------------------------------------------------------------


def post_errors_in(
    session: Session, name: str, minimums: Mapping[str, int], *, own_id: int | None = None
) -> list[FieldError]:
    """Why a post with this name and these minimums cannot be saved (``own_id``: the post being
    changed, which may keep its own name)."""
    errors = text_errors("name", name, PostRow.name, required=True)
    if not errors:
        same_name = select(PostRow.id).where(PostRow.name == name)
        if own_id is not None:
            same_name = same_name.where(PostRow.id != own_id)
        if session.scalar(same_name) is not None:
            errors.append(FieldError("name", "name_duplicate", {"name": name}))
    codes = {shift.code for shift in shift_types_in(session) if shift.working}
    for code, minimum in minimums.items():
        if code not in codes:
            errors.append(FieldError("minimums", "cycle_unknown_code", {"text": code}))
        elif minimum < 0:
            errors.append(FieldError("minimums", "minimum_negative"))
        elif minimum > MAX_POST_MINIMUM:
            errors.append(
                FieldError("minimums", "number_out_of_range", {"low": 0, "high": MAX_POST_MINIMUM})
            )
    return errors


def create_post(
    ctx: ActionContext,
    name: str,
    minimums: Mapping[str, int],
    *,
    needs_woman: bool = False,
    min_women: int = 1,
) -> int:
    """A new post; a women's post (``needs_woman``) is staffed by women only, ``min_women`` of
    them on every shift it is manned."""
    name = tidy(name)
    try:
        with ctx.write(Permission.ROSTER_SETUP) as session:
            return create_post_in(
                session, name, minimums, needs_woman=needs_woman, min_women=min_women
            )
    except IntegrityError as error:
        raise _taken(name) from error


def create_post_in(
    session: Session,
    name: str,
    minimums: Mapping[str, int],
    *,
    needs_woman: bool = False,
    min_women: int = 1,
) -> int:
    """``create_post`` in the caller's transaction; the post goes last in the roster's order."""
    name = tidy(name)
    errors = post_errors_in(session, name, minimums) + _women_errors(min_women)
    if errors:
        raise ValidationError(errors)
    order = (session.scalar(select(func.max(PostRow.sort_order))) or 0) + 1
    row = PostRow(
        name=name,
        needs_woman=needs_woman,
        min_women=min_women,
        active=True,
        sort_order=order,
    )
    session.add(row)
    session.flush()
    for code, minimum in sorted(minimums.items()):
        if minimum > 0:
            session.add(PostMinimumRow(post_id=row.id, shift_code=code, minimum=minimum))
    return row.id


def update_post(
    ctx: ActionContext,
    post_id: int,
    name: str,
    minimums: Mapping[str, int],
    needs_woman: bool,
    *,
    expected_version: int,
    min_women: int = 1,
) -> None:
    """Rename a post and set its minimum per working shift; a code left out (or 0) means the
    post is not manned on that shift."""
    name = tidy(name)
    try:
        with ctx.write(Permission.ROSTER_SETUP) as session:
            row = get_for_change(session, PostRow, post_id, expected_version)
            errors = post_errors_in(session, name, minimums, own_id=post_id)
            errors += _women_errors(min_women)
            if errors:
                raise ValidationError(errors)
            row.name = name
            row.needs_woman = needs_woman
            row.min_women = min_women
            new = {code: minimum for code, minimum in minimums.items() if minimum > 0}
            for old in session.scalars(
                select(PostMinimumRow).where(PostMinimumRow.post_id == post_id)
            ):
                minimum = new.pop(old.shift_code, None)
                if minimum is None:
                    session.delete(old)
                else:
                    old.minimum = minimum
            for code, minimum in sorted(new.items()):
                session.add(PostMinimumRow(post_id=post_id, shift_code=code, minimum=minimum))
    except IntegrityError as error:
        raise _taken(name) from error


def _women_errors(min_women: int) -> list[FieldError]:
    if not 1 <= min_women <= MAX_POST_MINIMUM:
        return [
            FieldError("min_women", "number_out_of_range", {"low": 1, "high": MAX_POST_MINIMUM})
        ]
    return []


def set_post_active(
    ctx: ActionContext, post_id: int, active: bool, *, expected_version: int
) -> None:
    """An inactive post is no longer planned; entries already on the roster keep it."""
    with ctx.write(Permission.ROSTER_SETUP) as session:
        row = get_for_change(session, PostRow, post_id, expected_version)
        row.active = active
