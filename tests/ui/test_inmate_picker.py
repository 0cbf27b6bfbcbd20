"""The inmate picker, driven from the keyboard like a clerk naming an inmate in a form: found
as they type (by name or register number), chosen with Enter, entered on the spot when not yet
recorded, never twice under one register number, corrected against the version shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.inmates.records import InmateRecord, find_inmates, get_inmate
from rutan_desk.services.inmates.registry import create_inmate, update_inmate
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.inmates.inmate_form import InmateDialog
from rutan_desk.ui.inmates.inmate_picker import InmatePickerDialog
from tests.ui.test_kamtib_ui import Answer

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The runner's message boxes, recorded and answered at once (none may block a test)."""
    shown: list[str] = []

    def fake(kind: str) -> Callable[..., object]:
        def show(_parent: object, _title: str, text: str, *_args: object, **_kw: object) -> object:
            shown.append(text)
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, fake(kind))
    return shown


@pytest.fixture
def inmates(ctx: AppContext) -> dict[str, InmateRecord]:
    """Three inmates in two blocks; Budi's and Budiman's names share a part."""
    block_a = handover_setup.save_block(ctx.action(), "Blok A", 60)
    block_b = handover_setup.save_block(ctx.action(), "Blok B", 40)
    entered = {}
    for key, name, number, block in (
        ("budi", "Budi Santoso", "A.II/123/2026", block_a),
        ("budiman", "Budiman Hadi Prasetyo", "B.I/45/2025", block_b),
        ("agus", "Agus Salim", "A.III/7/2026", block_a),
    ):
        entered[key] = create_inmate(
            ctx.action(),
            InmateDraft(name, number, block_id=block, admitted_on=date(2025, 3, 4)),
        )
    return entered


def open_picker(qtbot: QtBot, ctx: AppContext, prompt: str = "") -> InmatePickerDialog:
    picker = InmatePickerDialog(ctx, prompt=prompt)
    qtbot.addWidget(picker)
    with qtbot.waitActive(picker):
        picker.show()
        picker.activateWindow()
    return picker


def type_search(qtbot: QtBot, picker: InmatePickerDialog, text: str) -> None:
    """Type into the search box and wait for the list to follow (after the typing pause)."""
    assert picker.focusWidget() is picker.search_edit
    qtbot.keyClicks(picker.search_edit, text)
    qtbot.waitUntil(lambda: not picker._typing.isActive(), timeout=2000)


def names(picker: InmatePickerDialog) -> list[str]:
    return [picker.proxy.index(row, 0).data() for row in range(picker.proxy.rowCount())]


def the_form(qtbot: QtBot, picker: InmatePickerDialog) -> InmateDialog:
    """The new/correct form the picker opened, once it has the keyboard."""
    qtbot.waitUntil(lambda: picker.form is not None, timeout=2000)  # buttons animate a click
    form = picker.form
    assert form is not None
    form.activateWindow()  # as the window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=2000)
    return form


def open_form(qtbot: QtBot, picker: InmatePickerDialog, key: Qt.Key) -> InmateDialog:
    """Alt+key in the picker opens the new/correct form."""
    qtbot.keyClick(picker.focusWidget() or picker, key, ALT)
    return the_form(qtbot, picker)


def press_save(qtbot: QtBot, form: InmateDialog) -> None:
    focus = form.focusWidget()
    assert isinstance(focus, QWidget)
    qtbot.keyClick(focus, Qt.Key.Key_Return)


