"""A combo box of people that filters as the clerk types a part of the name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from rutan_desk.services.roster.grid import GridPerson


class PersonPicker(QComboBox):
    def __init__(self, people: Sequence[GridPerson], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in people:
            self.addItem(f"{person.name} — {person.group}", person.id)
        completer = self.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def select_person(self, person_id: int) -> None:
        self.setCurrentIndex(max(self.findData(person_id), 0))

    def person_id(self) -> int | None:
        """The chosen person, or None when the typed text names nobody in the list."""
        index = self.findText(self.currentText())
        if index < 0:
            return None
        value = self.itemData(index)
        return int(value) if value is not None else None
