"""The guard duty roster: regu, posts, rotations, absences and generation."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from sqlalchemy import ColumnElement, Table, func, select
from sqlalchemy.orm import Session

from rutan_desk.domain.calendar import extra_strength
from rutan_desk.domain.errors import FieldError, NotFoundError, ValidationError
from rutan_desk.domain.nip import Gender
from rutan_desk.domain.piket import piket_needs, plan_piket
from rutan_desk.domain.roster import Absence, AbsenceKind, Duty, EntrySource, Person, Post
from rutan_desk.domain.roster_generator import (
    GenerationInput,
    Membership,
    ReguPlan,
    days_between,
    generate_roster,
)
from rutan_desk.domain.roster_rules import Conflict, RosterFacts, RosterSettings, check_roster
from rutan_desk.domain.rotation import (
    PatternError,
    Rotation,
    RotationHistory,
    RotationVersion,
    parse_cycle,
)
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.domain.staff import StaffKind, tidy
from rutan_desk.services.snapshots import audited_add, audited_update, snapshot
from rutan_desk.store.audit import record_change
from rutan_desk.store.engine import Database
from rutan_desk.store.models.calendar import HolidayRow
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


@dataclass(frozen=True)
class GenerationSummary:
    first: date
    last: date
    generated: int
    kept: int
    removed: int


# -- reading ------------------------------------------------------------------------------


def shift_types(db: Database) -> list[ShiftType]:
    with db.read() as session:
        return shift_types_in(session)


def shift_types_in(session: Session) -> list[ShiftType]:
    rows = session.scalars(select(ShiftTypeRow).order_by(ShiftTypeRow.sort_order, ShiftTypeRow.id))
    return [ShiftType(r.code, r.name, r.start_time, r.end_time, r.colour) for r in rows]


def roster_settings(db: Database) -> RosterSettings:
    with db.read() as session:
        return settings_in(session)[0]


def settings_in(session: Session) -> tuple[RosterSettings, bool]:
    row = session.get(RosterSettingsRow, 1)
    if row is None:
        return RosterSettings(), False
    return (
        RosterSettings(row.min_rest_after_night_hours, row.max_consecutive_days),
        row.karupam_counts_for_posts,
    )


# -- regu ---------------------------------------------------------------------------------


def create_regu(db: Database, actor: str, name: str, karupam_id: int | None = None) -> int:
    name = tidy(name)
    with db.write() as session:
        errors: list[FieldError] = []
        if not name:
            errors.append(FieldError("name", "field_required"))
        elif session.scalar(select(ReguRow.id).where(ReguRow.name == name)) is not None:
            errors.append(FieldError("name", "name_duplicate", {"name": name}))
        if karupam_id is not None and session.get(StaffRow, karupam_id) is None:
            raise NotFoundError(f"staff {karupam_id}")
        if errors:
            raise ValidationError(errors)
        row = ReguRow(name=name, karupam_id=karupam_id, active=True)
        audited_add(session, actor, "regu", row)
        return row.id


def add_regu_member(db: Database, actor: str, regu_id: int, staff_id: int, start: date) -> int:
    """Put a person in a regu from ``start``; refused while they belong to another one."""
    with db.write() as session:
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
                [
                    FieldError(
                        "staff", "member_in_other_regu", {"name": person.name, "regu": current[1]}
                    )
                ]
            )
        row = ReguMemberRow(regu_id=regu_id, staff_id=staff_id, start_date=start)
        audited_add(session, actor, "regu_member", row)
        return row.id


def end_regu_membership(db: Database, actor: str, member_id: int, last_day: date) -> None:
    with db.write() as session:
        row = session.get(ReguMemberRow, member_id)
        if row is None:
            raise NotFoundError(f"regu member {member_id}")
        if last_day < row.start_date:
            raise ValidationError([FieldError("end", "end_before_start")])
        with audited_update(session, actor, "regu_member", row):
            row.end_date = last_day
        regu = session.get(ReguRow, row.regu_id)
        if regu is not None and regu.karupam_id == row.staff_id:
            # A Karupam who leaves the regu no longer leads it.
            with audited_update(session, actor, "regu", regu):
                regu.karupam_id = None


def set_rotation(
    db: Database, actor: str, regu_id: int, cycle_text: str, *, anchor: date, valid_from: date
) -> int:
    """The regu follows ``cycle_text`` from ``valid_from`` on (later versions are replaced);
    the roster before that date keeps the pattern it had."""
    with db.write() as session:
        if session.get(ReguRow, regu_id) is None:
            raise NotFoundError(f"regu {regu_id}")
        codes = [shift.code for shift in shift_types_in(session)]
        try:
            cycle = parse_cycle(cycle_text, codes)
        except PatternError as error:
            raise ValidationError([FieldError("cycle", error.code, dict(error.params))]) from error
        replaced = session.scalars(
            select(RotationRow).where(
                RotationRow.regu_id == regu_id, RotationRow.valid_from >= valid_from
            )
        ).all()
        for old in replaced:
            record_change(
                session,
                actor=actor,
                entity="rotation",
                entity_id=old.id,
                action="delete",
                before=snapshot(old),
                after=None,
            )
            session.delete(old)
        session.flush()
        row = RotationRow(
            regu_id=regu_id, valid_from=valid_from, anchor=anchor, cycle=" ".join(cycle)
        )
        audited_add(session, actor, "rotation", row)
        return row.id


# -- posts and absences -------------------------------------------------------------------


POST_NAME_MAX = 60


def post_errors_in(
    session: Session, name: str, minimums: Mapping[str, int], *, own_id: int | None = None
) -> list[FieldError]:
    """Why a post with this name and these minimums cannot be saved (``own_id``: the post being
    changed, which may keep its own name)."""
    errors: list[FieldError] = []
    same_name = select(PostRow.id).where(PostRow.name == name)
    if own_id is not None:
        same_name = same_name.where(PostRow.id != own_id)
    if not name:
        errors.append(FieldError("name", "field_required"))
    elif len(name) > POST_NAME_MAX:
        errors.append(FieldError("name", "text_too_long", {"max": POST_NAME_MAX}))
    elif session.scalar(same_name) is not None:
        errors.append(FieldError("name", "name_duplicate", {"name": name}))
    codes = {shift.code for shift in shift_types_in(session) if shift.working}
    for code, minimum in minimums.items():
        if code not in codes:
            errors.append(FieldError("minimums", "cycle_unknown_code", {"text": code}))
        elif minimum < 0:
            errors.append(FieldError("minimums", "minimum_negative"))
    return errors


def create_post(
    db: Database, actor: str, name: str, minimums: Mapping[str, int], *, needs_woman: bool = False
) -> int:
    name = tidy(name)
    with db.write() as session:
        errors = post_errors_in(session, name, minimums)
        if errors:
            raise ValidationError(errors)
        order = (session.scalar(select(func.max(PostRow.sort_order))) or 0) + 1
        row = PostRow(name=name, needs_woman=needs_woman, active=True, sort_order=order)
        session.add(row)
        session.flush()
        for code, minimum in minimums.items():
            if minimum > 0:
                session.add(PostMinimumRow(post_id=row.id, shift_code=code, minimum=minimum))
        after = {**snapshot(row), "minimums": dict(minimums)}
        record_change(
            session,
            actor=actor,
            entity="post",
            entity_id=row.id,
            action="create",
            before=None,
            after=after,
        )
        return row.id


# -- queries shared by the roster services (each takes the caller's session) ---------------


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
    return [Post(r.id, r.name, minimums.get(r.id, {}), r.needs_woman) for r in rows]


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


# -- generation and checking --------------------------------------------------------------


def generate_period(db: Database, actor: str, first: date, last: date) -> GenerationSummary:
    """Re-plan every generated entry of the period; hand-made and pinned entries stay.
    One transaction, audited as one change with a digest of what was written."""
    if last < first:
        raise ValidationError([FieldError("last", "end_before_start")])
    with db.write() as session:
        in_period = RosterEntryRow.day.between(first, last)
        generated = RosterEntryRow.source == EntrySource.GENERATED.value
        fixed = duties_in(session, first, last, only=~generated)
        karupam_counts = settings_in(session)[1]
        data = GenerationInput(
            first=first,
            last=last,
            regu=regu_plans_in(session),
            people=people_in(session),
            shift_types={s.code: s for s in shift_types_in(session)},
            posts=posts_in(session),
            absences=absences_in(session, first, last),
            fixed=fixed,
            karupam_counts_for_posts=karupam_counts,
        )
        duties = generate_roster(data)
        duties += _plan_piket(session, data, [*fixed, *duties])
        removed = session.scalar(
            select(func.count()).select_from(RosterEntryRow).where(in_period, generated)
        )
        # Core statements: tens of thousands of rows go through one executemany, not the ORM.
        table = cast(Table, RosterEntryRow.__table__)
        connection = session.connection()
        connection.execute(table.delete().where(in_period, generated))
        if duties:
            connection.execute(
                table.insert(),
                [
                    {
                        "day": d.day,
                        "staff_id": d.person_id,
                        "shift_code": d.shift,
                        "post_id": d.post_id,
                        "source": EntrySource.GENERATED.value,
                        "duty_kind": "piket" if d.piket else "regu",
                        "note": "",
                    }
                    for d in duties
                ],
            )
        digest = hashlib.sha256(
            "\n".join(
                f"{d.day}|{d.person_id}|{d.shift}|{d.post_id}|{d.piket}" for d in duties
            ).encode()
        ).hexdigest()
        summary = GenerationSummary(first, last, len(duties), len(fixed), int(removed or 0))
        record_change(
            session,
            actor=actor,
            entity="roster",
            entity_id=f"{first}..{last}",
            action="update",
            before={"generated_entries": summary.removed},
            after={"generated_entries": summary.generated, "kept": summary.kept, "sha256": digest},
        )
        return summary


def _plan_piket(session: Session, data: GenerationInput, duties: list[Duty]) -> list[Duty]:
    """Pool staff on the holidays and alert days of the period, fairly over the year."""
    from rutan_desk.services.calendar import holidays_in

    holidays = {h.day for h in holidays_in(session, data.first, data.last)}
    holiday_need = {
        row.shift_code: row.holiday_count for row in session.scalars(select(PiketNeedRow))
    }
    needs = piket_needs(
        list(days_between(data.first, data.last)),
        holidays,
        holiday_need,
        alert_strength_in(session, data.first, data.last),
    )
    pool_ids = set(session.scalars(select(PiketPoolRow.staff_id)))
    if not needs or not pool_ids:
        return []
    pool = [person for pid, person in data.people.items() if pid in pool_ids]
    year_start = date(data.first.year, 1, 1)
    done = {
        staff_id: int(count)
        for staff_id, count in session.execute(
            select(RosterEntryRow.staff_id, func.count())
            .where(
                RosterEntryRow.duty_kind == "piket",
                RosterEntryRow.day >= year_start,
                RosterEntryRow.day < data.first,
            )
            .group_by(RosterEntryRow.staff_id)
        )
    }
    night = frozenset(code for code, shift in data.shift_types.items() if shift.crosses_midnight)
    return plan_piket(
        needs,
        pool,
        duties,
        data.absences,
        night_codes=night,
        done_this_year=done,
        worked_last_time=_worked_last_occasion(session, {need.day for need in needs}),
    )


def _worked_last_occasion(session: Session, days: set[date]) -> dict[date, set[int]]:
    """For New Year's Eve and Lebaran days among ``days``: who worked the previous one."""
    working = [s.code for s in shift_types_in(session) if s.working]
    lebaran = sorted(
        set(
            session.scalars(
                select(HolidayRow.day).where(
                    HolidayRow.active,
                    HolidayRow.kind == "national",
                    HolidayRow.name.like("%Idul Fitri%"),
                )
            )
        )
    )
    previous: dict[date, date] = {}
    for day in days:
        if (day.month, day.day) == (12, 31):
            previous[day] = date(day.year - 1, 12, 31)
        elif day in lebaran:
            earlier = [d for d in lebaran if d.year < day.year]
            if earlier:
                # The same day of the previous Lebaran: its first day goes with this first day.
                last_year = [d for d in earlier if d.year == earlier[-1].year]
                position = [d for d in lebaran if d.year == day.year].index(day)
                previous[day] = last_year[min(position, len(last_year) - 1)]
    result: dict[date, set[int]] = {}
    for day, before in previous.items():
        result[day] = set(
            session.scalars(
                select(RosterEntryRow.staff_id).where(
                    RosterEntryRow.day == before, RosterEntryRow.shift_code.in_(working)
                )
            )
        )
    return result


