"""The rules a roster must keep, as pure functions over plain data.

Each broken rule is a ``Conflict`` naming the rule, the people, the day and shift and, where it
applies, the post, so that the grid can mark the cell and the UI can explain it in Indonesian.
Hard rules block a manual edit unless the clerk overrides them with a reason; soft rules warn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import Any

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import Absence, Duty, Person, Post
from rutan_desk.domain.shifts import ShiftType


class Rule(StrEnum):
    DOUBLE_BOOKED = "double_booked"  # two shifts at once
    REST_AFTER_NIGHT = "rest_after_night"  # back on duty too soon after a night shift
    TOO_MANY_DAYS = "too_many_days"  # more consecutive working days than allowed
    UNDERSTAFFED = "understaffed"  # a post below its minimum strength
    NO_WOMAN = "no_woman"  # a post needing a woman officer has none
    UNAVAILABLE = "unavailable"  # inactive or absent person on duty
    EXTERNAL_ALONE = "external_alone"  # external personnel without a Karupam on the shift


HARD_RULES = frozenset({Rule.DOUBLE_BOOKED, Rule.REST_AFTER_NIGHT, Rule.UNAVAILABLE})
# Rules about one person's own duties; the others are about a day's shift as a whole.
PERSON_RULES = frozenset(
    {Rule.DOUBLE_BOOKED, Rule.REST_AFTER_NIGHT, Rule.TOO_MANY_DAYS, Rule.UNAVAILABLE}
)


@dataclass(frozen=True)
class RosterSettings:
    min_rest_after_night_hours: int = 24
    max_consecutive_days: int = 6


@dataclass(frozen=True)
class Conflict:
    rule: Rule
    day: date
    shift: str | None = None
    person_ids: tuple[int, ...] = ()
    post_id: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def hard(self) -> bool:
        return self.rule in HARD_RULES


@dataclass
class RosterFacts:
    """Everything the rules look at besides the duties themselves."""

    shift_types: Mapping[str, ShiftType]
    people: Mapping[int, Person]
    posts: Mapping[int, Post] = field(default_factory=dict)
    absences: Sequence[Absence] = ()
    settings: RosterSettings = field(default_factory=RosterSettings)
    extra_strength: Mapping[tuple[date, str], int] = field(default_factory=dict)

    def absence_on(self, person_id: int, day: date) -> Absence | None:
        for absence in self._absences_by_person().get(person_id, ()):
            if absence.covers(day):
                return absence
        return None

    def _absences_by_person(self) -> dict[int, list[Absence]]:
        cached: dict[int, list[Absence]] | None = getattr(self, "_by_person", None)
        if cached is None:
            cached = defaultdict(list)
            for absence in self.absences:
                cached[absence.person_id].append(absence)
            self._by_person = cached
        return cached


def check_roster(
    duties: Iterable[Duty], facts: RosterFacts, *, days: tuple[date, date] | None = None
) -> list[Conflict]:
    """Every conflict in ``duties``. With ``days`` (first, last) only conflicts on those days are
    reported, though duties around them are still looked at (rest, consecutive days)."""
    working = [d for d in duties if _is_working(d, facts)]
    conflicts = [
        *_per_person(working, facts),
        *_per_post(working, facts),
        *_external_alone(working, facts),
    ]
    if days is not None:
        first, last = days
        conflicts = [c for c in conflicts if first <= c.day <= last]
    conflicts.sort(key=_order)
    return conflicts


def check_people(
    duties: Iterable[Duty], facts: RosterFacts, *, days: tuple[date, date]
) -> list[Conflict]:
    """The conflicts of the person rules (``PERSON_RULES``) on ``days``: each depends on one
    person's own duties only, so ``duties`` may be just those of the people to check (with
    the days around, for rest and days in a row)."""
    working = [d for d in duties if _is_working(d, facts)]
    first, last = days
    found = [c for c in _per_person(working, facts) if first <= c.day <= last]
    return sorted(found, key=_order)


def check_shifts(
    duties: Iterable[Duty], facts: RosterFacts, *, days: Collection[date]
) -> list[Conflict]:
    """The conflicts of the shift rules (strength, woman officer, external alone) on ``days``:
    each depends on the duties of its own day, so ``duties`` may be just those days'."""
    wanted = set(days)
    working = [d for d in duties if d.day in wanted and _is_working(d, facts)]
    found = [
        c for c in (*_per_post(working, facts), *_external_alone(working, facts)) if c.day in wanted
    ]
    return sorted(found, key=_order)


def _order(conflict: Conflict) -> tuple[date, str, str, tuple[int, ...]]:
    return (conflict.day, conflict.shift or "", conflict.rule.value, conflict.person_ids)


def _is_working(duty: Duty, facts: RosterFacts) -> bool:
    shift = facts.shift_types.get(duty.shift)
    return shift is not None and shift.working


def _interval(duty: Duty, facts: RosterFacts) -> tuple[datetime, datetime]:
    return facts.shift_types[duty.shift].interval(duty.day)


