from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.nip import Gender
from rutan_desk.domain.roster import Absence, AbsenceKind, Duty, Person, Post
from rutan_desk.domain.roster_rules import (
    PERSON_RULES,
    TIMING_RULES,
    Conflict,
    DutyTimeline,
    RosterFacts,
    RosterSettings,
    Rule,
    check_people,
    check_roster,
    check_shifts,
    cycle_conflicts,
)
from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES, ShiftType

SHIFTS = {shift.code: shift for shift in DEFAULT_SHIFT_TYPES}
BUDI = Person(1, "Budi", Gender.MALE)
SITI = Person(2, "Siti", Gender.FEMALE)
KARUPAM = Person(3, "Bayu", Gender.MALE, karupam=True)
POLISI = Person(4, "Bripka Agus", Gender.MALE, external=True)
PEOPLE = {p.id: p for p in (BUDI, SITI, KARUPAM, POLISI)}
NYE = date(2023, 12, 31)


def facts(**changes: object) -> RosterFacts:
    values: dict[str, object] = {"shift_types": SHIFTS, "people": PEOPLE}
    values.update(changes)
    return RosterFacts(**values)  # type: ignore[arg-type]


def rules(conflicts: list[Conflict]) -> list[tuple[Rule, date, str | None, tuple[int, ...]]]:
    return [(c.rule, c.day, c.shift, c.person_ids) for c in conflicts]


def test_a_clean_rotation_has_no_conflict() -> None:
    duties = [Duty(1, NYE + timedelta(days=i), code) for i, code in enumerate("PSML" * 3)]
    assert check_roster(duties, facts()) == []


def test_two_shifts_at_once_is_hard() -> None:
    (conflict,) = check_roster([Duty(1, NYE, "P"), Duty(1, NYE, "P", post_id=9)], facts())
    assert (conflict.rule, conflict.hard) == (Rule.DOUBLE_BOOKED, True)


def test_morning_after_a_night_across_the_year_end_has_no_rest() -> None:
    found = check_roster([Duty(1, NYE, "M"), Duty(1, NYE + timedelta(days=1), "P")], facts())
    assert rules(found) == [(Rule.REST_AFTER_NIGHT, date(2024, 1, 1), "P", (1,))]
    assert found[0].params["rest_hours"] == 0


def test_a_night_shift_overlaps_a_shift_starting_before_it_ends() -> None:
    twelve_hours = {**SHIFTS, "D": ShiftType("D", "Dinas", time(6), time(18))}
    found = check_roster(
        [Duty(1, NYE, "M"), Duty(1, NYE + timedelta(days=1), "D")], facts(shift_types=twelve_hours)
    )
    assert rules(found) == [(Rule.DOUBLE_BOOKED, date(2024, 1, 1), "D", (1,))]


def test_rest_after_night_is_enforced_with_the_setting() -> None:
    duties = [Duty(1, NYE, "M"), Duty(1, NYE + timedelta(days=1), "S")]  # 6 h after 07.00
    (conflict,) = check_roster(duties, facts())
    assert conflict.rule is Rule.REST_AFTER_NIGHT
    assert conflict.hard
    assert conflict.params == {"night_day": NYE, "rest_hours": 6.0, "min_hours": 24}
    # The rest between any two shifts still holds after a night: 6 h is less than its 8.
    night_relaxed = facts(settings=RosterSettings(min_rest_after_night_hours=6))
    assert [c.rule for c in check_roster(duties, night_relaxed)] == [Rule.SHORT_REST]
    relaxed = facts(settings=RosterSettings(min_rest_after_night_hours=6, min_rest_hours=6))
    assert check_roster(duties, relaxed) == []


def test_siang_then_the_same_evenings_malam_is_too_long_a_stretch() -> None:
    """13.00–19.00 then 19.00–07.00: no rest at all, 18 hours on duty in a row."""
    found = check_roster([Duty(1, NYE, "S"), Duty(1, NYE, "M")], facts())
    assert rules(found) == [(Rule.LONG_DUTY, NYE, "M", (1,))]
    assert found[0].hard
    assert found[0].params == {"from_day": NYE, "from_shift": "S", "hours": 18.0, "max_hours": 12}
    longer = facts(settings=RosterSettings(max_continuous_hours=18))
    assert check_roster([Duty(1, NYE, "S"), Duty(1, NYE, "M")], longer) == []