def save_piket_settings(
    db: Database,
    actor: str,
    *,
    pool: list[int] | None = None,
    since: date | None = None,
    holiday_need: dict[str, int] | None = None,
) -> None:
    """Set the piket pool (the administrative staff who take piket) and/or how many piket
    staff each holiday shift needs, in one transaction."""
    with db.write() as session:
        if holiday_need is not None:
            _set_holiday_need_in(session, actor, holiday_need)
        if pool is not None:
            _set_pool_in(session, actor, pool, since or date.today())


def piket_pool(db: Database) -> list[int]:
    with db.read() as session:
        return sorted(session.scalars(select(PiketPoolRow.staff_id)))


def set_piket_pool(db: Database, actor: str, staff_ids: list[int], since: date) -> None:
    save_piket_settings(db, actor, pool=staff_ids, since=since)


def set_holiday_piket_need(db: Database, actor: str, need: dict[str, int]) -> None:
    save_piket_settings(db, actor, holiday_need=need)


def _set_pool_in(session: Session, actor: str, staff_ids: list[int], since: date) -> None:
    before = sorted(session.scalars(select(PiketPoolRow.staff_id)))
    for row in session.scalars(select(PiketPoolRow)):
        session.delete(row)
    session.flush()
    for staff_id in sorted(set(staff_ids)):
        if session.get(StaffRow, staff_id) is None:
            raise NotFoundError(f"staff {staff_id}")
        session.add(PiketPoolRow(staff_id=staff_id, since=since))
    session.flush()
    record_change(
        session,
        actor=actor,
        entity="piket_pool",
        entity_id="pool",
        action="update",
        before={"staff": before},
        after={"staff": sorted(set(staff_ids)), "since": since},
    )


