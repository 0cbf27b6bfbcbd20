"""The Administrator's accounts screen, driven from the keyboard: adding an account, resetting
a locked one, the permission matrix and the idle lock; and anyone else turned away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.accounts import Permission, Role
from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.accounts import admin
from rutan_desk.services.accounts.records import AccountRecord, get_account, may
from rutan_desk.services.accounts.sign_in import (
    SignInRefused,
    change_own_password,
    sign_in,
)
from rutan_desk.services.context import ActionContext
from rutan_desk.services.errors import PermissionDeniedError
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.ui.accounts.accounts_dialog import (
    MATRIX_PERMISSIONS,
    AccountsDialog,
    AddAccountDialog,
    ResetPasswordDialog,
)
from rutan_desk.ui.accounts.labels import permission_texts
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.i18n import install_translator
from rutan_desk.ui.session import IDLE_MINUTES_KEY, idle_minutes

ALT = Qt.KeyboardModifier.AltModifier
TEMPORARY = "sementara-123"


def draft(name: str, nip: str) -> StaffDraft:
    return StaffDraft(
        kind=StaffKind.INTERNAL,
        name=name,
        nip=nip,
        golongan="II/b",
        position="Petugas Pengamanan",
        unit="Regu I",
        status_since=date(2020, 1, 2),
    )


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """No message box may block a test: each is recorded and answered at once (Yes / OK)."""
    shown: list[tuple[str, str]] = []

    def fake(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *_args: object, **_kw: object) -> object:
            shown.append((kind, text))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", fake("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", fake("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(
        QMessageBox, "information", fake("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "question", fake("question", QMessageBox.StandardButton.Yes))
    return shown


def ready_account(ctx: AppContext, login: str, role: Role) -> AccountRecord:
    """An account that has chosen its own password, so that it may act."""
    admin.create_account(ctx.action(), login, login.title(), role, TEMPORARY)
    signed = sign_in(ctx.db, login, TEMPORARY)
    change_own_password(ActionContext(ctx.db, signed.account.actor()), TEMPORARY, f"sandi-{login}")
    return get_account(ctx.db, signed.account.id)


def open_dialog(qtbot: QtBot, ctx: AppContext) -> AccountsDialog:
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def with_modal(qtbot: QtBot, trigger: Callable[[], None], fill: Callable[[QDialog], None]) -> None:
    """Run ``trigger``, which opens a modal form, and ``fill`` that form once it is up. The
    form is closed whatever ``fill`` does, so no test can hang on it."""
    state = {"done": False, "tries": 0}

    def handle() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QDialog):
            state["tries"] += 1
            if state["tries"] < 300:
                QTimer.singleShot(10, handle)
            else:
                state["done"] = True
            return
        try:
            modal.activateWindow()
            qtbot.waitUntil(modal.isActiveWindow, timeout=2000)
            focus = modal.focusWidget()
            if focus is not None:
                focus.setFocus()
            fill(modal)
        finally:
            if modal.isVisible():
                modal.reject()
            state["done"] = True

    window = QApplication.activeWindow()
    QTimer.singleShot(0, handle)
    trigger()
    qtbot.waitUntil(
        lambda: state["done"] and QApplication.activeModalWidget() is None, timeout=5000
    )
    assert state["tries"] < 300, "the form did not open"
    if window is not None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def press_alt(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    """Alt+key as the user types it: into the widget that has the focus."""
    qtbot.keyClick(window.focusWidget() or window, key, ALT)


def type_into(qtbot: QtBot, window: QWidget, text: str) -> None:
    focus = window.focusWidget()
    assert focus is not None
    qtbot.keyClicks(focus, text)


def keyboard_target() -> QWidget:
    """Where a key typed now goes: an open pop-up list (a completer's), else the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    return widget


def shown_rows(dialog: AccountsDialog) -> dict[str, list[str]]:
    """Each listed account's cells, by login."""
    proxy = dialog.proxy
    rows: dict[str, list[str]] = {}
    for row in range(proxy.rowCount()):
        cells = [str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
        rows[cells[0]] = cells
    return rows


def test_an_account_added_by_keyboard_is_listed_and_must_change_its_password(
    qtbot: QtBot, ctx: AppContext
) -> None:
    person = create_staff(ctx.action(), draft("Budi Santoso", "196804111993031009"))
    dialog = open_dialog(qtbot, ctx)
    announced: list[ChangeSet] = []
    ctx.events.changed.connect(announced.append)

    def fill(form: QDialog) -> None:
        assert isinstance(form, AddAccountDialog)
        press_alt(qtbot, form, Qt.Key.Key_L)
        type_into(qtbot, form, "budi.s")
        press_alt(qtbot, form, Qt.Key.Key_R)
        qtbot.keyClick(keyboard_target(), Qt.Key.Key_Up)  # Operator → Administrator…
        qtbot.keyClick(keyboard_target(), Qt.Key.Key_Down)  # …and back
        press_alt(qtbot, form, Qt.Key.Key_P)
        type_into(qtbot, form, "santo")
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        qtbot.keyClick(keyboard_target(), Qt.Key.Key_Down)
        qtbot.keyClick(keyboard_target(), Qt.Key.Key_Return)
        assert form.name_edit.text() == "Budi Santoso"  # taken from the person
        press_alt(qtbot, form, Qt.Key.Key_T)
        type_into(qtbot, form, TEMPORARY)
        press_alt(qtbot, form, Qt.Key.Key_A)
        type_into(qtbot, form, "sementara-12")
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return)
        # Typed twice differently: refused beside the second field, nothing saved.
        assert form.isVisible()
        assert "not the same" in form.errors.text("again")
        assert form.focusWidget() is form.again_edit
        type_into(qtbot, form, "3")
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return)
        assert not form.isVisible()

    with_modal(qtbot, lambda: press_alt(qtbot, dialog, Qt.Key.Key_A), fill)

    rows = shown_rows(dialog)
    assert rows["budi.s"][1:5] == [
        "Budi Santoso",
        "Operator",
        "Budi Santoso",
        "Must change password",
    ]
    assert dialog.selected() is not None and dialog.selected().login == "budi.s"
    assert len(announced) == 1 and Area.ACCOUNTS in announced[0].areas
    signed = sign_in(ctx.db, "budi.s", TEMPORARY)
    assert signed.must_change_password
    assert (signed.account.role, signed.account.staff_id) == (Role.OPERATOR, person.id)


