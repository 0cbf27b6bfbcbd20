"""Shift types: the codes on the roster and the hours they stand for.

Hours differ per prison, so they are settings; these are the defaults of DOMAIN.md. A shift whose
end is not after its start (malam 19.00–07.00) ends on the next day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True)
class ShiftType:
    code: str
    name: str
    start: time | None = None
    end: time | None = None
    colour: str = "#ffffff"

    @property
    def working(self) -> bool:
        """Lepas and libur are codes on the roster, not duty."""
        return self.start is not None and self.end is not None

    @property
    def crosses_midnight(self) -> bool:
        return (
            self.working
            and self.end is not None
            and self.start is not None
            and (self.end <= self.start)
        )

    def interval(self, day: date) -> tuple[datetime, datetime]:
        """When this shift, starting on ``day``, begins and ends (end may be the next day)."""
        if self.start is None or self.end is None:
            raise ValueError(f"{self.code} is not a working shift")
        begin = datetime.combine(day, self.start)
        finish = datetime.combine(day, self.end)
        if finish <= begin:
            finish += timedelta(days=1)
        return begin, finish

    @property
    def hours(self) -> float:
        if not self.working:
            return 0.0
        begin, finish = self.interval(date(2000, 1, 1))
        return (finish - begin).total_seconds() / 3600


DEFAULT_SHIFT_TYPES: tuple[ShiftType, ...] = (
    ShiftType("P", "Pagi", time(7), time(13), "#fff3b0"),
    ShiftType("S", "Siang", time(13), time(19), "#ffd6a5"),
    ShiftType("M", "Malam", time(19), time(7), "#a0c4ff"),
    ShiftType("L", "Lepas", colour="#e9ecef"),
    ShiftType("Lb", "Libur", colour="#dee2e6"),
)