def _set_holiday_need_in(session: Session, actor: str, need: dict[str, int]) -> None:
    working = {s.code for s in shift_types_in(session) if s.working}
    errors = [
        FieldError("need", "cycle_unknown_code", {"text": code})
        for code in need
        if code not in working
    ]
    errors += [FieldError("need", "minimum_negative") for value in need.values() if value < 0]
    if errors:
        raise ValidationError(errors)
    before = {row.shift_code: row.holiday_count for row in session.scalars(select(PiketNeedRow))}
    for row in session.scalars(select(PiketNeedRow)):
        session.delete(row)
    session.flush()
    for code, count in need.items():
        if count:
            session.add(PiketNeedRow(shift_code=code, holiday_count=count))
    session.flush()
    record_change(
        session,
        actor=actor,
        entity="piket_need",
        entity_id="holiday",
        action="update",
        before=before,
        after=dict(need),
    )


def check_period(db: Database, first: date, last: date) -> list[Conflict]:
    """Every conflict of the roster between ``first`` and ``last`` (a few days around them are
    read too, for the rest and consecutive-day rules)."""
    settings_margin = timedelta(days=14)
    with db.read() as session:
        settings, _ = settings_in(session)
        facts = RosterFacts(
            shift_types={s.code: s for s in shift_types_in(session)},
            people=people_in(session),
            posts={p.id: p for p in posts_in(session)},
            absences=absences_in(session, first - settings_margin, last + settings_margin),
            settings=settings,
            extra_strength=alert_strength_in(session, first, last),
        )
        duties = duties_in(session, first - settings_margin, last + settings_margin)
    return check_roster(duties, facts, days=(first, last))