def test_typing_part_of_a_name_filters(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    picker = open_picker(qtbot, ctx, prompt="Who was involved?")
    assert picker.prompt_label.text() == "Who was involved?"
    # Before anything is typed: the newest entered first.
    assert names(picker) == ["Agus Salim", "Budiman Hadi Prasetyo", "Budi Santoso"]
    assert picker.count_label.text() == "3 inmates, the last entered first; type to find one."

    type_search(qtbot, picker, "bud")
    assert names(picker) == ["Budi Santoso", "Budiman Hadi Prasetyo"]
    assert picker.count_label.text() == "2 inmates"

    type_search(qtbot, picker, " prase")  # every word, in the name in any place
    assert names(picker) == ["Budiman Hadi Prasetyo"]
    row = [picker.proxy.index(0, column).data() for column in range(6)]
    assert row == [
        "Budiman Hadi Prasetyo",
        "B.I/45/2025",
        "Narapidana B.I",
        "Blok B",
        "04-03-2025",
        "",
    ]

    type_search(qtbot, picker, "x")
    assert names(picker) == []
    assert "No inmate matches “bud prasex”" in picker.count_label.text()
    assert not picker.choose_button.isEnabled()


def test_a_register_number_typed_with_odd_spacing_finds_the_inmate(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "a . ii / 0123 /2026")
    assert names(picker) == ["Budi Santoso"]
    assert picker.proxy.index(0, 2).data() == "Tahanan Kejaksaan"


def test_choosing_by_keyboard_returns_the_record(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "budi")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    assert picker.focusWidget() is picker.table
    assert picker.selected() == inmates["budi"]
    qtbot.keyClick(picker.table, Qt.Key.Key_Down)
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)

    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.chosen() == inmates["budiman"]


def test_enter_typed_before_the_list_followed_still_finds_what_was_typed(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    picker = open_picker(qtbot, ctx)
    qtbot.keyClicks(picker.search_edit, "agus")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)  # into the list, on the first found
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert picker.chosen() == inmates["agus"]


def test_cancelled_picker_chooses_nobody(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "agus")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.table, Qt.Key.Key_Escape)
    assert picker.result() == QDialog.DialogCode.Rejected
    assert picker.chosen() is None


def test_a_new_inmate_by_keyboard_is_saved_and_chosen(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    changes: list[ChangeSet] = []
    ctx.events.changed.connect(changes.append)
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "Joko  Susilo")
    assert names(picker) == []

    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)  # nothing matches: a new one
    form = the_form(qtbot, picker)
    assert form.windowTitle() == "New inmate"
    assert form.name_edit.text() == "Joko  Susilo"
    assert form.register_edit.text() == ""
    assert form.focusWidget() is form.register_edit  # the name is there: the number is next
    qtbot.keyClicks(form.register_edit, "b . iia / 0012 / 2026")
    assert form.register_hint.text() == "Narapidana B.IIa · kept as B.IIa/12/2026"
    qtbot.keyClick(form.register_edit, Qt.Key.Key_B, ALT)  # the block, by its name
    assert form.focusWidget() is form.block_combo
    qtbot.keyClicks(form.block_combo, "Blok")  # no space: Space opens the list
    qtbot.keyClick(form.block_combo, Qt.Key.Key_Down)
    assert form.block_combo.currentText() == "Blok B"
    qtbot.keyClick(form.block_combo, Qt.Key.Key_I, ALT)  # date in: known, today
    assert form.focusWidget() is form.admitted_edit.check
    qtbot.keyClick(form.admitted_edit.check, Qt.Key.Key_Space)
    assert form.focusWidget() is form.admitted_edit.edit
    press_save(qtbot, form)

    assert picker.result() == QDialog.DialogCode.Accepted
    chosen = picker.chosen()
    assert chosen is not None
    assert (chosen.name, chosen.register_number, chosen.block_name) == (
        "Joko Susilo",
        "B.IIa/12/2026",
        "Blok B",
    )
    assert chosen.admitted_on == ctx.today()
    assert chosen.released_on is None
    assert get_inmate(ctx.db, chosen.id) == chosen
    assert [c.areas for c in changes] == [frozenset({Area.INMATES})]


def test_a_register_number_typed_in_the_search_goes_to_its_field(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "A.I/99/2026")
    assert names(picker) == []
    form = open_form(qtbot, picker, Qt.Key.Key_N)
    assert form.name_edit.text() == ""
    assert form.register_edit.text() == "A.I/99/2026"
    assert form.register_hint.text() == "Tahanan Penyidik · kept as A.I/99/2026"
    assert form.focusWidget() is form.name_edit
    qtbot.keyClicks(form.name_edit, "Wahyu Nugroho")
    press_save(qtbot, form)
    chosen = picker.chosen()
    assert chosen is not None
    assert (chosen.name, chosen.register_number, chosen.block_id) == (
        "Wahyu Nugroho",
        "A.I/99/2026",
        None,
    )


