from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import Absence, AbsenceKind, Duty, EntrySource, Person, Post
from rutan_desk.domain.roster_generator import (
    GenerationInput,
    Membership,
    ReguPlan,
    generate_roster,
)
from rutan_desk.domain.roster_rules import TIMING_RULES, RosterFacts, Rule, check_roster
from rutan_desk.domain.rotation import Rotation, RotationHistory, RotationVersion
from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES

SHIFTS = {shift.code: shift for shift in DEFAULT_SHIFT_TYPES}
START = date(2023, 11, 1)
PSML = ("P", "S", "M", "L")
POSTS = (
    Post(1, "P2U", {"P": 2, "S": 2, "M": 2}),
    Post(2, "Menara", {"P": 1, "S": 1, "M": 1}),
    Post(3, "Blok Hunian", {"P": 2, "S": 2, "M": 2}),
    Post(4, "Blok Wanita", {"P": 1, "S": 1, "M": 1}, needs_woman=True),
)


def build(
    *, regu_size: int = 8, first: date = START, last: date = date(2023, 12, 31), **changes: object
) -> GenerationInput:
    people: dict[int, Person] = {}
    regu = []
    for number in range(4):
        ids = [number * 100 + i for i in range(regu_size)]
        for index, pid in enumerate(ids):
            woman = index == 3
            people[pid] = Person(
                pid, f"P{pid}", Gender.FEMALE if woman else Gender.MALE, karupam=index == 0
            )
        rotation = RotationHistory(
            [RotationVersion(START, Rotation(PSML, START - timedelta(number)))]
        )
        regu.append(
            ReguPlan(
                number + 1,
                f"Regu {number + 1}",
                rotation,
                [Membership(pid, START) for pid in ids],
                karupam_id=ids[0],
            )
        )
    values: dict[str, object] = dict(
        first=first, last=last, regu=regu, people=people, shift_types=SHIFTS, posts=POSTS
    )
    values.update(changes)
    return GenerationInput(**values)  # type: ignore[arg-type]


def facts_for(data: GenerationInput) -> RosterFacts:
    return RosterFacts(SHIFTS, data.people, {p.id: p for p in data.posts}, data.absences)


def test_every_member_gets_the_regu_code_every_day() -> None:
    data = build(last=date(2023, 11, 30))
    duties = generate_roster(data)
    assert len(duties) == 30 * 4 * 8
    by_day = Counter((d.day, d.shift) for d in duties)
    assert all(by_day[(day, code)] == 8 for (day, code) in by_day)
    assert {code for (_, code) in by_day} == set(PSML)
    assert all(d.source is EntrySource.GENERATED for d in duties)


def test_generation_is_deterministic() -> None:
    assert generate_roster(build()) == generate_roster(build())


def test_generated_roster_keeps_every_rule() -> None:
    data = build()
    assert check_roster(generate_roster(data), facts_for(data)) == []


def test_karupam_leads_and_is_not_counted_at_a_post() -> None:
    duties = generate_roster(build(last=START))
    karupam = [d for d in duties if d.person_id % 100 == 0 and d.shift != "L"]
    assert karupam and all(d.post_id is None for d in karupam)
    counted = generate_roster(build(last=START, karupam_counts_for_posts=True))
    assert all(d.post_id is not None for d in counted if d.person_id % 100 == 0 and d.shift != "L")


def test_posts_rotate_so_nobody_always_stands_at_the_same_post() -> None:
    duties = generate_roster(build())
    posts_of: dict[int, set[int]] = {}
    for duty in duties:
        if duty.post_id is not None:
            posts_of.setdefault(duty.person_id, set()).add(duty.post_id)
    movers = [pid for pid, posts in posts_of.items() if len(posts) >= 3]
    assert len(movers) >= len(posts_of) * 0.8


def test_the_womens_post_gets_the_regus_woman() -> None:
    duties = generate_roster(build())
    at_women_post: dict[tuple[date, str], set[int]] = {}
    for duty in duties:
        if duty.post_id == 4:
            at_women_post.setdefault((duty.day, duty.shift), set()).add(duty.person_id % 100)
    assert len(at_women_post) == 61 * 3
    assert all(3 in guards for guards in at_women_post.values())


def test_an_absence_leaves_a_gap_the_rules_show() -> None:
    sick = Absence(101, AbsenceKind.SAKIT, date(2023, 12, 5), date(2023, 12, 6))
    data = build(absences=[sick])
    duties = generate_roster(data)
    assert not [d for d in duties if d.person_id == 101 and sick.covers(d.day)]
    assert check_roster(duties, facts_for(data)) == []  # 7 guards still cover the minimums


