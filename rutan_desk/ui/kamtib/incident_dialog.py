"""One security incident (kejadian): the form, its workflow, approval and supplements.

The form is saved as a draft as often as the clerk likes (the chronology is typed over time);
then it is reported, handled and closed, one step at a time. A Pimpinan approves it in their
own name, or the clerk records an approval given on paper with its scan: from then on it is
locked and new facts are numbered supplements, never edits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import moment_text
from rutan_desk.domain.incidents import (
    NEXT_STATUS,
    NOTIFY_LABELS,
    OTHER_PLACES,
    IncidentStatus,
    NotifyLevel,
    PersonKind,
    PersonRole,
    Severity,
    TaskStatus,
)
from rutan_desk.services.context import ActionContext, ActorKind
from rutan_desk.services.handover.setup import list_blocks
from rutan_desk.services.incidents import workflow
from rutan_desk.services.incidents.forms import (
    ActionLine,
    AttachmentLine,
    CustodyLine,
    EvidenceLine,
    IncidentDraft,
    IncidentRecord,
    NotificationLine,
    PersonLine,
    TaskLine,
)
from rutan_desk.services.incidents.queries import load_incident
from rutan_desk.services.incidents.saving import keep_incident_file, save_incident
from rutan_desk.services.incidents.setup import list_incident_types
from rutan_desk.services.staff.records import StaffRecord, head_of_security, list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover.sign_dialog import SignDialog, to_datetime, to_qdatetime
from rutan_desk.ui.kamtib.labels import person_kind_label, role_label, severity_label, status_label
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.file_viewer import show_kept_file
from rutan_desk.ui.widgets.kept_files import KeptFiles
from rutan_desk.ui.widgets.line_grid import (
    CHOICE,
    DAY,
    MOMENT,
    NUMBER,
    READ_ONLY_KEYS,
    GridColumn,
    LineGrid,
)
from rutan_desk.ui.widgets.unsaved import may_close
from rutan_desk.ui.widgets.until_saved import run_until_saved

OTHER_PLACE = -1  # the block combo's entry for a place outside the blocks


def moment_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value))
    edit.setDisplayFormat("dd-MM-yyyy HH.mm")
    edit.setCalendarPopup(True)
    return edit


def long_text(lines: int = 4, *, grows: bool = True) -> QPlainTextEdit:
    """A text of several lines; one that does not grow keeps to ``lines`` lines."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    height = edit.fontMetrics().lineSpacing() * lines + 12
    edit.setMinimumHeight(height)
    if not grows:
        edit.setMaximumHeight(height)
    return edit


class IncidentDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        draft: IncidentDraft,
        parent: QWidget | None = None,
        record: IncidentRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.draft = draft
        self.record = record
        self.dirty = False
        self.preview: QWidget | None = None
        self.history_dialog: QWidget | None = None
        self._task: object = None
        self.setMinimumSize(960, 640)
        self._staff = [s for s in list_staff(ctx.db) if s.active]
        self._staff_names = {s.id: s.name for s in self._staff}
        self.errors = FieldErrors()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._incident_page(), self.tr("&1 Incident"))
        self.tabs.addTab(self._people_page(), self.tr("&2 People"))
        self.tabs.addTab(self._actions_page(), self.tr("&3 Actions and reporting"))
        self.tabs.addTab(self._evidence_page(), self.tr("&4 Evidence and follow-up"))
        self.files = KeptFiles(ctx, self.tr("Photos and scans"), keep_incident_file)
        self.files.changed.connect(self._mark_dirty)
        self.tabs.addTab(self.files, self.tr("&5 Files"))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.general_error = error_label()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the form as it is (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save_action.triggered.connect(self.save_button.click)
        self.addAction(save_action)
        self.step_button = QPushButton()
        self.step_button.clicked.connect(self.next_step)
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.reopen_button.clicked.connect(self.reopen)
        self.approve_button = QPushButton(self.tr("A&pprove…"))
        self.approve_button.clicked.connect(self.approve)
        self.supplement_button = QPushButton(self.tr("Supp&lement…"))
        self.supplement_button.clicked.connect(self.add_supplement)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("The incident report (Laporan Kejadian)"))
        self.print_button.clicked.connect(self.print_report)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every change of this incident"))
        self.history_button.clicked.connect(self.show_history)
        self.scan_button = QPushButton(self.tr("Approval s&can"))
        self.scan_button.setToolTip(self.tr("The scan of the approval given on paper"))
        self.scan_button.clicked.connect(self.show_approval_scan)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.step_button,
            self.reopen_button,
            self.approve_button,
            self.supplement_button,
            self.print_button,
            self.history_button,
            self.scan_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        close_button.setAutoDefault(False)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        # Enter in a field or a grid must not press a button: no button is a default one
        # (set once the layout holds them all, or Qt picks the first as the default).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._fill()

    def _wib_now(self) -> datetime:
        return self._ctx.action().wib_now()

    # -- the pages ------------------------------------------------------------------------
    def _incident_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.type_combo = QComboBox()
        self.errors.add_row(form, self.tr("&Kind"), "type", self.type_combo)
        self.severity_combo = QComboBox()
        for severity in Severity:
            self.severity_combo.addItem(severity_label(severity), severity)
        self.errors.add_row(form, self.tr("Se&verity"), "severity", self.severity_combo)
        now = self._wib_now()
        self.happened_edit = moment_edit(now)
        self.errors.add_row(form, self.tr("&Happened at"), "happened_at", self.happened_edit)
        self.reported_edit = moment_edit(now)
        self.errors.add_row(form, self.tr("&Reported at"), "reported_at", self.reported_edit)
        place = QWidget()
        place_row = QHBoxLayout(place)
        place_row.setContentsMargins(0, 0, 0, 0)
        self.block_combo = QComboBox()
        for block in list_blocks(self._ctx.db):
            self.block_combo.addItem(block.name, block.id)
        self.block_combo.addItem(self.tr("Elsewhere:"), OTHER_PLACE)
        self.room_edit = QLineEdit()
        self.room_edit.setPlaceholderText(self.tr("room"))
        self.room_edit.setMaximumWidth(120)
        self.other_combo = QComboBox()
        self.other_combo.setEditable(True)
        self.other_combo.addItems(OTHER_PLACES)
        self.other_combo.setCurrentIndex(-1)
        self.other_combo.setMinimumWidth(220)
        self.block_combo.currentIndexChanged.connect(lambda _i: self._show_place())
        place_row.addWidget(self.block_combo)
        place_row.addWidget(self.room_edit)
        place_row.addWidget(self.other_combo, 1)
        self.errors.add_row(form, self.tr("&Where"), "place", place, focus=self.block_combo)
        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(self.tr("What happened, in one line"))
        self.errors.add_row(form, self.tr("S&ummary"), "summary", self.summary_edit)
        self.chronology_edit = long_text(8)
        self.chronology_edit.setPlaceholderText(
            self.tr("What, when, where, who, why and how (5W1H), as it happened")
        )
        self.errors.add_row(form, self.tr("&Chronology"), "chronology", self.chronology_edit)
        self.injuries_edit = long_text(2, grows=False)
        self.errors.add_row(form, self.tr("&Injuries"), "injuries", self.injuries_edit)
        self.damage_edit = long_text(2, grows=False)
        self.errors.add_row(form, self.tr("&Damage"), "damage", self.damage_edit)
        self.duty_label = QLabel()
        form.addRow(self.tr("On duty"), self.duty_label)
        for widget in (self.type_combo, self.severity_combo, self.block_combo, self.other_combo):
            widget.currentIndexChanged.connect(lambda _i: self._mark_dirty())
        self.other_combo.editTextChanged.connect(lambda _t: self._mark_dirty())
        for edit in (self.happened_edit, self.reported_edit):
            edit.dateTimeChanged.connect(lambda _d: self._mark_dirty())
        for line in (self.room_edit, self.summary_edit):
            line.textChanged.connect(lambda _t: self._mark_dirty())
        for text in (self.chronology_edit, self.injuries_edit, self.damage_edit):
            text.textChanged.connect(self._mark_dirty)
        return page

    def _staff_choices(self) -> list[tuple[Any, str]]:
        return [(None, ""), *((s.id, s.name) for s in self._staff if not s.is_external)]

    def _people_page(self) -> QWidget:
        page = QWidget()
        self.people_grid = LineGrid(
            self.tr("People involved"),
            [
                GridColumn(
                    "role", self.tr("Role"), CHOICE, [(r, role_label(r)) for r in PersonRole]
                ),
                GridColumn("kind_label", self.tr("Who"), read_only=True),
                GridColumn("name", self.tr("Name"), read_only=True, stretch=True),
                GridColumn("identity", self.tr("Register no. / NIP / ID"), read_only=True),
                GridColumn("note", self.tr("Note")),
            ],
            add_text=self.tr("Add an &inmate…"),
        )
        # The three kinds of person come from three places: the add button asks which.
        self.people_grid.add_button.clicked.disconnect()
        self.people_grid.add_button.clicked.connect(self.add_inmate)
        self.add_staff_button = QPushButton(self.tr("Add an &officer…"))
        self.add_staff_button.clicked.connect(self.add_officer)
        self.add_outsider_button = QPushButton(self.tr("Add someone from &outside…"))
        self.add_outsider_button.clicked.connect(self.add_outsider)
        self.people_grid.buttons.insertWidget(3, self.add_staff_button)
        self.people_grid.buttons.insertWidget(4, self.add_outsider_button)
        self.people_grid.changed.connect(self._mark_dirty)
        layout = QVBoxLayout(page)
        layout.addWidget(self.people_grid)
        return page

    def _actions_page(self) -> QWidget:
        page = QWidget()
        self.actions_grid = LineGrid(
            self.tr("Actions taken"),
            [
                GridColumn("at", self.tr("Time"), MOMENT),
                GridColumn("text", self.tr("What was done"), stretch=True),
                GridColumn("staff_id", self.tr("By"), CHOICE, self._staff_choices()),
            ],
            add_text=self.tr("Add an &action"),
            defaults=lambda: {"at": self._line_moment()},
        )
        levels = [(level, NOTIFY_LABELS[level]) for level in NotifyLevel]
        self.notifications_grid = LineGrid(
            self.tr("Reported up the ladder"),
            [
                GridColumn("level", self.tr("To"), CHOICE, levels),
                GridColumn("whom", self.tr("Name"), stretch=True),
                GridColumn("at", self.tr("Time"), MOMENT),
                GridColumn("how", self.tr("How (phone, radio, in person)")),
            ],
            add_text=self.tr("Add a &notification"),
            defaults=lambda: {"level": NotifyLevel.KARUPAM, "at": self._line_moment()},
        )
        for grid in (self.actions_grid, self.notifications_grid):
            grid.changed.connect(self._mark_dirty)
        layout = QVBoxLayout(page)
        layout.addWidget(self.actions_grid)
        layout.addWidget(self.notifications_grid)
        return page

    def _evidence_page(self) -> QWidget:
        page = QWidget()
        self.evidence_grid = LineGrid(
            self.tr("Evidence (barang bukti)"),
            [
                GridColumn("description", self.tr("Item"), stretch=True),
                GridColumn("quantity", self.tr("Quantity"), NUMBER),
                GridColumn("holder", self.tr("Held by")),
                GridColumn("since", self.tr("Since"), MOMENT),
                GridColumn("place", self.tr("Kept at")),
            ],
            add_text=self.tr("Add &evidence"),
            defaults=lambda: {"quantity": 1, "since": self._line_moment()},
        )
        self.custody_button = QPushButton(self.tr("Hand &over…"))
        self.custody_button.setToolTip(
            self.tr("Record who holds the chosen item from now on (also after approval)")
        )
        self.custody_button.clicked.connect(self.hand_over_evidence)
        self.evidence_grid.buttons.insertWidget(2, self.custody_button)
        statuses = [(s, label) for s, label in self._task_labels().items()]
        self.tasks_grid = LineGrid(
            self.tr("Follow-up"),
            [
                GridColumn("text", self.tr("What is to be done"), stretch=True),
                GridColumn("owner_id", self.tr("Who"), CHOICE, self._staff_choices()),
                GridColumn("due_on", self.tr("Due"), DAY),
                GridColumn("status", self.tr("Status"), CHOICE, statuses),
            ],
            add_text=self.tr("Add a &task"),
            defaults=lambda: {"status": TaskStatus.OPEN, "due_on": self._ctx.today()},
        )
        for grid in (self.evidence_grid, self.tasks_grid):
            grid.changed.connect(self._mark_dirty)
        layout = QVBoxLayout(page)
        layout.addWidget(self.evidence_grid)
        layout.addWidget(self.tasks_grid)
        return page

    def _task_labels(self) -> dict[TaskStatus, str]:
        return {
            TaskStatus.OPEN: self.tr("open"),
            TaskStatus.DONE: self.tr("done"),
            TaskStatus.CANCELLED: self.tr("cancelled"),
        }

    def _line_moment(self) -> datetime:
        """A new line starts at the incident's time: the clerk moves it on from there."""
        return to_datetime(self.happened_edit.dateTime())

    def _show_place(self) -> None:
        elsewhere = self.block_combo.currentData() == OTHER_PLACE
        self.room_edit.setVisible(not elsewhere)
        self.other_combo.setVisible(elsewhere)

    # -- showing --------------------------------------------------------------------------
    def _fill(self) -> None:
        draft = self.draft
        self._filling = True
        self.type_combo.clear()
        for kind in list_incident_types(self._ctx.db, include_retired=True):
            if kind.active or kind.id == draft.type_id:
                self.type_combo.addItem(kind.name, kind.id)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(draft.type_id), 0))
        self.severity_combo.setCurrentIndex(max(self.severity_combo.findData(draft.severity), 0))
        if draft.happened_at is not None:
            self.happened_edit.setDateTime(to_qdatetime(draft.happened_at))
        if draft.reported_at is not None:
            self.reported_edit.setDateTime(to_qdatetime(draft.reported_at))
        block = draft.block_id if draft.block_id is not None else OTHER_PLACE
        if draft.id is None and draft.block_id is None and not draft.other_place:
            block = self.block_combo.itemData(0)
        self.block_combo.setCurrentIndex(max(self.block_combo.findData(block), 0))
        self.room_edit.setText(draft.room)
        self.other_combo.setEditText(draft.other_place)
        self._show_place()
        self.summary_edit.setText(draft.summary)
        self.chronology_edit.setPlainText(draft.chronology)
        self.injuries_edit.setPlainText(draft.injuries)
        self.damage_edit.setPlainText(draft.damage)
        self.people_grid.fill([self._person_line(p) for p in draft.people])
        self.actions_grid.fill(
            [{"at": a.at, "text": a.text, "staff_id": a.staff_id} for a in draft.actions]
        )
        self.notifications_grid.fill(
            [
                {"level": n.level, "whom": n.whom, "at": n.at, "how": n.how}
                for n in draft.notifications
            ]
        )
        self.evidence_grid.fill([self._evidence_line(e) for e in draft.evidence])
        self.tasks_grid.fill(
            [
                {"text": t.text, "owner_id": t.owner_id, "due_on": t.due_on, "status": t.status}
                for t in draft.tasks
            ]
        )
        self.files.fill(
            [
                {
                    "attachment_id": a.attachment_id,
                    "file_name": a.file_name,
                    "caption": a.caption,
                    "media_type": a.media_type,
                    "size": a.size,
                }
                for a in draft.attachments
            ]
        )
        self._filling = False
        self._show_state()
        self.dirty = False

    def _person_line(self, person: PersonLine) -> dict[str, Any]:
        return {
            "role": person.role,
            "kind": person.kind,
            "kind_label": person_kind_label(person.kind),
            "inmate_id": person.inmate_id,
            "staff_id": person.staff_id,
            "name": person.name,
            "identity": person.identity,
            "note": person.note,
        }

    @staticmethod
    def _evidence_line(item: EvidenceLine) -> dict[str, Any]:
        first = item.custody[0] if item.custody else None
        last = item.custody[-1] if item.custody else None
        return {
            "id": item.id,
            "description": item.description,
            "quantity": item.quantity,
            "note": item.note,
            "custody": item.custody,
            # A saved item's holder changes only by "Hand over…", which keeps the chain.
            READ_ONLY_KEYS: {"holder", "since", "place"} if item.custody else set(),
            # The grid shows who holds it now; a new item is typed with its first holder.
            "holder": (last or first).holder if (last or first) else "",
            "since": (last or first).since if (last or first) else None,
            "place": (last or first).place if (last or first) else "",
        }

    def _show_state(self) -> None:
        record = self.record
        status = record.status if record else IncidentStatus.DRAFT
        locked = record is not None and (record.locked or status == IncidentStatus.CLOSED)
        for widget in (
            self.type_combo,
            self.severity_combo,
            self.happened_edit,
            self.reported_edit,
            self.block_combo,
            self.other_combo,
        ):
            widget.setEnabled(not locked)
        for edit in (self.room_edit, self.summary_edit):
            edit.setReadOnly(locked)
        for text in (self.chronology_edit, self.injuries_edit, self.damage_edit):
            text.setReadOnly(locked)
        for grid in (
            self.people_grid,
            self.actions_grid,
            self.notifications_grid,
            self.evidence_grid,
            self.tasks_grid,
        ):
            grid.set_locked(locked)
        self.files.set_locked(locked)
        self.scan_button.setVisible(
            record is not None
            and record.approval is not None
            and record.approval.scan_id is not None
        )
        for button in (self.add_staff_button, self.add_outsider_button):
            button.setEnabled(not locked)
        saved = record is not None
        self.save_button.setEnabled(not locked)
        following = NEXT_STATUS.get(status)
        self.step_button.setVisible(following is not None)
        self.step_button.setText(
            {
                IncidentStatus.REPORTED: self.tr("&Report"),
                IncidentStatus.HANDLED: self.tr("Mark &handled"),
                IncidentStatus.CLOSED: self.tr("&Finish"),
            }.get(following, "")
            if following
            else ""
        )
        self.reopen_button.setVisible(status == IncidentStatus.CLOSED)
        self.approve_button.setEnabled(
            saved and record is not None and not record.locked and status != IncidentStatus.DRAFT
        )
        self.supplement_button.setEnabled(saved and record is not None and record.locked)
        self.custody_button.setEnabled(saved)
        self.history_button.setEnabled(saved)
        self.print_button.setEnabled(saved)
        if record is None:
            self.setWindowTitle(self.tr("New incident"))
            self.duty_label.setText(self.tr("(taken from the roster when saved)"))
            self.status_label.setText(self.tr("Draft: not yet saved."))
            return
        self.setWindowTitle(
            self.tr("Incident {number} — {kind}").format(
                number=record.number, kind=record.type_name
            )
        )
        duty = record.on_duty
        self.duty_label.setText(
            " · ".join(
                part
                for part in (
                    duty.regu_name,
                    self.tr("shift {code}").format(code=duty.shift_code) if duty.shift_code else "",
                    self.tr("Karupam {name}").format(name=duty.karupam_name)
                    if duty.karupam_name
                    else "",
                )
                if part
            )
            or self.tr("(the roster shows nobody on duty at that time)")
        )
        lines = [self.tr("Status: {status}").format(status=status_label(status))]
        if record.approval is not None:
            approval = record.approval
            when = approval.at.strftime("%d-%m-%Y %H.%M")
            if approval.on_paper is not None:
                lines.append(
                    self.tr("Approved on paper by {name} ({day}); the scan is kept.").format(
                        name=approval.name, day=approval.on_paper.strftime("%d-%m-%Y")
                    )
                )
            else:
                lines.append(
                    self.tr(
                        "Approved by {name}, {moment}; locked: new facts are supplements."
                    ).format(name=approval.name, moment=when)
                )
        for supplement in record.supplements:
            lines.append(
                self.tr("Supplement {number} ({moment}, {author}): {text}").format(
                    number=supplement.number,
                    moment=moment_text(supplement.written_at),
                    author=supplement.author,
                    text=supplement.text,
                )
            )
        for reopening in record.reopenings:
            lines.append(
                self.tr("Reopened {moment} by {author}: {reason}").format(
                    moment=moment_text(reopening.written_at),
                    author=reopening.author,
                    reason=reopening.reason,
                )
            )
        self.status_label.setText("\n".join(lines))

    def _mark_dirty(self) -> None:
        if getattr(self, "_filling", False):
            return
        self.dirty = True
        self.general_error.clear()

    # -- people ---------------------------------------------------------------------------
    def _add_person(self, line: PersonLine) -> None:
        self.people_grid.add_line(self._person_line(line))

    def _default_role(self) -> PersonRole:
        return PersonRole.PELAKU if not self.people_grid.lines() else PersonRole.KORBAN

    def add_inmate(self) -> None:
        from rutan_desk.ui.inmates.inmate_picker import InmatePickerDialog

        picker = InmatePickerDialog(self._ctx, self, prompt=self.tr("Who was involved?"))
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = picker.chosen()
        if chosen is None:
            return
        self._add_person(
            PersonLine(
                self._default_role(),
                PersonKind.INMATE,
                inmate_id=chosen.id,
                name=chosen.name,
                identity=chosen.register_number,
            )
        )

    def add_officer(self) -> None:
        people = self._staff
        names = [self._staff_text(s) for s in people]
        chosen, accepted = QInputDialog.getItem(
            self,
            self.tr("Add an officer"),
            self.tr("&Officer or helping police officer"),
            names,
            0,
            False,
        )
        if not accepted or chosen not in names:
            return
        person = people[names.index(chosen)]
        self._add_person(
            PersonLine(
                PersonRole.SAKSI,
                PersonKind.STAFF,
                staff_id=person.id,
                name=person.name,
                identity=person.nip or person.external_id,
            )
        )

    @staticmethod
    def _staff_text(person: StaffRecord) -> str:
        return f"{person.name} — {person.position or person.agency}"

    def add_outsider(self) -> None:
        dialog = OutsiderDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._add_person(
            PersonLine(
                PersonRole.PELAKU,
                PersonKind.OUTSIDER,
                name=dialog.name_edit.text().strip(),
                identity=dialog.identity_edit.text().strip(),
            )
        )

    # -- saving ---------------------------------------------------------------------------
    def current_draft(self) -> IncidentDraft:
        elsewhere = self.block_combo.currentData() == OTHER_PLACE
        return replace(
            self.draft,
            type_id=self.type_combo.currentData(),
            severity=Severity(self.severity_combo.currentData()),
            happened_at=to_datetime(self.happened_edit.dateTime()),
            reported_at=to_datetime(self.reported_edit.dateTime()),
            block_id=None if elsewhere else self.block_combo.currentData(),
            room="" if elsewhere else self.room_edit.text(),
            other_place=self.other_combo.currentText() if elsewhere else "",
            summary=self.summary_edit.text(),
            chronology=self.chronology_edit.toPlainText(),
            injuries=self.injuries_edit.toPlainText(),
            damage=self.damage_edit.toPlainText(),
            people=tuple(
                PersonLine(
                    PersonRole(line["role"]),
                    PersonKind(line["kind"]),
                    line.get("inmate_id"),
                    line.get("staff_id"),
                    line.get("name") or "",
                    line.get("identity") or "",
                    line.get("note") or "",
                )
                for line in self.people_grid.lines()
            ),
            actions=tuple(
                ActionLine(line["at"], line["text"], line.get("staff_id"))
                for line in self.actions_grid.lines()
            ),
            notifications=tuple(
                NotificationLine(NotifyLevel(line["level"]), line["whom"], line["at"], line["how"])
                for line in self.notifications_grid.lines()
            ),
            evidence=tuple(self._evidence_from(line) for line in self.evidence_grid.lines()),
            tasks=tuple(
                TaskLine(
                    line["text"],
                    line.get("owner_id"),
                    line.get("due_on"),
                    TaskStatus(line.get("status") or TaskStatus.OPEN),
                    id=line.get("id"),
                )
                for line in self.tasks_grid.lines()
            ),
            attachments=tuple(
                AttachmentLine(line["attachment_id"], line.get("caption") or "")
                for line in self.files.lines()
            ),
        )

    @staticmethod
    def _evidence_from(line: dict[str, Any]) -> EvidenceLine:
        """A saved item keeps its chain of custody (added to by "Hand over…"); a new one
        starts it with the holder typed in the grid."""
        custody: tuple[CustodyLine, ...] = line.get("custody") or ()
        if not custody and (line.get("holder") or "").strip() and line.get("since"):
            custody = (CustodyLine(line["holder"], line["since"], line.get("place") or ""),)
        return EvidenceLine(
            line["description"],
            int(line.get("quantity") or 0),
            line.get("note") or "",
            custody,
            line.get("id"),
        )

    def save(self) -> bool:
        """Save the form; on refusal show why beside the field concerned. True when saved."""
        if self.record is not None and (
            self.record.locked or self.record.status == IncidentStatus.CLOSED
        ):
            return True
        self._show_errors([])
        draft = self.current_draft()
        return (
            Operation(
                self,
                self._ctx,
                lambda action: save_incident(action, draft),
                title=self.tr("Save incident"),
            )
            .on_invalid(lambda error: self._show_errors(error.errors))
            .on_success(self._reload)
            .run()
        )

    def _reload(self, incident_id: int) -> None:
        self.record = load_incident(self._ctx.db, incident_id)
        self.draft = self.record.draft
        self._fill()

    def _show_errors(self, errors: list[FieldError]) -> None:
        grids = {
            "people": self.people_grid,
            "actions": self.actions_grid,
            "notifications": self.notifications_grid,
            "evidence": self.evidence_grid,
            "tasks": self.tasks_grid,
            "attachments": self.files.grid,
        }
        for name, grid in grids.items():
            grid.show_errors(sorted({message_for(e) for e in errors if e.field == name}))
        on_form = [e for e in errors if e.field not in grids]
        first = self.errors.show(on_form)
        general = [message_for(e) for e in self.errors.unplaced(on_form)]
        self.general_error.setText("\n".join(general))
        if first is not None:
            self.tabs.setCurrentIndex(0)
            return
        for page, names in (
            (1, {"people"}),
            (2, {"actions", "notifications"}),
            (3, {"evidence", "tasks"}),
        ):
            if any(e.field in names for e in errors):
                self.tabs.setCurrentIndex(page)
                break

    # -- the workflow ---------------------------------------------------------------------
    def _saved_first(self) -> bool:
        """Unsaved changes are saved before a step (the step is about what was saved)."""
        if self.record is None or self.dirty:
            return self.save() and self.record is not None
        return True

    def next_step(self) -> None:
        if not self._saved_first():
            return
        assert self.record is not None
        target = NEXT_STATUS.get(self.record.status)
        if target is None:
            return
        record_id, version = self.record.id, self.record.draft.version
        title = self.step_button.text().replace("&", "")
        Operation(
            self,
            self._ctx,
            lambda action: workflow.advance_incident(
                action, record_id, target, expected_version=version
            ),
            title=title,
        ).on_invalid(lambda error: self._show_errors(error.errors)).on_success(
            lambda _status: self._reload(record_id)
        ).run()

    def reopen(self) -> None:
        if self.record is None:
            return
        dialog = TextDialog(
            self.tr("Reopen incident"),
            self.tr(
                "The incident was finished. Reopening puts it back to 'handled'; the reason is "
                "kept on the record."
            ),
            self.tr("&Reason"),
            "reason",
            self,
            multiline=False,
        )
        record_id, version = self.record.id, self.record.draft.version
        self._run_until_saved(
            dialog,
            lambda action: workflow.reopen_incident(
                action, record_id, dialog.text(), expected_version=version
            ),
            self.tr("Reopen incident"),
        )

    def approve(self) -> None:
        if not self._saved_first():
            return
        assert self.record is not None
        staff = [s for s in self._staff if not s.is_external]
        people = [(s.id, self._staff_text(s)) for s in staff]
        actor = self._ctx.actor
        own = actor.staff_id if actor.kind == ActorKind.ACCOUNT else None
        ka_kpr = head_of_security(staff)
        default = own if own is not None else (ka_kpr.id if ka_kpr else None)
        title = self.tr("Approve incident report")
        dialog = SignDialog(
            title,
            self.tr(
                "The Ka KPR or the Karutan approves the report in their own name; an approval "
                "signed on paper is recorded with the scan. After this the report is locked: "
                "new facts are added as supplements."
            ),
            people,
            default,
            self._wib_now(),
            self,
            own_staff_id=own,
        )
        record_id, version = self.record.id, self.record.draft.version

        def approve(action: ActionContext) -> object:
            person = dialog.person_id()
            assert person is not None
            workflow.approve_incident(
                action,
                record_id,
                person,
                dialog.moment(),
                expected_version=version,
                paper=dialog.paper(),
            )
            return None

        self._run_until_saved(dialog, approve, title)

    def add_supplement(self) -> None:
        if self.record is None:
            return
        dialog = TextDialog(
            self.tr("Supplement"),
            self.tr(
                "The report is approved and locked. A supplement is numbered, keeps your name "
                "and the time, and cannot be changed afterwards."
            ),
            self.tr("&New facts"),
            "text",
            self,
        )
        record_id = self.record.id
        self._run_until_saved(
            dialog,
            lambda action: workflow.add_supplement(action, record_id, dialog.text()),
            self.tr("Supplement"),
        )

    def hand_over_evidence(self) -> None:
        """Who holds the chosen item from now on: appended to its chain of custody."""
        if self.record is None:
            return
        row = self.evidence_grid.table.currentRow()
        lines = self.evidence_grid.lines()
        if not 0 <= row < len(lines) or lines[row].get("id") is None:
            QMessageBox.information(
                self, self.tr("Hand over"), self.tr("Choose a saved item of evidence first.")
            )
            return
        evidence_id = int(lines[row]["id"])
        dialog = CustodyDialog(self._wib_now(), self)
        self._run_until_saved(
            dialog,
            lambda action: workflow.add_custody(
                action,
                evidence_id,
                dialog.holder_edit.text(),
                to_datetime(dialog.since_edit.dateTime()),
                dialog.place_edit.text(),
            ),
            self.tr("Hand over"),
        )

    def _run_until_saved(
        self, dialog: Any, save: Callable[[ActionContext], object], title: str
    ) -> None:
        """The step's dialog until saved; then (or when the record is out of date) the
        incident is read again."""
        assert self.record is not None
        record_id = self.record.id
        run_until_saved(
            self._ctx,
            dialog,
            save,
            title,
            saved=lambda: self._reload(record_id),
            out_of_date=lambda: self._reload(record_id),
        )

    def print_report(self) -> None:
        """The Laporan Kejadian as it stands (unsaved changes saved first)."""
        if self.dirty and not self.save():
            return
        if self.record is None:
            return
        from rutan_desk.ui.kamtib.report_preview import open_incident_report

        self._task = open_incident_report(self._ctx, self.record, self, self._set_preview)

    def _set_preview(self, preview: QWidget) -> None:
        self.preview = preview

    def show_approval_scan(self) -> None:
        approval = self.record.approval if self.record else None
        if approval is not None and approval.scan_id is not None:
            show_kept_file(self, self._ctx, approval.scan_id)

    def show_history(self) -> None:
        if self.record is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, "incident", self.record.id)

    def done(self, result: int) -> None:
        """Closing asks before unsaved changes are lost."""
        editable = self.record is None or not (
            self.record.locked or self.record.status == IncidentStatus.CLOSED
        )
        if (
            self.dirty
            and editable
            and not may_close(self, self.tr("Save the changes to this incident?"), self.save)
        ):
            return
        super().done(result)


