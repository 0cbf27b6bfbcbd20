"""Signing in at the start, after a lock and when switching user on a shared PC."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk import APP_NAME
from rutan_desk.services.accounts.records import active_logins
from rutan_desk.services.accounts.sign_in import SignedIn, SignInRefused, sign_in
from rutan_desk.services.context import Clock
from rutan_desk.services.database import Database
from rutan_desk.services.errors import StoreError
from rutan_desk.ui.failures import describe_failure
from rutan_desk.ui.widgets.field_errors import error_label

WIB = timedelta(hours=7)


class SignInDialog(QDialog):
    """Login and password. A wrong one says so (not which), the third in a row locks the
    account and the dialog says until when. ``locked_login`` fixes the login (the screen lock:
    only that person, or "Ganti pengguna")."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        locked_login: str | None = None,
        demo_note: str = "",
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self.signed_in: SignedIn | None = None
        self.switch_requested = False
        self.setWindowTitle(self.tr("Sign in — {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Screen locked: sign in again to go on.")
            if locked_login
            else self.tr("Sign in with your own account: every change is recorded in its name.")
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.login = QComboBox()
        self.login.setEditable(True)
        self.login.addItems(active_logins(db) if locked_login is None else [locked_login])
        self.login.setCurrentText(locked_login or "")
        self.login.setEnabled(locked_login is None)
        caption = QLabel(self.tr("&Login"))
        caption.setBuddy(self.login)
        form.addRow(caption, self.login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password_caption = QLabel(self.tr("&Password"))
        password_caption.setBuddy(self.password)
        form.addRow(password_caption, self.password)
        layout.addLayout(form)
        self.error = error_label()
        self.error.hide()
        layout.addWidget(self.error)
        if demo_note:
            note = QLabel(demo_note)
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(
            self.tr("Sign &in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        if locked_login is not None:
            switch = buttons.addButton(
                self.tr("S&witch user"), QDialogButtonBox.ButtonRole.ActionRole
            )
            switch.clicked.connect(self._switch)
        buttons.addButton(self.tr("E&xit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sign_in_button.setDefault(True)
        (self.password if locked_login else self.login).setFocus()
        self.resize(440, self.sizeHint().height())

    def try_sign_in(self) -> None:
        try:
            self.signed_in = sign_in(
                self._db, self.login.currentText(), self.password.text(), self._clock
            )
        except SignInRefused as refused:
            self._refused(refused)
            return
        except StoreError as error:  # busy, read-only, damaged: said as everywhere else
            failure = describe_failure(error, "")
            self.error.setText(f"{failure.title}: {failure.text}")
            self.error.show()
            return
        self.accept()

    def _refused(self, refused: SignInRefused) -> None:
        self.password.clear()
        self.password.setFocus()
        if refused.reason == "locked" and refused.locked_until is not None:
            until = refused.locked_until + WIB
            text = self.tr(
                "Too many wrong passwords: this account is locked until {time} WIB. Ask the "
                "Administrator if you cannot wait."
            ).format(time=_clock_text(until))
        elif refused.reason == "inactive":
            text = self.tr("This account is no longer active. Ask the Administrator.")
        elif refused.reason == "password_change":
            text = self.tr(
                "This account must first set a new password, which cannot be saved while the "
                "database is open for viewing only. Sign in with another account."
            )
        else:
            text = self.tr("Wrong login or password.")
        self.error.setText(text)
        self.error.show()

    def _switch(self) -> None:
        self.switch_requested = True
        self.reject()


def _clock_text(moment: datetime) -> str:
    return f"{moment:%H.%M}"
