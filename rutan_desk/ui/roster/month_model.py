"""The month grid as a Qt table model: a row per person grouped under a row per regu, a column
per day. Everything is computed once in ``set_grid``; ``data`` only looks up prepared values, so
scrolling never touches the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from rutan_desk.domain.formatting import weekday_short
from rutan_desk.domain.roster import AbsenceKind, EntrySource
from rutan_desk.domain.roster_rules import Conflict
from rutan_desk.services.roster.grid import Cell, CellKey, GridPerson, MonthGrid
from rutan_desk.services.table_export import ExportColumn, ExportTable
from rutan_desk.ui.roster.conflict_text import absence_label

ModelIndex = QModelIndex | QPersistentModelIndex
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2

WEEKEND = QColor("#f1f3f5")
HOLIDAY = QColor("#ff8787")
ALERT = QColor("#ffc078")
ABSENCE = QColor("#ffc9c9")
GROUP = QColor("#dbe4ff")
CONFLICT_TEXT = QColor("#c92a2a")


def _absence_code(kind: str) -> str:
    """The code the printed sheet uses too (one mapping, in the domain)."""
    try:
        return AbsenceKind(kind).code
    except ValueError:  # a kind this version does not know: shown as stored
        return kind


def legend_html(grid: MonthGrid) -> str:
    """Every code the grid may show, shifts then absences, as the printed sheet names them."""
    parts = [f"<b>{shift.code}</b> {shift.name}" for shift in grid.shift_types]
    parts += [f"<b>{kind.code}</b> {kind.label}" for kind in AbsenceKind]
    return "  ".join(parts)


@dataclass(frozen=True)
class _Row:
    group: str
    person: GridPerson | None = None  # None: the row that heads a group


class RosterMonthModel(QAbstractTableModel):
    #: The clerk typed ``code`` (or cleared the cell: None) for a person and a day.
    edit_requested = Signal(int, object, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: MonthGrid | None = None
        self._rows: list[_Row] = []
        self._group_filter: str | None = None
        self._post_filter: str | None = None
        self._dim_brush = QBrush(QColor("#adb5bd"))
        self._conflicted: set[tuple[int, date]] = set()
        self._colours: dict[str, QBrush] = {}
        self._names: dict[str, str] = {}
        self._weekend: list[bool] = []
        self._absence_brush = QBrush(ABSENCE)
        self._holiday_brush = QBrush(HOLIDAY)
        self._holiday_cell_brush = QBrush(HOLIDAY.lighter(135))
        self._alert_brush = QBrush(ALERT)
        self._holiday: list[bool] = []
        self._weekend_brush = QBrush(WEEKEND)
        self._group_brush = QBrush(GROUP)
        self._conflict_brush = QBrush(CONFLICT_TEXT)
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._codes: dict[str, str] = {}
        self._day_headers: list[str] = []

    # -- filling --------------------------------------------------------------------------
    def set_grid(self, grid: MonthGrid) -> None:
        """Show a month. Only the row layout is prepared here; what a cell shows is looked up
        when Qt paints it, so a month of 300 people opens at once."""
        self.beginResetModel()
        self._grid = grid
        self._codes = {shift.code.casefold(): shift.code for shift in grid.shift_types}
        self._colours = {shift.code: QBrush(QColor(shift.colour)) for shift in grid.shift_types}
        self._names = {shift.code: shift.name for shift in grid.shift_types}
        self._day_headers = [f"{day.day}\n{weekday_short(day)}" for day in grid.days]
        self._weekend = [day.weekday() >= 5 for day in grid.days]
        self._holiday = [day in grid.holidays for day in grid.days]
        self._conflicted = set()
        self._rebuild()
        self.endResetModel()

    def set_conflicts(self, conflicts: tuple[Conflict, ...]) -> None:
        """Mark the cells of the people and days in ``conflicts`` (they arrive after the month).

        Only cells whose mark changes are announced: announcing the whole grid would also reset
        a cell editor the clerk has just opened."""
        marked = {
            (person_id, conflict.day) for conflict in conflicts for person_id in conflict.person_ids
        }
        changed = marked ^ self._conflicted
        self._conflicted = marked
        grid = self._grid
        if grid is None or not changed:
            return
        rows = {entry.person.id: row for row, entry in enumerate(self._rows) if entry.person}
        columns = {day: column for column, day in enumerate(grid.days)}
        roles = [Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole]
        for person_id, day in changed:
            if person_id in rows and day in columns:
                index = self.index(rows[person_id], columns[day])
                self.dataChanged.emit(index, index, roles)

    def update_cells(self, cells: dict[CellKey, tuple[Cell, ...]]) -> bool:
        """Show what the given cells hold now, announcing just those cells (no reset: the
        selection, the scroll position and an open editor stay). Returns False when a cell
        belongs to someone who is not a row of the month (the month must be read again)."""
        grid = self._grid
        if grid is None:
            return False
        rows = {entry.person.id: row for row, entry in enumerate(self._rows) if entry.person}
        shown = {person.id for person in grid.people}
        columns = {day: column for column, day in enumerate(grid.days)}
        for (person_id, day), codes in cells.items():
            if day not in columns:
                continue
            if person_id not in shown:
                return False
            if codes:
                grid.cells[(person_id, day)] = codes
            else:
                grid.cells.pop((person_id, day), None)
            if person_id in rows:
                index = self.index(rows[person_id], columns[day])
                self.dataChanged.emit(index, index)
        return True

    def set_group_filter(self, group: str | None) -> None:
        self.beginResetModel()
        self._group_filter = group
        self._rebuild()
        self.endResetModel()

    def set_post_filter(self, post: str | None) -> None:
        """Only the people who stand at ``post`` this month; their other cells are greyed."""
        self.beginResetModel()
        self._post_filter = post
        self._rebuild()
        self.endResetModel()

    def post_names(self) -> list[str]:
        if self._grid is None:
            return []
        return sorted({c.post for cells in self._grid.cells.values() for c in cells if c.post})

    def _rebuild(self) -> None:
        self._rows = []
        grid = self._grid
        if grid is None:
            return
        current = None
        at_post: set[int] | None = None
        if self._post_filter:
            at_post = {
                pid
                for (pid, _), cells in grid.cells.items()
                if any(c.post == self._post_filter for c in cells)
            }
        for person in grid.people:
            if self._group_filter and person.group != self._group_filter:
                continue
            if at_post is not None and person.id not in at_post:
                continue
            if person.group != current:
                current = person.group
                self._rows.append(_Row(current))
            self._rows.append(_Row(person.group, person))

    def _display(self, person_id: int, day: date) -> str:
        assert self._grid is not None
        cells = self._grid.cells.get((person_id, day))
        if cells:
            return "/".join(cell.code for cell in cells)
        absence = self._grid.absences.get((person_id, day))
        return _absence_code(absence) if absence else ""

    def _tooltip(self, person_id: int, day: date) -> str | None:
        assert self._grid is not None
        lines = []
        for cell in self._grid.cells.get((person_id, day), ()):
            line = f"{cell.code} {self._names.get(cell.code, '')}"
            if cell.post:
                line += f" – {cell.post}"
            if cell.source is not EntrySource.GENERATED:
                line += " ✎"
            lines.append(line)
        absence = self._grid.absences.get((person_id, day))
        if absence:
            lines.append(f"{_absence_code(absence)} {absence_label(absence)}")
        return "\n".join(lines) or None

    # -- lookups --------------------------------------------------------------------------
    @property
    def grid(self) -> MonthGrid | None:
        return self._grid

    def person_at(self, row: int) -> GridPerson | None:
        return self._rows[row].person if 0 <= row < len(self._rows) else None

    def group_rows(self) -> list[int]:
        return [index for index, row in enumerate(self._rows) if row.person is None]

    def day_at(self, column: int) -> date | None:
        grid = self._grid
        return grid.days[column] if grid is not None and 0 <= column < len(grid.days) else None

    def index_of(self, person_id: int, day: date) -> QModelIndex:
        grid = self._grid
        if grid is None or day not in grid.days:
            return QModelIndex()
        for row, entry in enumerate(self._rows):
            if entry.person is not None and entry.person.id == person_id:
                return self.index(row, grid.days.index(day))
        return QModelIndex()

    def known_code(self, text: str) -> str | None:
        return self._codes.get(text.strip().casefold())

    def export_table(self, title: str, heading_lines: tuple[str, ...] = ()) -> ExportTable:
        """The month as shown (the group and post filters applied) for a file: a row per
        person under the regu, NIP/NRP and name, then a column per day with the codes as text
        ("P", "S/M", "C" for leave)."""
        grid = self._grid
        days = grid.days if grid is not None else ()
        columns = (
            ExportColumn("Regu"),
            ExportColumn("NIP / NRP"),  # text: Excel keeps the 18 digits
            ExportColumn("Nama"),
            *(ExportColumn(header.replace("\n", " ")) for header in self._day_headers),
        )
        rows = [
            (
                entry.person.group,
                entry.person.identity,
                entry.person.name,
                *(self._display(entry.person.id, day) for day in days),
            )
            for entry in self._rows
            if entry.person is not None
        ]
        return ExportTable(title, columns, rows, heading_lines)

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.days)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        grid = self._grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(grid.days):
            day = grid.days[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._day_headers[section]
            if role == Qt.ItemDataRole.BackgroundRole:
                if day in grid.holidays:
                    return self._holiday_brush
                if day in grid.alerts:
                    return self._alert_brush
                return self._weekend_brush if day.weekday() >= 5 else None
            if role == Qt.ItemDataRole.ToolTipRole:
                notes = [grid.holidays.get(day, ""), grid.alerts.get(day, "")]
                return "\n".join(note for note in notes if note) or None
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            entry = self._rows[section]
            if role == Qt.ItemDataRole.DisplayRole:
                if entry.person is None:
                    return entry.group
                person = entry.person
                mark = " ★" if person.karupam else (" ⓔ" if person.external else "")
                return f"{person.name}{mark}"
            if role == Qt.ItemDataRole.ToolTipRole and entry.person is not None:
                person = entry.person
                role = (
                    self.tr("Karupam")
                    if person.karupam
                    else (self.tr("external personnel") if person.external else "")
                )
                return "\n".join(part for part in (person.identity, person.group, role) if part)
            if role == Qt.ItemDataRole.FontRole and entry.person is None:
                return self._bold
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._grid is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._grid.days)):
            return None
        entry = self._rows[row]
        if entry.person is None:
            # The group's name is in the row header, which stays in view when scrolling.
            return self._group_brush if role == Qt.ItemDataRole.BackgroundRole else None
        person_id, day = entry.person.id, self._grid.days[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person_id, day)
        if role == Qt.ItemDataRole.EditRole:
            # The editor holds shift codes only: an absence's code is not one to save back.
            return "/".join(cell.code for cell in self._grid.cells.get((person_id, day), ()))
        if role == Qt.ItemDataRole.BackgroundRole:
            if (person_id, day) in self._grid.absences:
                return self._absence_brush
            cells = self._grid.cells.get((person_id, day))
            if cells:
                return self._colours.get(cells[0].code)
            if self._holiday[column]:
                return self._holiday_cell_brush
            return self._weekend_brush if self._weekend[column] else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        conflicted = (person_id, day) in self._conflicted
        if role == Qt.ItemDataRole.ForegroundRole:
            if conflicted:
                return self._conflict_brush
            if self._post_filter and not any(
                c.post == self._post_filter for c in self._grid.cells.get((person_id, day), ())
            ):
                return self._dim_brush
            return None
        if role == Qt.ItemDataRole.FontRole:
            if conflicted:
                return self._bold
            cells = self._grid.cells.get((person_id, day), ())
            # Typed, pinned and swapped cells are in italics: regeneration leaves them alone.
            if any(cell.source is not EntrySource.GENERATED for cell in cells):
                return self._italic
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person_id, day)
        if role == PERSON_ROLE:
            return entry.person.id
        if role == DAY_ROLE:
            return self._grid.days[column]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.person_at(index.row()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Typing in a cell does not change the model: it asks the tab to save the code, and
        the cell is read again from the database once the service said yes."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        person = self.person_at(index.row())
        day = self.day_at(index.column())
        if person is None or day is None:
            return False
        text = str(value or "").strip()
        self.edit_requested.emit(person.id, day, text or None)
        return False
