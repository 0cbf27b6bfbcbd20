"""The rules a roster must keep, as pure functions over plain data.

Each broken rule is a ``Conflict`` naming the rule, the people, the day and shift and, where it
applies, the post, so that the grid can mark the cell and the UI can explain it in Indonesian.
Hard rules block a manual edit unless the clerk overrides them with a reason; soft rules warn.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
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
    SHORT_REST = "short_rest"  # too little rest between two shifts
    LONG_DUTY = "long_duty"  # on duty longer than allowed without a break
    TOO_MANY_DAYS = "too_many_days"  # more consecutive working days than allowed
    UNDERSTAFFED = "understaffed"  # a post below its minimum strength
    NO_WOMAN = "no_woman"  # a women's post has fewer women than it needs
    MAN_ON_WOMEN_POST = "man_on_women_post"  # a man placed at a post staffed by women only
    UNAVAILABLE = "unavailable"  # inactive or absent person on duty
    EXTERNAL_ALONE = "external_alone"  # external personnel without a Karupam on the shift


HARD_RULES = frozenset(
    {
        Rule.DOUBLE_BOOKED,
        Rule.REST_AFTER_NIGHT,
        Rule.SHORT_REST,
        Rule.LONG_DUTY,
        Rule.UNAVAILABLE,
        Rule.MAN_ON_WOMEN_POST,
    }
)
# Rules about one person's own duties; the others are about a day's shift as a whole.
PERSON_RULES = frozenset(
    {
        Rule.DOUBLE_BOOKED,
        Rule.REST_AFTER_NIGHT,
        Rule.SHORT_REST,
        Rule.LONG_DUTY,
        Rule.TOO_MANY_DAYS,
        Rule.UNAVAILABLE,
    }
)
# The rules about when one person's shifts begin and end, relative to each other.
TIMING_RULES = frozenset(
    {Rule.DOUBLE_BOOKED, Rule.REST_AFTER_NIGHT, Rule.SHORT_REST, Rule.LONG_DUTY}
)


@dataclass(frozen=True)
class RosterSettings:
    """The rule settings. Back-to-back shifts (one starts when the other ends) are one
    continuous stretch of duty, at most ``max_continuous_hours`` long: pagi and siang (12 h)
    may be done together, siang and malam (18 h) may not. Between two stretches a person rests
    at least ``min_rest_hours``, and ``min_rest_after_night_hours`` after a night shift."""

    min_rest_after_night_hours: int = 24
    max_consecutive_days: int = 6
    # 8 h: time to go home, sleep and come back. Pagi then malam the same day (6 h) is
    # refused, siang then next morning's pagi (12 h) is not.
    min_rest_hours: int = 8
    # 12 h: the longest regular shift (malam); a stretch beyond it is a double turn.
    max_continuous_hours: int = 12

    @property
    def rule_reach(self) -> timedelta:
        """How far apart two duties can be and still break a rest rule together."""
        longest = max(
            self.min_rest_after_night_hours, self.min_rest_hours, self.max_continuous_hours
        )
        return timedelta(hours=longest)


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
        yield from timing_conflicts(own, facts.shift_types, settings)
        yield from _consecutive_days(person_id, own, settings.max_consecutive_days)


def timing_conflicts(
    own: Sequence[Duty],
    shift_types: Mapping[str, ShiftType],
    settings: RosterSettings,
) -> Iterator[Conflict]:
    """The timing rules between one person's working duties ``own``, sorted by when they
    begin: two at once, too little rest (after a night, or between any two shifts) and too
    long a stretch of duty. One conflict per cause: a stretch whose excess comes from a shift
    already refused for its rest is not reported again as too long."""
    if not own:
        return
    longest = timedelta(hours=settings.max_continuous_hours)
    stretch = _Stretch(own[0], *shift_types[own[0].shift].interval(own[0].day))
    latest, latest_end = own[0], stretch.end  # the duty ending last so far, and when
    stretch.note(own[0], explained=False, longest=longest)
    for duty in own[1:]:
        start, end = shift_types[duty.shift].interval(duty.day)
        broken = _broken_rest(duty, start, latest, latest_end, shift_types, settings)
        if broken is not None:
            yield broken
        if start > latest_end:  # a break, however short, ends the stretch
            yield from stretch.excess(longest)
            stretch = _Stretch(duty, start, end)
        stretch.end = max(stretch.end, end)
        if end > latest_end:
            latest, latest_end = duty, end
        stretch.note(duty, explained=broken is not None, longest=longest)
    yield from stretch.excess(longest)


def _broken_rest(
    duty: Duty,
    start: datetime,
    latest: Duty,
    latest_end: datetime,
    shift_types: Mapping[str, ShiftType],
    settings: RosterSettings,
) -> Conflict | None:
    """What ``duty`` breaks by starting at ``start`` after ``latest`` (ending at
    ``latest_end``): two shifts at once, or too little rest between them; else None."""
    if start < latest_end:
        return Conflict(
            Rule.DOUBLE_BOOKED,
            duty.day,
            duty.shift,
            (duty.person_id,),
            params={"other_day": latest.day, "other_shift": latest.shift},
        )
    gap = start - latest_end
    hours = round(gap.total_seconds() / 3600, 1)
    night = shift_types[latest.shift].crosses_midnight
    if night and gap < timedelta(hours=settings.min_rest_after_night_hours):
        return Conflict(
            Rule.REST_AFTER_NIGHT,
            duty.day,
            duty.shift,
            (duty.person_id,),
            params={
                "night_day": latest.day,
                "rest_hours": hours,
                "min_hours": settings.min_rest_after_night_hours,
            },
        )
    if timedelta(0) < gap < timedelta(hours=settings.min_rest_hours):
        return Conflict(
            Rule.SHORT_REST,
            duty.day,
            duty.shift,
            (duty.person_id,),
            params={
                "other_day": latest.day,
                "other_shift": latest.shift,
                "rest_hours": hours,
                "min_hours": settings.min_rest_hours,
            },
        )
    return None


@dataclass
class _Stretch:
    """Duty without a break: back-to-back shifts, from ``first``'s start to ``end``."""

    first: Duty
    start: datetime
    end: datetime
    over_at: Duty | None = None  # the shift that made it longer than allowed
    explained: bool = False  # that shift is refused already (its rest), so is the excess

    def note(self, duty: Duty, *, explained: bool, longest: timedelta) -> None:
        if self.over_at is None and self.end - self.start > longest:
            self.over_at, self.explained = duty, explained

    def excess(self, longest: timedelta) -> Iterator[Conflict]:
        if self.over_at is None or self.explained:
            return
        yield Conflict(
            Rule.LONG_DUTY,
            self.over_at.day,
            self.over_at.shift,
            (self.first.person_id,),
            params={
                "from_day": self.first.day,
                "from_shift": self.first.shift,
                "hours": round((self.end - self.start).total_seconds() / 3600, 1),
                "max_hours": round(longest.total_seconds() / 3600),
            },
        )