def test_resetting_a_locked_accounts_password_ends_the_lock(qtbot: QtBot, ctx: AppContext) -> None:
    admin.create_account(ctx.action(), "sari", "Sari", Role.KARUPAM, TEMPORARY)
    for _ in range(3):
        with pytest.raises(SignInRefused):
            sign_in(ctx.db, "sari", "salah-salah")
    dialog = open_dialog(qtbot, ctx)
    assert shown_rows(dialog)["sari"][4].startswith("Locked until ")
    assert shown_rows(dialog)["sari"][4].endswith(" WIB; Must change password")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_End)  # the only account: already chosen
    assert dialog.selected() is not None and dialog.selected().login == "sari"

    def fill(form: QDialog) -> None:
        assert isinstance(form, ResetPasswordDialog)
        type_into(qtbot, form, "baru-sekali-1")
        press_alt(qtbot, form, Qt.Key.Key_A)
        type_into(qtbot, form, "baru-sekali-1")
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return)
        assert not form.isVisible()

    with_modal(qtbot, lambda: press_alt(qtbot, dialog, Qt.Key.Key_R), fill)

    assert shown_rows(dialog)["sari"][4] == "Must change password"
    signed = sign_in(ctx.db, "sari", "baru-sekali-1")  # no longer locked
    assert signed.must_change_password
    with pytest.raises(SignInRefused):
        sign_in(ctx.db, "sari", TEMPORARY)


def test_a_permission_unticked_for_the_operator_is_refused_by_the_service(
    qtbot: QtBot, ctx: AppContext
) -> None:
    operator = ready_account(ctx, "rina", Role.OPERATOR)
    clerk = ActionContext(ctx.db, operator.actor())
    assert may(ctx.db, operator.actor(), Permission.STAFF_EDIT)
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_M)  # the Permissions tab
    press_alt(qtbot, dialog, Qt.Key.Key_W)  # into the matrix
    matrix = dialog.matrix_table
    assert dialog.focusWidget() is matrix
    operator_column = 2 + list(Role).index(Role.OPERATOR)
    matrix.setCurrentCell(MATRIX_PERMISSIONS.index(Permission.STAFF_EDIT), 0)
    for _ in range(operator_column):
        qtbot.keyClick(matrix, Qt.Key.Key_Right)
    assert not dialog.save_matrix_button.isEnabled()
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert Permission.STAFF_EDIT not in dialog.ticked_matrix()[Role.OPERATOR]
    assert dialog.save_matrix_button.isEnabled()
    press_alt(qtbot, dialog, Qt.Key.Key_V)  # the button clicks itself a moment later
    qtbot.waitUntil(lambda: not dialog.save_matrix_button.isEnabled())

    assert not may(ctx.db, operator.actor(), Permission.STAFF_EDIT)
    with pytest.raises(PermissionDeniedError) as refused:
        create_staff(clerk, draft("Budi Santoso", "196804111993031009"))
    assert refused.value.permission is Permission.STAFF_EDIT
    # The rest of the Operator's permissions are as they were.
    assert may(ctx.db, operator.actor(), Permission.ROSTER_EDIT)


