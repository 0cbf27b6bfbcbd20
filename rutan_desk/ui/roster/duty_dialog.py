"""Put anyone on a shift and post: staff on piket, police officers on New Year's Eve."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.roster import grid, queries
from rutan_desk.services.roster.checks import HardRuleError
from rutan_desk.services.roster.grid import CellEdit, GridPerson
from rutan_desk.services.roster.history import HistoryEditError
from rutan_desk.services.staff.records import list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.roster.conflict_text import describe
from rutan_desk.ui.roster.history_text import ask_correction_reason
from rutan_desk.ui.roster.person_picker import PersonPicker
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import warn_refused


def everyone_active(ctx: AppContext) -> list[GridPerson]:
    """Every active person of the registry, external personnel included, as grid people."""
    people = []
    for record in list_staff(ctx.db):
        if not record.active:
            continue
        group = record.agency if record.is_external else record.unit
        people.append(
            GridPerson(record.id, record.name, record.identity, group, record.is_external)
        )
    return people


class DutyDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[GridPerson],
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._names = {p.id: p.name for p in people}
        self.edit: CellEdit | None = None
        self.setWindowTitle(self.tr("Add to a shift"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.person = PersonPicker(people)
        self.errors.add_row(form, self.tr("&Person"), "staff", self.person)
        self.day = date_edit(day)
        self.errors.add_row(form, self.tr("&Date"), "day", self.day)
        self.shift = QComboBox()
        for shift in queries.shift_types(ctx.db):
            if shift.working:
                self.shift.addItem(f"{shift.code} {shift.name}", shift.code)
        self.errors.add_row(form, self.tr("&Shift"), "code", self.shift)
        self.post = QComboBox()
        self.post.addItem(self.tr("— no post —"), None)
        for post_id, name in grid.posts(ctx.db):
            self.post.addItem(name, post_id)
        self.errors.add_row(form, self.tr("P&ost"), "post", self.post)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ok.setDefault(True)
        self.person.setFocus()

    def _save(self) -> None:
        person_id = self.person.person_id()
        if person_id is None:
            self.errors.show([FieldError("staff", "field_required")])
            return
        self.errors.clear()
        self._submit(person_id, "")

    def _submit(self, person_id: int, reason: str) -> None:
        day, code = to_date(self.day.date()), self.shift.currentData()
        post_id = self.post.currentData()
        Operation(
            self,
            self._ctx,
            lambda action: grid.set_cell(
                action, person_id, day, code, post_id=post_id, override_reason=reason
            ),
        ).on_invalid(self._refused).on_error(
            HardRuleError, lambda error: self._ask_reason(person_id, error)
        ).on_error(
            HistoryEditError, lambda error: self._correct_history(person_id, error)
        ).on_success(self._saved).run()

    def _correct_history(self, person_id: int, error: HistoryEditError) -> None:
        reason = ask_correction_reason(self, error)
        if reason:
            self._submit(person_id, reason)

    def _ask_reason(self, person_id: int, error: HardRuleError) -> None:
        """A hard rule would break: saved anyway only with a reason, which is recorded."""
        posts = dict(grid.posts(self._ctx.db))
        problems = "\n".join(f"• {describe(c, self._names, posts)}" for c in error.conflicts)
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Rule broken"),
            self.tr(
                "This change breaks a rule:\n{problems}\n\nTo save it anyway, give "
                "the reason (it is recorded):"
            ).format(problems=problems),
        )
        reason = reason.strip() if ok else ""
        if reason:
            self._submit(person_id, reason)

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            warn_refused(self, self.windowTitle(), leftover)

    def _saved(self, edit: CellEdit) -> None:
        self.edit = edit
        self.accept()
