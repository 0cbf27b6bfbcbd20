"""The partner institutions of the Kerja Sama tab, driven as a clerk does: a partner with two
contact persons entered by keyboard, a refused form, a partner retired (hidden, then shown
greyed on request) and restored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.services.agreements.forms import PartnerDraft
from rutan_desk.services.agreements.partners import list_partners, load_partner, save_partner
from rutan_desk.ui.agreements.partner_dialog import PartnerDialog
from rutan_desk.ui.agreements.partners_page import AGREEMENTS, NAME, STATE, PartnersPage
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.record_table import RECORD_ROLE
from tests.ui.test_kamtib_ui import shown


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with unsaved changes asks; at the end of a test the answer is Discard."""
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard),
    )


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> PartnersPage:
    page = PartnersPage(ctx)
    qtbot.addWidget(page)

    def forward(changes: ChangeSet) -> None:  # as the tab hands on its area's changes
        if changes.touches({Area.AGREEMENTS}):
            page.apply_changes(changes)

    ctx.events.changed.connect(forward)
    page.resize(1100, 600)
    shown(qtbot, page)
    page.reload()
    return page


def open_dialog(qtbot: QtBot, page: PartnersPage) -> PartnerDialog:
    dialog = page.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    return dialog


def type_into_cell(qtbot: QtBot, table: QWidget, text: str) -> None:
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def names(page: PartnersPage) -> list[str]:
    return [page.proxy.index(r, NAME).data() for r in range(page.proxy.rowCount())]


def test_a_partner_with_two_contacts_entered_by_keyboard(
    qtbot: QtBot, ctx: AppContext, page: PartnersPage
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "New partner"

    qtbot.keyClicks(dialog.name_edit, "Kepolisian Resor Blora")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # presses no button
    assert dialog.isVisible() and dialog.contacts_grid.lines() == []
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "Polres Blora")
    qtbot.keyClicks(dialog.address_edit, "Jl. Pemuda No. 1, Blora")
    qtbot.keyClicks(dialog.phone_edit, "(0296) 531 000")
    qtbot.keyClicks(dialog.email_edit, "polresblora@polri.go.id")
    grid = dialog.contacts_grid.table
    for name, position, rank, phone in (
        ("Wawan Andi Susanto", "Kapolres Blora", "AKBP", "0812 0000 0001"),
        ("Agus Wibowo", "Kasat Samapta", "AKP", "0812 0000 0002"),
    ):
        grid.setFocus()
        qtbot.keyClick(grid, Qt.Key.Key_Insert)
        type_into_cell(qtbot, grid, name)
        for value in (position, rank, phone):
            qtbot.keyClick(grid, Qt.Key.Key_Right)
            type_into_cell(qtbot, grid, value)
    qtbot.waitUntil(lambda: dialog.contacts_grid.lines()[1]["phone"] == "0812 0000 0002")

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.record is not None, (
        dialog.general_error.text(),
        dialog.errors.text("name"),
        dialog.contacts_grid.error_label.text(),
    )
    draft = load_partner(ctx.db, dialog.record.id).draft
    assert (draft.name, draft.short_name, draft.address, draft.phone, draft.email) == (
        "Kepolisian Resor Blora",
        "Polres Blora",
        "Jl. Pemuda No. 1, Blora",
        "(0296) 531 000",
        "polresblora@polri.go.id",
    )
    assert [(c.name, c.position, c.rank, c.phone) for c in draft.contacts] == [
        ("Wawan Andi Susanto", "Kapolres Blora", "AKBP", "0812 0000 0001"),
        ("Agus Wibowo", "Kasat Samapta", "AKP", "0812 0000 0002"),
    ]
    assert dialog.windowTitle() == "Partner — Kepolisian Resor Blora"
    assert names(page) == ["Kepolisian Resor Blora"]
    assert page.proxy.index(0, AGREEMENTS).data() == "0"


def test_a_refused_partner_shows_why_beside_the_field_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext, page: PartnersPage
) -> None:
    save_partner(ctx.action(), PartnerDraft(name="Komando Distrik Militer 0721/Blora"))
    page.new_partner()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.name_edit, "komando distrik militer 0721/blora")  # already there

    assert not dialog.save()

    assert dialog.errors.text("name") != ""
    assert dialog.record is None and len(list_partners(ctx.db)) == 1

    dialog.name_edit.clear()
    assert not dialog.save()
    assert dialog.errors.text("name") == "This field is required."


def test_retiring_a_partner_hides_it_and_restoring_brings_it_back(
    qtbot: QtBot, ctx: AppContext, page: PartnersPage
) -> None:
    kodim = save_partner(ctx.action(), PartnerDraft(name="Kodim 0721/Blora"))
    save_partner(ctx.action(), PartnerDraft(name="Badan Narkotika Nasional Kabupaten Blora"))
    page.reload()
    page.select_partner(kodim)
    assert page.retire_button.text() == "Re&tire"

    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)

    assert names(page) == ["Badan Narkotika Nasional Kabupaten Blora"]
    assert [p.name for p in list_partners(ctx.db)] == names(page)

    qtbot.keyClick(page.retired_box, Qt.Key.Key_Space)  # shown greyed on request
    assert names(page) == ["Badan Narkotika Nasional Kabupaten Blora", "Kodim 0721/Blora"]
    retired = page.proxy.index(1, NAME)
    assert retired.data(RECORD_ROLE).id == kodim
    assert page.proxy.index(1, STATE).data() == "retired"
    assert isinstance(retired.data(Qt.ItemDataRole.ForegroundRole), QColor)
    assert page.proxy.index(0, NAME).data(Qt.ItemDataRole.ForegroundRole) is None

    page.select_partner(kodim)
    assert page.retire_button.text() == "Re&store"
    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert not load_partner(ctx.db, kodim).retired
    assert page.proxy.index(1, STATE).data() == ""