def test_hand_made_duties_are_kept_and_their_people_not_replanned() -> None:
    pinned = Duty(5, date(2023, 11, 10), "P", 2, EntrySource.PINNED)
    duties = generate_roster(build(fixed=[pinned]))
    assert not [d for d in duties if (d.person_id, d.day) == (5, date(2023, 11, 10))]
    day_posts = Counter(d.post_id for d in duties if d.day == pinned.day and d.shift == "P")
    assert day_posts[2] == 0  # the pinned guard holds the Menara: no one else is sent there
    assert sum(day_posts[p] for p in (1, 3, 4)) == 7  # the regu's guards fill the other posts


def test_a_member_who_left_is_no_longer_planned() -> None:
    data = build()
    first = data.regu[0]
    leaving = Membership(first.members[1].person_id, START, date(2023, 11, 15))
    regu = [
        ReguPlan(
            first.id,
            first.name,
            first.rotation,
            [leaving, *first.members[2:], first.members[0]],
            first.karupam_id,
        ),
        *data.regu[1:],
    ]
    duties = generate_roster(build(regu=regu))
    assert max(d.day for d in duties if d.person_id == leaving.person_id) == date(2023, 11, 15)


@settings(max_examples=25, deadline=None)
@given(
    st.dates(min_value=date(2023, 11, 1), max_value=date(2026, 12, 1)),
    st.integers(min_value=1, max_value=45),
)
def test_any_period_gives_a_full_and_rule_abiding_roster(first: date, length: int) -> None:
    data = build(first=first, last=first + timedelta(days=length - 1))
    duties = generate_roster(data)
    assert len(duties) == length * 32
    hard = [c for c in check_roster(duties, facts_for(data)) if c.hard]
    assert hard == []
    assert not [c for c in check_roster(duties, facts_for(data)) if c.rule is Rule.UNDERSTAFFED]


def test_a_hand_made_night_is_not_followed_by_the_regus_next_shift() -> None:
    """A guard whose regu is on siang took that day's malam by hand (a replacement); the next
    day their regu is on malam, 12 hours after the night ends: they are not planned on it."""
    plain = generate_roster(build())
    day = date(2023, 12, 12)
    codes = {(d.person_id, d.day): d.shift for d in plain}
    guard = next(
        pid
        for (pid, when), code in sorted(codes.items())
        if when == day and code == "S" and codes[(pid, day + timedelta(days=1))] == "M"
    )
    night = Duty(guard, day, "M", None, EntrySource.MANUAL)
    data = build(fixed=[night])
    duties = generate_roster(data)
    assert not [d for d in duties if d.person_id == guard and d.day in (day, day + timedelta(1))]
    assert [c for c in check_roster([night, *duties], facts_for(data)) if c.hard] == []


def test_duties_just_outside_the_period_keep_their_rest() -> None:
    """Planning December: a night typed on 30 November forbids the 1 December pagi."""
    plain = generate_roster(build(first=date(2023, 12, 1), last=date(2023, 12, 1)))
    guard = next(d.person_id for d in plain if d.shift == "P" and d.post_id is not None)
    night = Duty(guard, date(2023, 11, 30), "M", None, EntrySource.MANUAL)
    duties = generate_roster(build(first=date(2023, 12, 1), neighbours=[night]))
    assert not [d for d in duties if d.person_id == guard and d.day == date(2023, 12, 1)]


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),  # regu
            st.integers(1, 7),  # member
            st.integers(0, 9),  # day
            st.sampled_from(["P", "S", "M"]),
        ),
        max_size=12,
    )
)
def test_planning_around_hand_made_duties_breaks_no_timing_rule(
    typed: list[tuple[int, int, int, str]],
) -> None:
    """Whatever the clerk typed, the planned duties add no timing conflict (rest, stretch,
    two at once) to those the typed ones have among themselves."""
    first = date(2023, 12, 1)
    fixed = {
        (regu * 100 + member, first + timedelta(days=day)): Duty(
            regu * 100 + member, first + timedelta(days=day), code, None, EntrySource.MANUAL
        )
        for regu, member, day, code in typed
    }
    data = build(first=first, last=first + timedelta(days=9), fixed=list(fixed.values()))
    duties = generate_roster(data)

    def timing(roster: list[Duty]) -> set[tuple[Rule, date, str | None, tuple[int, ...]]]:
        return {
            (c.rule, c.day, c.shift, c.person_ids)
            for c in check_roster(roster, facts_for(data))
            if c.rule in TIMING_RULES
        }

    assert timing([*fixed.values(), *duties]) <= timing(list(fixed.values()))