def test_pagi_and_siang_together_are_one_twelve_hour_stretch() -> None:
    assert check_roster([Duty(1, NYE, "P"), Duty(1, NYE, "S")], facts()) == []
    stricter = facts(settings=RosterSettings(max_continuous_hours=8))
    assert rules(check_roster([Duty(1, NYE, "P"), Duty(1, NYE, "S")], stricter)) == [
        (Rule.LONG_DUTY, NYE, "S", (1,))
    ]


def test_rest_between_any_two_shifts() -> None:
    """Pagi ends 13.00, malam starts 19.00: 6 hours of rest, fewer than 8."""
    (conflict,) = check_roster([Duty(1, NYE, "P"), Duty(1, NYE, "M")], facts())
    assert (conflict.rule, conflict.day, conflict.shift, conflict.hard) == (
        Rule.SHORT_REST,
        NYE,
        "M",
        True,
    )
    assert conflict.params == {
        "other_day": NYE,
        "other_shift": "P",
        "rest_hours": 6.0,
        "min_hours": 8,
    }
    # Siang to the next morning's pagi is 12 hours: enough.
    assert check_roster([Duty(1, NYE, "S"), Duty(1, NYE + timedelta(days=1), "P")], facts()) == []
    unchecked = facts(settings=RosterSettings(min_rest_hours=0))
    assert check_roster([Duty(1, NYE, "P"), Duty(1, NYE, "M")], unchecked) == []


def test_a_night_then_pagi_is_reported_once_as_rest_after_night() -> None:
    """Malam then pagi is also an 18-hour stretch; the rest after the night explains it."""
    duties = [Duty(1, NYE, "M"), Duty(1, NYE + timedelta(days=1), "P")]
    assert [c.rule for c in check_roster(duties, facts())] == [Rule.REST_AFTER_NIGHT]


_shift_hours = st.tuples(st.integers(0, 23), st.integers(1, 16))


@given(st.lists(st.tuples(st.integers(0, 4), _shift_hours), min_size=1, max_size=6))
def test_timing_rules_hold_for_any_shifts(cells: list[tuple[int, tuple[int, int]]]) -> None:
    """Whatever the shifts' hours, a person's duties are refused exactly when two overlap,
    two stretches of back-to-back shifts have less than the minimum rest between them, or a
    stretch is longer than allowed (the rest after a night, tested above, is left out)."""
    shift_types = dict(SHIFTS)
    duties = []
    for index, (day, (hour, length)) in enumerate(cells):
        code = f"X{index}"
        shift_types[code] = ShiftType(code, code, time(hour), time((hour + length) % 24))
        duties.append(Duty(1, NYE + timedelta(days=day), code))
    settings = RosterSettings(min_rest_after_night_hours=0)
    found = check_roster(duties, facts(shift_types=shift_types, settings=settings))
    intervals = sorted(shift_types[d.shift].interval(d.day) for d in duties)
    stretches: list[list[datetime]] = []
    overlap = False
    for start, end in intervals:
        if stretches and start <= stretches[-1][1]:
            overlap = overlap or start < stretches[-1][1]
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    too_long = any(end - start > timedelta(hours=12) for start, end in stretches)
    too_close = any(
        later[0] - earlier[1] < timedelta(hours=settings.min_rest_hours)
        for earlier, later in pairwise(stretches)
    )
    timing = [c for c in found if c.rule in TIMING_RULES]
    assert bool(timing) == (too_long or too_close or overlap)
    assert all(c.hard for c in timing)


def test_the_timeline_refuses_what_the_check_would_report() -> None:
    timeline = DutyTimeline(SHIFTS, RosterSettings(), [Duty(1, NYE, "S"), Duty(2, NYE, "M")])
    assert not timeline.fits(Duty(1, NYE, "M"))  # siang, then the same evening's malam
    assert not timeline.fits(Duty(2, NYE + timedelta(days=1), "P"))  # after a night
    assert not timeline.fits(Duty(2, NYE + timedelta(days=1), "M"))  # 12 h after a night
    assert timeline.fits(Duty(1, NYE + timedelta(days=1), "P"))  # 12 h after siang
    assert timeline.fits(Duty(3, NYE, "M"))  # nothing placed for them
    assert timeline.fits(Duty(1, NYE, "L"))  # lepas is not duty
    timeline.add(Duty(1, NYE + timedelta(days=1), "P"))
    assert timeline.fits(Duty(1, NYE + timedelta(days=1), "S"))  # pagi and siang: 12 h
    assert not timeline.fits(Duty(1, NYE + timedelta(days=1), "M"))  # 6 h after pagi


