"""Record an absence (cuti, sakit, izin, diklat, dinas luar), then fill the gaps it leaves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import long_date
from rutan_desk.domain.roster import AbsenceKind
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.roster import changes
from rutan_desk.services.roster.changes import ABSENCE_LIMITS, Gap, Proposal
from rutan_desk.services.roster.grid import GridPerson
from rutan_desk.services.roster.history import HistoryEditError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.roster.conflict_text import describe
from rutan_desk.ui.roster.history_text import ask_correction_reason
from rutan_desk.ui.roster.person_picker import PersonPicker
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import warn_refused


class AbsenceDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[GridPerson],
        person_id: int | None,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.gaps: list[Gap] = []
        self.setWindowTitle(self.tr("Record an absence"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.person = PersonPicker(people)
        if person_id is not None:
            self.person.select_person(person_id)
        self.errors.add_row(form, self.tr("&Person"), "staff", self.person)
        self.kind = QComboBox()
        for kind, label in (
            (AbsenceKind.CUTI, self.tr("Leave (cuti)")),
            (AbsenceKind.SAKIT, self.tr("Sick (sakit)")),
            (AbsenceKind.IZIN, self.tr("Permission (izin)")),
            (AbsenceKind.DIKLAT, self.tr("Training (diklat)")),
            (AbsenceKind.DINAS_LUAR, self.tr("Official travel (dinas luar)")),
        ):
            self.kind.addItem(label, kind.value)
        self.errors.add_row(form, self.tr("&Kind"), "kind", self.kind)
        self.start = date_edit(day)
        self.errors.add_row(form, self.tr("&From"), "start", self.start)
        self.end = date_edit(day)
        self.errors.add_row(form, self.tr("&Until"), "end", self.end)
        self.reference = QLineEdit()
        self.reference.setMaxLength(ABSENCE_LIMITS["reference"])
        self.reference.setPlaceholderText(self.tr("e.g. letter number or doctor's note"))
        self.errors.add_row(form, self.tr("&Reference"), "reference", self.reference)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save.setDefault(True)
        self.start.dateChanged.connect(self._keep_end_after_start)

    def _keep_end_after_start(self, value: QDate) -> None:
        if self.end.date() < value:
            self.end.setDate(value)

    def _save(self, correction_reason: str = "") -> None:
        person_id = self.person.person_id()
        if person_id is None:
            self.errors.show([FieldError("staff", "field_required")])
            return
        self.errors.clear()
        kind = AbsenceKind(self.kind.currentData())
        start, end = to_date(self.start.date()), to_date(self.end.date())
        reference = self.reference.text()
        Operation(
            self,
            self._ctx,
            lambda action: changes.record_absence(
                action,
                person_id,
                kind,
                start,
                end,
                reference=reference,
                correction_reason=correction_reason,
            ),
        ).on_invalid(self._refused).on_error(HistoryEditError, self._correct_history).on_success(
            self._saved
        ).run()

    def _correct_history(self, error: HistoryEditError) -> None:
        """The absence takes the person off a shift of a day that is history: saved only
        with the reason, which is recorded."""
        reason = ask_correction_reason(self, error)
        if reason:
            self._save(reason)

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            warn_refused(self, self.windowTitle(), leftover)

    def _saved(self, result: tuple[int, list[Gap]]) -> None:
        _, self.gaps = result
        self.accept()


class ReplacementDialog(QDialog):
    """The proposals for one gap, best first; the clerk picks one or leaves the gap open.
    Officials (the Ka KPR, the Karutan, staff outside the regu and the piket pool) are
    proposed only when the clerk ticks the box for them (``propose`` gives the proposals
    with or without them)."""

    def __init__(
        self,
        gap: Gap,
        absent_name: str,
        proposals: Sequence[Proposal],
        parent: QWidget | None = None,
        *,
        propose: Callable[[bool], Sequence[Proposal]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.proposals = list(proposals)
        self._propose = propose
        self.setWindowTitle(self.tr("Replacement"))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Who replaces {name} on shift {shift}, {day}?").format(
                    name=absent_name, shift=gap.shift, day=long_date(gap.day)
                )
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("That day"),
                self.tr("Rest (hours)"),
                self.tr("Shifts this month"),
                self.tr("Notes"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table)
        self.officials = QCheckBox(
            self.tr("Also propose &officials (Ka KPR, Karutan, staff outside the regu and piket)")
        )
        self.officials.setVisible(propose is not None)
        self.officials.toggled.connect(self._include_officials)
        layout.addWidget(self.officials)
        self.nobody = QLabel(self.tr("Nobody can take this shift without breaking a rule."))
        layout.addWidget(self.nobody)
        buttons = QDialogButtonBox()
        self.pick = buttons.addButton(self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("&Leave open"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pick.setDefault(True)
        self._fill()
        self.table.setFocus()

    def _include_officials(self, include: bool) -> None:
        if self._propose is not None:
            self.proposals = list(self._propose(include))
            self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.proposals))
        names = {p.staff_id: p.name for p in self.proposals}
        for row, proposal in enumerate(self.proposals):
            notes = "; ".join(describe(c, names, {}) for c in proposal.warnings)
            if proposal.current and proposal.current not in ("L", "Lb"):
                notes = "; ".join(filter(None, (self.tr("second shift that day"), notes)))
            if proposal.official:
                notes = "; ".join(filter(None, (self.tr("not in a regu or the piket pool"), notes)))
            rest = "—" if proposal.rest_hours is None else f"{proposal.rest_hours:g}"
            for column, text in enumerate(
                (
                    proposal.name,
                    proposal.current or "—",
                    rest.replace(".", ","),
                    str(proposal.shifts_this_month),
                    notes,
                )
            ):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.proposals:
            self.table.selectRow(0)
        self.nobody.setVisible(not self.proposals)
        self.pick.setEnabled(bool(self.proposals))

    def chosen(self) -> Proposal | None:
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None
