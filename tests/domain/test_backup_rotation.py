"""Rotation of the backups: exactly the newest copy of each of the 14 most recent days, 8 most
recent ISO weeks and 12 most recent months (that have a copy) is kept; copies set aside before
a migration or a restore are kept 90 days, and the newest of them always."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from rutan_desk.domain.backups import (
    KEEP_DAILY,
    KEEP_MONTHLY,
    KEEP_WEEKLY,
    SET_ASIDE_DAYS,
    Dated,
    confirmation_text,
    day_key,
    month_key,
    rotation_keeps,
    set_aside_keeps,
    week_key,
)


def names(items: list[Dated]) -> set[str]:
    return {name for name, _moment in items}


def daily_at_eight(first: date, last: date) -> list[Dated]:
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    return [(f"b-{day:%Y%m%d}", datetime(day.year, day.month, day.day, 8)) for day in days]


def oracle(items: list[Dated], daily: int, weekly: int, monthly: int) -> set[str]:
    """The same rule said another way: walk the copies newest first and take the first copy
    met of each new period, until that kind of period has its count."""
    ordered = sorted(items, key=lambda item: (item[1], item[0]), reverse=True)
    kept: set[str] = set()
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (day_key, daily),
        (week_key, weekly),
        (month_key, monthly),
    ]
    for key, count in rules:
        seen: list[Hashable] = []
        for name, moment in ordered:
            period = key(moment)
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.append(period)
            kept.add(name)
    return kept


# -- examples -------------------------------------------------------------------------------


def test_a_year_of_daily_copies_keeps_the_promised_thirty() -> None:
    backups = daily_at_eight(date(2026, 1, 1), date(2026, 12, 31))

    kept = rotation_keeps(backups)

    last_fourteen_days = {f"b-202612{day:02d}" for day in range(18, 32)}
    # ISO weeks 53..46 of 2026 end on Thu 31-12 (already kept), then on Sundays
    weeks = {"b-20261213", "b-20261206", "b-20261129", "b-20261122", "b-20261115"}
    # the last day of each month, January to November (December's is 31-12)
    months = {
        f"b-2026{month:02d}{day}"
        for month, day in (
            (1, 31),
            (2, 28),
            (3, 31),
            (4, 30),
            (5, 31),
            (6, 30),
            (7, 31),
            (8, 31),
            (9, 30),
            (10, 31),
            (11, 30),
        )
    }
    assert kept == last_fourteen_days | weeks | months
    assert len(kept) == 30


def test_several_copies_a_day_keep_the_newest_once_the_day_is_past() -> None:
    day = datetime(2026, 11, 30)
    backups = [
        ("pagi", day + timedelta(hours=7)),
        ("siang", day + timedelta(hours=13)),
        ("malam", day + timedelta(hours=22)),
    ]
    assert rotation_keeps(backups, today=day.date()) == {"pagi", "siang", "malam"}
    assert rotation_keeps(backups, today=date(2026, 12, 1)) == {"malam"}
    assert rotation_keeps(backups) == {"malam"}


def test_a_month_switched_off_loses_nothing_old() -> None:
    """The 14 days are the 14 most recent days that have a copy, not the last 14 calendar
    days: after a month without a start, the copies before it are still kept."""
    before = daily_at_eight(date(2026, 9, 1), date(2026, 9, 10))
    after = [("b-20261015", datetime(2026, 10, 15, 8))]
    assert rotation_keeps(before + after) == names(before + after)


def test_copies_made_at_the_same_moment_are_told_apart_by_name() -> None:
    moment = datetime(2026, 11, 30, 8)
    assert rotation_keeps([("a", moment), ("b", moment)]) == {"b"}


def test_nothing_to_rotate_keeps_nothing() -> None:
    assert rotation_keeps([]) == frozenset()
    assert set_aside_keeps([], datetime(2026, 11, 30)) == frozenset()


def test_set_aside_copies_are_kept_ninety_days_and_the_newest_always() -> None:
    now = datetime(2026, 11, 30, 12)
    young = ("muda", now - timedelta(days=SET_ASIDE_DAYS - 1))
    edge = ("batas", now - timedelta(days=SET_ASIDE_DAYS))
    old = ("tua", now - timedelta(days=400))
    older = ("lebih-tua", now - timedelta(days=500))
    assert set_aside_keeps([young, edge, old], now) == {"muda"}
    assert set_aside_keeps([old, older], now) == {"tua"}  # the newest one, whatever its age


def test_the_confirmation_is_the_date_as_the_list_shows_it() -> None:
    assert confirmation_text(date(2026, 11, 30)) == "30-11-2026"
    assert confirmation_text(date(2027, 1, 5)) == "05-01-2027"


# -- every input ----------------------------------------------------------------------------

moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31))
backup_lists = st.lists(moments, max_size=120).map(
    lambda found: [(f"c{index:03d}", moment) for index, moment in enumerate(found)]
)
counts = st.integers(min_value=0, max_value=20)


@settings(max_examples=400, deadline=None)
@given(backup_lists, counts, counts, counts)
def test_rotation_keeps_exactly_the_promised_set(
    backups: list[Dated], daily: int, weekly: int, monthly: int
) -> None:
    kept = rotation_keeps(backups, daily=daily, weekly=weekly, monthly=monthly)
    assert kept == oracle(backups, daily, weekly, monthly)


@settings(max_examples=300, deadline=None)
@given(backup_lists, st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)))
def test_every_copy_of_the_current_day_is_kept_too(backups: list[Dated], today: date) -> None:
    kept = rotation_keeps(backups, today=today)
    made_today = {name for name, moment in backups if moment.date() == today}
    assert kept == rotation_keeps(backups) | made_today


def newest(items: list[Dated]) -> str:
    return max(items, key=lambda item: (item[1], item[0]))[0]


@settings(max_examples=300, deadline=None)
@given(backup_lists)
def test_the_promise_in_words(backups: list[Dated]) -> None:
    """Kept: the newest copy of each of the 14 (8, 12) most recent days (weeks, months) that
    have one; and nothing else."""
    promised: set[str] = set()
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (day_key, KEEP_DAILY),
        (week_key, KEEP_WEEKLY),
        (month_key, KEEP_MONTHLY),
    ]
    for key, count in rules:
        periods: dict[Hashable, list[Dated]] = {}
        for item in backups:
            periods.setdefault(key(item[1]), []).append(item)
        latest_first = sorted(periods.values(), key=lambda group: max(m for _n, m in group))
        for group in latest_first[::-1][:count]:
            promised.add(newest(group))

    kept = rotation_keeps(backups)

    assert kept == promised
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + KEEP_MONTHLY
    if backups:
        assert newest(backups) in kept
    by_name = dict(backups)
    for name in kept:  # a week's or a month's newest copy is also the newest of its day
        assert name == newest([item for item in backups if item[1].date() == by_name[name].date()])


@settings(max_examples=300, deadline=None)
@given(backup_lists)
def test_rotating_what_was_kept_keeps_it_all(backups: list[Dated]) -> None:
    kept = rotation_keeps(backups)
    remaining = [item for item in backups if item[0] in kept]
    assert rotation_keeps(remaining) == kept


@settings(max_examples=300, deadline=None)
@given(backup_lists, moments, st.integers(min_value=1, max_value=400))
def test_set_aside_keeps_the_young_and_the_newest(
    backups: list[Dated], now: datetime, days: int
) -> None:
    kept = set_aside_keeps(backups, now, days=days)
    expected = {name for name, moment in backups if moment > now - timedelta(days=days)}
    if backups:
        expected.add(max(backups, key=lambda item: (item[1], item[0]))[0])
    assert kept == expected