@given(
    st.lists(st.tuples(st.integers(0, 6), st.sampled_from(["P", "S", "M", "L"])), max_size=8),
    st.tuples(st.integers(0, 6), st.sampled_from(["P", "S", "M", "L"])),
)
def test_the_timeline_agrees_with_the_check(
    placed: list[tuple[int, str]], candidate: tuple[int, str]
) -> None:
    duties = [Duty(1, NYE + timedelta(days=d), code) for d, code in placed]
    new = Duty(1, NYE + timedelta(days=candidate[0]), candidate[1])
    timeline = DutyTimeline(SHIFTS, RosterSettings(), duties)

    def timing(roster: list[Duty]) -> set[tuple[Rule, date, str | None]]:
        return {
            (c.rule, c.day, c.shift)
            for c in check_roster(roster, facts())
            if c.rule in TIMING_RULES
        }

    assert timeline.fits(new) == (timing([*duties, new]) <= timing(duties))


def test_lepas_and_libur_are_not_duty() -> None:
    duties = [Duty(1, NYE, "M"), Duty(1, NYE + timedelta(days=1), "L")]
    assert check_roster(duties, facts()) == []


def test_more_consecutive_days_than_allowed_warns_once() -> None:
    duties = [Duty(1, date(2024, 2, 25) + timedelta(days=i), "P") for i in range(9)]
    found = check_roster(duties, facts(settings=RosterSettings(max_consecutive_days=6)))
    assert rules(found) == [(Rule.TOO_MANY_DAYS, date(2024, 3, 2), None, (1,))]  # leap year
    assert not found[0].hard


def test_a_womens_post_below_its_minimum_of_women_and_with_a_man_on_it() -> None:
    blok_wanita = Post(7, "Blok Wanita", {"P": 2}, needs_woman=True, min_women=2)
    posts = {7: blok_wanita}
    found = check_roster([Duty(1, NYE, "P", 7)], facts(posts=posts))
    assert {(c.rule, c.post_id, c.person_ids) for c in found} == {
        (Rule.UNDERSTAFFED, 7, (1,)),
        (Rule.NO_WOMAN, 7, (1,)),
        (Rule.MAN_ON_WOMEN_POST, 7, (1,)),  # Budi: a man where only women stand
    }
    # A man beside a woman is still a man at the women's post, and one woman is not two.
    found = check_roster([Duty(1, NYE, "P", 7), Duty(2, NYE, "P", 7)], facts(posts=posts))
    assert {(c.rule, c.params.get("present")) for c in found} == {
        (Rule.NO_WOMAN, 1),
        (Rule.MAN_ON_WOMEN_POST, None),
    }
    assert next(c for c in found if c.rule is Rule.MAN_ON_WOMEN_POST).hard
    siti_only = Post(7, "Blok Wanita", {"P": 1}, needs_woman=True)
    assert check_roster([Duty(2, NYE, "P", 7)], facts(posts={7: siti_only})) == []


def test_alert_period_needs_extra_people_on_the_shift() -> None:
    p2u = Post(5, "P2U", {"M": 1})
    extra = {(NYE, "M"): 2}
    found = check_roster([Duty(1, NYE, "M", 5)], facts(posts={5: p2u}, extra_strength=extra))
    assert [(c.rule, c.post_id, c.params) for c in found] == [
        (Rule.UNDERSTAFFED, None, {"present": 1, "needed": 3})
    ]


