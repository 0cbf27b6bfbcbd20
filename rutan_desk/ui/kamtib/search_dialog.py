"""One search (penggeledahan): when, what kind, joint with whom, under which order, the team,
the blocks and rooms searched, and what was found with its owner, photo and fate.

A finding opens an incident in one step ("Open an incident"); findings are destroyed together
under one berita acara. The form is saved as a whole; a fate decided later is either typed in
the form (a correction) or recorded for several findings at once ("Destroy together…").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import short_date
from rutan_desk.domain.searches import (
    DEFAULT_UNIT,
    FINDING_ITEM_TYPES,
    JOINT_AGENCIES,
    Disposition,
    FindingFate,
    FindingItem,
    SearchKind,
    disposition_errors,
    tidy_agencies,
)
from rutan_desk.services.documents.register import register
from rutan_desk.services.handover.setup import list_blocks
from rutan_desk.services.searches.forms import (
    FindingLine,
    MemberLine,
    PlaceLine,
    SearchDraft,
    SearchRecord,
)
from rutan_desk.services.searches.queries import load_search
from rutan_desk.services.searches.saving import delete_search, keep_finding_photo, save_search
from rutan_desk.services.staff.records import StaffRecord, list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.handover.sign_dialog import to_datetime, to_qdatetime
from rutan_desk.ui.kamtib.finding_actions import (
    destroy_together,
    finding_text,
    open_finding_incident,
)
from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog, long_text, moment_edit
from rutan_desk.ui.kamtib.kamtib_previews import open_search_record
from rutan_desk.ui.kamtib.labels import fate_label, finding_item_label, search_kind_label
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.file_viewer import show_kept_file
from rutan_desk.ui.widgets.line_grid import CHOICE, NUMBER, READ_ONLY_KEYS, GridColumn, LineGrid
from rutan_desk.ui.widgets.unsaved import may_close

OTHER_PLACE = -1  # the block column's entry for a place outside the blocks
# A member from the registry shows the registry's name, rank, NRP and agency; they are not typed.
REGISTRY_KEYS = frozenset({"name", "rank", "nrp", "agency"})
GRIDS = ("team", "places", "findings")
PAGE_OF_GRID = {"places": 0, "team": 1, "findings": 2}


def _block_value(block_id: int | None) -> int:
    return block_id if block_id is not None else OTHER_PLACE


def _place_of(line: dict[str, Any]) -> tuple[int | None, str, str]:
    """(block id, room, other place) of a line: the text is the room of a block, or the place
    elsewhere."""
    block = line.get("block")
    text = (line.get("where") or "").strip()
    if block is None or block == OTHER_PLACE:
        return None, "", text
    return int(block), text, ""


class SearchDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        draft: SearchDraft,
        parent: QWidget | None = None,
        record: SearchRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.draft = draft
        self.record = record
        self.dirty = False
        self._filling = False
        self.incident_dialog: IncidentDialog | None = None
        self.history_dialog: QWidget | None = None
        self.preview: DocumentPreview | None = None
        self._preview_operation: object = None  # kept alive while it prepares
        self.setMinimumSize(1000, 640)
        self._staff = list_staff(ctx.db)
        self._blocks = [(b.id, b.name) for b in list_blocks(ctx.db)]
        self.errors = FieldErrors()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._search_page(), self.tr("&1 Search and places"))
        self.tabs.addTab(self._team_page(), self.tr("&2 Team"))
        self.tabs.addTab(self._findings_page(), self.tr("&3 Findings"))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.general_error = error_label()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the form as it is (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save_action.triggered.connect(self.save_button.click)
        self.addAction(save_action)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setToolTip(self.tr("Delete a search entered by mistake"))
        self.delete_button.clicked.connect(self.delete)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every change of this search"))
        self.history_button.clicked.connect(self.show_history)
        self.print_button = QPushButton(self.tr("&Print berita acara…"))
        self.print_button.setToolTip(
            self.tr("The Berita Acara Penggeledahan of this search, to print and to issue")
        )
        self.print_button.clicked.connect(self.print_record)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.delete_button,
            self.history_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        # Enter in a field must not press a button (the first would be "Add by name").
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._fill()

    # -- the pages ------------------------------------------------------------------------
    def _search_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.kind_combo = QComboBox()
        for kind in SearchKind:
            self.kind_combo.addItem(search_kind_label(kind), kind)
        self.errors.add_row(form, self.tr("&Kind"), "kind", self.kind_combo)
        now = self._ctx.action().wib_now()
        self.started_edit = moment_edit(now)
        for widget in (self.kind_combo, self.started_edit):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.errors.add_row(form, self.tr("S&tarted at"), "started_at", self.started_edit)
        ended = QWidget()
        ended_row = QHBoxLayout(ended)
        ended_row.setContentsMargins(0, 0, 0, 0)
        self.ended_box = QCheckBox(self.tr("known"))
        self.ended_box.setToolTip(self.tr("Untick while the search has not ended"))
        self.ended_edit = moment_edit(now)
        self.ended_box.toggled.connect(self.ended_edit.setEnabled)
        ended_row.addWidget(self.ended_box)
        ended_row.addWidget(self.ended_edit)
        ended_row.addStretch()
        self.errors.add_row(form, self.tr("&Ended at"), "ended_at", ended, focus=self.ended_box)
        self.leader_combo = QComboBox()
        self.leader_combo.setPlaceholderText(self.tr("(who led it)"))
        self.leader_combo.setMinimumWidth(420)
        self.leader_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.errors.add_row(form, self.tr("Led &by"), "leader", self.leader_combo)
        agencies = QWidget()
        agencies_row = QHBoxLayout(agencies)
        agencies_row.setContentsMargins(0, 0, 0, 0)
        self.agency_boxes: dict[str, QCheckBox] = {}
        for name in JOINT_AGENCIES:
            box = QCheckBox(name)
            box.toggled.connect(lambda _on: self._mark_dirty())
            self.agency_boxes[name] = box
            agencies_row.addWidget(box)
        self.other_agencies_edit = QLineEdit()
        self.other_agencies_edit.setPlaceholderText(self.tr("others, separated by commas"))
        agencies_row.addWidget(self.other_agencies_edit, 1)
        first_box = self.agency_boxes[JOINT_AGENCIES[0]]
        self.errors.add_row(form, self.tr("&Joint with"), "agencies", agencies, focus=first_box)
        self.order_combo = QComboBox()
        self.order_combo.setMinimumWidth(420)
        self.order_combo.setToolTip(self.tr("The order (surat perintah) from the letter register"))
        self.errors.add_row(form, self.tr("&Order"), "order", self.order_combo)
        self.note_edit = long_text(3, grows=False)
        self.errors.add_row(form, self.tr("&Note"), "note", self.note_edit)
        for combo in (self.kind_combo, self.leader_combo, self.order_combo):
            combo.currentIndexChanged.connect(lambda _i: self._mark_dirty())
        for edit in (self.started_edit, self.ended_edit):
            edit.dateTimeChanged.connect(lambda _d: self._mark_dirty())
        self.ended_box.toggled.connect(lambda _on: self._mark_dirty())
        self.other_agencies_edit.textChanged.connect(lambda _t: self._mark_dirty())
        self.note_edit.textChanged.connect(self._mark_dirty)
        self.places_grid = LineGrid(
            self.tr("Blocks, rooms and places searched"),
            [
                GridColumn("block", self.tr("Block"), CHOICE, self._block_choices()),
                GridColumn("where", self.tr("Room, or the place elsewhere"), stretch=True),
            ],
            add_text=self.tr("Add a &place"),
            defaults=lambda: {"block": self._blocks[0][0] if self._blocks else OTHER_PLACE},
        )
        self.places_grid.changed.connect(self._mark_dirty)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.places_grid, 1)
        return page

    def _block_choices(self) -> list[tuple[Any, str]]:
        return [*self._blocks, (OTHER_PLACE, self.tr("Elsewhere"))]

    def _team_page(self) -> QWidget:
        page = QWidget()
        self.team_grid = LineGrid(
            self.tr("Team"),
            [
                GridColumn("name", self.tr("Name"), stretch=True),
                GridColumn("rank", self.tr("Rank")),
                GridColumn("nrp", self.tr("NRP / NIP")),
                GridColumn("agency", self.tr("Agency")),
            ],
            add_text=self.tr("Add by &name"),
        )
        self.add_member_button = QPushButton(self.tr("Add from the &registry…"))
        self.add_member_button.setToolTip(
            self.tr("An officer of the Rutan, or helping personnel already in the registry")
        )
        self.add_member_button.clicked.connect(self.add_member)
        self.team_grid.buttons.insertWidget(2, self.add_member_button)
        self.team_grid.changed.connect(self._mark_dirty)
        layout = QVBoxLayout(page)
        layout.addWidget(self.team_grid)
        return page

    def _findings_page(self) -> QWidget:
        page = QWidget()
        items = [(item, finding_item_label(item)) for item in FINDING_ITEM_TYPES]
        self.findings_grid = LineGrid(
            self.tr("Findings"),
            [
                GridColumn("item", self.tr("Item"), CHOICE, items),
                GridColumn("quantity", self.tr("Qty"), NUMBER),
                GridColumn("unit", self.tr("Unit")),
                GridColumn("description", self.tr("Description"), stretch=True),
                GridColumn("block", self.tr("Block"), CHOICE, self._block_choices()),
                GridColumn("where", self.tr("Room / place")),
                GridColumn("owner_text", self.tr("Owner"), read_only=True),
                GridColumn("photo_text", self.tr("Photo"), read_only=True),
                GridColumn("fate_text", self.tr("Fate"), read_only=True),
                GridColumn("incident_number", self.tr("Incident"), read_only=True),
            ],
            add_text=self.tr("Add a &finding"),
            defaults=self._new_finding,
        )
        self.findings_grid.changed.connect(self._mark_dirty)
        self.findings_grid.table.currentCellChanged.connect(
            lambda *_cells: self._show_finding_buttons()
        )
        self.findings_grid.table.itemSelectionChanged.connect(self._show_finding_buttons)

        self.owner_button = QPushButton(self.tr("&Owner"))
        owner_menu = QMenu(self.owner_button)
        self.choose_owner_action = owner_menu.addAction(self.tr("Choose the owner…"))
        self.choose_owner_action.triggered.connect(self.choose_owner)
        self.no_owner_action = owner_menu.addAction(self.tr("Owner not known"))
        self.no_owner_action.triggered.connect(self.clear_owner)
        self.owner_button.setMenu(owner_menu)
        self.photo_button = QPushButton(self.tr("P&hoto"))
        photo_menu = QMenu(self.photo_button)
        self.attach_photo_action = photo_menu.addAction(self.tr("Attach a photo…"))
        self.attach_photo_action.triggered.connect(lambda: self.attach_photo())
        self.show_photo_action = photo_menu.addAction(self.tr("Show the photo"))
        self.show_photo_action.triggered.connect(self.show_photo)
        self.remove_photo_action = photo_menu.addAction(self.tr("Remove the photo"))
        self.remove_photo_action.triggered.connect(self.remove_photo)
        self.photo_button.setMenu(photo_menu)
        self.fate_button = QPushButton(self.tr("F&ate…"))
        self.fate_button.setToolTip(
            self.tr("Kept, destroyed or handed to the police: for the chosen findings")
        )
        self.fate_button.clicked.connect(self.edit_fate)
        self.incident_button = QPushButton()
        self.incident_button.clicked.connect(self.open_incident)
        self.destroy_button = QPushButton(self.tr("&Destroy together…"))
        self.destroy_button.setToolTip(
            self.tr("Record the chosen findings as destroyed under one berita acara")
        )
        self.destroy_button.clicked.connect(self.destroy_chosen)
        actions = QHBoxLayout()
        for button in (
            self.owner_button,
            self.photo_button,
            self.fate_button,
            self.incident_button,
            self.destroy_button,
        ):
            actions.addWidget(button)
        actions.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(self.findings_grid, 1)
        layout.addLayout(actions)
        return page

    def _new_finding(self) -> dict[str, Any]:
        """A new finding is of one item, found in the last place searched (the clerk changes
        what differs)."""
        places = self.places_grid.lines()
        last = places[-1] if places else {"block": self._blocks[0][0] if self._blocks else None}
        block = last.get("block")
        return {
            "item": FindingItem.HP,
            "quantity": 1,
            "unit": DEFAULT_UNIT,
            "block": block if block is not None else OTHER_PLACE,
            "where": last.get("where") or "",
            "disposition": Disposition(),
            "fate_text": fate_label(FindingFate.DISIMPAN),
        }

    # -- showing --------------------------------------------------------------------------
    def _fill(self) -> None:
        draft = self.draft
        self._filling = True
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(draft.kind), 0))
        if draft.started_at is not None:
            self.started_edit.setDateTime(to_qdatetime(draft.started_at))
        self.ended_box.setChecked(draft.ended_at is not None)
        self.ended_edit.setEnabled(draft.ended_at is not None)
        self.ended_edit.setDateTime(
            to_qdatetime(draft.ended_at or draft.started_at or self._ctx.action().wib_now())
        )
        self._fill_leaders(draft.leader_id)
        offered = {name.casefold(): name for name in JOINT_AGENCIES}
        chosen = {name.casefold() for name in draft.agencies}
        for name, box in self.agency_boxes.items():
            box.setChecked(name.casefold() in chosen)
        self.other_agencies_edit.setText(
            ", ".join(name for name in draft.agencies if name.casefold() not in offered)
        )
        self._fill_orders(draft.order_document_id)
        self.note_edit.setPlainText(draft.note)
        self.team_grid.fill([self._member_line(m) for m in draft.team])
        self.places_grid.fill(
            [
                {"block": _block_value(p.block_id), "where": p.room or p.other_place}
                for p in draft.places
            ]
        )
        self.findings_grid.fill([self._finding_line(f) for f in draft.findings])
        if draft.findings:
            self.findings_grid.table.setCurrentCell(0, 0)  # the finding buttons act on it
        self._filling = False
        self._show_state()
        self.dirty = False

    def _fill_leaders(self, leader_id: int | None) -> None:
        self.leader_combo.clear()
        for person in self._staff:
            if not person.is_external and (person.active or person.id == leader_id):
                self.leader_combo.addItem(self._staff_text(person), person.id)
        self.leader_combo.setCurrentIndex(self.leader_combo.findData(leader_id))

    def _fill_orders(self, order_id: int | None) -> None:
        """The letters of the register the search may have been ordered by: those of its year
        and the year before (an order of late December), newest first."""
        started = self.draft.started_at or self._ctx.action().wib_now()
        years = sorted({started.year, started.year - 1, self._ctx.today().year}, reverse=True)
        self.order_combo.clear()
        self.order_combo.addItem(self.tr("(none)"), None)
        for year in years:
            for letter in register(self._ctx.db, year=year):
                if not letter.cancelled or letter.id == order_id:
                    self.order_combo.addItem(f"{letter.number} — {letter.title}", letter.id)
        if order_id is not None and self.order_combo.findData(order_id) < 0 and self.record:
            self.order_combo.addItem(self.record.order_number, order_id)
        self.order_combo.setCurrentIndex(max(self.order_combo.findData(order_id), 0))

    def _member_line(self, member: MemberLine) -> dict[str, Any]:
        return {
            "staff_id": member.staff_id,
            "name": member.name,
            "rank": member.rank,
            "nrp": member.nrp,
            "agency": member.agency,
            READ_ONLY_KEYS: REGISTRY_KEYS if member.staff_id is not None else frozenset(),
        }

    def _finding_line(self, finding: FindingLine) -> dict[str, Any]:
        owner = (
            f"{finding.owner_name} ({finding.owner_register_number})"
            if finding.owner_id is not None
            else ""
        )
        return {
            "id": finding.id,
            "item": finding.item,
            "quantity": finding.quantity,
            "unit": finding.unit,
            "description": finding.description,
            "block": _block_value(finding.block_id),
            "where": finding.room or finding.other_place,
            "owner_id": finding.owner_id,
            "owner_text": owner,
            "photo_id": finding.photo_id,
            "photo_text": self.tr("attached") if finding.photo_id is not None else "",
            "disposition": finding.disposition,
            "fate_text": self._fate_text(finding.disposition),
            "incident_id": finding.incident_id,
            "incident_number": finding.incident_number,
        }

    def _fate_text(self, disposition: Disposition) -> str:
        """``Destroyed 01-02-2024``; kept items need no day."""
        label = fate_label(disposition.fate)
        if disposition.fate == FindingFate.DISIMPAN or disposition.on is None:
            return label
        return f"{label} {short_date(disposition.on)}"

    def _show_state(self) -> None:
        record = self.record
        saved = record is not None
        self.delete_button.setEnabled(saved)
        self.history_button.setEnabled(saved)
        self.print_button.setEnabled(saved)
        if record is None:
            self.setWindowTitle(self.tr("New search"))
            self.status_label.setText(self.tr("New search: not yet saved."))
        else:
            started = record.draft.started_at
            assert started is not None
            self.setWindowTitle(
                self.tr("Search of {day} — {kind}").format(
                    day=short_date(started.date()), kind=search_kind_label(record.draft.kind)
                )
            )
            findings = record.draft.findings
            self.status_label.setText(
                self.tr(
                    "Saved. {findings} findings, {incidents} of them opened an incident."
                ).format(
                    findings=len(findings),
                    incidents=sum(1 for f in findings if f.incident_id is not None),
                )
            )
        self._show_finding_buttons()

    def _show_finding_buttons(self) -> None:
        line = self._current_finding()
        chosen = line is not None
        for widget in (self.owner_button, self.photo_button, self.fate_button):
            widget.setEnabled(chosen)
        has_photo = line is not None and line.get("photo_id") is not None
        self.show_photo_action.setEnabled(has_photo)
        self.remove_photo_action.setEnabled(has_photo)
        self.incident_button.setEnabled(chosen)
        self.destroy_button.setEnabled(bool(self.findings_grid.chosen_rows()))
        if line is not None and line.get("incident_id") is not None:
            self.incident_button.setText(
                self.tr("Open incident {number}").format(number=line.get("incident_number"))
            )
            self.incident_button.setToolTip(self.tr("The incident this finding opened"))
        else:
            self.incident_button.setText(self.tr("Open an &incident"))
            self.incident_button.setToolTip(
                self.tr("File an incident of smuggling from the chosen finding, prefilled")
            )

    def _mark_dirty(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self.general_error.clear()

    # -- the team -------------------------------------------------------------------------
    @staticmethod
    def _staff_text(person: StaffRecord) -> str:
        return f"{person.name} — {person.position or person.agency}"

    def add_member(self) -> None:
        """Someone of the registry: an officer of the Rutan or helping personnel (TNI, Polri,
        BNN) entered there."""
        taken = {line.get("staff_id") for line in self.team_grid.lines()}
        people = [s for s in self._staff if s.active and s.id not in taken]
        names = [self._staff_text(s) for s in people]
        chosen, accepted = QInputDialog.getItem(
            self,
            self.tr("Add to the team"),
            self.tr("&Officer or helping personnel"),
            names,
            0,
            False,
        )
        if not accepted or chosen not in names:
            return
        person = people[names.index(chosen)]
        self.team_grid.add_line(
            self._member_line(
                MemberLine(
                    person.id,
                    person.name,
                    person.external_rank or person.golongan,  # as the search reads them back
                    person.nip or person.external_id,
                    person.agency,
                )
            )
        )

    # -- the findings ---------------------------------------------------------------------
    def _current_finding(self) -> dict[str, Any] | None:
        row = self.findings_grid.table.currentRow()
        lines = self.findings_grid.lines()
        return lines[row] if 0 <= row < len(lines) else None

    def choose_owner(self) -> None:
        from rutan_desk.ui.inmates.inmate_picker import InmatePickerDialog

        row = self.findings_grid.table.currentRow()
        if row < 0:
            return
        picker = InmatePickerDialog(self._ctx, self, prompt=self.tr("Whose was it?"))
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = picker.chosen()
        if chosen is None:
            return
        self.findings_grid.update_line(
            row,
            {"owner_id": chosen.id, "owner_text": f"{chosen.name} ({chosen.register_number})"},
        )
        self._show_finding_buttons()

    def clear_owner(self) -> None:
        row = self.findings_grid.table.currentRow()
        if row >= 0:
            self.findings_grid.update_line(row, {"owner_id": None, "owner_text": ""})

    def attach_photo(self, path: Path | None = None) -> None:
        """Keep a photo of the chosen finding (``path``: chosen by the clerk when None)."""
        row = self.findings_grid.table.currentRow()
        if row < 0:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Photo of the finding"), "", self.tr("Photos (*.png *.jpg *.jpeg)")
            )
            if not name:
                return
            path = Path(name)
        try:
            data = path.read_bytes()
        except OSError:
            self.findings_grid.show_errors([message_for(FieldError("photo", "file_unreadable"))])
            return
        Operation(
            self,
            self._ctx,
            lambda action: keep_finding_photo(action, path.name, data),
            title=self.tr("Photo of the finding"),
        ).on_invalid(
            lambda error: self.findings_grid.show_errors([message_for(e) for e in error.errors])
        ).on_success(
            lambda photo_id: self.findings_grid.update_line(
                row, {"photo_id": photo_id, "photo_text": path.name}
            )
        ).run()
        self._show_finding_buttons()

    def show_photo(self) -> None:
        line = self._current_finding()
        if line is not None and line.get("photo_id") is not None:
            show_kept_file(self, self._ctx, int(line["photo_id"]))

    def remove_photo(self) -> None:
        row = self.findings_grid.table.currentRow()
        if row >= 0:
            self.findings_grid.update_line(row, {"photo_id": None, "photo_text": ""})
            self._show_finding_buttons()

    def edit_fate(self) -> None:
        """The fate of the chosen findings, typed in the form (saved with it): a correction, or
        the fate of a finding not yet saved."""
        rows = self.findings_grid.chosen_rows()
        if not rows:
            return
        lines = self.findings_grid.lines()
        started = to_datetime(self.started_edit.dateTime())
        dialog = FateDialog(lines[rows[0]]["disposition"], started.date(), self._ctx.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        disposition = dialog.disposition()
        for row in rows:
            self.findings_grid.update_line(
                row, {"disposition": disposition, "fate_text": self._fate_text(disposition)}
            )

    def _saved_first(self) -> bool:
        """The findings are acted on as saved: unsaved changes are saved first."""
        if self.record is None or self.dirty:
            return self.save() and self.record is not None
        return True

    def open_incident(self) -> None:
        """The chosen finding opens its incident in one step; one that already opened an
        incident shows it."""
        row = self.findings_grid.table.currentRow()
        if row < 0 or not self._saved_first():
            return
        assert self.record is not None
        line = self.findings_grid.lines()[row]
        record_id = self.record.id
        self.findings_grid.show_errors([])
        self.incident_dialog = open_finding_incident(
            self,
            self._ctx,
            int(line["id"]),
            line.get("incident_id"),
            opened=lambda: self._reload(record_id, row),
            refused=lambda error: self.findings_grid.show_errors(
                [message_for(e) for e in error.errors]
            ),
        )

    def print_record(self) -> None:
        """The berita acara of the search as saved (unsaved changes are saved first)."""
        if not self._saved_first():
            return
        assert self.record is not None

        def opened(preview: DocumentPreview) -> None:
            self.preview = preview

        self._preview_operation = open_search_record(self._ctx, self.record.id, self, opened)

    def destroy_chosen(self) -> None:
        """The chosen findings destroyed together under one berita acara."""
        rows = self.findings_grid.chosen_rows()
        if not rows or not self._saved_first():
            return
        assert self.record is not None
        lines = [self.findings_grid.lines()[row] for row in rows]
        record_id, version = self.record.id, self.record.draft.version
        destroy_together(
            self,
            self._ctx,
            {int(line["id"]): version for line in lines},
            [
                finding_text(
                    FindingItem(line["item"]),
                    line.get("description") or "",
                    int(line.get("quantity") or 0),
                    line.get("unit") or "",
                )
                for line in lines
            ],
            done=lambda: self._reload(record_id, rows[0]),
        )

    # -- saving ---------------------------------------------------------------------------
    def _agencies(self) -> tuple[str, ...]:
        ticked = [name for name, box in self.agency_boxes.items() if box.isChecked()]
        others = re.split(r"[,;\n]", self.other_agencies_edit.text())
        return tidy_agencies([*ticked, *others])

    def current_draft(self) -> SearchDraft:
        team = []
        for line in self.team_grid.lines():
            if line.get("staff_id") is not None:
                team.append(MemberLine(staff_id=int(line["staff_id"])))
            else:
                team.append(
                    MemberLine(None, line["name"], line["rank"], line["nrp"], line["agency"])
                )
        places = []
        for line in self.places_grid.lines():
            block_id, room, other = _place_of(line)
            places.append(PlaceLine(block_id, room, other))
        findings = []
        for line in self.findings_grid.lines():
            block_id, room, other = _place_of(line)
            findings.append(
                FindingLine(
                    item=FindingItem(line["item"]),
                    quantity=int(line.get("quantity") or 0),
                    unit=line.get("unit") or "",
                    description=line.get("description") or "",
                    block_id=block_id,
                    room=room,
                    other_place=other,
                    owner_id=line.get("owner_id"),
                    photo_id=line.get("photo_id"),
                    disposition=line.get("disposition") or Disposition(),
                    id=line.get("id"),
                )
            )
        return replace(
            self.draft,
            kind=SearchKind(self.kind_combo.currentData()),
            started_at=to_datetime(self.started_edit.dateTime()),
            ended_at=to_datetime(self.ended_edit.dateTime())
            if self.ended_box.isChecked()
            else None,
            leader_id=self.leader_combo.currentData(),
            agencies=self._agencies(),
            order_document_id=self.order_combo.currentData(),
            note=self.note_edit.toPlainText(),
            team=tuple(team),
            places=tuple(places),
            findings=tuple(findings),
        )

    def save(self) -> bool:
        """Save the form; on refusal show why beside the field concerned. True when saved."""
        self._show_errors([])
        draft = self.current_draft()
        return (
            Operation(
                self,
                self._ctx,
                lambda action: save_search(action, draft),
                title=self.tr("Save search"),
            )
            .on_invalid(lambda error: self._show_errors(error.errors))
            .on_success(lambda search_id: self._reload(search_id))
            .run()
        )

    def _reload(self, search_id: int, row: int | None = None) -> None:
        """Read the search again (``row``: the finding to keep chosen)."""
        row = self.findings_grid.table.currentRow() if row is None else row
        self.record = load_search(self._ctx.db, search_id)
        self.draft = self.record.draft
        self._fill()
        if 0 <= row < self.findings_grid.table.rowCount():
            self.findings_grid.table.setCurrentCell(row, 0)

    def _show_errors(self, errors: list[FieldError]) -> None:
        grids = {"team": self.team_grid, "places": self.places_grid, "findings": self.findings_grid}
        for name, grid in grids.items():
            grid.show_errors(sorted({message_for(e) for e in errors if e.field == name}))
        on_form = [e for e in errors if e.field not in grids]
        first = self.errors.show(on_form)
        general = [message_for(e) for e in self.errors.unplaced(on_form)]
        self.general_error.setText("\n".join(general))
        if first is not None:
            self.tabs.setCurrentIndex(0)
            self.errors.show(on_form)  # the first field gets the cursor once its page shows
            return
        for name in GRIDS:
            if any(e.field == name for e in errors):
                self.tabs.setCurrentIndex(PAGE_OF_GRID[name])
                break

    def delete(self) -> None:
        """Delete a search entered by mistake (refused when a finding opened an incident)."""
        if self.record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete search"),
            self.tr("Delete this search with its team, places and findings?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record_id, version = self.record.id, self.record.draft.version

        def deleted(_none: object) -> None:
            self.dirty = False
            self.accept()

        Operation(
            self,
            self._ctx,
            lambda action: delete_search(action, record_id, expected_version=version),
            title=self.tr("Delete search"),
        ).on_invalid(
            lambda error: self.general_error.setText(
                "\n".join(message_for(e) for e in error.errors)
            )
        ).on_success(deleted).run()

    def show_history(self) -> None:
        if self.record is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, "search", self.record.id)

    def done(self, result: int) -> None:
        """Closing asks before unsaved changes are lost."""
        if self.dirty and not may_close(
            self, self.tr("Save the changes to this search?"), self.save
        ):
            return
        super().done(result)


class FateDialog(QDialog):
    """What became of a finding: kept, destroyed (the day and the berita acara) or handed to
    the police (the day, to whom, and the berita acara of the hand-over when there is one)."""

    def __init__(
        self,
        disposition: Disposition,
        search_day: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fate of the finding"))
        self.setMinimumWidth(480)
        self._search_day, self._today = search_day, today
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.fate_combo = QComboBox()
        for fate in FindingFate:
            self.fate_combo.addItem(fate_label(fate), fate)
        self.fate_combo.setCurrentIndex(max(self.fate_combo.findData(disposition.fate), 0))
        self.errors.add_row(self.form, self.tr("&Fate"), "fate", self.fate_combo)
        self.day_edit = date_edit(disposition.on or today)
        self.day_row = self.errors.add_row(self.form, self.tr("&On"), "fate_on", self.day_edit)
        self.handed_to_edit = QLineEdit(disposition.handed_to)
        self.handed_to_edit.setPlaceholderText(self.tr("e.g. Sat Resnarkoba Polres Blora"))
        self.handed_row = self.errors.add_row(
            self.form, self.tr("Handed &to"), "handed_to", self.handed_to_edit
        )
        self.number_edit = QLineEdit(disposition.berita_acara)
        self.number_row = self.errors.add_row(
            self.form, self.tr("Berita acara &no."), "berita_acara", self.number_edit
        )
        self.fate_combo.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._show_rows()

    def fate(self) -> FindingFate:
        return FindingFate(self.fate_combo.currentData())

    def _show_rows(self) -> None:
        fate = self.fate()
        self.form.setRowVisible(self.day_row, fate != FindingFate.DISIMPAN)
        self.form.setRowVisible(self.number_row, fate != FindingFate.DISIMPAN)
        self.form.setRowVisible(self.handed_row, fate == FindingFate.DISERAHKAN)

    def disposition(self) -> Disposition:
        fate = self.fate()
        return Disposition(
            fate,
            to_date(self.day_edit.date()) if fate != FindingFate.DISIMPAN else None,
            self.number_edit.text(),
            self.handed_to_edit.text(),
        ).tidied()

    def _accept_if_complete(self) -> None:
        errors = disposition_errors(self.disposition(), self._search_day, self._today)
        if errors:
            self.errors.show(errors)
            return
        self.accept()
