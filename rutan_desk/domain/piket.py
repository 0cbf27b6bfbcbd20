"""Piket staf: administrative staff added to guard shifts on holidays and alert days.

Who goes is decided fairly: on a day like New Year's Eve or Lebaran, those who did not work the
last one go first; then the pool member with the fewest piket shifts so far this year (counting
what is being planned), then by name. Nobody is put on a day they are absent or already on
duty, nor on a shift that would break a timing rule with their other duties (too little rest,
after a night or any shift, or too long a stretch of duty).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from rutan_desk.domain.roster import Absence, Duty, EntrySource, Person
from rutan_desk.domain.roster_rules import DutyTimeline, RosterSettings
from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES, ShiftType

_DEFAULT_SHIFTS = {shift.code: shift for shift in DEFAULT_SHIFT_TYPES}


@dataclass(frozen=True)
class PiketNeed:
    day: date
    shift: str
    count: int


def piket_needs(
    days: Sequence[date],
    holidays: set[date],
    holiday_need: Mapping[str, int],
    alert_extra: Mapping[tuple[date, str], int],
) -> list[PiketNeed]:
    """On a holiday the standing piket need of each shift; on an alert day the alert's extra
    guards too."""
    needs = []
    for day in days:
        shifts: set[str] = {shift for (alert_day, shift) in alert_extra if alert_day == day}
        if day in holidays:
            shifts |= {shift for shift, count in holiday_need.items() if count}
        for shift in sorted(shifts):
            count = alert_extra.get((day, shift), 0)
            if day in holidays:
                count += holiday_need.get(shift, 0)
            if count:
                needs.append(PiketNeed(day, shift, count))
    return needs


def plan_piket(
    needs: Sequence[PiketNeed],
    pool: Sequence[Person],
    duties: Sequence[Duty],
    absences: Sequence[Absence],
    *,
    shift_types: Mapping[str, ShiftType] = _DEFAULT_SHIFTS,
    settings: RosterSettings | None = None,
    done_this_year: Mapping[int, int] | None = None,
    worked_last_time: Mapping[date, set[int]] | None = None,
) -> list[Duty]:
    """The piket duties that meet ``needs``, fairly spread over ``pool``."""
    busy: set[tuple[int, date]] = {(d.person_id, d.day) for d in duties}
    timeline = DutyTimeline(shift_types, settings or RosterSettings(), duties)
    counts = dict(done_this_year or {})
    result: list[Duty] = []
    for need in sorted(needs, key=lambda n: (n.day, n.shift)):
        candidates = [
            person
            for person in pool
            if person.available_on(need.day)
            and (person.id, need.day) not in busy
            and timeline.fits(Duty(person.id, need.day, need.shift))
            and not any(a.person_id == person.id and a.covers(need.day) for a in absences)
        ]
        had_it = (worked_last_time or {}).get(need.day, set())
        candidates.sort(key=lambda p: (p.id in had_it, counts.get(p.id, 0), p.name, p.id))
        for person in candidates[: need.count]:
            result.append(Duty(person.id, need.day, need.shift, None, EntrySource.GENERATED, True))
            busy.add((person.id, need.day))
            timeline.add(result[-1])
            counts[person.id] = counts.get(person.id, 0) + 1
    return result
