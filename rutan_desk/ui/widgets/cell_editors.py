"""Table cells typed by keyboard: whole numbers and clock times.

The value lives in ``Qt.UserRole`` (an ``int`` or a ``datetime.time``; None while empty) and the
cell shows it as the report book writes it (``85``, ``08.15``).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTimeEdit,
    QWidget,
)

from rutan_desk.domain.formatting import clock

Index = QModelIndex | QPersistentModelIndex
MAX_COUNT = 100_000


class IntDelegate(QStyledItemDelegate):
    """A whole number from 0 up; an emptied cell means "not entered"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_COUNT, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.UserRole)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        value = int(text) if text.isdigit() else None
        model.setData(index, value, Qt.ItemDataRole.UserRole)
        model.setData(index, "" if value is None else str(value), Qt.ItemDataRole.DisplayRole)


class TimeDelegate(QStyledItemDelegate):
    """Hours and minutes, shown as 08.15."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QTimeEdit(parent)
        editor.setDisplayFormat("HH.mm")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QTimeEdit)
        value = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, time):
            editor.setTime(QTime(value.hour, value.minute))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QTimeEdit)
        chosen = editor.time()
        value = time(chosen.hour(), chosen.minute())
        model.setData(index, value, Qt.ItemDataRole.UserRole)
        model.setData(index, clock(value, zone=False), Qt.ItemDataRole.DisplayRole)