def _per_person(working: list[Duty], facts: RosterFacts) -> Iterable[Conflict]:
    by_person: dict[int, list[Duty]] = defaultdict(list)
    for duty in working:
        by_person[duty.person_id].append(duty)
    settings = facts.settings
    min_rest = timedelta(hours=settings.min_rest_after_night_hours)
    for person_id, own in by_person.items():
        own.sort(key=lambda d: _interval(d, facts))
        person = facts.people.get(person_id)
        for duty in own:
            if person is not None and not person.available_on(duty.day):
                yield Conflict(
                    Rule.UNAVAILABLE,
                    duty.day,
                    duty.shift,
                    (person_id,),
                    params={"reason": "inactive"},
                )
            absence = facts.absence_on(person_id, duty.day)
            if absence is not None:
                yield Conflict(
                    Rule.UNAVAILABLE,
                    duty.day,
                    duty.shift,
                    (person_id,),
                    params={"reason": absence.kind.value},
                )
        for before, after in pairwise(own):
            _, end_before = _interval(before, facts)
            start_after, _ = _interval(after, facts)
            if start_after < end_before:
                yield Conflict(
                    Rule.DOUBLE_BOOKED,
                    after.day,
                    after.shift,
                    (person_id,),
                    params={"other_day": before.day, "other_shift": before.shift},
                )
            elif facts.shift_types[before.shift].crosses_midnight and (
                start_after - end_before < min_rest
            ):
                rest = (start_after - end_before).total_seconds() / 3600
                yield Conflict(
                    Rule.REST_AFTER_NIGHT,
                    after.day,
                    after.shift,
                    (person_id,),
                    params={
                        "night_day": before.day,
                        "rest_hours": round(rest, 1),
                        "min_hours": settings.min_rest_after_night_hours,
                    },
                )
        yield from _consecutive_days(person_id, own, settings.max_consecutive_days)


def _consecutive_days(person_id: int, own: list[Duty], limit: int) -> Iterable[Conflict]:
    days = sorted({duty.day for duty in own})
    run = 1
    for previous, current in pairwise(days):
        run = run + 1 if current - previous == timedelta(days=1) else 1
        if run == limit + 1:
            yield Conflict(
                Rule.TOO_MANY_DAYS,
                current,
                None,
                (person_id,),
                params={"days": run, "max_days": limit},
            )


def _per_post(working: list[Duty], facts: RosterFacts) -> Iterable[Conflict]:
    on_post: dict[tuple[date, str, int], list[int]] = defaultdict(list)
    on_shift: dict[tuple[date, str], int] = defaultdict(int)
    for duty in working:
        on_shift[(duty.day, duty.shift)] += 1
        if duty.post_id is not None:
            on_post[(duty.day, duty.shift, duty.post_id)].append(duty.person_id)
    # An alert period asks for more people on the shift as a whole, above the posts' minimums.
    for (day, shift), extra in sorted(facts.extra_strength.items()):
        base = sum(post.minimum.get(shift, 0) for post in facts.posts.values())
        present = on_shift.get((day, shift), 0)
        if extra > 0 and present < base + extra:
            yield Conflict(
                Rule.UNDERSTAFFED,
                day,
                shift,
                (),
                None,
                {"present": present, "needed": base + extra},
            )
    for day, shift in sorted(on_shift):
        for post in facts.posts.values():
            if not post.manned_on(shift):
                continue
            guards = on_post.get((day, shift, post.id), [])
            needed = post.minimum[shift]
            if len(guards) < needed:
                yield Conflict(
                    Rule.UNDERSTAFFED,
                    day,
                    shift,
                    tuple(guards),
                    post.id,
                    {"present": len(guards), "needed": needed},
                )
            if post.needs_woman and not any(
                (person := facts.people.get(pid)) is not None and person.gender == Gender.FEMALE
                for pid in guards
            ):
                yield Conflict(Rule.NO_WOMAN, day, shift, tuple(guards), post.id)


def _external_alone(working: list[Duty], facts: RosterFacts) -> Iterable[Conflict]:
    externals: dict[tuple[date, str], list[int]] = defaultdict(list)
    karupam: set[tuple[date, str]] = set()
    for duty in working:
        person = facts.people.get(duty.person_id)
        if person is None:
            continue
        if person.external:
            externals[(duty.day, duty.shift)].append(person.id)
        if person.karupam:
            karupam.add((duty.day, duty.shift))
    for (day, shift), people in sorted(externals.items()):
        if (day, shift) not in karupam:
            yield Conflict(Rule.EXTERNAL_ALONE, day, shift, tuple(sorted(people)))


def shift_strength(duties: Iterable[Duty], facts: RosterFacts) -> dict[tuple[date, str], int]:
    """How many people (placed or not) work each shift of each day."""
    counts: dict[tuple[date, str], int] = defaultdict(int)
    for duty in duties:
        if _is_working(duty, facts):
            counts[(duty.day, duty.shift)] += 1
    return dict(counts)
