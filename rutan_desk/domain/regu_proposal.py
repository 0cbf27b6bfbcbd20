"""Regu proposed from a staff list just imported: the clerk corrects the proposal rather than
building four regu of seventeen people by hand.

A staff list usually names each guard's regu in its unit column ("Regu I", "REGU 2"); those
regu are kept. Whoever the list does not place is spread over the smallest regu, and a list
that names no regu at all is split evenly. The Karupam is the member whose position says so
("Kepala Regu", "Karupam").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_REGU_UNIT = re.compile(r"^\s*regu\s+(\S.*?)\s*$", re.IGNORECASE)
_HEAD_POSITION = re.compile(r"kepala\s+regu|karupam|ka\.?\s*regu", re.IGNORECASE)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
ROMAN_NAMES = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True)
class Guard:
    """One person of the staff list who can join a regu."""

    id: int
    name: str
    position: str = ""
    unit: str = ""

    @property
    def heads_a_regu(self) -> bool:
        return bool(_HEAD_POSITION.search(self.position))


@dataclass(frozen=True)
class ReguProposal:
    name: str
    karupam_id: int | None
    member_ids: tuple[int, ...]


def regu_named_by(unit: str) -> str | None:
    """``"REGU  ii "`` → ``"Regu II"``; None when the unit does not name a regu."""
    found = _REGU_UNIT.match(unit)
    if found is None:
        return None
    suffix = found.group(1)
    return f"Regu {suffix.upper() if _roman_value(suffix) else suffix}"


def _roman_value(text: str) -> int:
    """The value of a roman numeral up to L (0 when ``text`` is not one)."""
    text = text.upper()
    if not text or any(letter not in _ROMAN for letter in text):
        return 0
    total = 0
    for letter, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN[letter]
        total += -value if following and _ROMAN[following] > value else value
    return total


def regu_order(name: str) -> tuple[int, str]:
    """Regu I, II, ... IX, X in their numeric order, then the others by name."""
    suffix = name.split(" ", 1)[-1]
    number = int(suffix) if suffix.isdigit() else _roman_value(suffix)
    return (number or 10_000, name.casefold())


def propose_regu(guards: Sequence[Guard], *, count: int = 4) -> list[ReguProposal]:
    """The regu of ``guards``: those their unit names, else ``count`` regu "Regu I"... made by
    spreading the heads first, then everyone else, over the smallest regu."""
    people = sorted(guards, key=lambda guard: (guard.name.casefold(), guard.id))
    teams: dict[str, list[Guard]] = {}
    unplaced: list[Guard] = []
    for guard in people:
        name = regu_named_by(guard.unit)
        if name is None:
            unplaced.append(guard)
        else:
            teams.setdefault(name, []).append(guard)
    if not teams:
        if not people:
            return []
        teams = {f"Regu {ROMAN_NAMES[i]}": [] for i in range(max(1, min(count, len(people))))}
    heads = [guard for guard in unplaced if guard.heads_a_regu]
    for guard in heads + [guard for guard in unplaced if not guard.heads_a_regu]:
        smallest = min(
            teams,
            key=lambda name: (
                guard.heads_a_regu and any(g.heads_a_regu for g in teams[name]),
                len(teams[name]),
                regu_order(name),
            ),
        )
        teams[smallest].append(guard)
    result = []
    for name in sorted(teams, key=regu_order):
        members = teams[name]
        karupam = next((guard.id for guard in members if guard.heads_a_regu), None)
        result.append(ReguProposal(name, karupam, tuple(guard.id for guard in members)))
    return result
