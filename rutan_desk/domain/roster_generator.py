"""Roster generation: regu rotations expanded into individual duties, members dealt to posts.

Deterministic: the same inputs give the same roster. Duties the clerk made or pinned by hand are
inputs, never outputs: the people concerned are left out of planning on those days, and the posts
they hold count towards the posts' strength. Nobody is planned on a shift that would break a
timing rule (rest, continuous duty) with a duty the planning does not make (typed, pinned or
swapped, or just outside the period): a guard who took a malam by hand is not also planned on
the next day's shift of their regu; the shift is left short instead, which the rules report.
The rotation itself is the clerk's pattern: a new pattern that breaks a rest rule (two nights
in a row) is refused when it is set; one that breaks a rule made stricter later is planned as it
is, and the checks show it.

Post dealing rotates: on each working day the members of a regu are dealt to the post slots with
an offset that moves by one every day, so nobody stands at the same post all the time; a women's
post is staffed first, by women only: when the regu has no woman free it stays short.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import Absence, Duty, Person, Post
from rutan_desk.domain.roster_rules import DutyTimeline, RosterSettings
from rutan_desk.domain.rotation import RotationHistory
from rutan_desk.domain.shifts import ShiftType


@dataclass(frozen=True)
class Membership:
    person_id: int
    start: date
    end: date | None = None  # inclusive; None while the person is still in the regu

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ReguPlan:
    id: int
    name: str
    rotation: RotationHistory
    members: Sequence[Membership]
    karupam_id: int | None = None


@dataclass(frozen=True)
class GenerationInput:
    first: date
    last: date
    regu: Sequence[ReguPlan]
    people: Mapping[int, Person]
    shift_types: Mapping[str, ShiftType]
    posts: Sequence[Post] = ()
    absences: Sequence[Absence] = ()
    fixed: Sequence[Duty] = ()  # manual and pinned duties in the period: kept as they are
    karupam_counts_for_posts: bool = False
    post_history: Mapping[tuple[int, int], int] = field(default_factory=dict)
    settings: RosterSettings = field(default_factory=RosterSettings)
    # Duties just before and after the period: what is planned keeps its rest with them too.
    neighbours: Sequence[Duty] = ()
    # Days that are history (passed, handed over, ordered): nothing is planned on them; what
    # they hold comes in ``fixed``.
    kept_days: frozenset[date] = frozenset()


def days_between(first: date, last: date) -> Iterable[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)


def generate_roster(data: GenerationInput) -> list[Duty]:
    """The generated duties of the period, in (day, person) order; ``data.fixed`` not included."""
    fixed_days = {(duty.person_id, duty.day) for duty in data.fixed}
    fixed_on_post: dict[tuple[date, str, int], int] = defaultdict(int)
    for duty in data.fixed:
        if duty.post_id is not None:
            fixed_on_post[(duty.day, duty.shift, duty.post_id)] += 1
    absent: dict[int, list[Absence]] = defaultdict(list)
    for absence in data.absences:
        absent[absence.person_id].append(absence)

    def away(person_id: int, day: date) -> bool:
        person = data.people.get(person_id)
        if person is None or not person.available_on(day):
            return True
        return any(absence.covers(day) for absence in absent.get(person_id, ()))

    # What planning does not make; most people have none of it near a day: no check for them.
    timeline = DutyTimeline(data.shift_types, data.settings, [*data.neighbours, *data.fixed])
    result: list[Duty] = []
    posts = sorted(data.posts, key=lambda post: (not post.needs_woman, post.id))
    for day in days_between(data.first, data.last):
        if day in data.kept_days:
            continue
        for regu in data.regu:
            code = regu.rotation.code_on(day)
            if code is None:
                continue
            shift = data.shift_types.get(code)
            # Absent and inactive people get no code at all: the grid shows their absence.
            on_duty = [
                m.person_id
                for m in regu.members
                if m.covers(day)
                and (m.person_id, day) not in fixed_days
                and not away(m.person_id, day)
            ]
            if shift is None or not shift.working:
                result.extend(Duty(pid, day, code) for pid in on_duty)
                continue
            ordinal = day.toordinal()
            rested = [pid for pid in on_duty if timeline.fits_code(pid, ordinal, code)]
            leader = regu.karupam_id if regu.karupam_id in rested else None
            guards = [pid for pid in rested if data.karupam_counts_for_posts or pid != leader]
            placement = _deal_posts(day, code, guards, posts, data.people, fixed_on_post)
            planned = [Duty(pid, day, code, placement.get(pid)) for pid in guards]
            if leader is not None and leader not in placement:
                planned.insert(0, Duty(leader, day, code))
            result.extend(planned)
    result.sort(key=lambda duty: (duty.day, duty.person_id))
    return result


def _deal_posts(
    day: date,
    shift: str,
    guards: list[int],
    posts: Sequence[Post],
    people: Mapping[int, Person],
    fixed_on_post: Mapping[tuple[date, str, int], int],
) -> dict[int, int]:
    """person → post for one shift of one day. Women's posts are filled first and by women
    only; a women's post no woman is left for stays short (the rules report it), it never
    gets a man. The others go to the remaining posts' minimums, then strengthen them in turn."""
    manned = [post for post in posts if post.manned_on(shift)]
    if not guards or not manned:
        return {}
    offset = day.toordinal()

    def still_needed(post: Post) -> int:
        wanted = post.minimum[shift]
        if post.needs_woman:
            wanted = max(wanted, post.min_women)
        return max(wanted - fixed_on_post.get((day, shift, post.id), 0), 0)

    def woman(pid: int) -> bool:
        person = people.get(pid)
        return person is not None and person.gender == Gender.FEMALE

    placement: dict[int, int] = {}
    women_posts = [post for post in manned if post.needs_woman]
    open_posts = [post for post in manned if not post.needs_woman]
    women = _rotated([pid for pid in sorted(guards) if woman(pid)], offset)
    for post in women_posts:
        for _ in range(still_needed(post)):
            if women:
                placement[women.pop(0)] = post.id
    rest = sorted(pid for pid in guards if pid not in placement)
    slots: list[int] = []
    for post in open_posts:
        slots.extend([post.id] * still_needed(post))
    # More guards than the minimums: the extra ones strengthen the posts in turn, first those
    # nobody was put on by hand.
    strengthened = [
        post for post in open_posts if not fixed_on_post.get((day, shift, post.id))
    ] or open_posts
    turn = 0
    while strengthened and len(slots) < len(rest):
        slots.append(strengthened[turn % len(strengthened)].id)
        turn += 1
    if not slots:
        # Only women's posts are manned: the other women strengthen them, men stay unplaced.
        for index, pid in enumerate(pid for pid in rest if woman(pid)):
            if women_posts:
                placement[pid] = women_posts[index % len(women_posts)].id
        return placement
    for index, pid in enumerate(rest):
        placement[pid] = slots[(index + offset) % len(slots)]
    return placement


def _rotated(items: list[int], offset: int) -> list[int]:
    """``items`` starting at a place that moves by one every day, so that the same people do
    not always take the first places."""
    if not items:
        return items
    start = offset % len(items)
    return items[start:] + items[:start]
