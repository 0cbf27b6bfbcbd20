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
from rutan_desk.services import roster as roster_service
from rutan_desk.services import roster_grid
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.roster_grid import CellEdit, GridPerson, HardRuleError
from rutan_desk.services.staff import list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.roster.conflict_text import describe
from rutan_desk.ui.roster.person_picker import PersonPicker
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors


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
        for shift in roster_service.shift_types(ctx.db):
            if shift.working:
                self.shift.addItem(f"{shift.code} {shift.name}", shift.code)
        self.errors.add_row(form, self.tr("&Shift"), "code", self.shift)
        self.post = QComboBox()
        self.post.addItem(self.tr("— no post —"), None)
        for post_id, name in roster_grid.posts(ctx.db):
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
        reason = ""
        while True:
            try:
                self.edit = roster_grid.set_cell(
                    self._ctx.db,
                    self._ctx.actor,
                    person_id,
                    to_date(self.day.date()),
                    self.shift.currentData(),
                    post_id=self.post.currentData(),
                    override_reason=reason,
                )
            except ValidationError as error:
                self.errors.show(error.errors)
                return
            except HardRuleError as error:
                problems = "\n".join(f"• {describe(c, self._names, {})}" for c in error.conflicts)
                reason, ok = QInputDialog.getText(
                    self,
                    self.tr("Rule broken"),
                    self.tr(
                        "This change breaks a rule:\n{problems}\n\nTo save it anyway, give "
                        "the reason (it is recorded):"
                    ).format(problems=problems),
                )
                reason = reason.strip() if ok else ""
                if not reason:
                    return
                continue
            break
        self._ctx.events.data_changed.emit("roster")
        self.accept()