def test_absent_or_inactive_person_on_duty_is_hard() -> None:
    sick = Absence(2, AbsenceKind.SAKIT, NYE, NYE, "surat dokter")
    found = check_roster([Duty(2, NYE, "P")], facts(absences=[sick]))
    assert [(c.rule, c.params["reason"], c.hard) for c in found] == [
        (Rule.UNAVAILABLE, "sakit", True)
    ]
    retired = Person(1, "Budi", Gender.MALE, active=False, status_since=NYE)
    people = {**PEOPLE, 1: retired}
    assert check_roster([Duty(1, NYE - timedelta(days=1), "P")], facts(people=people)) == []
    assert rules(check_roster([Duty(1, NYE, "P")], facts(people=people))) == [
        (Rule.UNAVAILABLE, NYE, "P", (1,))
    ]


def test_external_personnel_need_a_karupam_on_their_shift() -> None:
    alone = check_roster([Duty(4, NYE, "M"), Duty(1, NYE, "M")], facts())
    assert rules(alone) == [(Rule.EXTERNAL_ALONE, NYE, "M", (4,))]
    assert check_roster([Duty(4, NYE, "M"), Duty(3, NYE, "M")], facts()) == []


def test_days_limit_the_report_but_not_what_is_looked_at() -> None:
    duties = [Duty(1, NYE, "M"), Duty(1, NYE + timedelta(days=1), "P")]
    assert check_roster(duties, facts(), days=(NYE, NYE)) == []
    assert len(check_roster(duties, facts(), days=(date(2024, 1, 1), date(2024, 1, 31)))) == 1


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=0, max_value=3),
    st.integers(min_value=4, max_value=60),
)
def test_a_psml_cycle_never_breaks_a_hard_rule(start: date, offset: int, length: int) -> None:
    cycle = "PSML"
    duties = [Duty(1, start + timedelta(days=i), cycle[(i + offset) % 4]) for i in range(length)]
    assert [c for c in check_roster(duties, facts()) if c.hard] == []


_codes = st.sampled_from(["P", "S", "M", "L"])


@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(PEOPLE)), st.integers(0, 9), _codes, st.sampled_from([None, 1])
        ),
        max_size=40,
    ),
    st.sets(st.integers(0, 9), min_size=1),
    st.sets(st.sampled_from(sorted(PEOPLE)), min_size=1),
)
def test_checking_people_and_days_apart_agrees_with_the_whole_check(
    cells: list[tuple[int, int, str, int | None]], changed_days: set[int], people: set[int]
) -> None:
    """The grid checks again only the changed people's own rules and the changed days' shift
    rules: on what they cover, that must be what checking everything says."""
    duties = [Duty(pid, NYE + timedelta(days=d), code, post) for pid, d, code, post in cells]
    posts = {1: Post(1, "P2U", {"P": 1, "S": 1, "M": 1}, needs_woman=True)}
    known = facts(posts=posts, settings=RosterSettings(24, 3))
    first, last = NYE, NYE + timedelta(days=9)
    everything = check_roster(duties, known, days=(first, last))

    own = check_people([d for d in duties if d.person_id in people], known, days=(first, last))
    assert own == [c for c in everything if c.rule in PERSON_RULES and set(c.person_ids) & people]
    days = {NYE + timedelta(days=d) for d in changed_days}
    shared = check_shifts([d for d in duties if d.day in days], known, days=days)
    assert shared == [c for c in everything if c.rule not in PERSON_RULES and c.day in days]


def test_a_cycle_is_checked_where_its_end_meets_its_start() -> None:
    settings = RosterSettings()
    assert cycle_conflicts(("P", "S", "M", "L"), SHIFTS, settings) == []
    assert cycle_conflicts(("P", "P", "S", "S", "M", "L", "L"), SHIFTS, settings) == []
    two_nights = cycle_conflicts(("M", "M", "L", "L"), SHIFTS, settings)
    assert {c.rule for c in two_nights} == {Rule.REST_AFTER_NIGHT}
    # P L M: the night ends at 07.00 when the next round's pagi begins.
    wrapped = cycle_conflicts(("P", "L", "M"), SHIFTS, settings)
    assert wrapped and all(c.shift == "P" for c in wrapped)
    # With the rest after a night set to 12 hours, two nights in a row are allowed.
    assert (
        cycle_conflicts(
            ("M", "M", "L", "L"), SHIFTS, replace(settings, min_rest_after_night_hours=12)
        )
        == []
    )
