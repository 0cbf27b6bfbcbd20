"""The first start of a real database: who will administer it. Nothing has a default
password; the Administrator chooses theirs here."""

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
from rutan_desk.services.accounts.admin import create_first_administrator
from rutan_desk.services.accounts.records import TEXT_LIMITS, AccountRecord
from rutan_desk.services.database import Database
from rutan_desk.services.errors import ValidationError
from rutan_desk.ui.widgets.field_errors import FieldErrors


class FirstAdministratorDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.account: AccountRecord | None = None
        self.setWindowTitle(self.tr("First start: the Administrator"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the Administrator's account: it "
                "makes the accounts of the others (clerk, Karupam, Ka KPR, Karutan) and keeps "
                "the settings and backups. Choose a password only you know."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.login = QLineEdit("admin")
        self.login.setMaxLength(TEXT_LIMITS["login"])
        self.errors.add_row(form, self.tr("&Login"), "login", self.login)
        self.name = QLineEdit()
        self.name.setMaxLength(TEXT_LIMITS["display_name"])
        self.errors.add_row(form, self.tr("&Name"), "display_name", self.name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("&Password"), "password", self.password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("&Repeat"), "again", self.again)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        create = buttons.addButton(
            self.tr("&Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("E&xit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        create.setDefault(True)
        self.name.setFocus()

    def create(self) -> None:
        self.errors.clear()
        if self.password.text() != self.again.text():
            self.errors.show([FieldError("again", "passwords_differ")])
            return
        try:
            self.account = create_first_administrator(
                self._db, self.login.text(), self.name.text(), self.password.text()
            )
        except ValidationError as error:
            self.errors.show(error.errors)
            return
        self.accept()
