"""Tukar jaga: two people exchange their cells, with a reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import long_date
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.roster import changes, grid
from rutan_desk.services.roster.changes import SwapRecord
from rutan_desk.services.roster.checks import HardRuleError
from rutan_desk.services.roster.grid import GridPerson
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.roster.conflict_text import describe
from rutan_desk.ui.roster.person_picker import PersonPicker
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import warn_refused


class SwapDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        people: Sequence[GridPerson],
        person: GridPerson,
        day: date,
        code_of: Callable[[int, date], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._person, self._day, self._code_of = person, day, code_of
        self._names = {p.id: p.name for p in people}
        self.swap: SwapRecord | None = None
        self.setWindowTitle(self.tr("Swap duty"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("{name} on {day}: {code}").format(
                    name=person.name, day=long_date(day), code=code_of(person.id, day) or "—"
                )
            )
        )
        form = QFormLayout()
        self.errors = FieldErrors()
        self.other = PersonPicker([p for p in people if p.id != person.id])
        self.errors.add_row(form, self.tr("Swap &with"), "other", self.other)
        self.other_day = date_edit(day)
        self.errors.add_row(form, self.tr("Their &day"), "other_day", self.other_day)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, and who agreed"))
        self.errors.add_row(form, self.tr("&Reason"), "reason", self.reason)
        layout.addLayout(form)
        self.preview = QLabel()
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("S&wap"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save.setDefault(True)
        self.other.currentIndexChanged.connect(self._update_preview)
        self.other_day.dateChanged.connect(self._update_preview)
        self._update_preview()
        self.other.setFocus()

    def _update_preview(self) -> None:
        other = self.other.person_id()
        if other is None:
            self.preview.clear()
            return
        mine = self._code_of(self._person.id, self._day) or "—"
        theirs = self._code_of(other, to_date(self.other_day.date())) or "—"
        self.preview.setText(
            self.tr("After the swap: {me} {theirs}, {other} {mine}.").format(
                me=self._person.name, theirs=theirs, other=self._names.get(other, ""), mine=mine
            )
        )

    def _save(self) -> None:
        other = self.other.person_id()
        if other is None:
            self.errors.show([FieldError("other", "field_required")])
            return
        self.errors.clear()
        self._submit(other, "")

    def _submit(self, other: int, override: str) -> None:
        mine, my_day = self._person.id, self._day
        their_day, reason = to_date(self.other_day.date()), self.reason.text()
        Operation(
            self,
            self._ctx,
            lambda action: changes.swap_duties(
                action, mine, my_day, other, their_day, reason, override_reason=override
            ),
        ).on_invalid(self._refused).on_error(
            HardRuleError, lambda error: self._ask_reason(other, error)
        ).on_success(self._saved).run()

    def _ask_reason(self, other: int, error: HardRuleError) -> None:
        """The swap would break a hard rule: made anyway only with a reason, which is
        recorded."""
        posts = dict(grid.posts(self._ctx.db))
        problems = "\n".join(f"• {describe(c, self._names, posts)}" for c in error.conflicts)
        override, ok = QInputDialog.getText(
            self,
            self.tr("Rule broken"),
            self.tr(
                "This swap breaks a rule:\n{problems}\n\nTo swap anyway, give the "
                "reason (it is recorded):"
            ).format(problems=problems),
        )
        override = override.strip() if ok else ""
        if override:
            self._submit(other, override)

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            warn_refused(self, self.windowTitle(), leftover)

    def _saved(self, swap: SwapRecord) -> None:
        self.swap = swap
        self.accept()
