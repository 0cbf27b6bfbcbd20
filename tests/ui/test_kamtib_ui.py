"""The Kamtib tab's incidents, driven as a clerk does: filing one by keyboard, the search as one
types, a refused form, the workflow to approval and a supplement."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.incidents import IncidentStatus, PersonKind, PersonRole, Severity
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.services.attachments import PaperSignature
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.documents import register as documents
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.incidents.forms import IncidentDraft, PersonLine
from rutan_desk.services.incidents.queries import list_incidents, load_incident
from rutan_desk.services.incidents.report import issued_incident_report
from rutan_desk.services.incidents.saving import save_incident
from rutan_desk.services.incidents.setup import list_incident_types
from rutan_desk.services.incidents.workflow import (
    add_supplement,
    advance_incident,
    approve_incident,
)
from rutan_desk.services.inmates.registry import create_inmate
from rutan_desk.services.staff.records import StaffRecord, head_of_security
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover.sign_dialog import SignDialog
from rutan_desk.ui.inmates.inmate_picker import InmatePickerDialog
from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog, OutsiderDialog, TextDialog
from rutan_desk.ui.kamtib.incidents_page import IncidentsPage
from rutan_desk.ui.kamtib.kamtib_tab import KamtibTab
from rutan_desk.ui.kamtib.settings_dialog import IncidentTypeForm, KamtibSettingsDialog
from rutan_desk.ui.widgets.file_viewer import FileViewer
from tests.ui.conftest import follow_changes


class Answer:
    """Answers the next ``times`` modal dialogs of ``kind`` as the clerk would: exec() blocks
    the test, so a timer does the typing. (The incident form is itself modal, so waiting for
    "a modal dialog" is not enough.) Gives up after ~5 s; never leaves a dialog open."""

    def __init__(
        self, kind: type[QWidget], callback: Callable[[QWidget], None], *, times: int = 1
    ) -> None:
        self.kind, self.callback, self.left = kind, callback, times
        self.seen: list[QWidget] = []
        self.attempts = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, self.kind) or not widget.isVisible():
            self.attempts += 1
            if self.attempts < 500:
                QTimer.singleShot(10, self._poll)
            return
        self.seen.append(widget)
        self.left -= 1
        try:
            self.callback(widget)
        finally:
            if widget.isVisible():
                widget.close()
        if self.left > 0:
            self.attempts = 0
            QTimer.singleShot(10, self._poll)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with unsaved changes asks; at the end of a test the answer is Discard."""
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard),
    )


@pytest.fixture
def demo(ctx: AppContext) -> list[StaffRecord]:
    records = populate_demo(ctx.db, with_handovers=False)
    handover_setup.save_block(ctx.action(), "Blok A", 60)
    handover_setup.save_block(ctx.action(), "Blok B", 40)
    return records


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]) -> IncidentsPage:
    tab = KamtibTab(ctx)
    qtbot.addWidget(tab)
    follow_changes(ctx, tab, "kamtib")
    tab.resize(1280, 700)
    shown(qtbot, tab)
    tab.reload()
    return tab.incidents


