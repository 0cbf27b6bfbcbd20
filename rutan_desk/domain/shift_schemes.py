"""The common shift schemes a new office starts from: the hours of the working shifts, the cycle
every regu follows, and how many regu take turns, each starting the cycle a day after the one
before it so that every shift of every day is covered by exactly one regu.

The codes are those the database seeds (P, S, M, L; see ``shifts.DEFAULT_SHIFT_TYPES``); a
twelve-hour scheme lengthens pagi to 07.00–19.00 and leaves siang unused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from rutan_desk.domain.shifts import DEFAULT_SHIFT_TYPES, ShiftType

_DEFAULTS = {shift.code: shift for shift in DEFAULT_SHIFT_TYPES}


@dataclass(frozen=True)
class ShiftScheme:
    key: str
    label: str  # Indonesian, as the office names it
    shifts: tuple[ShiftType, ...]  # the working shifts the scheme sets the hours of
    cycle: tuple[str, ...]  # the codes one regu works, day after day
    regu_count: int
    stagger_days: int = 1  # each regu starts the cycle this many days after the one before

    @property
    def cycle_text(self) -> str:
        return " ".join(self.cycle)

    @property
    def working_codes(self) -> tuple[str, ...]:
        return tuple(shift.code for shift in self.shifts)

    def anchors(self, start: date, count: int | None = None) -> list[date]:
        """The day each of ``count`` regu (the scheme's number by default) works the cycle's
        first code: the first regu on ``start``, the next one a stagger earlier, so on
        ``start`` the regu work the cycle's codes in turn (I pagi, II siang, III malam...)."""
        count = self.regu_count if count is None else count
        return [start - timedelta(days=i * self.stagger_days) for i in range(count)]

    def codes_on(self, start: date, day: date) -> list[str]:
        """The code each regu works on ``day`` when the scheme starts on ``start``."""
        length = len(self.cycle)
        return [self.cycle[(day - anchor).days % length] for anchor in self.anchors(start)]


def _shift(code: str, start: int, end: int) -> ShiftType:
    default = _DEFAULTS[code]
    return ShiftType(code, default.name, time(start), time(end), default.colour)


PSML_4 = ShiftScheme(
    key="psml4",
    label="Pagi–Siang–Malam–Lepas, 4 regu",
    shifts=(_shift("P", 7, 13), _shift("S", 13, 19), _shift("M", 19, 7)),
    cycle=("P", "S", "M", "L"),
    regu_count=4,
)
TWELVE_HOURS_4 = ShiftScheme(
    key="12h4",
    label="12 jam (Pagi–Malam–Lepas–Lepas), 4 regu",
    shifts=(_shift("P", 7, 19), _shift("M", 19, 7)),
    cycle=("P", "M", "L", "L"),
    regu_count=4,
)
TWELVE_HOURS_3 = ShiftScheme(
    key="12h3",
    label="12 jam (Pagi–Malam–Lepas), 3 regu",
    shifts=(_shift("P", 7, 19), _shift("M", 19, 7)),
    cycle=("P", "M", "L"),
    regu_count=3,
)

SHIFT_SCHEMES: tuple[ShiftScheme, ...] = (PSML_4, TWELVE_HOURS_4, TWELVE_HOURS_3)


def scheme_by_key(key: str) -> ShiftScheme:
    for scheme in SHIFT_SCHEMES:
        if scheme.key == key:
            return scheme
    raise KeyError(key)


# The posts most Rutan man on every shift, offered (editable) to a new office, with the guards
# each needs on every working shift of the scheme.
DEFAULT_POSTS: tuple[tuple[str, int], ...] = (
    ("Pos Utama (P2U)", 2),
    ("Pos Menara", 1),
    ("Pos Blok", 2),
)


def default_post_minimums(scheme: ShiftScheme) -> list[tuple[str, dict[str, int]]]:
    """The default posts with their minimum on each working shift of ``scheme``."""
    return [(name, dict.fromkeys(scheme.working_codes, need)) for name, need in DEFAULT_POSTS]
