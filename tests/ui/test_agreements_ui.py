"""The agreements of the Kerja Sama tab, driven as a clerk does: an agreement entered by keyboard
with its parties, two obligations and the signed scan, finalised; renewed into a linked draft;
what needs attention counted on the tab; the register printed and saved to Excel."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.agreements import AgreementKind, AgreementStatus, Recurrence
from rutan_desk.services.agreements.coordination import save_coordination
from rutan_desk.services.agreements.forms import (
    AgreementDraft,
    CoordinationDraft,
    FollowUpLine,
    PartnerDraft,
    PartyLine,
)
from rutan_desk.services.agreements.partners import save_partner
from rutan_desk.services.agreements.queries import list_agreements, load_agreement
from rutan_desk.services.agreements.saving import save_agreement
from rutan_desk.ui.agreements.agreement_dialog import AgreementDialog
from rutan_desk.ui.agreements.agreements_page import AgreementsPage
from rutan_desk.ui.agreements.coordination_dialog import CoordinationDialog
from rutan_desk.ui.agreements.obligation_dialog import ObligationDialog
from rutan_desk.ui.agreements.settings_dialog import AgreementSettingsDialog
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.table_export import exporter_of
from tests.ui.conftest import follow_changes
from tests.ui.test_kamtib_ui import Answer, shown

PDF_SCAN = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing with unsaved changes discards; a question to go on is answered Yes."""

    def question(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


@pytest.fixture
def polres(ctx: AppContext) -> int:
    return save_partner(
        ctx.action(), PartnerDraft(name="Kepolisian Resor Blora", short_name="Polres Blora")
    )


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, polres: int) -> AgreementsPage:
    widget = AgreementsPage(ctx)
    qtbot.addWidget(widget)
    follow_changes(ctx, widget, "agreements")
    widget.resize(1280, 700)
    shown(qtbot, widget)
    widget.reload()
    return widget


def open_dialog(qtbot: QtBot, page: AgreementsPage) -> AgreementDialog:
    dialog = page.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    return dialog


def type_cell(qtbot: QtBot, table: QWidget, text: str) -> None:
    """F2 in the current cell, type, Enter (the delegate commits on the next turn)."""
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def a_finalised_pks(ctx: AppContext, polres: int, ends: date) -> int:
    return save_agreement(
        ctx.action(),
        AgreementDraft(
            AgreementKind.PKS,
            "PKS Pengamanan dan Penanganan Gangguan Kamtib",
            parties=(
                PartyLine(None, "W13.PAS.PAS11-HM.05.01-12", "Kukuh Nugroho", "Karutan"),
                PartyLine(polres, "B/34/I/2026", "AKBP Wawan", "Kapolres Blora"),
            ),
            place_signed="Blora",
            signed_on=date(2026, 1, 27),
            valid_from=date(2026, 1, 27),
            valid_to=ends,
            scope=("Pengamanan", "Penanganan gangguan kamtib"),
        ),
        finalise=True,
    )


