"""Reading the roster: the queries every roster service shares. Each ``*_in`` function takes
the caller's session, so that a service reads and writes in one transaction; the others open
their own reading session."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import Absence, AbsenceKind, Duty, EntrySource, Person, Post
from rutan_desk.domain.roster_generator import (
    Membership,
    ReguPlan,
)
from rutan_desk.domain.roster_rules import RosterSettings
from rutan_desk.domain.rotation import (
    Rotation,
    RotationHistory,
    RotationVersion,
)
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import StaffKind
from rutan_desk.store.engine import Database
from rutan_desk.store.models.roster import (
    AbsenceRow,
    PiketNeedRow,
    PiketPoolRow,
    PostMinimumRow,
    PostRow,
    ReguMemberRow,
    ReguRow,
    RosterEntryRow,
    RosterSettingsRow,
    RotationRow,
    ShiftTypeRow,
)
from rutan_desk.store.models.staff import StaffRow


def shift_types(db: Database) -> list[ShiftType]:
    with db.read() as session:
        return shift_types_in(session)


def shift_types_in(session: Session) -> list[ShiftType]:
    rows = session.scalars(select(ShiftTypeRow).order_by(ShiftTypeRow.sort_order, ShiftTypeRow.id))
    return [ShiftType(r.code, r.name, r.start_time, r.end_time, r.colour) for r in rows]


@dataclass(frozen=True)
class RosterRules:
    """The rule settings as the settings form edits them."""

    settings: RosterSettings
    karupam_counts_for_posts: bool
    version: int  # 0 while never saved


def roster_rules(db: Database) -> RosterRules:
    with db.read() as session:
        row = session.get(RosterSettingsRow, 1)
        settings, karupam_counts = settings_in(session)
        return RosterRules(settings, karupam_counts, 0 if row is None else row.version)


def shift_type_versions(db: Database) -> dict[str, int]:
    """Code → version of each shift code, for a form that changes one of them."""
    with db.read() as session:
        rows = session.execute(select(ShiftTypeRow.code, ShiftTypeRow.version))
        return {code: version for code, version in rows}


def roster_settings(db: Database) -> RosterSettings:
    with db.read() as session:
        return settings_in(session)[0]


def settings_in(session: Session) -> tuple[RosterSettings, bool]:
    row = session.get(RosterSettingsRow, 1)
    if row is None:
        return RosterSettings(), False
    return (
        RosterSettings(
            min_rest_after_night_hours=row.min_rest_after_night_hours,
            max_consecutive_days=row.max_consecutive_days,
            min_rest_hours=row.min_rest_hours,
            max_continuous_hours=row.max_continuous_hours,
        ),
        row.karupam_counts_for_posts,
    )


def people_in(session: Session) -> dict[int, Person]:
    karupam = set(
        session.scalars(select(ReguRow.karupam_id).where(ReguRow.karupam_id.is_not(None)))
    )
    rows = session.execute(
        select(
            StaffRow.id,
            StaffRow.name,
            StaffRow.gender,
            StaffRow.kind,
            StaffRow.active,
            StaffRow.status_since,
        )
    )
    return {
        r.id: Person(
            r.id,
            r.name,
            Gender(r.gender),
            r.kind == StaffKind.EXTERNAL.value,
            r.id in karupam,
            r.active,
            r.status_since,
        )
        for r in rows
    }


def posts_in(session: Session) -> list[Post]:
    minimums: dict[int, dict[str, int]] = {}
    for row in session.scalars(select(PostMinimumRow)):
        minimums.setdefault(row.post_id, {})[row.shift_code] = row.minimum
    rows = session.scalars(select(PostRow).where(PostRow.active).order_by(PostRow.sort_order))
    return [Post(r.id, r.name, minimums.get(r.id, {}), r.needs_woman, r.min_women) for r in rows]


def absences_in(session: Session, first: date, last: date) -> list[Absence]:
    rows = session.scalars(
        select(AbsenceRow).where(AbsenceRow.start_date <= last, AbsenceRow.end_date >= first)
    )
    return [
        Absence(r.staff_id, AbsenceKind(r.kind), r.start_date, r.end_date, r.reference)
        for r in rows
    ]


def regu_plans_in(session: Session) -> list[ReguPlan]:
    rotations: dict[int, list[RotationVersion]] = {}
    for row in session.scalars(select(RotationRow)):
        version = RotationVersion(row.valid_from, Rotation(tuple(row.cycle.split()), row.anchor))
        rotations.setdefault(row.regu_id, []).append(version)
    members: dict[int, list[Membership]] = {}
    for member in session.scalars(select(ReguMemberRow)):
        members.setdefault(member.regu_id, []).append(
            Membership(member.staff_id, member.start_date, member.end_date)
        )
    regu = session.scalars(select(ReguRow).where(ReguRow.active).order_by(ReguRow.id))
    return [
        ReguPlan(
            r.id,
            r.name,
            RotationHistory(rotations.get(r.id, [])),
            members.get(r.id, []),
            r.karupam_id,
        )
        for r in regu
    ]


def duties_in(
    session: Session, first: date, last: date, *, only: ColumnElement[bool] | None = None
) -> list[Duty]:
    query = select(
        RosterEntryRow.staff_id,
        RosterEntryRow.day,
        RosterEntryRow.shift_code,
        RosterEntryRow.post_id,
        RosterEntryRow.source,
        RosterEntryRow.duty_kind,
    ).where(RosterEntryRow.day.between(first, last))
    if only is not None:
        query = query.where(only)
    sources = {source.value: source for source in EntrySource}
    return [
        Duty(staff_id, day, code, post_id, sources[source], kind == "piket")
        for staff_id, day, code, post_id, source, kind in session.execute(query)
    ]


def guards_on(session: Session, day: date) -> set[int]:
    """Who stands guard duty on ``day`` in the ordinary way: the members of an active regu
    and the piket pool. The others (the Karutan, the Ka KPR, structural officials, office
    staff outside the pool) are on the roster only when asked for by name."""
    members = session.scalars(
        select(ReguMemberRow.staff_id)
        .join(ReguRow, ReguRow.id == ReguMemberRow.regu_id)
        .where(
            ReguRow.active,
            ReguMemberRow.start_date <= day,
            (ReguMemberRow.end_date.is_(None)) | (ReguMemberRow.end_date >= day),
        )
    )
    pool = session.scalars(select(PiketPoolRow.staff_id).where(PiketPoolRow.since <= day))
    return {*members, *pool}


def piket_pool(db: Database) -> list[int]:
    with db.read() as session:
        return sorted(session.scalars(select(PiketPoolRow.staff_id)))


def entries_between(db: Database, first: date, last: date) -> list[Duty]:
    with db.read() as session:
        return sorted(duties_in(session, first, last), key=lambda d: (d.day, d.person_id, d.shift))


def holiday_piket_need(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {row.shift_code: row.holiday_count for row in session.scalars(select(PiketNeedRow))}


def month_days(year: int, month: int) -> tuple[date, ...]:
    count = calendar.monthrange(year, month)[1]
    return tuple(date(year, month, day) for day in range(1, count + 1))