def shown(qtbot: QtBot, widget: QWidget) -> None:
    """On screen and the active window (keyboard shortcuts go to the active window)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def kind_id(ctx: AppContext, name: str) -> int:
    return next(t.id for t in list_incident_types(ctx.db) if t.name == name)


def a_phone_found(ctx: AppContext, **changes: object) -> int:
    now = ctx.action().wib_now().replace(second=0, microsecond=0)
    draft = IncidentDraft(
        type_id=kind_id(ctx, "Penyelundupan barang terlarang"),
        severity=Severity.SEDANG,
        happened_at=now - timedelta(hours=3),
        reported_at=now - timedelta(hours=2),
        summary="HP diselipkan dalam nasi bungkus",
        other_place="Ruang kunjungan",
        chronology="Petugas P2U menemukan HP dalam nasi bungkus titipan pengunjung.",
        people=(PersonLine(PersonRole.PELAKU, PersonKind.OUTSIDER, name="Sri Wahyuni"),),
    )
    for name, value in changes.items():
        draft = draft.__class__(**{**draft.__dict__, name: value})
    return save_incident(ctx.action(), draft)


def open_dialog(qtbot: QtBot, page: IncidentsPage) -> IncidentDialog:
    dialog = page.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    return dialog


def test_file_an_incident_by_keyboard(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage, demo: list[StaffRecord]
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "New incident"

    qtbot.keyClicks(dialog.type_combo, "Perkel")  # a combo finds the kind by its first letters
    assert dialog.type_combo.currentText() == "Perkelahian antar-WBP"
    dialog.severity_combo.setFocus()
    qtbot.keyClick(dialog.severity_combo, Qt.Key.Key_Down)
    happened = dialog.happened_edit.dateTime().addSecs(-3600)
    dialog.happened_edit.setDateTime(happened)  # an hour ago; reported now
    assert dialog.block_combo.currentText() == "Blok A"
    qtbot.keyClicks(dialog.room_edit, "3")
    qtbot.keyClicks(dialog.summary_edit, "Perkelahian di kamar 3 Blok A")
    qtbot.keyClicks(dialog.chronology_edit, "WBP memukul WBP lain karena berebut tempat tidur.")

    dialog.tabs.setCurrentIndex(1)

    def outsider(widget: QWidget) -> None:
        assert isinstance(widget, OutsiderDialog)
        qtbot.keyClicks(widget.name_edit, "Sri Wahyuni")
        qtbot.keyClicks(widget.identity_edit, "3316014509870002")
        qtbot.keyClick(widget.identity_edit, Qt.Key.Key_Return)

    Answer(OutsiderDialog, outsider)
    qtbot.mouseClick(dialog.add_outsider_button, Qt.MouseButton.LeftButton)
    officer = next(s for s in demo if s.active and not s.is_external)

    def pick_officer(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(dialog._staff_text(officer))
        widget.accept()

    Answer(QInputDialog, pick_officer)
    qtbot.mouseClick(dialog.add_staff_button, Qt.MouseButton.LeftButton)
    assert [line["name"] for line in dialog.people_grid.lines()] == [
        "Sri Wahyuni",
        officer.name,
    ]

    dialog.tabs.setCurrentIndex(2)
    shown(qtbot, dialog)  # active again after the small dialogs
    dialog.actions_grid.table.setFocus()
    qtbot.keyClick(dialog.actions_grid.table, Qt.Key.Key_Insert)  # a new line, at its text
    qtbot.keyClick(dialog.actions_grid.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not dialog.actions_grid.table
    qtbot.keyClicks(editor, "Dilerai dan dipisahkan")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the typed text on the next turn of the event loop.
    qtbot.waitUntil(lambda: dialog.actions_grid.lines()[0]["text"] == "Dilerai dan dipisahkan")

    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.record is not None, (
        dialog.general_error.text(),
        [dialog.errors.text(n) for n in ("type", "summary", "happened_at", "reported_at", "place")],
        [g.error_label.text() for g in (dialog.people_grid, dialog.actions_grid)],
    )
    record = load_incident(ctx.db, dialog.record.id)
    assert record.status == IncidentStatus.DRAFT
    assert record.type_name == "Perkelahian antar-WBP" and record.draft.severity == Severity.SEDANG
    assert record.place == "Blok A, kamar 3"
    assert [(p.role, p.kind, p.name) for p in record.draft.people] == [
        (PersonRole.PELAKU, PersonKind.OUTSIDER, "Sri Wahyuni"),
        (PersonRole.SAKSI, PersonKind.STAFF, officer.name),
    ]
    assert [a.text for a in record.draft.actions] == ["Dilerai dan dipisahkan"]
    assert dialog.windowTitle().startswith(f"Incident {record.number}")
    assert page.model.rowCount() == 1 and page.model.record(0).number == record.number


def test_a_refused_form_shows_why_beside_the_field_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage
) -> None:
    page.new_incident()
    dialog = open_dialog(qtbot, page)
    later = dialog.happened_edit.dateTime().addSecs(2 * 3600)
    dialog.happened_edit.setDateTime(later)  # in the future

    assert not dialog.save()

    assert dialog.errors.text("summary") == "This field is required."
    assert dialog.errors.text("happened_at") == "This time is later than now."
    assert dialog.focusWidget() in (dialog.happened_edit, dialog.happened_edit.focusProxy())
    assert list_incidents(ctx.db) == []


def test_the_list_follows_the_search_as_it_is_typed(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage
) -> None:
    phone = a_phone_found(ctx)
    fight = a_phone_found(
        ctx,
        type_id=kind_id(ctx, "Perkelahian antar-WBP"),
        summary="Perkelahian di blok",
        chronology="Dua WBP berkelahi di lapangan.",
        people=(),
    )
    page.reload()
    assert {page.model.record(row).id for row in range(page.model.rowCount())} == {phone, fight}

    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "nasi bung")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).id == phone
    assert page.count_label.text() == "1 incidents"

    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "wahyuni")  # a person named in it
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.record(0).id == phone
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)  # into the list, on the match
    assert page.table.hasFocus() and page.selected() is not None
    assert page.selected().id == phone  # type: ignore[union-attr]


def test_report_approve_and_add_a_supplement(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage, demo: list[StaffRecord]
) -> None:
    incident = a_phone_found(ctx)
    page.reload()
    page.open_incident(incident)
    dialog = open_dialog(qtbot, page)
    assert dialog.step_button.text() == "&Report"
    assert not dialog.approve_button.isEnabled()  # a draft is reported first

    qtbot.mouseClick(dialog.step_button, Qt.MouseButton.LeftButton)
    assert dialog.record is not None and dialog.record.status == IncidentStatus.REPORTED
    assert dialog.approve_button.isEnabled()
    ka_kpr = head_of_security(demo)
    assert ka_kpr is not None

    def approve(widget: QWidget) -> None:
        assert isinstance(widget, SignDialog)
        widget.person_combo.setCurrentIndex(widget.person_combo.findData(ka_kpr.id))
        widget.paper_check.setChecked(False)
        widget.accept()

    Answer(SignDialog, approve)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    record = dialog.record
    assert record.locked and record.approval is not None
    assert record.approval.staff_id == ka_kpr.id
    assert not dialog.save_button.isEnabled() and dialog.summary_edit.isReadOnly()
    assert not dialog.people_grid.add_button.isEnabled()
    assert dialog.supplement_button.isEnabled()

    def supplement(widget: QWidget) -> None:
        assert isinstance(widget, TextDialog)
        qtbot.keyClicks(widget.edit, "Pemilik HP diserahkan ke Polres Blora.")
        widget.accept()

    Answer(TextDialog, supplement)
    qtbot.mouseClick(dialog.supplement_button, Qt.MouseButton.LeftButton)
    saved = load_incident(ctx.db, incident)
    assert [(s.number, s.text) for s in saved.supplements] == [
        (1, "Pemilik HP diserahkan ke Polres Blora.")
    ]
    assert "Supplement 1" in dialog.status_label.text()
    assert saved.draft.summary == "HP diselipkan dalam nasi bungkus"  # the report stays


def test_a_finished_incident_is_reopened_with_a_reason(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage
) -> None:
    incident = a_phone_found(ctx)
    for version, status in enumerate(
        (IncidentStatus.REPORTED, IncidentStatus.HANDLED, IncidentStatus.CLOSED), start=1
    ):
        advance_incident(ctx.action(), incident, status, expected_version=version)
    page.reload()
    page.open_incident(incident)
    dialog = open_dialog(qtbot, page)
    assert dialog.reopen_button.isVisible() and not dialog.step_button.isVisible()
    assert not dialog.save_button.isEnabled()

    answers = iter(["", "Ada saksi baru"])  # first none: refused, and the dialog comes back

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, TextDialog)
        qtbot.keyClicks(widget.edit, next(answers))
        widget.accept()

    driver = Answer(TextDialog, answer, times=2)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert len(driver.seen) == 2
    assert driver.seen[0].errors.text("reason") == "Write why the incident is reopened."  # type: ignore[attr-defined]
    record = load_incident(ctx.db, incident)
    assert record.status == IncidentStatus.HANDLED
    assert [r.reason for r in record.reopenings] == ["Ada saksi baru"]
    assert dialog.step_button.isVisible() and dialog.save_button.isEnabled()


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.new_incident()
    dialog = open_dialog(qtbot, page)
    qtbot.keyClicks(dialog.summary_edit, "Sesuatu")
    asked: list[str] = []

    def cancel(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(cancel))
    dialog.reject()
    assert asked == ["Save the changes to this incident?"]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_settings_add_and_retire_a_kind_and_refuse_a_pattern_without_serial(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord]
) -> None:
    dialog = KamtibSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    assert dialog.example_label.text().startswith("KMT.001/")

    def name_it(widget: QWidget) -> None:
        assert isinstance(widget, IncidentTypeForm)
        qtbot.keyClicks(widget.name_edit, "Gangguan listrik")
        widget.save_button.click()

    Answer(IncidentTypeForm, name_it)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    added = next(t for t in list_incident_types(ctx.db) if t.name == "Gangguan listrik")
    assert dialog._chosen() is not None and dialog._chosen().id == added.id  # type: ignore[union-attr]

    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert added.id not in {t.id for t in list_incident_types(ctx.db)}  # no longer offered
    assert dialog.retire_button.text() == "Bring &back"

    dialog.pattern_edit.setText("KMT/{tahun}")
    qtbot.mouseClick(dialog.save_pattern_button, Qt.MouseButton.LeftButton)
    assert dialog.pattern_errors.text("number_pattern") != ""
    dialog.pattern_edit.setText("W13-KMT.{nomor}/{tahun}")
    qtbot.mouseClick(dialog.save_pattern_button, Qt.MouseButton.LeftButton)
    assert dialog.pattern_errors.text("number_pattern") == ""
    assert a_phone_found(ctx) and list_incidents(ctx.db)[0].number.startswith("W13-KMT.1/")


def test_the_recap_charts_a_period_with_its_numbers_and_saves_a_png(
    qtbot: QtBot, ctx: AppContext, demo: list[StaffRecord], tmp_path: Path
) -> None:
    a_phone_found(ctx)
    a_phone_found(ctx, summary="HP kedua", chronology="Ditemukan lagi.")
    a_phone_found(ctx, type_id=kind_id(ctx, "Perkelahian antar-WBP"), summary="Perkelahian")
    tab = KamtibTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 700)
    shown(qtbot, tab)
    tab.reload()
    tab.pages.setCurrentWidget(tab.recap)  # read when first shown
    recap = tab.recap
    assert recap.total_label.text() == "3 incidents and 0 searches in the period"

    chart = recap.chart_view.chart()
    (series,) = chart.series()
    assert [s.label() for s in series.barSets()] == [  # type: ignore[attr-defined]
        "Perkelahian antar-WBP",
        "Penyelundupan barang terlarang",
    ]
    table = recap.table
    rows = {
        table.item(r, 0).text(): table.item(r, table.columnCount() - 1).text()
        for r in range(table.rowCount())
    }
    assert rows == {
        "Perkelahian antar-WBP": "1",
        "Penyelundupan barang terlarang": "2",
        "Total": "3",
    }

    recap.chart_list.setCurrentRow(2)  # the busiest places
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Ruang kunjungan"]
    target = tmp_path / "rekap"
    recap.write_png(target)
    saved = QImage(str(target.with_suffix(".png")))
    assert not saved.isNull() and saved.width() > 400


def test_an_inmate_is_found_and_added_to_the_people(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage
) -> None:
    budi = create_inmate(ctx.action(), InmateDraft("Budi Hartono", "A.II/123/2024"))
    page.new_incident()
    dialog = open_dialog(qtbot, page)
    dialog.tabs.setCurrentIndex(1)

    def choose(widget: QWidget) -> None:
        assert isinstance(widget, InmatePickerDialog)
        qtbot.keyClicks(widget.search_edit, "a.ii / 123")
        qtbot.waitUntil(lambda: widget.model.rowCount() == 1)
        widget.select_inmate(budi.id)
        widget.choose_selected()

    Answer(InmatePickerDialog, choose)
    qtbot.mouseClick(dialog.people_grid.add_button, Qt.MouseButton.LeftButton)
    (line,) = dialog.people_grid.lines()
    assert (line["name"], line["identity"], line["role"]) == (
        "Budi Hartono",
        "A.II/123/2024",
        PersonRole.PELAKU,
    )
    assert line["inmate_id"] == budi.id


def test_enter_in_the_form_presses_no_button(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage
) -> None:
    page.new_incident()
    dialog = open_dialog(qtbot, page)
    dialog.tabs.setCurrentIndex(1)
    opened: list[str] = []
    dialog.people_grid.add_button.clicked.disconnect()
    dialog.people_grid.add_button.clicked.connect(lambda: opened.append("picker"))
    dialog.people_grid.table.setFocus()
    qtbot.keyClick(dialog.people_grid.table, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.summary_edit, Qt.Key.Key_Return)
    assert opened == [] and dialog.isVisible() and dialog.record is None


def test_an_approved_report_is_printed_and_issued_into_the_register(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage, demo: list[StaffRecord]
) -> None:
    incident = a_phone_found(ctx)
    advance_incident(ctx.action(), incident, IncidentStatus.REPORTED, expected_version=1)
    ka_kpr = head_of_security(demo)
    assert ka_kpr is not None
    approve_incident(ctx.action(), incident, ka_kpr.id, expected_version=2)
    add_supplement(ctx.action(), incident, "Pengunjung diserahkan ke Polsek Blora Kota.")
    page.reload()
    page.open_incident(incident)
    dialog = open_dialog(qtbot, page)

    dialog.print_report()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    preview = dialog.preview
    qtbot.addWidget(preview)
    text = " ".join(
        (p.extract_text() or "")
        for p in PdfReader(io.BytesIO(preview.pdf)).pages  # type: ignore[attr-defined]
    )
    words = " ".join(text.split())
    assert "LAPORAN KEJADIAN" in words and "Sri Wahyuni" in words
    assert "Pengunjung diserahkan ke Polsek Blora Kota." in words  # the supplement
    assert preview.issue_button.isVisible()  # type: ignore[attr-defined]
    preview.issue_now()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not preview.issue_button.isVisible())  # type: ignore[attr-defined]
    (issued,) = [d for d in documents.register(ctx.db) if d.kind == "laporan_kejadian"]
    assert issued_incident_report(ctx.db, incident) is not None
    assert issued.number


def png_file(folder: Path, name: str) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    path = folder / name
    assert image.save(str(path), "PNG")
    return path


def test_a_photo_is_kept_with_the_incident_and_opened_from_the_form(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage, tmp_path: Path
) -> None:
    incident = a_phone_found(ctx)
    page.reload()
    page.open_incident(incident)
    dialog = open_dialog(qtbot, page)
    dialog.tabs.setCurrentWidget(dialog.files)

    note = tmp_path / "catatan.txt"
    note.write_text("bukan foto")
    dialog.files.add_file(note)
    assert dialog.files.lines() == []
    assert dialog.files.grid.error_label.text() == "Choose a scan: a PDF, PNG or JPG file."

    dialog.files.add_file(png_file(tmp_path, "hp-dalam-nasi.png"))
    assert not dialog.files.grid.error_label.isVisible()
    (line,) = dialog.files.lines()
    assert (line["file_name"], line["kind_text"]) == ("hp-dalam-nasi.png", "Picture")
    grid = dialog.files.grid
    grid.table.item(0, 1).setText("HP Samsung dalam nasi bungkus")
    assert dialog.save()

    (kept,) = load_incident(ctx.db, incident).draft.attachments
    assert (kept.file_name, kept.caption) == ("hp-dalam-nasi.png", "HP Samsung dalam nasi bungkus")
    grid.table.setCurrentCell(0, 0)
    seen = Answer(FileViewer, lambda widget: None)
    qtbot.mouseClick(dialog.files.open_button, Qt.MouseButton.LeftButton)
    (viewer,) = seen.seen
    assert isinstance(viewer, FileViewer) and viewer.pixmap.size().width() == 40


def test_the_scan_of_a_paper_approval_is_opened_from_the_form(
    qtbot: QtBot, ctx: AppContext, page: IncidentsPage, demo: list[StaffRecord], tmp_path: Path
) -> None:
    incident = a_phone_found(ctx)
    advance_incident(ctx.action(), incident, IncidentStatus.REPORTED, expected_version=1)
    ka_kpr = head_of_security(demo)
    assert ka_kpr is not None
    scan = png_file(tmp_path, "persetujuan.png").read_bytes()
    approve_incident(
        ctx.action(),
        incident,
        ka_kpr.id,
        expected_version=load_incident(ctx.db, incident).draft.version,
        paper=PaperSignature(ctx.today(), scan, "persetujuan.png"),
    )
    page.reload()
    page.open_incident(incident)
    dialog = open_dialog(qtbot, page)
    assert dialog.scan_button.isVisible()
    assert not dialog.files.grid.add_button.isEnabled()  # locked: new facts are supplements

    seen = Answer(FileViewer, lambda widget: None)
    qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
    (viewer,) = seen.seen
    assert isinstance(viewer, FileViewer) and viewer.data == scan
    assert viewer.windowTitle() == "persetujuan.png"