def test_enter_an_agreement_by_keyboard_with_two_obligations_and_its_scan(
    qtbot: QtBot, ctx: AppContext, page: AgreementsPage, polres: int, tmp_path: Path
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "New agreement"
    qtbot.keyClicks(dialog.title_edit, "PKS Pengamanan dengan Polres Blora")
    qtbot.keyClicks(dialog.place_edit, "Blora")
    for dated, day in (
        (dialog.signed_edit, date(2026, 1, 27)),
        (dialog.from_edit, date(2026, 1, 27)),
        (dialog.to_edit, date(2031, 1, 26)),
    ):
        dated.check.setChecked(True)
        dated.set_value(day)

    dialog.tabs.setCurrentIndex(1)
    shown(qtbot, dialog)
    parties = dialog.parties_grid.table
    parties.setFocus()
    qtbot.keyClick(parties, Qt.Key.Key_Insert)  # the partner by default
    qtbot.keyClick(parties, Qt.Key.Key_Insert)
    dialog.parties_grid.update_line(1, {"partner_id": 0})  # our unit
    parties.setCurrentCell(0, 1)
    type_cell(qtbot, parties, "B/34/I/2026")
    qtbot.waitUntil(lambda: dialog.parties_grid.lines()[0]["document_number"] == "B/34/I/2026")

    # Finalising without our unit's number is refused beside the parties; nothing saved.
    qtbot.mouseClick(dialog.finalise_button, Qt.MouseButton.LeftButton)
    assert list_agreements(ctx.db, ctx.today()) == []
    assert dialog.parties_grid.error_label.isVisible()

    parties.setCurrentCell(1, 1)
    type_cell(qtbot, parties, "W13.PAS.PAS11-HM.05.01-12")
    qtbot.waitUntil(lambda: dialog.parties_grid.lines()[1]["document_number"] != "")
    scope = dialog.scope_grid.table
    scope.setFocus()
    qtbot.keyClick(scope, Qt.Key.Key_Insert)
    type_cell(qtbot, scope, "Pengamanan")
    qtbot.waitUntil(lambda: dialog.scope_grid.lines()[0]["text"] == "Pengamanan")
    qtbot.mouseClick(dialog.finalise_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None, dialog.general_error.text()
    assert dialog.record.status is AgreementStatus.BERLAKU
    assert not dialog.finalise_button.isVisible()

    dialog.tabs.setCurrentIndex(2)
    for text, recurrence in (
        ("CCTV area steril tembok luar terhubung ke monitor Polres", Recurrence.ONCE),
        ("Patroli sambang rutin", Recurrence.MONTHLY),
    ):

        def fill(widget: QWidget, text: str = text, recurrence: Recurrence = recurrence) -> None:
            assert isinstance(widget, ObligationDialog)
            qtbot.keyClicks(widget.text_edit, text)
            widget.recurrence_combo.setCurrentIndex(widget.recurrence_combo.findData(recurrence))
            if recurrence is Recurrence.ONCE:
                widget.due_edit.check.setChecked(True)
                widget.due_edit.set_value(date(2026, 6, 30))
            qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
            assert widget.record is not None, widget.general_error.text()
            widget.accept()

        Answer(ObligationDialog, fill)
        qtbot.mouseClick(dialog.add_obligation_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.child is not None and not dialog.child.isVisible())

    scan = tmp_path / "pks-polres.pdf"
    scan.write_bytes(PDF_SCAN)
    dialog.add_scan(scan)
    saved = load_agreement(ctx.db, dialog.record.id, ctx.today())
    assert [o.text for o in saved.obligations] == [
        "CCTV area steril tembok luar terhubung ke monitor Polres",
        "Patroli sambang rutin",
    ]
    assert [s.file_name for s in saved.scans] == ["pks-polres.pdf"]
    assert dialog.obligations_list.count() == 2 and dialog.scans_list.count() == 1
    assert {p.document_number for p in saved.draft.parties} == {
        "B/34/I/2026",
        "W13.PAS.PAS11-HM.05.01-12",
    }


def test_renewing_opens_the_new_draft_linked_to_its_predecessor(
    qtbot: QtBot, ctx: AppContext, page: AgreementsPage, polres: int
) -> None:
    old = a_finalised_pks(ctx, polres, date(2031, 1, 26))
    page.reload()
    page.open_agreement(old)
    dialog = open_dialog(qtbot, page)
    assert dialog.renew_button.isEnabled()
    qtbot.mouseClick(dialog.renew_button, Qt.MouseButton.LeftButton)
    child = dialog.child
    assert isinstance(child, AgreementDialog) and child.record is not None
    qtbot.addWidget(child)
    assert child.record.predecessor_id == old and child.record.is_draft
    assert child.title_edit.text() == "PKS Pengamanan dan Penanganan Gangguan Kamtib"
    assert [line["text"] for line in child.scope_grid.lines()] == [
        "Pengamanan",
        "Penanganan gangguan kamtib",
    ]
    assert child.chain_list.count() == 2  # the chain: the old one and this draft


def test_what_needs_attention_is_said_above_the_list(
    qtbot: QtBot, ctx: AppContext, page: AgreementsPage, polres: int
) -> None:
    a_finalised_pks(ctx, polres, ctx.today() + timedelta(days=30))
    page.reload()
    assert page.attention_label.isVisible()
    assert "1 agreement(s) end within 90 days" in page.attention_label.text()
    page.status_combo.setCurrentIndex(page.status_combo.findData("attention"))
    assert page.model.rowCount() == 1


def test_the_register_prints_and_goes_to_excel(
    qtbot: QtBot, ctx: AppContext, page: AgreementsPage, polres: int, tmp_path: Path
) -> None:
    a_finalised_pks(ctx, polres, date(2031, 1, 26))
    page.reload()
    page.print_register()
    preview = page.preview
    assert preview is not None
    qtbot.addWidget(preview)
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(preview.pdf)).pages
    )
    assert "DAFTAR PERJANJIAN KERJA SAMA" in text and "B/34/I/2026" in text

    # To Excel: the list as shown, through the one export of every list.
    assert exporter_of(page.export_button).export(tmp_path / "daftar.xlsx")
    sheet = load_workbook(tmp_path / "daftar.xlsx").active
    assert sheet["A1"].value == "DAFTAR PERJANJIAN KERJA SAMA"
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    assert rows[0][:4] == ("Kind", "Title", "Partners", "Valid until")
    assert rows[1][1] == "PKS Pengamanan dan Penanganan Gangguan Kamtib"
    assert rows[1][3] == datetime(2031, 1, 26)  # a real date

    # The register as printed, with its numbers and dates, is a workbook of its own.
    page.export_register(tmp_path / "register")
    register = load_workbook(tmp_path / "register.xlsx").active
    assert any(
        row and row[2] == "PKS Pengamanan dan Penanganan Gangguan Kamtib"
        for row in register.iter_rows(values_only=True)
    )