class DutyTimeline:
    """People's working duties, placed one by one (the generator, the piket planner): whether
    one more would break a timing rule (``TIMING_RULES``) with those already placed. A verdict
    depends only on the shift codes and how many days apart they are, so each is worked out
    once per pattern, whatever the number of people and days."""

    def __init__(
        self,
        shift_types: Mapping[str, ShiftType],
        settings: RosterSettings,
        duties: Iterable[Duty] = (),
    ) -> None:
        self._shift_types = shift_types
        self._settings = settings
        # A shift lasts at most a day: duties further apart than the rules reach plus a day
        # cannot meet.
        self._days = -(-settings.rule_reach // timedelta(days=1)) + 1
        self._offsets = tuple(range(-self._days, self._days + 1))
        self._working = frozenset(code for code, shift in shift_types.items() if shift.working)
        # person → day (ordinal) → working codes: integers, not dates, on the hot path.
        self._codes: dict[int, dict[int, list[str]]] = defaultdict(dict)
        self._verdicts: dict[tuple[str, tuple[tuple[int, str], ...]], bool] = {}
        for duty in duties:
            self.add(duty)

    def add(self, duty: Duty) -> None:
        if duty.shift in self._working:
            self._codes[duty.person_id].setdefault(duty.day.toordinal(), []).append(duty.shift)

    def fits(self, duty: Duty) -> bool:
        """True when ``duty`` breaks no timing rule with the person's placed duties (a rule
        they already break among themselves, after a clerk's override, is not held against
        it)."""
        return self.fits_code(duty.person_id, duty.day.toordinal(), duty.shift)

    def fits_code(self, person_id: int, day: int, code: str) -> bool:
        """``fits`` for a day given as its ordinal (the generator's hot path)."""
        own = self._codes.get(person_id)
        if not own or code not in self._working:
            return True
        near: list[tuple[int, str]] = []
        for offset in self._offsets:
            codes = own.get(day + offset)
            if codes:
                for other in codes:
                    near.append((offset, other))
        if not near:
            return True
        key = (code, tuple(near))
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = self._judge(code, key[1])
        return verdict

    def _judge(self, code: str, near: tuple[tuple[int, str], ...]) -> bool:
        base = date(2000, 1, 1) + timedelta(days=self._days)  # any day: hours are wall clock

        def found(duties: list[Duty]) -> set[tuple[Rule, date, str | None]]:
            duties.sort(key=lambda d: self._shift_types[d.shift].interval(d.day))
            return {
                (c.rule, c.day, c.shift)
                for c in timing_conflicts(duties, self._shift_types, self._settings)
            }

        placed = [Duty(0, base + timedelta(days=offset), other) for offset, other in near]
        before = found(list(placed))
        return found([*placed, Duty(0, base, code)]) <= before


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
            if not post.needs_woman:
                continue
            women = [pid for pid in guards if _is_woman(facts.people.get(pid))]
            if len(women) < post.min_women:
                yield Conflict(
                    Rule.NO_WOMAN,
                    day,
                    shift,
                    tuple(guards),
                    post.id,
                    {"present": len(women), "needed": post.min_women},
                )
            men = tuple(pid for pid in guards if pid not in women)
            if men:
                yield Conflict(Rule.MAN_ON_WOMEN_POST, day, shift, men, post.id)


def _is_woman(person: Person | None) -> bool:
    return person is not None and person.gender == Gender.FEMALE


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


def cycle_conflicts(
    cycle: Sequence[str], shift_types: Mapping[str, ShiftType], settings: RosterSettings
) -> list[Conflict]:
    """The timing rules (all hard) that one person following ``cycle`` day after day would
    break, first found first. The cycle is laid out three times, so that its end meets its
    start again in the middle."""
    start = date(2001, 1, 1)
    days = [*cycle, *cycle, *cycle]
    duties = [Duty(0, start + timedelta(days=i), code) for i, code in enumerate(days)]
    facts = RosterFacts(
        shift_types=shift_types, people={0: Person(0, "", Gender.MALE)}, settings=settings
    )
    found = check_people(duties, facts, days=(start, start + timedelta(days=len(days) - 1)))
    return [conflict for conflict in found if conflict.rule in TIMING_RULES]
