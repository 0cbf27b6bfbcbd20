"""What one user action changed: the areas of the app, the records, the roster cells.

A change set is worked out by the store from the rows a transaction wrote (a service cannot
forget to announce a change), and the UI refreshes only what it names: a tab listens to its
areas, the roster grid re-reads the cells it lists.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Area(StrEnum):
    """The parts of the app a change can touch; each table belongs to one."""

    STAFF = "staff"
    ROSTER = "roster"  # the cells of the roster (duties) and the swaps between them
    ABSENCES = "absences"  # cuti, sakit, izin, diklat, dinas luar
    ROSTER_SETUP = "roster_setup"  # regu, members, rotations, posts, shift codes, rules, piket
    CALENDAR = "calendar"  # holidays and alert periods
    HANDOVER = "handover"
    HANDOVER_SETUP = "handover_setup"  # blocks, inmate categories, equipment, instructions
    DOCUMENTS = "documents"  # the letter register and its numbering
    INSTITUTION = "institution"  # the unit's profile and letterhead
    ACCOUNTS = "accounts"  # accounts and the permission matrix
    ATTACHMENTS = "attachments"  # scans and files kept with records, signatures on paper
    INMATES = "inmates"  # the short inmate records (names, register numbers, blocks)
    INCIDENTS = "incidents"  # security incidents (gangguan kamtib) with their lines
    INCIDENT_SETUP = "incident_setup"  # kinds of incident, the incidents' number pattern
    SEARCHES = "searches"  # searches (penggeledahan) with their team, places and findings
    PATROLS = "patrols"  # patrol visits (patroli sambang) and other security visits
    AGREEMENTS = "agreements"  # partners, agreements (PKS, MoU) and their obligations,
    # coordination meetings and visits, the warning window


RosterCell = tuple[int, date]  # (staff id, day)


@dataclass(frozen=True)
class ChangeSet:
    """``records`` maps a table to the ids of its rows that changed; ``roster_cells`` lists the
    roster cells written, or is None when a bulk change (planning a month) wrote an unknown
    number of them."""

    areas: frozenset[Area] = frozenset()
    records: Mapping[str, frozenset[int]] = field(default_factory=dict)
    roster_cells: frozenset[RosterCell] | None = frozenset()

    @property
    def empty(self) -> bool:
        return not self.areas

    def touches(self, areas: Iterable[Area]) -> bool:
        return not self.areas.isdisjoint(areas)

    def ids(self, table: str) -> frozenset[int]:
        return self.records.get(table, frozenset())

    def only(self, areas: Iterable[Area]) -> bool:
        """True when every area changed is one of ``areas`` (and something changed)."""
        return bool(self.areas) and self.areas <= frozenset(areas)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        records = {table: ids for table, ids in self.records.items()}
        for table, ids in other.records.items():
            records[table] = records.get(table, frozenset()) | ids
        cells = (
            None
            if self.roster_cells is None or other.roster_cells is None
            else self.roster_cells | other.roster_cells
        )
        return ChangeSet(self.areas | other.areas, records, cells)


NO_CHANGES = ChangeSet()
EVERYTHING = ChangeSet(frozenset(Area), {}, None)  # read everything again
