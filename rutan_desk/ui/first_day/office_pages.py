"""The office's steps of the first-day assistant: the accounts, the institution profile with
its logo, and the staff (imported from Excel or typed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import ValidationError
from rutan_desk.domain.nip import format_nip
from rutan_desk.services import institution as institution_service
from rutan_desk.services.accounts.admin import grant_own_role
from rutan_desk.services.accounts.records import active_logins, may
from rutan_desk.services.logo_image import logo_from_file
from rutan_desk.services.readiness import Readiness
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.first_day.page import Page
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.logo_preview import LogoPreview, choose_logo_path

# The permissions the assistant's steps need, with what each lets the account do.
_FIRST_DAY_RIGHTS = (
    (Permission.SETTINGS_EDIT, QT_TRANSLATE_NOOP("AccountPage", "the institution profile")),
    (Permission.STAFF_EDIT, QT_TRANSLATE_NOOP("AccountPage", "the staff")),
    (
        Permission.ROSTER_SETUP,
        QT_TRANSLATE_NOOP("AccountPage", "the regu, shifts, posts and holidays"),
    ),
    (Permission.ROSTER_EDIT, QT_TRANSLATE_NOOP("AccountPage", "planning the month")),
)


class AccountPage(Page):
    """Who is signed in, and the accounts of the others (added in the accounts dialog)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Accounts"),
            self.tr(
                "Every person who uses Rutan Desk signs in with their own account. The "
                "Administrator adds the accounts of the clerks (Operator), the Karupam and the "
                "heads; you can do it now or later under Settings → Accounts and roles."
            ),
        )
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.rights = QLabel()
        self.rights.setWordWrap(True)
        self.accounts_button = QPushButton(self.tr("&Accounts and roles…"))
        self.accounts_button.clicked.connect(self._open_accounts)
        self.grant_button = QPushButton(self.tr("&Give my role these rights"))
        self.grant_button.setToolTip(
            self.tr(
                "For an office where one clerk sets everything up: the rights are added to "
                "your role (every account of that role gets them; recorded in the audit trail)."
            )
        )
        self.grant_button.clicked.connect(self._grant_rights)
        row = QHBoxLayout()
        row.addWidget(self.accounts_button)
        row.addWidget(self.grant_button)
        row.addStretch()
        self.body.addWidget(self.who)
        self.body.addWidget(self.rights)
        self.body.addLayout(row)
        self.body.addStretch()

    def refresh(self, state: Readiness) -> None:
        actor = self._ctx.actor
        logins = active_logins(self._ctx.db)
        self.who.setText(
            self.tr("You are signed in as {name}. The database has {count} account(s).").format(
                name=actor.label, count=len(logins)
            )
        )
        missing = [
            self.tr(label)
            for permission, label in _FIRST_DAY_RIGHTS
            if not may(self._ctx.db, actor, permission)
        ]
        self.rights.setText(
            self.tr(
                "Your role may not set up: {parts}. Give your role these rights in the "
                "accounts dialog (roles), or sign in as an Operator for those steps."
            ).format(parts=", ".join(missing))
            if missing
            else self.tr("Your account may do every step of this assistant.")
        )
        manages = may(self._ctx.db, actor, Permission.ACCOUNTS_MANAGE)
        self.accounts_button.setEnabled(manages)
        self.grant_button.setVisible(bool(missing) and manages)

    def first_field(self) -> QWidget | None:
        return self.accounts_button if self.accounts_button.isEnabled() else None

    def _open_accounts(self) -> None:
        from rutan_desk.ui.accounts.accounts_dialog import AccountsDialog

        AccountsDialog(self._ctx, self).exec()
        self.refresh_rights()

    def _grant_rights(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Give my role these rights"),
            self.tr(
                "Every account with your role will also be able to set up the staff, the roster "
                "and the profile. Go on?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        rights = [permission for permission, _label in _FIRST_DAY_RIGHTS]
        Operation(self, self._ctx, lambda action: grant_own_role(action, rights)).on_success(
            lambda _added: self.refresh_rights()
        ).run()

    def refresh_rights(self) -> None:
        from rutan_desk.services.readiness import readiness

        self.refresh(readiness(self._ctx.db, on=self._ctx.today()))


class ProfilePage(Page):
    """The essential lines of the letterhead and the signatory, and the logo; the rest of the
    profile is in Settings → Institution profile."""

    FIELDS = ("unit_name", "regional_office", "address", "city", "head_title", "head_name")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Institution profile and letterhead"),
            self.tr(
                "These lines head every letter and sheet Rutan Desk prints. The ministry, the "
                "directorate, the phone and the paper size are under Settings → Institution "
                "profile."
            ),
        )
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        labels = {
            "unit_name": self.tr("&Unit name"),
            "regional_office": self.tr("Regional &office (Kanwil)"),
            "address": self.tr("&Address"),
            "city": self.tr('&City ("Dikeluarkan di")'),
            "head_title": self.tr("Head's &title"),
            "head_name": self.tr("Head's na&me"),
        }
        for name in self.FIELDS:
            edit = QLineEdit()
            self.edits[name] = edit
            self.errors.add_row(form, labels[name], name, edit)
        self.nip_edit = QLineEdit()
        self.errors.add_row(form, self.tr("Head's N&IP"), "head_nip", self.nip_edit)
        logo_box = QWidget()
        logo_row = QHBoxLayout(logo_box)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.logo_preview = LogoPreview()
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.clicked.connect(self._choose_logo)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_button)
        logo_row.addStretch()
        self.errors.add_row(form, self.tr("Logo"), "logo", logo_box, focus=self.logo_button)
        self.body.addLayout(form)
        self.body.addStretch()
        self._saved = institution_service.saved_profile(ctx.db)
        self._logo = self._saved.profile.logo

    def refresh(self, state: Readiness) -> None:
        self._saved = institution_service.saved_profile(self._ctx.db)
        profile = self._saved.profile
        for name in self.FIELDS:
            self.edits[name].setText(getattr(profile, name))
            self.edits[name].setCursorPosition(0)
        self.nip_edit.setText(format_nip(profile.head_nip))
        self._show_logo(profile.logo)
        self.show_done(
            self.tr("The profile was saved before; correct it here or pass this step.")
            if state.profile_saved
            else ""
        )

    def first_field(self) -> QWidget | None:
        return self.edits["unit_name"]

    def _show_logo(self, data: bytes | None) -> None:
        self._logo = data
        self.logo_preview.show_logo(data)

    def _choose_logo(self) -> None:
        path = choose_logo_path(self)
        if path is not None:
            self.choose_logo_file(path)

    def choose_logo_file(self, path: Path) -> bool:
        """Take the logo in ``path`` as the service keeps it (decoded, bounded, a PNG)."""
        self.errors.clear()
        return (
            Operation(self, self._ctx, lambda _action: logo_from_file(path))
            .on_invalid(self._refused)
            .on_success(self._show_logo)
            .run()
        )

    def save(self, done: Callable[[], None]) -> None:
        self.errors.clear()
        self.show_error("")
        if not self.allowed(Permission.SETTINGS_EDIT):
            return
        text = {name: edit.text() for name, edit in self.edits.items()}
        profile = replace(
            self._saved.profile,
            unit_name=text["unit_name"],
            regional_office=text["regional_office"],
            address=text["address"],
            city=text["city"],
            head_title=text["head_title"],
            head_name=text["head_name"],
            head_nip=self.nip_edit.text(),
            logo=self._logo,
        )
        if self._saved.version and profile == self._saved.profile:
            done()  # nothing changed: no new version of the profile
            return
        version = self._saved.version
        Operation(
            self,
            self._ctx,
            lambda action: institution_service.save_profile(
                action, profile, expected_version=version
            ),
        ).on_invalid(self._refused).on_success(lambda _saved: done()).run()

    def _refused(self, error: ValidationError) -> None:
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            from rutan_desk.ui.messages import message_for

            self.show_error("\n".join(message_for(e) for e in leftover))