def test_the_warning_window_is_a_setting_the_list_follows(
    qtbot: QtBot, ctx: AppContext, page: AgreementsPage, polres: int
) -> None:
    a_finalised_pks(ctx, polres, ctx.today() + timedelta(days=120))
    page.reload()
    assert not page.attention_label.isVisible()  # 120 days away: not yet within 90

    page.edit_settings()
    dialog = page.settings_dialog
    assert isinstance(dialog, AgreementSettingsDialog)
    qtbot.addWidget(dialog)
    dialog.days_spin.setValue(180)
    dialog.save()
    assert not dialog.isVisible()
    assert page.attention_label.isVisible()  # the saved change reached the list
    assert "1 agreement(s) end within 180 days" in page.attention_label.text()
    assert page.model.records()[0].status is AgreementStatus.SEGERA_BERAKHIR


def test_the_meetings_about_an_agreement_are_listed_and_opened_from_it(
    qtbot: QtBot, ctx: AppContext, page: AgreementsPage, polres: int
) -> None:
    pks = a_finalised_pks(ctx, polres, date(2031, 1, 26))
    save_coordination(
        ctx.action(),
        CoordinationDraft(
            ctx.today(),
            "Penyambungan CCTV ke monitor Polres",
            (polres,),
            agreement_id=pks,
            follow_ups=(FollowUpLine("Pengadaan kabel FO", "Ka KPR", ctx.today()),),
        ),
    )
    page.reload()
    page.open_agreement(pks)
    dialog = open_dialog(qtbot, page)
    (item,) = [dialog.meetings_list.item(row) for row in range(dialog.meetings_list.count())]
    assert "Penyambungan CCTV ke monitor Polres" in item.text()
    assert "1 follow-ups open" in item.text()
    dialog.open_meeting(item)
    meeting = dialog.child
    assert isinstance(meeting, CoordinationDialog)
    qtbot.addWidget(meeting)
    assert meeting.isVisible()
