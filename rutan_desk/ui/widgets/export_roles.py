"""The item-data roles a model answers so that its view can be exported with typed cells (see
``table_export``): the typed value of a cell, and the kind of a column in its header."""

from __future__ import annotations

from PySide6.QtCore import Qt

# Far from the roles the models use for themselves (UserRole + 1, + 2).
EXPORT_ROLE = Qt.ItemDataRole.UserRole + 20  # a cell's value: a date, a number, a text
EXPORT_KIND_ROLE = Qt.ItemDataRole.UserRole + 21  # headerData: the column's ColumnKind
