"""The Administrator's screen for accounts and roles: who may sign in and as what, what each
role may do (the permission matrix), and after how long an unattended screen locks itself.

Every change is one service call through the operation runner, with the version of the
account the form was opened with; what a service refuses is shown beside the field. The
services check the permission again whatever this screen shows.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.accounts import (
    ADMINISTRATOR_KEEPS,
    MAX_IDLE_MINUTES,
    Permission,
    Role,
    login_errors,
    password_errors,
)
from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import clock, from_utc, moment_text
from rutan_desk.domain.nip import format_nip
from rutan_desk.domain.staff import StaffKind
from rutan_desk.services.accounts import admin
from rutan_desk.services.accounts.records import (
    TEXT_LIMITS,
    AccountRecord,
    list_accounts,
    may,
    permission_matrix,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import PermissionDeniedError, ValidationError
from rutan_desk.services.staff.records import StaffRecord, list_staff
from rutan_desk.ui.accounts.labels import (
    MATRIX_PERMISSIONS,
    permission_texts,
    role_hint,
    role_label,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.session import IDLE_MINUTES_KEY, idle_minutes
from rutan_desk.ui.widgets.record_lists import FormDialog
from rutan_desk.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordSortProxy,
    RecordTableModel,
    sortable_proxy,
)
from rutan_desk.ui.widgets.tables import open_on_enter

STATUS_COLUMN = 4  # takes the spare width: "Locked until 13.05 WIB; Must change password"
# Starting widths of the other columns, in characters.
_ACCOUNT_WIDTHS = {0: 16, 1: 26, 2: 17, 3: 26, 5: 25}


def account_status(account: AccountRecord, now_utc: datetime) -> str:
    """Active, inactive, locked until when, or waiting for its own password."""
    if not account.active:
        return QCoreApplication.translate("AccountsDialog", "Inactive")
    parts: list[str] = []
    if account.locked_until is not None and now_utc < account.locked_until:
        parts.append(
            QCoreApplication.translate("AccountsDialog", "Locked until {time}").format(
                time=clock(from_utc(account.locked_until))
            )
        )
    if account.must_change_password:
        parts.append(QCoreApplication.translate("AccountsDialog", "Must change password"))
    return "; ".join(parts) if parts else QCoreApplication.translate("AccountsDialog", "Active")


def _status_order(account: AccountRecord, now_utc: datetime) -> tuple[int, str]:
    if not account.active:
        rank = 3
    elif account.locked_until is not None and now_utc < account.locked_until:
        rank = 2
    elif account.must_change_password:
        rank = 1
    else:
        rank = 0
    return rank, account.login


# -- the forms ----------------------------------------------------------------------------


class _Form(FormDialog):
    """The forms of this screen show wrapped hints: they open as tall as those need, and grow
    when a refusal appears beside a field."""

    fit_wrapped_text = True

    def show_refused(self, error: ValidationError) -> None:
        super().show_refused(error)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)


class _AccountForm(_Form):
    """What the add and edit forms share: the name, the role and the linked person."""

    def gone_text(self) -> str:
        return QCoreApplication.translate(
            "AccountsDialog",
            "This account, or the person linked to it, no longer exists (changed on another "
            "computer).",
        )

    def _role_combo(self, current: Role) -> QComboBox:
        combo = QComboBox()
        for role in Role:
            combo.addItem(role_label(role), role.value)
            combo.setItemData(combo.count() - 1, role_hint(role), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(current.value), 0))
        return combo

    def _person_combo(self, people: list[StaffRecord], current: int | None) -> QComboBox:
        """Active own staff (and the person linked now, whoever they are), searchable by any
        part of the name or NIP."""
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(QCoreApplication.translate("_AccountForm", "(nobody)"), None)
        for person in people:
            if person.id == current or (person.active and person.kind == StaffKind.INTERNAL):
                text = f"{person.name} — {format_nip(person.nip)}" if person.nip else person.name
                combo.addItem(text, person.id)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        line_edit = combo.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(
                QCoreApplication.translate("_AccountForm", "Type to search a name")
            )
        return combo

    @staticmethod
    def chosen_person(combo: QComboBox) -> int | None:
        """The person whose line matches the typed text (or the only one containing it);
        None for nobody. An unknown text is refused beside the field."""
        text = combo.currentText().strip()
        if not text or combo.findText(text, Qt.MatchFlag.MatchFixedString) == 0:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [
                i
                for i in range(1, combo.count())
                if text.casefold() in combo.itemText(i).casefold()
            ]
            if len(matches) != 1:
                raise ValidationError([FieldError("staff", "staff_not_chosen")])
            index = matches[0]
        data = combo.itemData(index)
        return int(data) if data is not None else None


class AddAccountDialog(_AccountForm):
    """A new account with a temporary password, which its owner changes at the first
    sign-in."""

    def __init__(self, ctx: AppContext, people: list[StaffRecord], parent: QWidget) -> None:
        super().__init__(ctx, parent)
        self.saved: AccountRecord | None = None
        self.setWindowTitle(self.tr("Add account"))
        self.setMinimumWidth(480)
        self.login_edit = QLineEdit()
        self.login_edit.setMaxLength(TEXT_LIMITS["login"])
        self.login_edit.setPlaceholderText(self.tr("e.g. budi.s"))
        self.errors.add_row(self.form, self.tr("&Login"), "login", self.login_edit)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(TEXT_LIMITS["display_name"])
        self.errors.add_row(self.form, self.tr("&Name"), "display_name", self.name_edit)
        self.role_combo = self._role_combo(Role.OPERATOR)
        self.errors.add_row(self.form, self.tr("&Role"), "role", self.role_combo)
        self.person_combo = self._person_combo(people, None)
        self.person_combo.activated.connect(self._name_from_person)
        self.errors.add_row(self.form, self.tr("Linked &person"), "staff", self.person_combo)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(
            self.form, self.tr("&Temporary password"), "password", self.password_edit
        )
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(self.form, self.tr("Repe&at"), "again", self.again_edit)
        hint = QLabel(
            self.tr(
                "Give the temporary password to its owner in person. At the first sign-in "
                "they must choose their own password; until then the account can do nothing "
                "else. Signatures and approvals of an account linked to a person carry that "
                "person's name, rank and NIP."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        self.form.addRow(hint)
        self._finish(self.tr("&Save"), self.tr("Cancel"))
        self.login_edit.setFocus()

    def _name_from_person(self, index: int) -> None:
        """Choosing a person fills an empty name with theirs."""
        if index > 0 and not self.name_edit.text().strip():
            self.name_edit.setText(self.person_combo.itemText(index).split(" — ")[0])

    def submit(self, action: ActionContext) -> AccountRecord:
        login, password = self.login_edit.text().strip().casefold(), self.password_edit.text()
        errors: list[FieldError] = []
        try:
            staff_id = self.chosen_person(self.person_combo)
        except ValidationError as refused:
            staff_id, errors = None, refused.errors
        if password != self.again_edit.text():
            errors.append(FieldError("again", "passwords_differ"))
        if errors:  # the form's own refusals, with what the service would refuse as well
            errors += login_errors(login) + password_errors(password, login=login)
            if not self.name_edit.text().strip():
                errors.append(FieldError("display_name", "field_required"))
            raise ValidationError(errors)
        self.saved = admin.create_account(
            action,
            self.login_edit.text(),
            self.name_edit.text(),
            Role(self.role_combo.currentData()),
            self.password_edit.text(),
            staff_id=staff_id,
        )
        return self.saved


class EditAccountDialog(_AccountForm):
    """An account's name, role, linked person and whether it may sign in."""

    def __init__(
        self,
        ctx: AppContext,
        account: AccountRecord,
        people: list[StaffRecord],
        parent: QWidget,
    ) -> None:
        super().__init__(ctx, parent)
        self._account = account
        self.setWindowTitle(self.tr("Edit account {login}").format(login=account.login))
        self.setMinimumWidth(480)
        login = QLabel(account.login)
        login.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Login"), login)
        self.name_edit = QLineEdit(account.display_name)
        self.name_edit.setMaxLength(TEXT_LIMITS["display_name"])
        self.errors.add_row(self.form, self.tr("&Name"), "display_name", self.name_edit)
        self.role_combo = self._role_combo(account.role)
        self.errors.add_row(self.form, self.tr("&Role"), "role", self.role_combo)
        self.person_combo = self._person_combo(people, account.staff_id)
        self.errors.add_row(self.form, self.tr("Linked &person"), "staff", self.person_combo)
        self.active_check = QCheckBox(self.tr("&Active: may sign in"))
        self.active_check.setChecked(account.active)
        self.errors.add_row(self.form, "", "active", self.active_check)
        if account.id == ctx.actor.account_id:
            note = QLabel(
                self.tr(
                    "This is your own account: without the Administrator role you can no "
                    "longer manage accounts."
                )
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            self.form.addRow(note)
        self._finish(self.tr("&Save"), self.tr("Cancel"))
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    def submit(self, action: ActionContext) -> AccountRecord:
        account = self._account
        return admin.update_account(
            action,
            account.id,
            display_name=self.name_edit.text(),
            role=Role(self.role_combo.currentData()),
            staff_id=self.chosen_person(self.person_combo),
            active=self.active_check.isChecked(),
            expected_version=account.version,
        )


class ResetPasswordDialog(_Form):
    """A new temporary password for someone who forgot theirs or is locked out."""

    def __init__(self, ctx: AppContext, account: AccountRecord, parent: QWidget) -> None:
        super().__init__(ctx, parent)
        self._account = account
        self.setWindowTitle(self.tr("Reset password of {login}").format(login=account.login))
        self.setMinimumWidth(440)
        about = QLabel(
            self.tr("{name} ({login})").format(name=account.display_name, login=account.login)
        )
        self.form.addRow(about)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(
            self.form, self.tr("&Temporary password"), "password", self.password_edit
        )
        self.again_edit = QLineEdit()
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(self.form, self.tr("Repe&at"), "again", self.again_edit)
        hint = QLabel(
            self.tr(
                "The old password stops working now, and a lock-out after wrong passwords "
                "ends. At the next sign-in the owner must choose their own password."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        self.form.addRow(hint)
        self._finish(self.tr("&Save"), self.tr("Cancel"))
        self.password_edit.setFocus()

    def gone_text(self) -> str:
        return QCoreApplication.translate(
            "AccountsDialog", "This account no longer exists (changed on another computer)."
        )

    def submit(self, action: ActionContext) -> None:
        password = self.password_edit.text()
        if password != self.again_edit.text():
            refused = password_errors(password, login=self._account.login)
            raise ValidationError([FieldError("again", "passwords_differ"), *refused])
        admin.reset_password(
            action,
            self._account.id,
            self.password_edit.text(),
            expected_version=self._account.version,
        )


# -- the dialog ---------------------------------------------------------------------------


class AccountsDialog(QDialog):
    """Tabs: the accounts, the permission matrix, the idle lock. Only for an account that may
    manage accounts; anyone else is told so and the dialog closes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Accounts and roles"))
        self.allowed = may(ctx.db, ctx.actor, Permission.ACCOUNTS_MANAGE)
        self._matrix: dict[Role, frozenset[Permission]] = {}
        self.model: RecordTableModel[AccountRecord] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_accounts_page(), self.tr("Acc&ounts"))
        self.tabs.addTab(self._build_matrix_page(), self.tr("Per&missions"))
        self.tabs.addTab(self._build_session_page(), self.tr("Sessio&n"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 620)
        if self.allowed:
            self.reload()
        self.table.setFocus()

    # -- refusing ---------------------------------------------------------------------------
    def exec(self) -> int:
        if not self.allowed:
            self.explain_refusal()
            return int(QDialog.DialogCode.Rejected.value)
        return super().exec()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.allowed:  # shown without exec(): say why, then close
            QTimer.singleShot(0, self._refuse_and_close)

    def _refuse_and_close(self) -> None:
        self.explain_refusal()
        self.reject()

    def explain_refusal(self) -> None:
        """Someone who may not manage accounts opened this screen: say who may."""
        holders = sorted(
            (
                role
                for role, allowed in permission_matrix(self._ctx.db).items()
                if Permission.ACCOUNTS_MANAGE in allowed
            ),
            key=list(Role).index,
        )
        names = ", ".join(role_label(role) for role in holders) or role_label(Role.ADMINISTRATOR)
        QMessageBox.information(
            self,
            self.tr("Accounts and roles"),
            self.tr(
                "Accounts and roles are managed by the Administrator: this needs the role "
                "{roles}. Ask the Administrator of this office."
            ).format(roles=names),
        )

    # -- building: accounts ----------------------------------------------------------------
    def _columns(self) -> list[Column[AccountRecord]]:
        return [
            Column(self.tr("Login"), lambda a: a.login),
            Column(self.tr("Name"), lambda a: a.display_name),
            Column(
                self.tr("Role"),
                lambda a: role_label(a.role),
                sort=lambda a: list(Role).index(a.role),
                tooltip=lambda a: role_hint(a.role),
            ),
            Column(self.tr("Linked person"), lambda a: a.staff_name),
            Column(
                self.tr("Status"),
                lambda a: account_status(a, self._now()),
                sort=lambda a: _status_order(a, self._now()),
            ),
            Column(
                self.tr("Last sign-in"),
                lambda a: moment_text(a.last_sign_in) if a.last_sign_in else self.tr("never"),
                sort=lambda a: a.last_sign_in or datetime.min,
            ),
        ]

    def _build_accounts_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        caption = QLabel(self.tr("Accounts tha&t may sign in on this database"))
        self.table = QTableView()
        caption.setBuddy(self.table)
        self.table.setModel(self.proxy)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Stretch)
        character = self.table.fontMetrics().averageCharWidth()
        self.table.setSortingEnabled(True)  # first: the sort arrow is part of a heading's width
        for column, characters in _ACCOUNT_WIDTHS.items():
            # Never narrower than the heading: "Nama pengguna" is longer than "Login".
            width = max(characters * character, header.sectionSizeHint(column))
            self.table.setColumnWidth(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        open_on_enter(self.table, self.edit_account)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_account)
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        for button in (self.add_button, self.edit_button, self.reset_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        hint = QLabel(
            self.tr(
                "A new or reset password is temporary: its owner must change it at the next "
                "sign-in. Three wrong passwords in a row lock an account for 15 minutes; a "
                "reset ends the lock at once."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        return page

    # -- building: matrix ------------------------------------------------------------------
    def _build_matrix_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        caption = QLabel(
            self.tr(
                "&What each role may do. Tick or untick with the Space key or the mouse; the "
                "services check these permissions on every PC at the next action."
            )
        )
        caption.setWordWrap(True)
        roles = list(Role)
        self.matrix_table = QTableWidget(len(MATRIX_PERMISSIONS), 2 + len(roles))
        caption.setBuddy(self.matrix_table)
        self.matrix_table.setHorizontalHeaderLabels(
            [self.tr("Permission"), self.tr("Covers")] + [role_label(r) for r in roles]
        )
        for column, role in enumerate(roles, start=2):
            header_item = self.matrix_table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(role_hint(role))
        self.matrix_table.verticalHeader().hide()
        self.matrix_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix_table.setTabKeyNavigation(False)
        self.matrix_table.setWordWrap(False)
        self.matrix_table.verticalHeader().setDefaultSectionSize(
            self.matrix_table.fontMetrics().height() + 8
        )
        for row, permission in enumerate(MATRIX_PERMISSIONS):
            name, covers = permission_texts(permission)
            name_item = QTableWidgetItem(name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            name_item.setToolTip(covers)
            covers_item = QTableWidgetItem(covers)
            covers_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            covers_item.setToolTip(covers)
            self.matrix_table.setItem(row, 0, name_item)
            self.matrix_table.setItem(row, 1, covers_item)
            for column, role in enumerate(roles, start=2):
                box = QTableWidgetItem()
                box.setData(Qt.ItemDataRole.UserRole, (role.value, permission.value))
                if role == Role.ADMINISTRATOR and permission in ADMINISTRATOR_KEEPS:
                    box.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # ticked, not enabled
                    box.setToolTip(
                        self.tr("The Administrator always keeps this: otherwise nobody could.")
                    )
                else:
                    box.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    box.setToolTip(f"{role_label(role)}: {name}")
                box.setCheckState(Qt.CheckState.Unchecked)
                self.matrix_table.setItem(row, column, box)
        header = self.matrix_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        character = self.matrix_table.fontMetrics().averageCharWidth()
        self.matrix_table.setColumnWidth(0, 28 * character)
        for column in range(2, 2 + len(roles)):
            # As wide as the widest role's name: the descriptions get the rest.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_table.itemChanged.connect(lambda _item: self._update_matrix_buttons())

        buttons = QHBoxLayout()
        self.save_matrix_button = QPushButton(self.tr("Sa&ve permissions"))
        self.save_matrix_button.clicked.connect(self.save_matrix)
        self.revert_matrix_button = QPushButton(self.tr("&Undo changes"))
        self.revert_matrix_button.clicked.connect(self.load_matrix)
        for button in (self.save_matrix_button, self.revert_matrix_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        self.matrix_note = QLabel(
            self.tr(
                "The Administrator always keeps the management of accounts, so that someone "
                "can give back what was taken away."
            )
        )
        self.matrix_note.setWordWrap(True)
        self.matrix_note.setStyleSheet("color: #555555;")
        layout.addWidget(caption)
        layout.addWidget(self.matrix_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.matrix_note)
        return page

    # -- building: session -----------------------------------------------------------------
    def _build_session_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(0, MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(self.tr(" minutes"))
        self.idle_spin.setSpecialValueText(self.tr("never"))
        self.idle_spin.setValue(min(idle_minutes(self._ctx.settings), MAX_IDLE_MINUTES))
        self.idle_spin.setMinimumWidth(160)
        label = QLabel(self.tr("&Lock the screen after"))
        label.setBuddy(self.idle_spin)
        form.addRow(label, self.idle_spin)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "After this time without a key press or mouse movement the screen locks: only "
                "the same person's password, or switching user, opens it again. 0 means "
                "never. The setting is kept on this computer and applies from the next "
                "sign-in."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        layout.addWidget(note)
        row = QHBoxLayout()
        self.save_session_button = QPushButton(self.tr("Sa&ve"))
        self.save_session_button.setAutoDefault(False)
        self.save_session_button.clicked.connect(self.save_session)
        row.addWidget(self.save_session_button)
        self.session_saved_label = QLabel()
        row.addWidget(self.session_saved_label)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self.idle_spin.valueChanged.connect(lambda _v: self.session_saved_label.clear())
        return page

    # -- loading ---------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self._ctx.action().utc_now()

    def reload(self, select_id: int | None = None) -> None:
        """Read the accounts (keeping the chosen one, or choosing ``select_id``) and the
        matrix."""
        chosen = self.selected()
        try:
            accounts = list_accounts(self._ctx.action())
        except PermissionDeniedError:  # the role was taken away meanwhile
            self.allowed = False
            accounts = []
        self.model.set_rows(accounts)
        wanted = select_id if select_id is not None else (chosen.id if chosen else None)
        if wanted is None or not self.select_account(wanted):
            self._select_row(0)
        self.load_matrix()
        self._update_buttons()

    def load_matrix(self) -> None:
        """Show the matrix as it is in the database (unsaved ticks are dropped)."""
        self._matrix = permission_matrix(self._ctx.db)
        self.matrix_table.blockSignals(True)
        for row, permission in enumerate(MATRIX_PERMISSIONS):
            for column, role in enumerate(Role, start=2):
                item = self.matrix_table.item(row, column)
                assert item is not None
                ticked = permission in self._matrix.get(role, frozenset()) or (
                    role == Role.ADMINISTRATOR and permission in ADMINISTRATOR_KEEPS
                )
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.matrix_table.blockSignals(False)
        self._update_matrix_buttons()

    # -- selection -------------------------------------------------------------------------
    def selected(self) -> AccountRecord | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        account = index.data(RECORD_ROLE)
        return account if isinstance(account, AccountRecord) else None

    def select_account(self, account_id: int) -> bool:
        row = self.model.row_where(lambda a: a.id == account_id)
        if row is None:
            return False
        return self._select_row(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _select_row(self, row: int) -> bool:
        if not 0 <= row < self.proxy.rowCount():
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.proxy.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen)

    # -- account actions -------------------------------------------------------------------
    def _people(self) -> list[StaffRecord]:
        return list_staff(self._ctx.db)

    def add_account(self) -> None:
        form = AddAccountDialog(self._ctx, self._people(), self)
        form.exec()
        self._after_form(form.saved.id if form.saved else None)

    def edit_account(self) -> None:
        account = self.selected()
        if account is None:
            return
        form = EditAccountDialog(self._ctx, account, self._people(), self)
        form.exec()
        self._after_form(account.id)

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        form = ResetPasswordDialog(self._ctx, account, self)
        form.exec()
        self._after_form(account.id)

    def _after_form(self, account_id: int | None) -> None:
        """Read the list again (whatever the form did, another PC may have changed it), and
        close when the one signed in may no longer manage accounts."""
        self.allowed = may(self._ctx.db, self._ctx.actor, Permission.ACCOUNTS_MANAGE)
        if not self.allowed:
            self.explain_refusal()
            self.reject()
            return
        self.reload(account_id)
        self.table.setFocus()

    # -- matrix actions --------------------------------------------------------------------
    def ticked_matrix(self) -> dict[Role, frozenset[Permission]]:
        """The matrix as ticked on screen."""
        ticked: dict[Role, set[Permission]] = {role: set() for role in Role}
        for row, permission in enumerate(MATRIX_PERMISSIONS):
            for column, role in enumerate(Role, start=2):
                item = self.matrix_table.item(row, column)
                if item is not None and item.checkState() == Qt.CheckState.Checked:
                    ticked[role].add(permission)
        return {role: frozenset(found) for role, found in ticked.items()}

    def _changed_roles(self) -> dict[Role, frozenset[Permission]]:
        ticked = self.ticked_matrix()
        shown = set(MATRIX_PERMISSIONS)
        return {
            role: permissions
            for role, permissions in ticked.items()
            if permissions != self._matrix.get(role, frozenset()) & shown
        }

    def _update_matrix_buttons(self) -> None:
        dirty = bool(self._changed_roles())
        self.save_matrix_button.setEnabled(dirty)
        self.revert_matrix_button.setEnabled(dirty)

    def save_matrix(self) -> None:
        """Save the roles whose ticks changed, all together."""
        changed = self._changed_roles()
        if not changed:
            return

        def apply(action: ActionContext) -> None:
            admin.set_permission_matrix(action, changed)

        Operation(self, self._ctx, apply, title=self.tr("Permissions")).after_failure(
            lambda _error: self.load_matrix()
        ).on_success(lambda _result: self.load_matrix()).run()

    # -- session ---------------------------------------------------------------------------
    def save_session(self) -> None:
        minutes = self.idle_spin.value()
        self._ctx.settings.setValue(IDLE_MINUTES_KEY, minutes)
        self._ctx.settings.sync()
        self.session_saved_label.setText(
            self.tr("Saved: applies from the next sign-in.")
            if minutes
            else self.tr("Saved: the screen will not lock by itself (from the next sign-in).")
        )

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self.allowed and self._changed_roles():
            answer = QMessageBox.question(
                self,
                self.tr("Accounts and roles"),
                self.tr("The permissions were changed but not saved. Close without saving?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
