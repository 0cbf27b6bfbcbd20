"""One patrol visit (patroli sambang) or other security visit, as the visit book has it: when
they came and left, the agency and unit, the officers (name, rank, NRP), the areas checked,
notes, and the Rutan officer who received them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import short_date
from rutan_desk.domain.patrols import POLICE_UNITS, VisitKind
from rutan_desk.services.patrols.forms import OfficerLine, PatrolVisitDraft, PatrolVisitRecord
from rutan_desk.services.patrols.queries import load_patrol_visit
from rutan_desk.services.patrols.saving import delete_patrol_visit, save_patrol_visit
from rutan_desk.services.staff.records import StaffRecord, list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover.sign_dialog import to_datetime, to_qdatetime
from rutan_desk.ui.kamtib.incident_dialog import long_text, moment_edit
from rutan_desk.ui.kamtib.labels import visit_kind_label
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.line_grid import READ_ONLY_KEYS, GridColumn, LineGrid
from rutan_desk.ui.widgets.unsaved import may_close

# An officer from the registry shows the registry's name, rank and NRP; they are not typed.
REGISTRY_KEYS = frozenset({"name", "rank", "nrp"})


def editable_combo(values: Sequence[str], placeholder: str) -> QComboBox:
    """A text offered from ``values``, or typed."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(values))
    combo.setCurrentIndex(-1)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    edit = combo.lineEdit()
    assert edit is not None
    edit.setPlaceholderText(placeholder)
    return combo


class PatrolDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        draft: PatrolVisitDraft,
        parent: QWidget | None = None,
        record: PatrolVisitRecord | None = None,
        *,
        agencies: Sequence[str] = (),
    ) -> None:
        """``agencies``: those that called before, offered in the agency's field."""
        super().__init__(parent)
        self._ctx = ctx
        self.draft = draft
        self.record = record
        self.dirty = False
        self._filling = False
        self.history_dialog: QWidget | None = None
        self.setMinimumSize(820, 600)
        self._staff = list_staff(ctx.db)
        self.errors = FieldErrors()

        form = QFormLayout()
        self.kind_combo = QComboBox()
        for kind in VisitKind:
            self.kind_combo.addItem(visit_kind_label(kind), kind)
        self.errors.add_row(form, self.tr("&Kind"), "kind", self.kind_combo)
        now = ctx.action().wib_now()
        self.arrived_edit = moment_edit(now)
        for widget in (self.kind_combo, self.arrived_edit):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.errors.add_row(form, self.tr("&Arrived at"), "arrived_at", self.arrived_edit)
        left = QWidget()
        left_row = QHBoxLayout(left)
        left_row.setContentsMargins(0, 0, 0, 0)
        self.left_box = QCheckBox(self.tr("known"))
        self.left_box.setToolTip(self.tr("Untick while they are still here"))
        self.left_edit = moment_edit(now)
        self.left_box.toggled.connect(self.left_edit.setEnabled)
        left_row.addWidget(self.left_box)
        left_row.addWidget(self.left_edit)
        left_row.addStretch()
        self.errors.add_row(form, self.tr("Le&ft at"), "left_at", left, focus=self.left_box)
        self.agency_combo = editable_combo(agencies, self.tr("e.g. Polres Blora"))
        self.agency_combo.setMinimumWidth(420)
        self.errors.add_row(form, self.tr("A&gency"), "agency", self.agency_combo)
        self.unit_combo = editable_combo(POLICE_UNITS, self.tr("e.g. Sat Samapta"))
        self.unit_combo.setMinimumWidth(420)
        self.errors.add_row(form, self.tr("&Unit"), "unit", self.unit_combo)
        self.received_combo = QComboBox()
        self.received_combo.setPlaceholderText(self.tr("(the officer who received them)"))
        self.received_combo.setMinimumWidth(420)
        for combo in (self.agency_combo, self.unit_combo, self.received_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.errors.add_row(form, self.tr("&Received by"), "received_by", self.received_combo)
        self.areas_edit = long_text(2, grows=False)
        self.areas_edit.setPlaceholderText(self.tr("e.g. pos atas, tembok luar, Blok A"))
        self.errors.add_row(form, self.tr("Areas &checked"), "areas_checked", self.areas_edit)
        self.note_edit = long_text(3, grows=False)
        self.errors.add_row(form, self.tr("&Note"), "note", self.note_edit)

        self.officers_grid = LineGrid(
            self.tr("Officers"),
            [
                GridColumn("name", self.tr("Name"), stretch=True),
                GridColumn("rank", self.tr("Rank")),
                GridColumn("nrp", self.tr("NRP")),
            ],
            add_text=self.tr("Add &by name"),
        )
        self.add_officer_button = QPushButton(self.tr("Add from the r&egistry…"))
        self.add_officer_button.setToolTip(self.tr("Police personnel already in the registry"))
        self.add_officer_button.clicked.connect(self.add_officer)
        self.officers_grid.buttons.insertWidget(2, self.add_officer_button)

        self.status_label = QLabel()
        self.general_error = error_label()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the form as it is (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save_action.triggered.connect(self.save_button.click)
        self.addAction(save_action)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete a visit entered by mistake"))
        self.delete_button.clicked.connect(self.delete)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every change of this visit"))
        self.history_button.clicked.connect(self.show_history)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.delete_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close_button)

        for combo in (self.kind_combo, self.received_combo):
            combo.currentIndexChanged.connect(lambda _i: self._mark_dirty())
        for combo in (self.agency_combo, self.unit_combo):
            combo.editTextChanged.connect(lambda _t: self._mark_dirty())
        for edit in (self.arrived_edit, self.left_edit):
            edit.dateTimeChanged.connect(lambda _d: self._mark_dirty())
        self.left_box.toggled.connect(lambda _on: self._mark_dirty())
        for text in (self.areas_edit, self.note_edit):
            text.textChanged.connect(self._mark_dirty)
        self.officers_grid.changed.connect(self._mark_dirty)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.officers_grid, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        # Enter in a field must not press a button (the first would be "Add by name").
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._fill()

    # -- showing --------------------------------------------------------------------------
    def _fill(self) -> None:
        draft = self.draft
        self._filling = True
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(draft.kind), 0))
        now = self._ctx.action().wib_now()
        self.arrived_edit.setDateTime(to_qdatetime(draft.arrived_at or now))
        self.left_box.setChecked(draft.left_at is not None)
        self.left_edit.setEnabled(draft.left_at is not None)
        self.left_edit.setDateTime(to_qdatetime(draft.left_at or draft.arrived_at or now))
        self.agency_combo.setEditText(draft.agency)
        self.unit_combo.setEditText(draft.unit)
        self.received_combo.clear()
        for person in self._staff:
            if not person.is_external and (person.active or person.id == draft.received_by_id):
                self.received_combo.addItem(self._staff_text(person), person.id)
        self.received_combo.setCurrentIndex(self.received_combo.findData(draft.received_by_id))
        self.areas_edit.setPlainText(draft.areas_checked)
        self.note_edit.setPlainText(draft.note)
        self.officers_grid.fill([self._officer_line(o) for o in draft.officers])
        self._filling = False
        self._show_state()
        self.dirty = False

    @staticmethod
    def _officer_line(officer: OfficerLine) -> dict[str, Any]:
        return {
            "staff_id": officer.staff_id,
            "name": officer.name,
            "rank": officer.rank,
            "nrp": officer.nrp,
            READ_ONLY_KEYS: REGISTRY_KEYS if officer.staff_id is not None else frozenset(),
        }

    def _show_state(self) -> None:
        record = self.record
        self.delete_button.setEnabled(record is not None)
        self.history_button.setEnabled(record is not None)
        if record is None or record.draft.arrived_at is None:
            self.setWindowTitle(self.tr("New visit"))
            self.status_label.setText(self.tr("New visit: not yet saved."))
            return
        self.setWindowTitle(
            self.tr("Visit of {day} — {agency}").format(
                day=short_date(record.draft.arrived_at.date()), agency=record.draft.agency
            )
        )
        self.status_label.setText(self.tr("Saved."))

    def _mark_dirty(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self.general_error.clear()

    @staticmethod
    def _staff_text(person: StaffRecord) -> str:
        return f"{person.name} — {person.position or person.agency}"

    def add_officer(self) -> None:
        """An officer of the registry's external personnel (the police who call often are
        entered there once)."""
        taken = {line.get("staff_id") for line in self.officers_grid.lines()}
        people = [s for s in self._staff if s.is_external and s.active and s.id not in taken]
        names = [self._staff_text(s) for s in people]
        chosen, accepted = QInputDialog.getItem(
            self,
            self.tr("Add an officer"),
            self.tr("&Officer"),
            names,
            0,
            False,
        )
        if not accepted or chosen not in names:
            return
        person = people[names.index(chosen)]
        self.officers_grid.add_line(
            self._officer_line(
                OfficerLine(person.id, person.name, person.external_rank, person.external_id)
            )
        )

    # -- saving ---------------------------------------------------------------------------
    def current_draft(self) -> PatrolVisitDraft:
        return replace(
            self.draft,
            kind=VisitKind(self.kind_combo.currentData()),
            arrived_at=to_datetime(self.arrived_edit.dateTime()),
            left_at=to_datetime(self.left_edit.dateTime()) if self.left_box.isChecked() else None,
            agency=self.agency_combo.currentText(),
            unit=self.unit_combo.currentText(),
            received_by_id=self.received_combo.currentData(),
            areas_checked=self.areas_edit.toPlainText(),
            note=self.note_edit.toPlainText(),
            officers=tuple(
                OfficerLine(staff_id=int(line["staff_id"]))
                if line.get("staff_id") is not None
                else OfficerLine(None, line["name"], line["rank"], line["nrp"])
                for line in self.officers_grid.lines()
            ),
        )

    def save(self) -> bool:
        """Save the form; on refusal show why beside the field concerned. True when saved."""
        self._show_errors([])
        draft = self.current_draft()
        return (
            Operation(
                self,
                self._ctx,
                lambda action: save_patrol_visit(action, draft),
                title=self.tr("Save visit"),
            )
            .on_invalid(lambda error: self._show_errors(error.errors))
            .on_success(self._reload)
            .run()
        )

    def _reload(self, visit_id: int) -> None:
        self.record = load_patrol_visit(self._ctx.db, visit_id)
        self.draft = self.record.draft
        self._fill()

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.officers_grid.show_errors(
            sorted({message_for(e) for e in errors if e.field == "officers"})
        )
        on_form = [e for e in errors if e.field != "officers"]
        self.errors.show(on_form)
        self.general_error.setText("\n".join(message_for(e) for e in self.errors.unplaced(on_form)))

    def delete(self) -> None:
        if self.record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete visit"),
            self.tr("Delete this visit with its officers?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id, version = self.record.id, self.record.draft.version

        def deleted(_none: object) -> None:
            self.dirty = False
            self.accept()

        Operation(
            self,
            self._ctx,
            lambda action: delete_patrol_visit(action, record_id, expected_version=version),
            title=self.tr("Delete visit"),
        ).on_success(deleted).run()

    def show_history(self) -> None:
        if self.record is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, "patrol_visit", self.record.id)

    def done(self, result: int) -> None:
        """Closing asks before unsaved changes are lost."""
        if self.dirty and not may_close(
            self, self.tr("Save the changes to this visit?"), self.save
        ):
            return
        super().done(result)