def test_a_duplicate_register_number_is_refused_beside_the_field(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord], warnings: list[str]
) -> None:
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "Budi Santosa")  # a typo: Budi is not found by name
    assert names(picker) == []
    form = open_form(qtbot, picker, Qt.Key.Key_N)
    qtbot.keyClicks(form.register_edit, "a.ii / 123 / 2026")
    press_save(qtbot, form)

    assert form.isVisible()
    assert form.errors.text("register_number") == (
        "This register number is already recorded for Budi Santoso."
    )
    assert form.focusWidget() is form.register_edit
    assert warnings == []
    assert len(find_inmates(ctx.db, "")) == 3
    assert picker.isVisible()
    assert picker.result() != QDialog.DialogCode.Accepted

    qtbot.keyClick(form.register_edit, Qt.Key.Key_Escape)  # back to the search, nothing saved
    assert picker.form is None
    assert picker.chosen() is None
    assert len(find_inmates(ctx.db, "")) == 3


def test_correcting_an_inmate_keeps_them_selected(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord]
) -> None:
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "agus")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    form = open_form(qtbot, picker, Qt.Key.Key_E)
    assert form.windowTitle() == "Correct an inmate"
    assert form.name_edit.text() == "Agus Salim"
    assert form.block_combo.currentText() == "Blok A"
    assert form.admitted_edit.value() == date(2025, 3, 4)
    assert form.name_edit.selectedText() == "Agus Salim"
    qtbot.keyClick(form.name_edit, Qt.Key.Key_End)
    qtbot.keyClicks(form.name_edit, " Hidayat")
    press_save(qtbot, form)

    assert picker.isVisible()
    corrected = get_inmate(ctx.db, inmates["agus"].id)
    assert corrected.name == "Agus Salim Hidayat"
    assert corrected.version == inmates["agus"].version + 1
    assert picker.selected() == corrected
    assert picker.focusWidget() is picker.table
    qtbot.keyClick(picker.table, Qt.Key.Key_Return)
    assert picker.chosen() == corrected


def test_a_stale_correction_is_refused_with_the_runners_message(
    qtbot: QtBot, ctx: AppContext, inmates: dict[str, InmateRecord], warnings: list[str]
) -> None:
    budi = inmates["budi"]
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "123/2026")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    form = open_form(qtbot, picker, Qt.Key.Key_E)
    # Meanwhile another PC moves Budi to Blok B.
    other = update_inmate(
        ctx.action(),
        budi.id,
        InmateDraft(budi.name, budi.register_number, block_id=inmates["budiman"].block_id),
        expected_version=budi.version,
    )
    qtbot.keyClicks(form.name_edit, "Budi Santoso Wibowo")  # over the selected name
    press_save(qtbot, form)

    assert len(warnings) == 1
    assert "changed this record after you opened it" in warnings[0]
    assert form.isVisible()  # what was typed is kept
    assert form.name_edit.text() == "Budi Santoso Wibowo"
    assert get_inmate(ctx.db, budi.id) == other  # their change stands, ours was not saved
    assert picker.selected() == other  # the list read the registry again


def test_an_inmate_entered_twice_is_merged_into_the_right_record(
    qtbot: QtBot,
    ctx: AppContext,
    inmates: dict[str, InmateRecord],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    budi = inmates["budi"]
    typo = create_inmate(
        ctx.action(), InmateDraft("Budi Santosa", "A.II/132/2026", block_id=budi.block_id)
    )
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    picker = open_picker(qtbot, ctx)
    type_search(qtbot, picker, "132/2026")
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Down)
    assert picker.selected() == typo and picker.merge_button.isEnabled()

    def keep_budi(widget: QWidget) -> None:
        assert isinstance(widget, InmatePickerDialog) and widget is not picker
        assert "Budi Santosa (A.II/132/2026) was entered twice" in widget.prompt_label.text()
        assert not widget.merge_button.isVisible()
        widget.search_edit.setText("A.II/123/2026")
        widget.reload()
        widget.select_inmate(budi.id)
        widget.choose_selected()

    chose = Answer(InmatePickerDialog, keep_budi)
    qtbot.mouseClick(picker.merge_button, Qt.MouseButton.LeftButton)

    assert len(chose.seen) == 1
    assert asked and "Merge Budi Santosa (A.II/132/2026) into Budi Santoso" in asked[0]
    assert [r.id for r in find_inmates(ctx.db, "Budi Santos")] == [budi.id]  # the typo is gone
    assert picker.selected() is not None and picker.selected().id == budi.id  # type: ignore[union-attr]
