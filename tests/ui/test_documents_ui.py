"""Documents in the app: the preview shows, prints and saves the same bytes; a duty order is
filled in a form and issued from its preview; the register lists, re-opens and cancels."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from rutan_desk.services import documents
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.duty_orders import piket_sheet_pdf, roster_sheet_pdf
from rutan_desk.services.staff import StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.duty_order_dialog import DutyOrderDialog
from rutan_desk.ui.documents.numbering_dialog import NumberingDialog
from rutan_desk.ui.documents.preview import DocumentPreview, file_name_for, print_document
from rutan_desk.ui.documents.register_tab import RegisterTab

NYE = date(2023, 12, 31)
F4 = (215 / 25.4 * 72, 330 / 25.4 * 72)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


@pytest.fixture
def demo(ctx: AppContext) -> list[StaffRecord]:
    return populate_demo(ctx.db)


def test_the_preview_saves_the_exact_bytes_it_shows(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], tmp_path: Path
) -> None:
    pdf = piket_sheet_pdf(ctx.db, NYE)
    preview = DocumentPreview(pdf, "Daftar piket 31-12-2023", None)
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == len(PdfReader(io.BytesIO(pdf)).pages) == 2
    assert preview.pages_label.text() == "2 page(s)"
    assert not preview.issue_button.isVisibleTo(preview)  # not a numbered document
    target = tmp_path / "piket.pdf"
    preview.save_to(target)
    assert target.read_bytes() == pdf


def test_printing_keeps_the_paper_and_orientation_of_the_document(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], tmp_path: Path
) -> None:
    from rutan_desk.ui.documents.preview import page_setup_from

    pdf = roster_sheet_pdf(ctx.db, 2023, 12)  # landscape F4 in the demo profile
    preview = DocumentPreview(pdf, "Jadwal", None)
    qtbot.addWidget(preview)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    page_setup_from(preview.document, printer)
    printed = print_document(preview.document, printer)
    reader = PdfReader(tmp_path / "printed.pdf")
    assert printed == len(reader.pages) == preview.document.pageCount()
    box = reader.pages[0].mediabox
    source = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert float(box.width) == pytest.approx(float(source.width), abs=1.5)
    assert float(box.height) == pytest.approx(float(source.height), abs=1.5)
    assert float(box.width) > float(box.height)


def test_a_page_range_prints_only_those_pages(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], tmp_path: Path
) -> None:
    preview = DocumentPreview(roster_sheet_pdf(ctx.db, 2023, 12), "Jadwal", None)
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    printer.setFromTo(2, 2)
    assert print_document(preview.document, printer) == 1
    assert len(PdfReader(tmp_path / "page2.pdf").pages) == 1


def test_file_names_have_no_slashes_from_letter_numbers() -> None:
    assert file_name_for("Surat Perintah SP-0001/XII/2023") == "Surat Perintah SP-0001-XII-2023.pdf"
    assert file_name_for("///") == "dokumen.pdf"


def test_a_duty_order_is_filled_previewed_and_issued(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    before = documents.register(ctx.db)
    dialog = DutyOrderDialog(ctx, NYE, None, shifts={"M"})
    qtbot.addWidget(dialog)
    assert [code for code, box in dialog.shift_boxes.items() if box.isChecked()] == ["M"]
    assert dialog.title_edit.text() == "Guard duty Minggu, 31 Desember 2023"
    dialog.considering_edit.setPlainText("bahwa malam pergantian tahun rawan gangguan kamtib;")
    dialog.template_combo.setCurrentText("Siaga / hari besar")
    dialog.use_template()
    dialog.copies_edit.setPlainText("Arsip")
    dialog.issued_on_edit.setDate(QDate(2023, 12, 30))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.isVisible())
    preview = dialog.preview
    assert preview is not None
    text = _text(preview.pdf)
    assert "Menimbang" in text and "rawan gangguan kamtib" in text
    assert "kontrol keliling" in text  # the alert template's task
    assert "NOMOR ……" in text and "30 Desember 2023" in text
    assert preview.issue_button.isVisible()

    preview.issue_now()
    qtbot.waitUntil(lambda: dialog.issued_document is not None)
    issued = dialog.issued_document
    assert issued is not None
    assert len(documents.register(ctx.db)) == len(before) + 1
    assert preview.pdf == documents.document_pdf(ctx.db, issued.id)  # what is shown is kept
    assert f"NOMOR {issued.number}" in _text(preview.pdf)
    assert not preview.issue_button.isVisible()
    preview.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_duty_order_form_shows_what_is_wrong_beside_the_field(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    dialog = DutyOrderDialog(ctx, NYE, None)
    qtbot.addWidget(dialog)
    dialog.show()
    for box in dialog.shift_boxes.values():
        box.setChecked(False)
    dialog.tasks_edit.setPlainText("   ")
    dialog.make_preview()
    qtbot.waitUntil(lambda: dialog.errors.text("shifts") != "")
    assert dialog.errors.text("shifts") == "Choose at least one shift."
    assert dialog.errors.text("tasks") == "Write at least one task (Untuk)."
    assert dialog.preview is None and dialog.preview_button.isEnabled()
    assert len(documents.register(ctx.db)) == 4  # only the demo's orders and handover report


def test_the_register_lists_searches_reopens_and_cancels(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = RegisterTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.table.rowCount() == 4  # the demo's handover report and Nataru orders, newest first
    assert tab.table.item(2, 5).text().startswith("Cancelled: Hanya memuat dinas malam")
    assert tab.summary_label.text() == "4 documents, 1 of them cancelled"
    tab.search_edit.setText("tidak ada surat seperti ini")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 0)
    tab.search_edit.setText("pergantian tahun")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    number = tab.table.item(0, 0).text()
    assert number == "W13.PAS.PAS11-PK.01.04.01-0001"
    assert tab.table.item(0, 2).text() == "Surat Perintah"

    tab.open_selected()
    assert tab.preview is not None
    qtbot.addWidget(tab.preview)
    stored = documents.register(ctx.db, search="pergantian tahun")[0]
    assert tab.preview.pdf == documents.document_pdf(ctx.db, stored.id)
    assert stored.sha256[:16] in tab.preview.note_label.text()

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("Salah tanggal", True))
    )
    tab.cancel_selected()
    assert tab.table.item(0, 5).text() == "Cancelled: Salah tanggal"
    assert tab.table.item(0, 0).text() == number  # the number stays, marked cancelled
    assert not tab.cancel_button.isEnabled()
    assert documents.register(ctx.db, search=number)[0].cancelled


def test_a_cancellation_needs_a_reason(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    tab = RegisterTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    assert not tab.selected().cancelled  # type: ignore[union-attr]
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    tab.cancel_selected()
    assert shown == ["This field is required."]
    assert [d.cancelled for d in documents.register(ctx.db)] == [False, False, True, False]


def test_the_number_pattern_is_checked_beside_the_field(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = NumberingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pattern_edit.setText("W13.PAS.PAS11-PK.01.04.01")
    assert dialog.example_label.text() == "—"
    dialog.save()
    assert dialog.errors.text("number_pattern").startswith("The pattern needs the serial")
    assert documents.document_settings(ctx.db) == documents.DocumentSettings()
    dialog.pattern_edit.setText("W13.PAS.PAS11-PK.01.04.01-{nomor:04d}")
    assert dialog.example_label.text() == "W13.PAS.PAS11-PK.01.04.01-0123"
    dialog.command_edit.setText("menugaskan")
    dialog.save()
    assert documents.document_settings(ctx.db) == documents.DocumentSettings(
        "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}", "MENUGASKAN"
    )
