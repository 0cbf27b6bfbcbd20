"""Changing one's own password: forced at the first sign-in and after a reset."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.services.accounts.sign_in import change_own_password
from rutan_desk.services.errors import ValidationError
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors


class PasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, forced: bool) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Change password"))
        layout = QVBoxLayout(self)
        if forced:
            note = QLabel(
                self.tr(
                    "The password you signed in with was given to you: choose your own now. "
                    "Nobody else, the Administrator included, will know it."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("&Current password"), "old_password", self.old)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("&New password"), "password", self.new)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("&Repeat"), "again", self.again)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(
            self.tr("E&xit") if forced else self.tr("Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        save.setDefault(True)
        self.old.setFocus()

    def save(self) -> None:
        self.errors.clear()
        if self.new.text() != self.again.text():
            self.errors.show([FieldError("again", "passwords_differ")])
            return
        old, new = self.old.text(), self.new.text()
        Operation(self, self._ctx, lambda action: change_own_password(action, old, new)).on_invalid(
            self._refused
        ).on_success(lambda _result: self.accept()).run()

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
