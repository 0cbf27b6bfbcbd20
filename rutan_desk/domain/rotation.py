"""Rotation patterns: a regu's cycle of shift codes, anchored at a date.

With the cycle P, S, M, L anchored at 1 Nov 2023, the regu works pagi on 1 Nov, siang on 2 Nov,
malam on 3 Nov, is lepas on 4 Nov and starts again on 5 Nov; four regu anchored one day apart
cover every shift every day. A pattern changed from a date is a new version: the days before it
keep the old pattern.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

# The codes one cycle may hold: real rotations run three to eight days, and 24 codes of up to
# four letters, with the spaces between them, still fit the stored pattern (120 characters).
MAX_CYCLE_LENGTH = 24


class PatternError(ValueError):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def parse_cycle(text: str, known_codes: Sequence[str]) -> tuple[str, ...]:
    """``"P S M L"`` or ``"P-S-M-L"`` or ``"P,S,M,L"`` → ("P", "S", "M", "L")."""
    parts = tuple(part for part in text.replace(",", " ").replace("-", " ").split() if part)
    if not parts:
        raise PatternError("cycle_empty")
    if len(parts) > MAX_CYCLE_LENGTH:
        raise PatternError("cycle_too_long", max=MAX_CYCLE_LENGTH)
    lookup = {code.casefold(): code for code in known_codes}
    result = []
    for part in parts:
        code = lookup.get(part.casefold())
        if code is None:
            raise PatternError("cycle_unknown_code", text=part)
        result.append(code)
    return tuple(result)


@dataclass(frozen=True)
class Rotation:
    cycle: tuple[str, ...]
    anchor: date  # the day the regu works cycle[0]

    def __post_init__(self) -> None:
        if not self.cycle:
            raise PatternError("cycle_empty")

    def code_on(self, day: date) -> str:
        return self.cycle[(day - self.anchor).days % len(self.cycle)]


@dataclass(frozen=True)
class RotationVersion:
    valid_from: date
    rotation: Rotation


class RotationHistory:
    """The versions of one regu's pattern; answers which code applies on any date."""

    def __init__(self, versions: Sequence[RotationVersion]) -> None:
        self._versions = sorted(versions, key=lambda version: version.valid_from)
        self._starts = [version.valid_from for version in self._versions]

    def code_on(self, day: date) -> str | None:
        """None before the first version: the regu had no pattern yet."""
        index = bisect.bisect_right(self._starts, day) - 1
        if index < 0:
            return None
        return self._versions[index].rotation.code_on(day)

    def with_change(self, version: RotationVersion) -> RotationHistory:
        """The history after changing the pattern from ``version.valid_from`` on: later
        versions are replaced, earlier days keep theirs."""
        kept = [v for v in self._versions if v.valid_from < version.valid_from]
        return RotationHistory([*kept, version])

    @property
    def versions(self) -> tuple[RotationVersion, ...]:
        return tuple(self._versions)
