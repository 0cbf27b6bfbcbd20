"""The searches (penggeledahan) of the Kamtib tab, driven as a clerk does: filing one by keyboard
with its team, a place and a finding; a refused form; a finding to an incident in one step;
findings destroyed together under one berita acara; the lists of a period."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.incidents import IncidentStatus, PersonKind, PersonRole
from rutan_desk.domain.inmates import InmateDraft
from rutan_desk.domain.searches import FindingFate, FindingItem, SearchKind
from rutan_desk.services.demo import populate_demo
from rutan_desk.services.documents import register as documents
from rutan_desk.services.handover import setup as handover_setup
from rutan_desk.services.incidents.queries import list_incidents
from rutan_desk.services.inmates.records import InmateRecord
from rutan_desk.services.inmates.registry import create_inmate
from rutan_desk.services.searches.forms import FindingLine, PlaceLine, SearchDraft
from rutan_desk.services.searches.queries import findings_between, list_searches, load_search
from rutan_desk.services.searches.saving import save_search
from rutan_desk.services.staff.records import StaffRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.inmates.inmate_picker import InmatePickerDialog
from rutan_desk.ui.kamtib.finding_actions import DestroyDialog, DestructionDialog
from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog
from rutan_desk.ui.kamtib.kamtib_tab import KamtibTab
from rutan_desk.ui.kamtib.search_dialog import FateDialog, SearchDialog
from rutan_desk.ui.kamtib.searches_page import SearchesPage
from rutan_desk.ui.widgets.file_viewer import FileViewer
from rutan_desk.ui.widgets.record_table import RECORD_ROLE
from tests.ui.conftest import follow_changes
from tests.ui.test_kamtib_ui import Answer, shown

ITEM, QUANTITY, UNIT, DESCRIPTION = range(4)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with unsaved changes asks; at the end of a test the answer is Discard."""
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Discard),
    )


@dataclass(frozen=True)
class Office:
    staff: list[StaffRecord]
    blocks: tuple[int, int]  # Blok A, Blok B
    budi: InmateRecord

    @property
    def officer(self) -> StaffRecord:
        """An officer whose first name nobody else has (a combo finds them by it)."""
        own = [s for s in self.staff if s.active and not s.is_external]
        first = [s.name.split()[0] for s in own]
        return next(s for s, name in zip(own, first, strict=True) if first.count(name) == 1)

    @property
    def police(self) -> StaffRecord:
        return next(s for s in self.staff if s.active and s.is_external)


@pytest.fixture
def office(ctx: AppContext) -> Office:
    staff = populate_demo(ctx.db, with_handovers=False)
    blocks = (
        handover_setup.save_block(ctx.action(), "Blok A", 60),
        handover_setup.save_block(ctx.action(), "Blok B", 40),
    )
    budi = create_inmate(
        ctx.action(), InmateDraft("Budi Hartono", "A.II/123/2023", block_id=blocks[0])
    )
    return Office(staff, blocks, budi)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, office: Office) -> SearchesPage:
    tab = KamtibTab(ctx)
    qtbot.addWidget(tab)
    follow_changes(ctx, tab, "kamtib")
    tab.resize(1280, 700)
    shown(qtbot, tab)
    tab.reload()
    tab.pages.setCurrentWidget(tab.searches)  # read when first shown
    return tab.searches


def now(ctx: AppContext) -> datetime:
    return ctx.action().wib_now().replace(second=0, microsecond=0, tzinfo=None)


def a_search(ctx: AppContext, office: Office, started: datetime | None = None) -> int:
    """A routine search of Blok A kamar 3 three hours ago: Budi's phone (2) and a charger."""
    started = started or now(ctx) - timedelta(hours=3)
    return save_search(
        ctx.action(),
        SearchDraft(
            kind=SearchKind.RUTIN,
            started_at=started,
            ended_at=started + timedelta(hours=1),
            leader_id=office.officer.id,
            places=(PlaceLine(office.blocks[0], "3"),),
            findings=(
                FindingLine(
                    FindingItem.HP,
                    2,
                    description="Samsung hitam",
                    block_id=office.blocks[0],
                    room="3",
                    owner_id=office.budi.id,
                ),
                FindingLine(FindingItem.CHARGER, 1, block_id=office.blocks[0], room="3"),
            ),
        ),
    )