def alert_strength_in(session: Session, first: date, last: date) -> dict[tuple[date, str], int]:
    """(day, shift) → extra guards the alert periods ask for."""
    from rutan_desk.services.calendar import alerts_in

    return extra_strength([alert.period for alert in alerts_in(session, first, last)], first, last)


def entries_between(db: Database, first: date, last: date) -> list[Duty]:
    with db.read() as session:
        return sorted(duties_in(session, first, last), key=lambda d: (d.day, d.person_id, d.shift))


# -- settings: shift codes and rules ------------------------------------------------------

_CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,3}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def save_shift_type(
    db: Database, actor: str, shift: ShiftType, *, replacing: str | None = None
) -> ShiftType:
    """Add a shift code, or change the one now called ``replacing`` (its code cannot change
    once used: the roster refers to it)."""
    shift = ShiftType(
        shift.code.strip(),
        tidy(shift.name),
        shift.start,
        shift.end,
        shift.colour.strip() or "#ffffff",
    )
    errors: list[FieldError] = []
    if not _CODE.match(shift.code):
        errors.append(FieldError("code", "shift_code_invalid"))
    if not shift.name:
        errors.append(FieldError("name", "field_required"))
    if (shift.start is None) != (shift.end is None):
        errors.append(FieldError("end", "shift_times_both"))
    if shift.start is not None and shift.start == shift.end:
        errors.append(FieldError("end", "shift_times_equal"))
    if not _COLOUR.match(shift.colour):
        errors.append(FieldError("colour", "colour_invalid"))
    with db.write() as session:
        existing = session.scalar(select(ShiftTypeRow).where(ShiftTypeRow.code == shift.code))
        if existing is not None and shift.code != replacing:
            errors.append(FieldError("code", "name_duplicate", {"name": shift.code}))
        row = existing if replacing is not None else None
        if replacing is not None:
            row = session.scalar(select(ShiftTypeRow).where(ShiftTypeRow.code == replacing))
            if row is None:
                raise NotFoundError(f"shift {replacing}")
            in_use = session.scalar(
                select(RosterEntryRow.id).where(RosterEntryRow.shift_code == replacing).limit(1)
            )
            if in_use is not None and shift.code != replacing:
                errors.append(FieldError("code", "shift_code_in_use", {"code": replacing}))
        if errors:
            raise ValidationError(errors)
        before = None
        if row is None:
            order = (session.scalar(select(func.max(ShiftTypeRow.sort_order))) or 0) + 1
            row = ShiftTypeRow(sort_order=order)
            session.add(row)
        else:
            before = snapshot(row)
        row.code, row.name, row.colour = shift.code, shift.name, shift.colour
        row.start_time, row.end_time = shift.start, shift.end
        session.flush()
        record_change(
            session,
            actor=actor,
            entity="shift_type",
            entity_id=row.id,
            action="create" if before is None else "update",
            before=before,
            after=snapshot(row),
        )
        return shift


