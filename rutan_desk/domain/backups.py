"""Which backups are kept: the rotation of the regular copies and how long the copies set
aside before a migration or a restore are kept; and the date a restore is confirmed with.

Regular copies (the daily one at the first start of a day, and those made by hand) rotate like
a grandfather-father-son scheme: the newest copy of each of the 14 most recent days that have
one, of each of the 8 most recent ISO weeks that have one, and of each of the 12 most recent
months that have one. "Most recent that have one" (not "the last 14 calendar days") means a PC
that was switched off for a month does not lose its older copies at its next start. At most
14 + 8 + 12 copies are kept; fewer when the periods overlap (the newest copy is the newest of
its day, its week and its month at once). The copies of the current day are all kept until
the day is over.

Copies set aside before a migration or before a restore are outside the rotation: each is kept
for ``SET_ASIDE_DAYS`` days, and the newest of each kind is kept whatever its age.

All moments here are the office's wall clock (WIB): a day is the office's day.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import date, datetime, timedelta
from enum import StrEnum


class BackupReason(StrEnum):
    DAILY = "daily"  # the first start of the day
    MIGRATION = "migration"  # before a schema upgrade
    MANUAL = "manual"  # on demand
    BEFORE_RESTORE = "before_restore"  # the database as it was before a restore


ROTATED_REASONS = frozenset({BackupReason.DAILY, BackupReason.MANUAL})
SET_ASIDE_REASONS = frozenset({BackupReason.MIGRATION, BackupReason.BEFORE_RESTORE})

KEEP_DAILY = 14
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12
SET_ASIDE_DAYS = 90

Dated = tuple[str, datetime]  # (file name, when it was made, office time)


def day_key(moment: datetime) -> Hashable:
    return moment.date()


def week_key(moment: datetime) -> Hashable:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def month_key(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    backups: list[Dated], key: Callable[[datetime], Hashable], count: int
) -> set[str]:
    """The newest backup of each of the ``count`` most recent periods that have one."""
    newest: dict[Hashable, Dated] = {}
    for name, moment in backups:
        period = key(moment)
        current = newest.get(period)
        if current is None or (moment, name) > (current[1], current[0]):
            newest[period] = (name, moment)
    recent = sorted(newest.values(), key=lambda item: (item[1], item[0]), reverse=True)[:count]
    return {name for name, _moment in recent}


def rotation_keeps(
    backups: Iterable[Dated],
    *,
    today: date | None = None,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> frozenset[str]:
    """The names of the regular copies to keep; every other one may be removed. Two copies
    made at the same moment are told apart by name (the greater name counts as newer).

    Every copy made on ``today`` is kept too: the day is not over, and a copy made by hand in
    the afternoon must not take away the morning's (the day keeps only its newest once it is
    past)."""
    items = list(backups)
    return frozenset(
        _newest_per_period(items, day_key, daily)
        | _newest_per_period(items, week_key, weekly)
        | _newest_per_period(items, month_key, monthly)
        | {name for name, moment in items if moment.date() == today}
    )


def set_aside_keeps(
    backups: Iterable[Dated], now: datetime, *, days: int = SET_ASIDE_DAYS
) -> frozenset[str]:
    """The names of the copies of one kind set aside (before a migration, before a restore)
    to keep: those younger than ``days`` days, and the newest one whatever its age."""
    items = list(backups)
    if not items:
        return frozenset()
    limit = now - timedelta(days=days)
    kept = {name for name, moment in items if moment > limit}
    kept.add(max(items, key=lambda item: (item[1], item[0]))[0])
    return frozenset(kept)


def confirmation_text(day: date) -> str:
    """What a restore is confirmed with: the backup's date (office time) as the list shows
    it, ``30-11-2026``."""
    return day.strftime("%d-%m-%Y")