class TextDialog(QDialog):
    """One text asked for a step: the reason of a reopening, the facts of a supplement."""

    def __init__(
        self,
        title: str,
        note: str,
        label: str,
        field: str,
        parent: QWidget | None = None,
        *,
        multiline: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        explanation = QLabel(note)
        explanation.setWordWrap(True)
        form = QFormLayout()
        self.edit: QLineEdit | QPlainTextEdit = long_text(6) if multiline else QLineEdit()
        self.errors.add_row(form, label, field, self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def text(self) -> str:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()


class OutsiderDialog(QDialog):
    """A person from outside (a visitor, a worker): name and identity card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone from outside"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.identity_edit = QLineEdit()
        self.identity_edit.setPlaceholderText(self.tr("NIK, driving licence, ..."))
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Identity"), self.identity_edit)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_named)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept_named(self) -> None:
        if not self.name_edit.text().strip():
            self.error.setText(message_for(FieldError("name", "incident_outsider_name_required")))
            self.name_edit.setFocus()
            return
        self.accept()


class CustodyDialog(QDialog):
    """Who holds a piece of evidence from now on, since when, where it is kept."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over evidence"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.holder_edit = QLineEdit()
        self.holder_edit.setPlaceholderText(self.tr("e.g. Polres Blora (Bripka Agus)"))
        self.errors.add_row(form, self.tr("&Held by"), "holder", self.holder_edit)
        self.since_edit = moment_edit(now)
        self.errors.add_row(form, self.tr("&Since"), "since", self.since_edit)
        self.place_edit = QLineEdit()
        self.errors.add_row(form, self.tr("&Kept at"), "place", self.place_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