def open_dialog(qtbot: QtBot, page: SearchesPage) -> SearchDialog:
    dialog = page.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    return dialog


def type_into_cell(qtbot: QtBot, grid_table: QWidget, text: str) -> None:
    """F2 on the current cell, type, Enter; the delegate commits on the next turn."""
    qtbot.keyClick(grid_table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not grid_table
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_file_a_search_by_keyboard(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "New search"

    qtbot.keyClicks(dialog.kind_combo, "I")
    assert dialog.kind_combo.currentData() == SearchKind.INSIDENTIL
    started = dialog.started_edit.dateTime().addSecs(-2 * 3600)
    dialog.started_edit.setDateTime(started)
    qtbot.keyClick(dialog.ended_box, Qt.Key.Key_Space)  # ended now
    assert dialog.ended_edit.isEnabled()
    dialog.ended_edit.setDateTime(started.addSecs(3600))
    qtbot.keyClicks(dialog.leader_combo, office.officer.name.split()[0])
    assert dialog.leader_combo.currentData() == office.officer.id
    tni = dialog.agency_boxes["TNI"]
    tni.setFocus()
    qtbot.keyClick(tni, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.other_agencies_edit, "Kodim 0721")
    places = dialog.places_grid.table
    places.setFocus()
    qtbot.keyClick(places, Qt.Key.Key_Insert)  # Blok A first; the cursor at its room
    type_into_cell(qtbot, places, "3")
    qtbot.waitUntil(lambda: dialog.places_grid.lines()[0]["where"] == "3")

    dialog.tabs.setCurrentIndex(1)
    police = office.police

    def pick_police(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(dialog._staff_text(police))
        widget.accept()

    Answer(QInputDialog, pick_police)
    qtbot.mouseClick(dialog.add_member_button, Qt.MouseButton.LeftButton)
    shown(qtbot, dialog)  # active again after the small dialog
    team = dialog.team_grid.table
    team.setFocus()
    qtbot.keyClick(team, Qt.Key.Key_Insert)  # someone not in the registry, by name
    type_into_cell(qtbot, team, "Joko Susilo")
    qtbot.waitUntil(lambda: dialog.team_grid.lines()[1]["name"] == "Joko Susilo")

    dialog.tabs.setCurrentIndex(2)
    findings = dialog.findings_grid.table
    findings.setFocus()
    qtbot.keyClick(findings, Qt.Key.Key_Insert)  # a phone, found where the search was
    findings.setCurrentCell(0, QUANTITY)
    type_into_cell(qtbot, findings, "2")
    findings.setCurrentCell(0, DESCRIPTION)
    type_into_cell(qtbot, findings, "Samsung hitam")
    qtbot.waitUntil(lambda: dialog.findings_grid.lines()[0]["description"] == "Samsung hitam")

    def pick_budi(widget: QWidget) -> None:
        assert isinstance(widget, InmatePickerDialog)
        qtbot.keyClicks(widget.search_edit, "Budi Har")
        qtbot.waitUntil(lambda: not widget._typing.isActive())
        qtbot.keyClick(widget.search_edit, Qt.Key.Key_Down)
        qtbot.keyClick(widget.table, Qt.Key.Key_Return)

    Answer(InmatePickerDialog, pick_budi)
    dialog.choose_owner_action.trigger()
    assert dialog.findings_grid.lines()[0]["owner_text"] == "Budi Hartono (A.II/123/2023)"

    shown(qtbot, dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.record is not None, (
        dialog.general_error.text(),
        [dialog.errors.text(n) for n in ("started_at", "ended_at", "leader", "agencies")],
        [g.error_label.text() for g in (dialog.team_grid, dialog.places_grid)],
        dialog.findings_grid.error_label.text(),
    )
    record = load_search(ctx.db, dialog.record.id)
    draft = record.draft
    assert draft.kind == SearchKind.INSIDENTIL and draft.agencies == ("TNI", "Kodim 0721")
    assert draft.ended_at is not None and draft.started_at is not None
    assert draft.ended_at - draft.started_at == timedelta(hours=1)
    assert record.leader_name == office.officer.name
    assert [(m.staff_id, m.name) for m in draft.team] == [
        (police.id, police.name),
        (None, "Joko Susilo"),
    ]
    assert [p.place for p in draft.places] == ["Blok A, kamar 3"]
    (phone,) = draft.findings
    assert (phone.item, phone.quantity, phone.description, phone.place) == (
        FindingItem.HP,
        2,
        "Samsung hitam",
        "Blok A, kamar 3",
    )
    assert phone.owner_id == office.budi.id and phone.disposition.fate == FindingFate.DISIMPAN
    assert dialog.windowTitle().startswith("Search of ")
    assert not dialog.dirty

    # The list follows: the search, and its finding under it.
    assert page.model.rowCount() == 1
    row = page.model.record(0)
    assert (row.id, row.findings, row.places) == (record.id, 1, "Blok A, kamar 3")
    assert page.proxy.index(0, 2).data() == "TNI, Kodim 0721"
    assert page.findings_model.rowCount() == 1
    assert page.findings_proxy.index(0, 1).data() == "Mobile phone (Samsung hitam)"


def test_a_refused_search_shows_why_beside_the_field_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage
) -> None:
    page.new_search()
    dialog = open_dialog(qtbot, page)
    later = dialog.started_edit.dateTime().addSecs(2 * 3600)
    dialog.started_edit.setDateTime(later)  # in the future; nobody led it; no place

    assert not dialog.save()

    assert dialog.errors.text("started_at") == "This time is later than now."
    assert dialog.errors.text("leader") != ""
    assert dialog.places_grid.error_label.text() == (
        "Add at least one block, room or place that was searched."
    )
    assert dialog.tabs.currentIndex() == 0
    assert dialog.focusWidget() in (dialog.started_edit, dialog.started_edit.focusProxy())
    assert dialog.record is None and list_searches(ctx.db) == []


def test_a_finding_opens_an_incident_in_one_step(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    search_id = a_search(ctx, office)
    page.reload()
    page.open_search(search_id)
    dialog = open_dialog(qtbot, page)
    dialog.tabs.setCurrentIndex(2)
    dialog.findings_grid.table.setCurrentCell(0, ITEM)  # the phone
    assert dialog.incident_button.text() == "Open an &incident"

    qtbot.mouseClick(dialog.incident_button, Qt.MouseButton.LeftButton)

    incident_form = dialog.incident_dialog
    assert isinstance(incident_form, IncidentDialog)
    qtbot.addWidget(incident_form)
    assert incident_form.isVisible() and incident_form.record is not None
    number = incident_form.record.number
    assert incident_form.windowTitle().startswith(f"Incident {number}")
    assert incident_form.summary_edit.text().startswith("Temuan HP 2 buah pada penggeledahan")
    assert incident_form.type_combo.currentText() == "Penyelundupan barang terlarang"
    assert [(p.role, p.kind, p.name) for p in incident_form.record.draft.people] == [
        (PersonRole.PELAKU, PersonKind.INMATE, "Budi Hartono"),
        (PersonRole.PELAPOR, PersonKind.STAFF, office.officer.name),
    ]
    assert incident_form.record.status == IncidentStatus.DRAFT
    incident_form.reject()

    # The finding shows its incident; the button opens that one, no second incident.
    assert dialog.findings_grid.lines()[0]["incident_number"] == number
    assert dialog.incident_button.text() == f"Open incident {number}"
    qtbot.mouseClick(dialog.incident_button, Qt.MouseButton.LeftButton)
    again = dialog.incident_dialog
    assert again is not incident_form and again is not None and again.record is not None
    qtbot.addWidget(again)
    assert again.record.number == number
    again.reject()
    assert len(list_incidents(ctx.db)) == 1
    # The list of the period's findings shows it too.
    numbers = [page.findings_model.record(r).incident_number for r in range(2)]
    assert sorted(numbers) == ["", number]
    dialog.reject()
    opened = next(f.id for f in page.findings_model.records() if f.incident_number == number)
    page.select_findings({opened})
    assert page.incident_button.text() == f"Open incident {number}"
    page.open_incident()
    from_list = page.incident_dialog
    assert from_list is not None and from_list.record is not None
    qtbot.addWidget(from_list)
    assert from_list.record.number == number
    from_list.reject()


def test_two_findings_destroyed_together_from_the_list(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    a_search(ctx, office)
    page.reload()
    found = {f.id for f in findings_between(ctx.db, ctx.today() - timedelta(days=1), ctx.today())}
    assert len(found) == 2
    page.select_findings(found)
    assert page.destroy_button.isEnabled()
    answers = iter(["", "BA.MSN-001/II/2024"])  # first none: refused, and the dialog comes back

    def destroy(widget: QWidget) -> None:
        assert isinstance(widget, DestroyDialog)
        qtbot.keyClicks(widget.number_edit, next(answers))
        widget.accept()

    driver = Answer(DestroyDialog, destroy, times=2)
    qtbot.mouseClick(page.destroy_button, Qt.MouseButton.LeftButton)

    assert len(driver.seen) == 2
    first = driver.seen[0]
    assert isinstance(first, DestroyDialog)
    assert first.errors.text("berita_acara") != ""
    after = findings_between(ctx.db, ctx.today() - timedelta(days=1), ctx.today())
    assert {(f.disposition.fate, f.disposition.berita_acara) for f in after} == {
        (FindingFate.DIMUSNAHKAN, "BA.MSN-001/II/2024")
    }
    assert all(f.disposition.on == ctx.today() for f in after)
    fates = {page.findings_proxy.index(r, 5).data() for r in range(2)}
    assert all(text.startswith("Destroyed ") for text in fates)
    page.kept_only_box.setChecked(True)  # nothing is left to destroy
    assert page.findings_model.rowCount() == 0


def test_two_findings_destroyed_together_from_the_form(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    search_id = a_search(ctx, office)
    page.reload()
    page.open_search(search_id)
    dialog = open_dialog(qtbot, page)
    dialog.tabs.setCurrentIndex(2)
    dialog.findings_grid.table.selectAll()

    def destroy(widget: QWidget) -> None:
        assert isinstance(widget, DestroyDialog)
        assert widget.heading.text().startswith("These 2 findings")
        qtbot.keyClicks(widget.number_edit, "BA.MSN-002")
        widget.accept()

    driver = Answer(DestroyDialog, destroy)
    qtbot.mouseClick(dialog.destroy_button, Qt.MouseButton.LeftButton)
    assert len(driver.seen) == 1

    fates = [f.disposition for f in load_search(ctx.db, search_id).draft.findings]
    assert [(d.fate, d.berita_acara) for d in fates] == [
        (FindingFate.DIMUSNAHKAN, "BA.MSN-002"),
        (FindingFate.DIMUSNAHKAN, "BA.MSN-002"),
    ]
    assert [line["fate_text"].split()[0] for line in dialog.findings_grid.lines()] == [
        "Destroyed",
        "Destroyed",
    ]
    assert not dialog.dirty


def test_the_lists_follow_the_period(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    recent = a_search(ctx, office)
    older = a_search(ctx, office, started=now(ctx) - timedelta(days=40))
    old = a_search(ctx, office, started=now(ctx) - timedelta(days=800))
    page.reload()

    def shown_ids() -> list[int]:
        return [page.proxy.index(r, 0).data(RECORD_ROLE).id for r in range(page.proxy.rowCount())]

    assert shown_ids() == [recent, older]  # the last year, newest first
    assert page.findings_model.rowCount() == 4
    today = ctx.today()
    page.period_bar.set_period(today - timedelta(days=7), today)
    assert shown_ids() == [recent]
    assert page.findings_model.rowCount() == 2
    assert page.count_label.text() == "1 searches, 2 findings"
    page.period_bar.all_dates_box.setChecked(True)
    assert shown_ids() == [recent, older, old]
    assert page.findings_model.rowCount() == 6


def test_a_findings_photo_and_fate_are_kept_with_the_search(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office, tmp_path: Path
) -> None:
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkgreen"))
    path = tmp_path / "temuan-hp.png"
    assert picture.save(str(path))
    search_id = a_search(ctx, office)
    page.reload()
    page.open_search(search_id)
    dialog = open_dialog(qtbot, page)
    dialog.tabs.setCurrentIndex(2)
    grid = dialog.findings_grid
    grid.table.setCurrentCell(0, ITEM)  # the phone
    dialog.attach_photo(path)
    assert grid.lines()[0]["photo_text"] == "temuan-hp.png" and dialog.dirty

    grid.table.setCurrentCell(1, ITEM)  # the charger, handed to the police

    def hand_over(widget: QWidget) -> None:
        assert isinstance(widget, FateDialog)
        widget.fate_combo.setCurrentIndex(widget.fate_combo.findData(FindingFate.DISERAHKAN))
        assert widget.handed_to_edit.isVisible()
        widget.buttons.button(widget.buttons.StandardButton.Ok).click()  # refused: to whom?
        assert widget.errors.text("handed_to") != "" and widget.isVisible()
        qtbot.keyClicks(widget.handed_to_edit, "Sat Reskrim Polres Blora")
        widget.buttons.button(widget.buttons.StandardButton.Ok).click()

    Answer(FateDialog, hand_over)
    qtbot.mouseClick(dialog.fate_button, Qt.MouseButton.LeftButton)
    assert grid.lines()[1]["fate_text"].startswith("Handed to the police ")
    assert dialog.save()

    phone, charger = load_search(ctx.db, search_id).draft.findings
    assert phone.photo_id is not None
    assert (charger.disposition.fate, charger.disposition.handed_to) == (
        FindingFate.DISERAHKAN,
        "Sat Reskrim Polres Blora",
    )
    assert charger.disposition.on == ctx.today()

    grid.table.setCurrentCell(0, ITEM)
    assert dialog.show_photo_action.isEnabled()
    seen = Answer(FileViewer, lambda widget: None)
    dialog.show_photo_action.trigger()
    (photo,) = seen.seen
    assert isinstance(photo, FileViewer) and photo.pixmap.width() == 40


def _pdf_words(preview: object) -> str:
    pages = PdfReader(io.BytesIO(preview.pdf)).pages  # type: ignore[attr-defined]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def test_the_berita_acara_of_a_search_is_printed_from_its_form_and_issued(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    search_id = a_search(ctx, office)
    page.reload()
    page.open_search(search_id)
    dialog = open_dialog(qtbot, page)
    assert dialog.print_button.isEnabled()

    dialog.print_record()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15000)
    preview = dialog.preview
    assert preview is not None
    qtbot.addWidget(preview)
    words = _pdf_words(preview)
    assert "BERITA ACARA PENGGELEDAHAN" in words and "Budi Hartono (A.II/123/2023)" in words
    assert "Nomor:" not in words
    preview.issue_now()
    qtbot.waitUntil(lambda: not preview.issue_button.isVisible(), timeout=15000)
    (issued,) = [d for d in documents.register(ctx.db) if d.kind == "ba_penggeledahan"]
    assert issued.number.startswith("BA.GLD-001/")


def test_a_new_search_has_no_berita_acara_to_print(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    page.new_search()
    dialog = open_dialog(qtbot, page)
    assert not dialog.print_button.isEnabled()


def test_the_berita_acara_of_a_destruction_numbers_the_chosen_findings(
    qtbot: QtBot, ctx: AppContext, page: SearchesPage, office: Office
) -> None:
    a_search(ctx, office)
    page.reload()
    found = {f.id for f in findings_between(ctx.db, ctx.today() - timedelta(days=1), ctx.today())}
    page.select_findings(found)
    assert page.destruction_button.isEnabled()

    def witnessed(widget: QWidget) -> None:
        assert isinstance(widget, DestructionDialog)
        assert widget.day() == ctx.today()
        widget.witnesses.add_line(
            {"name": "Aiptu Slamet Riyadi", "position": "Kanit Reskrim Polres Blora"}
        )
        widget.witnesses.add_line({"name": "  "})  # a line left empty is not a witness
        widget.accept()

    Answer(DestructionDialog, witnessed)
    qtbot.mouseClick(page.destruction_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=15000)
    preview = page.preview
    assert preview is not None
    qtbot.addWidget(preview)
    words = _pdf_words(preview)
    assert "BERITA ACARA PEMUSNAHAN BARANG TERLARANG" in words and "Charger" in words
    assert "Aiptu Slamet Riyadi" in words and "Kanit Reskrim Polres Blora" in words
    preview.issue_now()
    qtbot.waitUntil(lambda: not preview.issue_button.isVisible(), timeout=15000)

    (issued,) = [d for d in documents.register(ctx.db) if d.kind == "ba_pemusnahan"]
    after = findings_between(ctx.db, ctx.today() - timedelta(days=1), ctx.today())
    assert {(f.disposition.fate, f.disposition.berita_acara) for f in after} == {
        (FindingFate.DIMUSNAHKAN, issued.number)
    }
    # The list was read again: every item shows its new fate.
    qtbot.waitUntil(
        lambda: all(
            str(page.findings_proxy.index(r, 5).data()).startswith("Destroyed ") for r in range(2)
        )
    )