def test_the_administrator_keeps_the_management_of_accounts(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.tabs.setCurrentIndex(1)
    matrix = dialog.matrix_table
    row = MATRIX_PERMISSIONS.index(Permission.ACCOUNTS_MANAGE)
    box = matrix.item(row, 2 + list(Role).index(Role.ADMINISTRATOR))
    assert box is not None
    assert box.checkState() == Qt.CheckState.Checked
    assert not box.flags() & Qt.ItemFlag.ItemIsEnabled
    matrix.setFocus()
    matrix.setCurrentCell(row, 2)
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert box.checkState() == Qt.CheckState.Checked
    # Taking another permission from the Administrator saves with this one kept.
    matrix.setCurrentCell(MATRIX_PERMISSIONS.index(Permission.BACKUP_RESTORE), 2)
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    dialog.save_matrix_button.click()
    assert may(ctx.db, ctx.actor, Permission.ACCOUNTS_MANAGE)
    dialog.load_matrix()
    kept = dialog.ticked_matrix()[Role.ADMINISTRATOR]
    assert Permission.ACCOUNTS_MANAGE in kept and Permission.BACKUP_RESTORE not in kept


def test_the_idle_lock_is_kept_in_the_settings(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    press_alt(qtbot, dialog, Qt.Key.Key_N)  # the Session tab
    press_alt(qtbot, dialog, Qt.Key.Key_L)
    assert dialog.focusWidget() is dialog.idle_spin
    assert dialog.idle_spin.value() == 15
    dialog.idle_spin.selectAll()
    type_into(qtbot, dialog, "30")
    press_alt(qtbot, dialog, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: idle_minutes(ctx.settings) == 30)
    assert "next sign-in" in dialog.session_saved_label.text()
    dialog.idle_spin.setValue(0)
    dialog.save_session_button.click()
    assert int(str(ctx.settings.value(IDLE_MINUTES_KEY))) == 0


def test_a_reader_is_told_that_the_administrator_is_needed(
    qtbot: QtBot, ctx: AppContext, message_boxes: list[tuple[str, str]]
) -> None:
    reader = ready_account(ctx, "tono", Role.PEMBACA)
    ctx.actor = reader.actor()
    dialog = AccountsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.exec() == QDialog.DialogCode.Rejected.value
    assert not dialog.isVisible()
    assert len(message_boxes) == 1
    kind, text = message_boxes[0]
    assert kind == "information" and "Administrator" in text


def test_every_permission_is_named_and_in_the_matrix() -> None:
    """A refusal names the permission (ui/failures) and the matrix offers it: a permission
    added without its name would break both."""
    assert set(MATRIX_PERMISSIONS) == set(Permission) - {Permission.OWN_PASSWORD}
    names = [permission_texts(permission)[0] for permission in MATRIX_PERMISSIONS]
    assert all(names) and len(set(names)) == len(names)
    assert permission_texts(Permission.AGREEMENTS_EDIT)[0] == "Agreements"


def test_no_heading_of_the_accounts_list_is_cut_off_in_indonesian(
    qtbot: QtBot, ctx: AppContext, qapp: QApplication
) -> None:
    translator = install_translator(qapp, "id")
    assert translator is not None
    try:
        dialog = open_dialog(qtbot, ctx)
        header = dialog.table.horizontalHeader()
        assert dialog.proxy.headerData(0, Qt.Orientation.Horizontal) == "Nama pengguna"
        for column in range(header.count()):
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    finally:
        qapp.removeTranslator(translator)
        translator.deleteLater()
