"""Setting up the roster: the regu with their members, Karupam and rotation patterns, and the
guard posts with their minimum strength per shift.

Creating a regu, adding or ending a membership, changing a pattern and creating a post are the
functions of :mod:`rutan_desk.services.roster`; this module adds what the setup dialog reads and
the remaining changes (rename a regu, choose its Karupam, edit or deactivate a post).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.staff import StaffKind, tidy
from rutan_desk.services.roster import post_errors_in
from rutan_desk.services.snapshots import audited_update, snapshot
from rutan_desk.store.audit import record_change
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import (
    PostMinimumRow,
    PostRow,
    ReguMemberRow,
    ReguRow,
    RotationRow,
)
from rutan_desk.store.models.staff import StaffRow

REGU_NAME_MAX = 40  # regu.name is String(40)


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


@dataclass(frozen=True)
class PostInfo:
    id: int
    name: str
    needs_woman: bool
    active: bool
    minimums: dict[str, int]  # working shift code → guards needed (0 or missing: not manned)


# -- reading ------------------------------------------------------------------------------


def _current(on: date) -> Any:
    return or_(ReguMemberRow.end_date.is_(None), ReguMemberRow.end_date >= on)


def list_regu(db: Database, *, on: date | None = None) -> list[ReguInfo]:
    """Every regu by name, with the members whose membership has not ended before ``on``
    (today by default) and every version of its rotation pattern."""
    on = on or date.today()
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
                    member.id, member.staff_id, name, nip, member.start_date, member.end_date
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
                )
            )
        return result


def staff_without_regu(db: Database, *, on: date | None = None) -> list[StaffRef]:
    """Active own staff who can join a regu from ``on`` (today by default): no membership of
    theirs is open on or after that day. By name."""
    on = on or date.today()
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
            PostInfo(r.id, r.name, r.needs_woman, r.active, minimums.get(r.id, {})) for r in rows
        ]


# -- regu ---------------------------------------------------------------------------------


def _taken(name: str) -> ValidationError:
    # Another PC saved the same name between our check and our write.
    return ValidationError([FieldError("name", "name_duplicate", {"name": name})])


def rename_regu(db: Database, actor: str, regu_id: int, name: str) -> None:
    name = tidy(name)
    try:
        _rename_regu(db, actor, regu_id, name)
    except IntegrityError as error:
        raise _taken(name) from error


def _rename_regu(db: Database, actor: str, regu_id: int, name: str) -> None:
    with db.write() as session:
        row = session.get(ReguRow, regu_id)
        if row is None:
            raise NotFoundError(f"regu {regu_id}")
        errors: list[FieldError] = []
        if not name:
            errors.append(FieldError("name", "field_required"))
        elif len(name) > REGU_NAME_MAX:
            errors.append(FieldError("name", "text_too_long", {"max": REGU_NAME_MAX}))
        elif (
            session.scalar(select(ReguRow.id).where(ReguRow.name == name, ReguRow.id != regu_id))
            is not None
        ):
            errors.append(FieldError("name", "name_duplicate", {"name": name}))
        if errors:
            raise ValidationError(errors)
        if row.name == name:
            return
        with audited_update(session, actor, "regu", row):
            row.name = name


def set_karupam(
    db: Database, actor: str, regu_id: int, staff_id: int | None, *, on: date | None = None
) -> None:
    """Make ``staff_id`` the Karupam (head) of the regu, or leave it without one (None).
    The Karupam must be a member of that regu whose membership has not ended before ``on``."""
    on = on or date.today()
    with db.write() as session:
        row = session.get(ReguRow, regu_id)
        if row is None:
            raise NotFoundError(f"regu {regu_id}")
        if staff_id is not None:
            member = session.scalar(
                select(ReguMemberRow.id).where(
                    ReguMemberRow.regu_id == regu_id,
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
        if row.karupam_id == staff_id:
            return
        with audited_update(session, actor, "regu", row):
            row.karupam_id = staff_id


# -- posts --------------------------------------------------------------------------------


def _post_picture(row: PostRow, minimums: Mapping[str, int]) -> dict[str, Any]:
    return {**snapshot(row), "minimums": dict(sorted(minimums.items()))}


def update_post(
    db: Database,
    actor: str,
    post_id: int,
    name: str,
    minimums: Mapping[str, int],
    needs_woman: bool,
) -> None:
    """Rename a post and set its minimum per working shift; a code left out (or 0) means the
    post is not manned on that shift."""
    name = tidy(name)
    try:
        _update_post(db, actor, post_id, name, minimums, needs_woman)
    except IntegrityError as error:
        raise _taken(name) from error


def _update_post(
    db: Database,
    actor: str,
    post_id: int,
    name: str,
    minimums: Mapping[str, int],
    needs_woman: bool,
) -> None:
    with db.write() as session:
        row = session.get(PostRow, post_id)
        if row is None:
            raise NotFoundError(f"post {post_id}")
        errors = post_errors_in(session, name, minimums, own_id=post_id)
        if errors:
            raise ValidationError(errors)
        old_rows = {
            r.shift_code: r
            for r in session.scalars(
                select(PostMinimumRow).where(PostMinimumRow.post_id == post_id)
            )
        }
        old = {code: r.minimum for code, r in old_rows.items()}
        new = {code: minimum for code, minimum in minimums.items() if minimum > 0}
        if (row.name, row.needs_woman, old) == (name, needs_woman, new):
            return
        before = _post_picture(row, old)
        row.name = name
        row.needs_woman = needs_woman
        for code, old_row in old_rows.items():
            if code not in new:
                session.delete(old_row)
            else:
                old_row.minimum = new[code]
        for code, minimum in new.items():
            if code not in old_rows:
                session.add(PostMinimumRow(post_id=post_id, shift_code=code, minimum=minimum))
        session.flush()
        record_change(
            session,
            actor=actor,
            entity="post",
            entity_id=row.id,
            action="update",
            before=before,
            after=_post_picture(row, new),
        )


def set_post_active(db: Database, actor: str, post_id: int, active: bool) -> None:
    """An inactive post is no longer planned; entries already on the roster keep it."""
    with db.write() as session:
        row = session.get(PostRow, post_id)
        if row is None:
            raise NotFoundError(f"post {post_id}")
        if row.active == active:
            return
        with audited_update(session, actor, "post", row):
            row.active = active
