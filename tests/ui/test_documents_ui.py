"""Documents in the app: the preview shows, prints and saves the same bytes; a duty order is
filled in a form and issued from its preview; the register lists, re-opens and cancels."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.documents import DEFAULT_PATTERNS, KIND_NAMES, DocumentKind
from rutan_desk.domain.numbering import check_pattern, format_number
from rutan_desk.services.context import ActionContext, FixedClock
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.documents import register as documents
from rutan_desk.services.documents.duty_orders import Signing
from rutan_desk.services.documents.register import IssuedDocument
from rutan_desk.services.documents.sheets import piket_sheet_pdf, roster_sheet_pdf
from rutan_desk.services.institution import get_profile
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.duty_order_dialog import DutyOrderDialog
from rutan_desk.ui.documents.numbering_dialog import PATTERN_COLUMN, NumberingDialog
from rutan_desk.ui.documents.pattern_editor import PatternEditorDialog
from rutan_desk.ui.documents.preview import DocumentPreview, file_name_for, print_document
from rutan_desk.ui.documents.register_tab import RegisterTab
from tests.conftest import audit_check
from tests.ui.conftest import follow_changes

NYE = date(2023, 12, 31)
F4 = (215 / 25.4 * 72, 330 / 25.4 * 72)
TODAY = date(2024, 1, 15)


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


@pytest.fixture
def demo(ctx: AppContext) -> list[StaffRecord]:
    return populate_demo(ctx.db)


def cell(tab: RegisterTab, row: int, column: int) -> str:
    """The text shown in a row of the register as sorted on screen."""
    return str(tab.table.model().index(row, column).data())


def rows(tab: RegisterTab) -> int:
    return tab.table.model().rowCount()


def register_tab(qtbot: QtBot, ctx: AppContext) -> RegisterTab:
    """The tab as the main window shows it: read, and handed the change sets of its areas."""
    tab = RegisterTab(ctx)
    qtbot.addWidget(tab)
    follow_changes(ctx, tab, "register")
    tab.reload()
    return tab


def test_the_preview_saves_the_exact_bytes_it_shows(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], tmp_path: Path
) -> None:
    pdf = piket_sheet_pdf(ctx.db, NYE)
    preview = DocumentPreview(pdf, "Daftar piket 31-12-2023", None)
    qtbot.addWidget(preview)
    assert preview.document.pageCount() == len(PdfReader(io.BytesIO(pdf)).pages) == 2
    assert preview.pages_label.text() == "Page 1 of 2"
    assert not preview.issue_button.isVisibleTo(preview)  # not a numbered document
    target = tmp_path / "piket.pdf"
    preview.save_to(target)
    assert target.read_bytes() == pdf


def test_the_preview_fits_an_office_screen_and_goes_page_by_page(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    preview = DocumentPreview(piket_sheet_pdf(ctx.db, NYE), "Daftar piket 31-12-2023", None)
    qtbot.addWidget(preview)
    screen = preview.screen().availableGeometry()
    assert preview.height() <= screen.height() - 40  # its buttons stay on screen
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()

    preview.next_button.click()
    assert preview.current_page() == 1
    assert preview.pages_label.text() == "Page 2 of 2"
    assert preview.previous_button.isEnabled() and not preview.next_button.isEnabled()
    preview.go_to_page(5)  # beyond the end: the last page
    assert preview.current_page() == 1

    preview.fit_page_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitInView
    preview.zoom_in_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    preview.fit_width_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_printing_keeps_the_paper_and_orientation_of_the_document(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], tmp_path: Path
) -> None:
    from rutan_desk.ui.documents.preview import page_setup_from

    pdf = roster_sheet_pdf(ctx.db, 2023, 12, made_on=TODAY)  # landscape F4 in the demo profile
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
    preview = DocumentPreview(roster_sheet_pdf(ctx.db, 2023, 12, made_on=TODAY), "Jadwal", None)
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
    announced: list[ChangeSet] = []
    ctx.events.changed.connect(announced.append)
    dialog = DutyOrderDialog(ctx, NYE, None, shifts={"M"})
    qtbot.addWidget(dialog)
    assert [code for code, box in dialog.shift_boxes.items() if box.isChecked()] == ["M"]
    assert dialog.title_edit.text() == "Guard duty Minggu, 31 Desember 2023"
    dialog.considering_edit.setPlainText("bahwa malam pergantian tahun rawan gangguan kamtib;")
    dialog.template_combo.setCurrentText("Siaga / hari besar")
    dialog.use_template()
    # Signed by the head of the unit: the form shows the head, not the Ka KPR; the Ka KPR
    # comes back as the one who signs "a.n.".
    head = get_profile(ctx.db)
    assert not dialog.signer_combo.isEnabled()
    assert dialog.signer_combo.currentText().startswith(head.head_name)
    dialog.signing_combo.setCurrentIndex(dialog.signing_combo.findData(Signing.ON_BEHALF))
    assert dialog.signer_combo.isEnabled()
    assert "Kepala Kesatuan Pengamanan" in dialog.signer_combo.currentText()
    dialog.signing_combo.setCurrentIndex(dialog.signing_combo.findData(Signing.HEAD))
    # The Tembusan names the office's own Kanwil in full, from the profile; no "Arsip".
    assert dialog.copies_edit.toPlainText() == (
        "Kepala Kantor Wilayah Direktorat Jenderal Pemasyarakatan Jawa Tengah"
    )
    # Dated in 2023, before the ministry was renamed: the Kanwil as its letterhead named it.
    dialog.issued_on_edit.setDate(QDate(2023, 12, 30))
    assert dialog.copies_edit.toPlainText() == (
        "Kepala Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Jawa Tengah"
    )
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
    assert [changes.areas for changes in announced] == [frozenset({Area.DOCUMENTS})]
    assert announced[0].ids("issued_document") == {issued.id}
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
    tab = register_tab(qtbot, ctx)
    assert rows(tab) == 4  # the demo's handover report and Nataru orders, newest first
    assert cell(tab, 2, 5).startswith("Cancelled: Hanya memuat dinas malam")
    assert tab.summary_label.text() == "4 documents, 1 of them cancelled"
    tab.search_edit.setText("tidak ada surat seperti ini")
    qtbot.waitUntil(lambda: rows(tab) == 0)
    assert not tab.open_button.isEnabled() and not tab.cancel_button.isEnabled()
    tab.search_edit.setText("pergantian tahun")
    qtbot.waitUntil(lambda: rows(tab) == 1)
    number = cell(tab, 0, 0)
    assert number == "W13.PAS.PAS11-PK.01.04.01-0001"
    assert cell(tab, 0, 2) == "Surat Perintah"

    # Enter on the chosen line opens it (the file is read off the GUI thread).
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.preview is not None)
    assert tab.preview is not None
    qtbot.addWidget(tab.preview)
    stored = documents.register(ctx.db, search="pergantian tahun")[0]
    assert tab.preview.pdf == documents.document_pdf(ctx.db, stored.id)
    assert stored.sha256[:16] in tab.preview.note_label.text()

    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("Salah tanggal", True))
    )
    tab.cancel_selected()
    assert cell(tab, 0, 5) == "Cancelled: Salah tanggal"
    assert cell(tab, 0, 0) == number  # the number stays, marked cancelled
    assert tab.selected() is not None and tab.selected().id == stored.id  # type: ignore[union-attr]
    assert not tab.cancel_button.isEnabled()
    assert documents.register(ctx.db, search=number)[0].cancelled


def test_a_cancellation_needs_a_reason(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = register_tab(qtbot, ctx)
    assert not tab.selected().cancelled  # type: ignore[union-attr]
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    tab.cancel_selected()
    assert shown == ["This field is required."]
    assert [d.cancelled for d in documents.register(ctx.db)] == [False, False, True, False]


def test_a_cancellation_made_elsewhere_meanwhile_is_not_overwritten(
    qtbot: QtBot,
    ctx: AppContext,
    three_documents: list[IssuedDocument],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = register_tab(qtbot, ctx)
    document = tab.selected()
    assert document == three_documents[-1] and not document.cancelled
    documents.cancel_document(  # on another PC, from the same version
        ctx.action(), document.id, "Dobel dengan surat lain", expected_version=document.version
    )
    entries = audit_check(ctx.db).entries
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Salah", True)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    tab.cancel_selected()
    assert len(shown) == 1
    assert "petugas.uji changed this record after you opened it" in shown[0]
    assert "Your change was not saved" in shown[0]
    after = documents.issued_document(ctx.db, document.id)
    assert (after.cancelled_reason, after.version) == (
        "Dobel dengan surat lain",
        document.version + 1,
    )
    assert audit_check(ctx.db).entries == entries  # nothing more written
    # The register was read again: it shows the other cancellation, which cannot be repeated.
    assert cell(tab, 0, 5) == "Cancelled: Dobel dengan surat lain"
    assert tab.selected() == after
    assert not tab.cancel_button.isEnabled()


def _issue(ctx: AppContext, at: datetime, on: date, title: str) -> IssuedDocument:
    action = ActionContext(ctx.db, ctx.actor, FixedClock(at))
    return documents.issue_document(
        action,
        kind="surat_perintah",
        title=title,
        on=on,
        source={},
        render=lambda number, _code: f"%PDF {number}".encode(),
    )


@pytest.fixture
def three_documents(ctx: AppContext) -> list[IssuedDocument]:
    """Issued in this order; their numbers and times sort differently as text."""
    return [
        _issue(ctx, datetime(2023, 12, 31, 3, tzinfo=UTC), date(2023, 12, 31), "Bravo"),
        _issue(ctx, datetime(2024, 1, 2, 3, tzinfo=UTC), date(2024, 1, 2), "alpha"),
        _issue(ctx, datetime(2024, 1, 2, 4, tzinfo=UTC), date(2024, 1, 2), "Charlie"),
    ]


def test_the_register_model_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    ctx: AppContext,
    three_documents: list[IssuedDocument],
) -> None:
    tab = register_tab(qtbot, ctx)
    assert tab.model.rowCount() == 3
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_every_column_sorts_by_its_value(
    qtbot: QtBot, ctx: AppContext, three_documents: list[IssuedDocument]
) -> None:
    first, second, third = three_documents
    assert [d.number for d in three_documents] == [
        "SP-0001/XII/2023",
        "SP-0001/I/2024",
        "SP-0002/I/2024",
    ]
    tab = register_tab(qtbot, ctx)

    def titles() -> list[str]:
        return [cell(tab, row, 3) for row in range(rows(tab))]

    assert titles() == ["Charlie", "alpha", "Bravo"]  # newest first, as the register is kept
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Number: by year and serial
    assert titles() == ["Bravo", "alpha", "Charlie"]
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # Issued: as moments, not dd-mm text
    assert [cell(tab, row, 1) for row in range(3)] == [
        "31-12-2023 10.00 WIB",
        "02-01-2024 10.00 WIB",
        "02-01-2024 11.00 WIB",
    ]
    tab.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # Subject: ignoring case
    assert titles() == ["alpha", "Bravo", "Charlie"]
    tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert titles() == ["Charlie", "Bravo", "alpha"]

    # The chosen document stays chosen when the list is read again in another order.
    assert tab.select_document(second.id)
    tab.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    tab.reload()
    assert tab.selected() == second
    assert [d.id for d in tab.model.records()] == [third.id, second.id, first.id]


def numbering_dialog(qtbot: QtBot, ctx: AppContext) -> NumberingDialog:
    """The dialog on 15 January 2024 (its next numbers are this year's)."""
    on_the_day = replace(ctx, clock=FixedClock(datetime(2024, 1, 15, 2, 0, tzinfo=UTC)))
    dialog = NumberingDialog(on_the_day)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_pattern(qtbot: QtBot, dialog: NumberingDialog, kind: DocumentKind, text: str) -> None:
    """Select the kind's pattern, open it with F2, type a new one and press Enter."""
    index = dialog.model.index(dialog.model.row_of(kind), PATTERN_COLUMN)
    dialog.table.setCurrentIndex(index)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = dialog.table.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == dialog.model.data(index)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.indexWidget(index) is None)  # committed and closed


