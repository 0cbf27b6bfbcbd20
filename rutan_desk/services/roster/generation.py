"""Planning the roster: the regu rotations, the posts and piket staff over a period, keeping
what the clerk typed or pinned, and never changing a day that is history (passed, handed over
or covered by an issued duty order)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError, ValidationError
from rutan_desk.domain.piket import piket_needs, plan_piket
from rutan_desk.domain.roster import Duty, EntrySource
from rutan_desk.domain.roster_generator import GenerationInput, days_between, generate_roster
from rutan_desk.domain.roster_history import KeptDays, kept_spans
from rutan_desk.services.calendar.queries import alert_strength_in, holidays_in
from rutan_desk.services.context import ActionContext
from rutan_desk.services.roster.history import kept_days_in
from rutan_desk.services.roster.queries import (
    absences_in,
    duties_in,
    people_in,
    posts_in,
    regu_plans_in,
    settings_in,
    shift_types_in,
)
from rutan_desk.store.models.calendar import HolidayRow
from rutan_desk.store.models.roster import PiketNeedRow, PiketPoolRow, RosterEntryRow
from rutan_desk.store.tracking import record_event


@dataclass(frozen=True)
class GenerationSummary:
    first: date
    last: date
    generated: int  # generated entries in the period after planning
    kept: int  # typed, pinned and swapped entries, left as they were
    removed: int  # generated entries that are no longer in the plan
    added: int = 0  # generated entries that were not there before
    history: tuple[KeptDays, ...] = ()  # days left as they were: passed, handed over, ordered


_Key = tuple[int, date, str, int | None, str]  # staff, day, code, post, duty kind


def generate_period(ctx: ActionContext, first: date, last: date) -> GenerationSummary:
    """Plan every generated entry of the period again; typed and pinned entries stay, and so
    does every day that is history (``summary.history`` says which and why). Only what the
    new plan changes is written: entries no longer planned are removed, new ones added, the
    rest is left alone (planning a planned month again writes nothing). One transaction: the
    store audits the removal and the addition as bulk entries (count and SHA-256 of the rows),
    and the service records what was planned."""
    if last < first:
        raise ValidationError([FieldError("last", "end_before_start")])
    with ctx.write(Permission.ROSTER_EDIT) as session:
        generated = RosterEntryRow.source == EntrySource.GENERATED.value
        kept = kept_days_in(session, first, last, ctx.today())
        fixed = duties_in(session, first, last, only=~generated)
        if kept:
            # What history holds stays as it is and counts like a typed entry.
            fixed += [
                duty
                for duty in duties_in(session, min(kept), max(kept), only=generated)
                if duty.day in kept
            ]
        settings, karupam_counts = settings_in(session)
        reach = timedelta(days=settings.rule_reach.days + 2)
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
            settings=settings,
            neighbours=[
                *duties_in(session, first - reach, first - timedelta(days=1)),
                *duties_in(session, last + timedelta(days=1), last + reach),
            ],
            kept_days=frozenset(kept),
        )
        duties = generate_roster(data)
        duties += _plan_piket(session, data, [*fixed, *duties])
        planned: Counter[_Key] = Counter(
            (d.person_id, d.day, d.shift, d.post_id, "piket" if d.piket else "regu") for d in duties
        )
        existing = session.connection().execute(
            select(
                RosterEntryRow.id,
                RosterEntryRow.staff_id,
                RosterEntryRow.day,
                RosterEntryRow.shift_code,
                RosterEntryRow.post_id,
                RosterEntryRow.duty_kind,
            ).where(RosterEntryRow.day.between(first, last), generated)
        )
        stale: list[int] = []
        for entry_id, *key in existing:
            entry_key: _Key = tuple(key)  # type: ignore[assignment]
            if entry_key[1] in kept:
                continue
            if planned[entry_key] > 0:
                planned[entry_key] -= 1  # planned again as it is: left alone
            else:
                stale.append(entry_id)
        # Bulk statements: tens of thousands of rows in one statement each, not row by row.
        for chunk in _chunks(stale):
            session.execute(delete(RosterEntryRow).where(RosterEntryRow.id.in_(chunk)))
        new = [
            {
                "day": day,
                "staff_id": staff_id,
                "shift_code": code,
                "post_id": post_id,
                "source": EntrySource.GENERATED.value,
                "duty_kind": kind,
                "note": "",
            }
            for (staff_id, day, code, post_id, kind), count in planned.items()
            for _ in range(count)
        ]
        if new:
            session.execute(insert(RosterEntryRow), new)
        summary = GenerationSummary(
            first, last, len(duties), len(fixed), len(stale), len(new), kept_spans(kept)
        )
        record_event(
            session,
            entity="roster",
            entity_id=f"{first}..{last}",
            details={
                "planned": summary.generated,
                "kept": summary.kept,
                "removed": summary.removed,
                "added": summary.added,
                "history": [
                    {"first": span.first, "last": span.last, "reason": span.reason.value}
                    for span in summary.history
                ],
            },
        )
        return summary


def _chunks(ids: list[int], size: int = 5000) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _plan_piket(session: Session, data: GenerationInput, duties: list[Duty]) -> list[Duty]:
    """Pool staff on the holidays and alert days of the period, fairly over the year."""
    holidays = {h.day for h in holidays_in(session, data.first, data.last)}
    holiday_need = {
        row.shift_code: row.holiday_count for row in session.scalars(select(PiketNeedRow))
    }
    needs = piket_needs(
        [day for day in days_between(data.first, data.last) if day not in data.kept_days],
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
    return plan_piket(
        needs,
        pool,
        [*data.neighbours, *duties],
        data.absences,
        shift_types=data.shift_types,
        settings=data.settings,
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
