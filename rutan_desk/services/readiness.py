"""How far a new office has come in setting Rutan Desk up: what the roster still needs before
it can be planned, and what else a first day sets (profile, holidays).

The first-day assistant starts from it and the empty tabs name what it says is missing, so
the clerk is told "there are no regu yet" rather than "no problems this month".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import distinct, func, or_, select
from sqlalchemy.orm import Session

from rutan_desk.domain.staff import StaffKind
from rutan_desk.store.engine import Database
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.institution import InstitutionRow
from rutan_desk.store.models.roster import (
    PostMinimumRow,
    PostRow,
    ReguMemberRow,
    ReguRow,
    RotationRow,
)
from rutan_desk.store.models.staff import StaffRow


class Missing(StrEnum):
    """A piece of set-up the roster cannot be planned without, in the order it is set up."""

    STAFF = "staff"  # no active staff of the Rutan
    REGU = "regu"  # no active regu
    MEMBERS = "members"  # an active regu has no current member
    ROTATION = "rotation"  # an active regu has no shift pattern
    POSTS = "posts"  # no active post is manned on any shift


@dataclass(frozen=True)
class Readiness:
    profile_saved: bool  # the institution profile was saved at least once
    staff: int  # active staff of the Rutan (not police or other helpers)
    regu: int  # active regu
    regu_without_members: tuple[str, ...]
    regu_without_rotation: tuple[str, ...]
    regu_without_karupam: tuple[str, ...]
    posts: int  # active posts manned on at least one shift
    holiday_years: frozenset[int]  # years with at least one holiday in force

    @property
    def missing_for_roster(self) -> tuple[Missing, ...]:
        """What must be set up before a month can be planned, first thing first."""
        missing: list[Missing] = []
        if not self.staff:
            missing.append(Missing.STAFF)
        if not self.regu:
            missing.append(Missing.REGU)
        if self.regu_without_members:
            missing.append(Missing.MEMBERS)
        if self.regu_without_rotation:
            missing.append(Missing.ROTATION)
        if not self.posts:
            missing.append(Missing.POSTS)
        return tuple(missing)

    @property
    def roster_ready(self) -> bool:
        return not self.missing_for_roster

    @property
    def is_new(self) -> bool:
        """Nothing of a working office is there yet: the first-day assistant is offered."""
        return not self.profile_saved and not self.staff and not self.regu


def readiness(db: Database, *, on: date) -> Readiness:
    """The state of the set-up on ``on`` (memberships ended before it do not count)."""
    with db.read() as session:
        return readiness_in(session, on=on)


def readiness_in(session: Session, *, on: date) -> Readiness:
    staff = session.scalar(
        select(func.count())
        .select_from(StaffRow)
        .where(StaffRow.active, StaffRow.kind == StaffKind.INTERNAL.value)
    )
    regu = session.execute(
        select(ReguRow.id, ReguRow.name, ReguRow.karupam_id)
        .where(ReguRow.active)
        .order_by(ReguRow.name)
    ).all()
    with_members = set(
        session.scalars(
            select(ReguMemberRow.regu_id)
            .distinct()
            .where(or_(ReguMemberRow.end_date.is_(None), ReguMemberRow.end_date >= on))
        )
    )
    with_rotation = set(session.scalars(select(RotationRow.regu_id).distinct()))
    posts = session.scalar(
        select(func.count(distinct(PostRow.id)))
        .join(PostMinimumRow, PostMinimumRow.post_id == PostRow.id)
        .where(PostRow.active, PostMinimumRow.minimum > 0)
    )
    holiday_days = session.scalars(select(HolidayRow.day).distinct().where(HolidayRow.active)).all()
    return Readiness(
        profile_saved=session.get(InstitutionRow, 1) is not None,
        staff=staff or 0,
        regu=len(regu),
        regu_without_members=tuple(name for id_, name, _ in regu if id_ not in with_members),
        regu_without_rotation=tuple(name for id_, name, _ in regu if id_ not in with_rotation),
        regu_without_karupam=tuple(name for _, name, karupam in regu if karupam is None),
        posts=posts or 0,
        holiday_years=frozenset(day.year for day in holiday_days),
    )