def test_each_kind_shows_its_pattern_and_next_number(
    qtbot: QtBot, ctx: AppContext, qtmodeltester: ModelTester
) -> None:
    dialog = numbering_dialog(qtbot, ctx)
    qtmodeltester.check(dialog.model)
    shown = [
        tuple(str(dialog.model.index(row, column).data()) for column in range(3))
        for row in range(dialog.model.rowCount())
    ]
    assert shown == [
        (KIND_NAMES[kind], DEFAULT_PATTERNS[kind], format_number(DEFAULT_PATTERNS[kind], 1, TODAY))
        for kind in DocumentKind
    ]
    assert shown[2][:2] == ("Laporan Kejadian", "LK-{nomor:03d}/{bulan_romawi}/{tahun}")
    assert dialog.example(DocumentKind.LAPORAN_KEJADIAN) == "LK-001/I/2024"


def test_a_pattern_is_checked_beside_the_table_and_saved_for_its_kind(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = numbering_dialog(qtbot, ctx)
    type_pattern(qtbot, dialog, DocumentKind.LAPORAN_KEJADIAN, "W13.PAS.PAS11-PK.04.02")
    assert dialog.example(DocumentKind.LAPORAN_KEJADIAN) == "—"
    dialog.save()
    assert dialog.isVisible()
    assert dialog.pattern_error.text() == (
        "Laporan Kejadian: The pattern needs the serial, e.g. {nomor:04d}."
    )
    row = dialog.model.row_of(DocumentKind.LAPORAN_KEJADIAN)
    assert dialog.table.currentIndex().row() == row  # the cursor is on the refused pattern
    assert dialog.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    saved = documents.document_settings(ctx.db)
    assert (
        saved.pattern(DocumentKind.LAPORAN_KEJADIAN)
        == DEFAULT_PATTERNS[DocumentKind.LAPORAN_KEJADIAN]
    )

    type_pattern(qtbot, dialog, DocumentKind.LAPORAN_KEJADIAN, "W13.PAS.PAS11-PK.04.02-{nomor:03d}")
    assert dialog.example(DocumentKind.LAPORAN_KEJADIAN) == "W13.PAS.PAS11-PK.04.02-001"
    dialog.command_edit.setText("menugaskan")
    dialog.save()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    saved = documents.document_settings(ctx.db)
    assert saved.command_word == "MENUGASKAN"
    assert saved.pattern(DocumentKind.LAPORAN_KEJADIAN) == "W13.PAS.PAS11-PK.04.02-{nomor:03d}"
    # The other kinds keep theirs.
    assert (
        saved.pattern(DocumentKind.SURAT_PERINTAH) == DEFAULT_PATTERNS[DocumentKind.SURAT_PERINTAH]
    )


def test_the_next_number_follows_the_documents_already_issued(
    qtbot: QtBot, ctx: AppContext
) -> None:
    documents.issue_document(
        ctx.action(),
        kind=DocumentKind.SURAT_PERINTAH,
        title="Piket",
        on=TODAY,
        source={},
        render=lambda number, _code: f"%PDF-1.4 {number}".encode(),
    )
    dialog = numbering_dialog(qtbot, ctx)
    assert dialog.example(DocumentKind.SURAT_PERINTAH) == "SP-0002/I/2024"
    assert dialog.example(DocumentKind.LAPORAN_KEJADIAN) == "LK-001/I/2024"  # its own serial
    type_pattern(
        qtbot, dialog, DocumentKind.SURAT_PERINTAH, "W13.PAS.PAS11-PK.01.04.01-{nomor:04d}"
    )
    assert dialog.example(DocumentKind.SURAT_PERINTAH) == "W13.PAS.PAS11-PK.01.04.01-0002"


def test_a_pattern_is_put_together_from_its_parts_with_the_number_it_makes(
    qtbot: QtBot, ctx: AppContext
) -> None:
    made: list[str] = []

    def next_number(pattern: str) -> str:
        made.append(pattern)
        return format_number(check_pattern(pattern), 7, TODAY)

    editor = PatternEditorDialog("Laporan Kejadian", "", next_number, 120)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.ok_button.isEnabled()  # no serial yet: no number
    assert "serial" in editor.error.text()
    qtbot.keyClicks(editor.pattern_edit, "W13.PAS.PAS11-PK.04.02-")
    editor.digits_spin.setValue(3)
    qtbot.mouseClick(editor.part_buttons["nomor"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.pattern_edit, "/")
    qtbot.mouseClick(editor.part_buttons["bulan_romawi"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.pattern_edit, "/")
    qtbot.mouseClick(editor.part_buttons["tahun"], Qt.MouseButton.LeftButton)

    assert editor.pattern() == "W13.PAS.PAS11-PK.04.02-{nomor:03d}/{bulan_romawi}/{tahun}"
    assert editor.example_label.text() == "W13.PAS.PAS11-PK.04.02-007/I/2024"
    assert editor.parts_label.text() == (
        "“W13.PAS.PAS11-PK.04.02-”  ·  [serial, 3 digits]  ·  “/”  ·  [month in Roman (XII)]"
        "  ·  “/”  ·  [year]"
    )
    assert editor.ok_button.isEnabled()
    # Four digits: the serial already in the pattern follows, and so does the number.
    editor.digits_spin.setValue(4)
    assert editor.example_label.text() == "W13.PAS.PAS11-PK.04.02-0007/I/2024"


def test_the_edit_pattern_button_puts_the_editors_pattern_in_the_table(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = numbering_dialog(qtbot, ctx)
    row = dialog.model.row_of(DocumentKind.LAPORAN_KEJADIAN)
    dialog.table.setCurrentIndex(dialog.model.index(row, PATTERN_COLUMN))
    shown: list[str] = []

    def choose(editor: PatternEditorDialog) -> int:
        shown.append(editor.example_label.text())  # the kind's next number, live
        editor.pattern_edit.setText("LK/{nomor}/{tahun}")
        return 1

    monkeypatch.setattr(PatternEditorDialog, "exec", choose)
    qtbot.mouseClick(dialog.edit_pattern_button, Qt.MouseButton.LeftButton)
    assert shown == ["LK-001/I/2024"]
    assert dialog.example(DocumentKind.LAPORAN_KEJADIAN) == "LK/1/2024"
