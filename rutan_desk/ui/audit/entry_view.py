"""What the audit screens share: the words for areas and actions, the columns of a list of
entries, and the pane that shows one entry's values before and after side by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area
from rutan_desk.services.audit.entries import AuditRecord, FieldChange, LineChange
from rutan_desk.services.table_export import ColumnKind
from rutan_desk.ui.widgets.record_table import Column

CONTEXT = "Audit"

_AREAS = {
    Area.STAFF: QT_TRANSLATE_NOOP("Audit", "Staff"),
    Area.ROSTER: QT_TRANSLATE_NOOP("Audit", "Roster"),
    Area.ABSENCES: QT_TRANSLATE_NOOP("Audit", "Absences"),
    Area.ROSTER_SETUP: QT_TRANSLATE_NOOP("Audit", "Roster setup"),
    Area.CALENDAR: QT_TRANSLATE_NOOP("Audit", "Calendar"),
    Area.HANDOVER: QT_TRANSLATE_NOOP("Audit", "Handover"),
    Area.HANDOVER_SETUP: QT_TRANSLATE_NOOP("Audit", "Handover setup"),
    Area.DOCUMENTS: QT_TRANSLATE_NOOP("Audit", "Letter register"),
    Area.INSTITUTION: QT_TRANSLATE_NOOP("Audit", "Institution profile"),
    Area.ACCOUNTS: QT_TRANSLATE_NOOP("Audit", "Accounts and permissions"),
    Area.ATTACHMENTS: QT_TRANSLATE_NOOP("Audit", "Attachments"),
}
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
    "event": QT_TRANSLATE_NOOP("Audit", "event"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def area_text(area: Area | None) -> str:
    if area is None:
        return QCoreApplication.translate("Audit", "Other")
    return _tr(_AREAS[area]) if area in _AREAS else area.value


def areas() -> list[tuple[Area, str]]:
    """Every area with its name, in the order of the tabs."""
    return [(area, area_text(area)) for area in _AREAS]


def action_text(action: str) -> str:
    return _tr(_ACTIONS[action]) if action in _ACTIONS else action


def actor_text(entry: AuditRecord) -> str:
    """``Budi Santoso`` for an account; ``demo (system)``; ``petugas (computer login)``."""
    if entry.actor_kind == "sistem":
        return QCoreApplication.translate("Audit", "{name} (system)").format(name=entry.actor_login)
    if entry.actor_kind == "os":
        return QCoreApplication.translate("Audit", "{name} (computer login)").format(
            name=entry.actor_login
        )
    return entry.actor_label


def _changes_tooltip(entry: AuditRecord) -> str:
    return "\n".join(entry.change_lines()[:40])


def entry_columns(*, with_area: bool = True, with_record: bool = True) -> list[Column[AuditRecord]]:
    """The columns of a list of entries: when (WIB), who, the area, which record, what was
    done, what changed (a record's own history leaves out the area and the record). Time
    sorts by the chain's order."""
    columns: list[Column[AuditRecord]] = [
        Column(
            QCoreApplication.translate("Audit", "Time (WIB)"),
            lambda e: e.time_text.removesuffix(" WIB"),
            sort=lambda e: e.id,
            kind=ColumnKind.DATETIME,
            value=lambda e: e.at_wib,
        ),
        Column(
            QCoreApplication.translate("Audit", "Account"), actor_text, tooltip=lambda e: e.actor
        ),
    ]
    if with_area:
        columns.append(
            Column(QCoreApplication.translate("Audit", "Area"), lambda e: area_text(e.area))
        )
    if with_record:
        columns.append(
            Column(
                QCoreApplication.translate("Audit", "Record"),
                lambda e: e.record_text,
                tooltip=lambda e: e.record_text,
            )
        )
    columns += [
        Column(QCoreApplication.translate("Audit", "Action"), lambda e: action_text(e.action)),
        Column(
            QCoreApplication.translate("Audit", "Changes"),
            lambda e: e.summary(),
            tooltip=_changes_tooltip,
        ),
    ]
    return columns


TIME_SAMPLE = "00-00-0000 00.00"  # the widest time the first column shows


def setup_entry_table(table: QTableView, widths: dict[int, int | str]) -> None:
    """A read-only list of entries, one chosen at a time, rows of one text line. ``widths``
    gives a column's starting width in characters, or as the text it must show whole."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the list, as everywhere else
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setSortingEnabled(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = table.fontMetrics()
    for column, width in widths.items():
        if isinstance(width, str):
            table.setColumnWidth(column, metrics.horizontalAdvance(width) + 16)
        else:
            table.setColumnWidth(column, width * metrics.averageCharWidth())


class EntryDetails(QWidget):
    """One entry: who did what when, and its fields before and after side by side (the
    fields that changed, or all of them on demand), then the lines of the record that were
    added, changed or removed, each with its fields."""

    FIELD, BEFORE, AFTER = 0, 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: AuditRecord | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.all_fields = QCheckBox(self.tr("Show &all fields"))
        self.all_fields.setToolTip(self.tr("Also the fields that did not change"))
        self.all_fields.toggled.connect(lambda _on: self._fill())
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.AFTER, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(self.FIELD, 26 * self.tree.fontMetrics().averageCharWidth())
        copy = QAction(self.tree)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_current)
        self.tree.addAction(copy)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.all_fields, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.show_entry(None)

    def show_entry(self, entry: AuditRecord | None) -> None:
        self.entry = entry
        self._fill()

    # -- filling ---------------------------------------------------------------------------
    def _fill(self) -> None:
        self.tree.clear()
        entry = self.entry
        if entry is None:
            self.heading.setText(self.tr("Choose an entry to see its values before and after."))
            self.all_fields.setEnabled(False)
            return
        self.all_fields.setEnabled(entry.action == "update" and not entry.bulk)
        self.heading.setText(
            self.tr("No. {number} · {time} · {account} · {record} · {action}").format(
                number=entry.id,
                time=entry.time_text,
                account=actor_text(entry),
                record=entry.record_text,
                action=action_text(entry.action),
            )
        )
        self.heading.setToolTip(self.tr("Entry hash {hash}").format(hash=entry.hash))
        showing_all = self.all_fields.isChecked() and self.all_fields.isEnabled()
        fields = entry.fields if showing_all else entry.changes
        for change in fields:
            self.tree.addTopLevelItem(self._field_item(change, bold=showing_all and change.changed))
        for line in entry.lines:
            item = self._line_item(line)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)  # the line's name runs over the value columns
        self.tree.expandAll()
        # A new record has no "before", a deleted one no "after": the other side gets the room.
        self.tree.setColumnHidden(self.BEFORE, entry.action in ("create", "event") or entry.bulk)
        self.tree.setColumnHidden(self.AFTER, entry.action == "delete")
        self._fit_field_column()
        if self.tree.topLevelItemCount() == 0:
            empty = QTreeWidgetItem([self.tr("(nothing changed but the version)"), "", ""])
            self.tree.addTopLevelItem(empty)
        self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _fit_field_column(self) -> None:
        """As wide as the longest field name, within a third of the pane."""
        metrics = self.tree.fontMetrics()
        widest = 0
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is None:
                continue
            if item.childCount() == 0:
                widest = max(widest, metrics.horizontalAdvance(item.text(self.FIELD)) + 40)
            for row in range(item.childCount()):
                child = item.child(row)
                if child is not None:
                    widest = max(widest, metrics.horizontalAdvance(child.text(self.FIELD)) + 60)
        low = 18 * metrics.averageCharWidth()
        high = max(low, self.tree.viewport().width() // 3)
        self.tree.setColumnWidth(self.FIELD, min(max(widest, low), high))

    def _field_item(self, change: FieldChange, *, bold: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem([change.label, change.before_text, change.after_text])
        for column in (self.BEFORE, self.AFTER):
            text = item.text(column)
            if len(text) > 40 or "\n" in text:
                item.setToolTip(column, text)
        item.setToolTip(self.FIELD, change.field)
        if bold:
            font = QFont(item.font(self.FIELD))
            font.setBold(True)
            for column in range(3):
                item.setFont(column, font)
        return item

    def _line_item(self, line: LineChange) -> QTreeWidgetItem:
        title = f"{line.kind} {line.label}".strip()
        item = QTreeWidgetItem([f"{title} ({action_text(line.action)})", "", ""])
        item.setToolTip(self.FIELD, title)
        font = QFont(item.font(self.FIELD))
        font.setItalic(True)
        item.setFont(self.FIELD, font)
        for change in line.fields:
            item.addChild(self._field_item(change))
        return item

    # -- copying ---------------------------------------------------------------------------
    def copy_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            text = "\t".join(item.text(column) for column in range(3))
            QGuiApplication.clipboard().setText(text)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the pane shows, row by row (lines' fields indented), for tests and copying."""
        found: list[tuple[str, str, str]] = []

        def add(item: QTreeWidgetItem, indent: str) -> None:
            found.append((indent + item.text(0), item.text(1), item.text(2)))
            for index in range(item.childCount()):
                child = item.child(index)
                if child is not None:
                    add(child, indent + "  ")

        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            if top is not None:
                add(top, "")
        return found


def on_current_entry(
    table: QTableView, record_role: int, callback: Callable[[AuditRecord | None], None]
) -> None:
    """Call ``callback`` with the entry of the current row whenever it changes."""

    def changed() -> None:
        index = table.currentIndex()
        entry = index.data(record_role) if index.isValid() else None
        callback(entry if isinstance(entry, AuditRecord) else None)

    table.selectionModel().currentRowChanged.connect(lambda *_: changed())
    table.model().modelReset.connect(changed)
    table.model().layoutChanged.connect(changed)