def save_roster_settings(
    db: Database, actor: str, settings: RosterSettings, *, karupam_counts_for_posts: bool
) -> None:
    errors: list[FieldError] = []
    if not 0 <= settings.min_rest_after_night_hours <= 72:
        errors.append(FieldError("min_rest", "number_out_of_range", {"low": 0, "high": 72}))
    if not 1 <= settings.max_consecutive_days <= 31:
        errors.append(FieldError("max_days", "number_out_of_range", {"low": 1, "high": 31}))
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        row = session.get(RosterSettingsRow, 1)
        before = None if row is None else snapshot(row)
        if row is None:
            row = RosterSettingsRow(id=1)
            session.add(row)
        row.min_rest_after_night_hours = settings.min_rest_after_night_hours
        row.max_consecutive_days = settings.max_consecutive_days
        row.karupam_counts_for_posts = karupam_counts_for_posts
        session.flush()
        record_change(
            session,
            actor=actor,
            entity="roster_settings",
            entity_id=1,
            action="create" if before is None else "update",
            before=before,
            after=snapshot(row),
        )


def karupam_counts_for_posts(db: Database) -> bool:
    with db.read() as session:
        return settings_in(session)[1]


def holiday_piket_need(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {row.shift_code: row.holiday_count for row in session.scalars(select(PiketNeedRow))}