class StaffPage(Page):
    """The staff list: imported from an Excel file (the usual way) or typed one by one."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            ctx,
            self.tr("Staff"),
            self.tr(
                "Import the staff list the office keeps in Excel (NIP, name, rank, position and "
                "regu), or type the people one by one. A column “Regu” or “Unit” holding "
                "“Regu I”… lets the next step propose the regu."
            ),
        )
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-size: 12pt;")
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.import_button.clicked.connect(self.import_staff)
        self.type_button = QPushButton(self.tr("&Type a person…"))
        self.type_button.clicked.connect(self.type_person)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.type_button)
        row.addStretch()
        self.body.addLayout(row)
        self.body.addWidget(self.count_label)
        self.body.addStretch()
        self.staff = 0

    def refresh(self, state: Readiness) -> None:
        self.staff = state.staff
        self.count_label.setText(
            self.tr("{count} active staff in the list.").format(count=state.staff)
        )
        self.show_done(
            self.tr("The staff list is there; import again to add or correct people.")
            if state.staff
            else ""
        )
        allowed = may(self._ctx.db, self._ctx.actor, Permission.STAFF_EDIT)
        self.import_button.setEnabled(allowed)
        self.type_button.setEnabled(allowed)
        if not allowed:
            self.allowed(Permission.STAFF_EDIT)

    def first_field(self) -> QWidget | None:
        return self.import_button

    def import_staff(self) -> None:
        from rutan_desk.ui.staff.import_dialog import StaffImportDialog

        StaffImportDialog(self._ctx, self).exec()
        self._reread()

    def type_person(self) -> None:
        from rutan_desk.ui.staff.staff_dialog import StaffDialog

        StaffDialog(self._ctx, parent=self).exec()
        self._reread()

    def _reread(self) -> None:
        from rutan_desk.services.readiness import readiness

        self.refresh(readiness(self._ctx.db, on=self._ctx.today()))

    def save(self, done: Callable[[], None]) -> None:
        if not self.staff:
            self.show_error(self.tr("Import or type the staff first: the regu are made of them."))
            return
        done()
