"""Pengaturan → Penomoran Surat: the number pattern of each kind of document, with the number
the next one of each kind would take, and the operative word of duty orders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.documents import KIND_NAMES, DocumentKind
from rutan_desk.domain.numbering import NumberPatternError
from rutan_desk.services.documents import register
from rutan_desk.services.documents.register import DocumentSettings, KindPattern
from rutan_desk.services.errors import ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.pattern_editor import PatternEditorDialog
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.record_lists import warn_refused

ModelIndex = QModelIndex | QPersistentModelIndex
KIND_COLUMN, PATTERN_COLUMN, NEXT_COLUMN = range(3)
NO_NUMBER = "—"  # the pattern cannot make a number
_INVALID = QColor("#ffe3e3")


class NumberPatternModel(QAbstractTableModel):
    """One row per kind of document: its name, its pattern (edited here) and the number the
    next document of the kind would take with that pattern this year."""

    def __init__(
        self,
        patterns: Sequence[KindPattern],
        next_number: Callable[[DocumentKind, str], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._next_number = next_number
        self._rows = list(patterns)
        self._examples = [self._example(line) for line in self._rows]
        self._invalid: set[DocumentKind] = set()

    def _example(self, line: KindPattern) -> str:
        try:
            return self._next_number(line.kind, line.pattern)
        except NumberPatternError:
            return NO_NUMBER

    def patterns(self) -> tuple[KindPattern, ...]:
        return tuple(self._rows)

    def row_of(self, kind: DocumentKind) -> int:
        return next(row for row, line in enumerate(self._rows) if line.kind == kind)

    def mark_invalid(self, kinds: set[DocumentKind]) -> None:
        """Shade the rows whose pattern was refused (none: clear the shading)."""
        self._invalid = set(kinds)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, NEXT_COLUMN),
                [Qt.ItemDataRole.BackgroundRole],
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Kind of document"), self.tr("Number pattern"), self.tr("Next number"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PATTERN_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == KIND_COLUMN:
                return KIND_NAMES[line.kind]
            if column == PATTERN_COLUMN:
                return line.pattern
            if column == NEXT_COLUMN:
                return self._examples[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and line.kind in self._invalid:
            return _INVALID
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != PATTERN_COLUMN
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        row = index.row()
        line = replace(self._rows[row], pattern=str(value))
        self._rows[row] = line
        self._examples[row] = self._example(line)
        self.dataChanged.emit(self.index(row, PATTERN_COLUMN), self.index(row, NEXT_COLUMN))
        return True


class _PatternDelegate(QStyledItemDelegate):
    """Edits a pattern in a line no longer than its column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(register.SETTINGS_LIMITS["number_pattern"])
        return editor


class NumberingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Letter numbers"))
        self.setMinimumWidth(820)
        self.errors = FieldErrors()
        self._settings = settings = register.document_settings(ctx.db)
        today = ctx.today()
        self.model = NumberPatternModel(
            settings.patterns,
            lambda kind, pattern: register.next_number(ctx.db, kind, today, pattern),
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PATTERN_COLUMN, _PatternDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Seven rows: fitting the kinds and the numbers to their text costs nothing here.
        header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PATTERN_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NEXT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setCurrentIndex(self.model.index(0, PATTERN_COLUMN))
        self.table.doubleClicked.connect(lambda _index: self.edit_pattern())
        # Every kind in sight, without scrolling.
        rows = self.model.rowCount() * self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(header.sizeHint().height() + rows + frame)
        patterns_label = QLabel(self.tr("Number &patterns (each kind counts its own serial)"))
        patterns_label.setBuddy(self.table)
        help_label = QLabel(
            self.tr(
                "{nomor} is the serial of the year (write {nomor:04d} for 0001), {tahun} the "
                'year, {bulan} the month as 12 and {bulan_romawi} as XII. "Edit pattern…" '
                "(or a double click) puts a pattern together from these parts; F2 edits it "
                "as text."
            )
        )
        help_label.setWordWrap(True)
        self.pattern_error = error_label()
        self.pattern_error.hide()
        form = QFormLayout()
        self.command_edit = QLineEdit(settings.command_word)
        self.command_edit.setMaxLength(register.SETTINGS_LIMITS["command_word"])
        self.errors.add_row(
            form, self.tr("&Operative word of orders"), "command_word", self.command_edit
        )
        self.edit_pattern_button = QPushButton(self.tr("&Edit pattern…"))
        self.edit_pattern_button.clicked.connect(self.edit_pattern)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(patterns_label)
        layout.addWidget(self.table)
        layout.addWidget(self.edit_pattern_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pattern_error)
        layout.addWidget(help_label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def edit_pattern(self) -> None:
        """The pattern of the current row, put together in the pattern editor."""
        row = self.table.currentIndex().row()
        if not 0 <= row < self.model.rowCount():
            return
        line = self.model.patterns()[row]
        editor = PatternEditorDialog(
            self.tr("Number pattern: {kind}").format(kind=KIND_NAMES[line.kind]),
            line.pattern,
            lambda pattern: register.next_number(
                self._ctx.db, line.kind, self._ctx.today(), pattern
            ),
            register.SETTINGS_LIMITS["number_pattern"],
            self,
        )
        if editor.exec():
            self.model.setData(self.model.index(row, PATTERN_COLUMN), editor.pattern())
        self.table.setFocus()

    def example(self, kind: DocumentKind) -> str:
        """The next number shown for ``kind``."""
        return str(self.model.index(self.model.row_of(kind), NEXT_COLUMN).data())

    def save(self) -> None:
        self.table.setFocus()  # a pattern still being typed is committed first
        self._clear()
        settings = DocumentSettings(
            self.command_edit.text(), self.model.patterns(), self._settings.version
        )
        Operation(
            self, self._ctx, lambda action: register.save_document_settings(action, settings)
        ).on_invalid(self._refused).on_success(lambda _result: self.accept()).run()

    def _clear(self) -> None:
        self.errors.clear()
        self.pattern_error.clear()
        self.pattern_error.hide()
        self.model.mark_invalid(set())

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        patterns = [e for e in error.errors if e.field == "number_pattern"]
        if patterns:
            kinds = {DocumentKind(e.params["kind"]) for e in patterns}
            self.model.mark_invalid(kinds)
            self.pattern_error.setText(
                "\n".join(
                    f"{KIND_NAMES[DocumentKind(e.params['kind'])]}: {message_for(e)}"
                    for e in patterns
                )
            )
            self.pattern_error.show()
            first = self.model.row_of(DocumentKind(patterns[0].params["kind"]))
            self.table.setCurrentIndex(self.model.index(first, PATTERN_COLUMN))
            self.table.setFocus()
        leftover = [e for e in self.errors.unplaced(error.errors) if e.field != "number_pattern"]
        if leftover:
            warn_refused(self, self.windowTitle(), leftover)
