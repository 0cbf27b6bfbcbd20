"""One coordination meeting or visit with partners (the visit to the Pemda about the PTSP
building is one): the day and place, the subject, the partners met, the agreement it was about,
the outcome, who attended and the follow-up actions with their owner and due date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import short_date
from rutan_desk.services.agreements.coordination import (
    delete_coordination,
    load_coordination,
    save_coordination,
)
from rutan_desk.services.agreements.forms import (
    AgreementSummary,
    AttendeeLine,
    CoordinationDraft,
    CoordinationRecord,
    FollowUpLine,
    PartnerSummary,
)
from rutan_desk.services.agreements.partners import list_partners
from rutan_desk.services.agreements.queries import list_agreements
from rutan_desk.services.staff.records import StaffRecord, list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.incident_dialog import long_text
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.line_grid import DAY, READ_ONLY_KEYS, GridColumn, LineGrid
from rutan_desk.ui.widgets.unsaved import may_close

# An attendee from the staff registry shows the registry's name; it is not typed.
REGISTRY_KEYS = frozenset({"name"})
PARTNER_ROLE = Qt.ItemDataRole.UserRole


class PartnerChecklist(QListWidget):
    """The partners to tick (Space ticks the current one; typing finds one by name). A
    retired partner is offered only when the entry already names it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)

    def fill(self, partners: Iterable[PartnerSummary], chosen: Iterable[int]) -> None:
        wanted = list(chosen)
        self.clear()
        for partner in partners:
            if partner.retired and partner.id not in wanted:
                continue
            text = (
                f"{partner.short_name} — {partner.name}"
                if partner.short_name and partner.short_name != partner.name
                else partner.name
            )
            item = QListWidgetItem(text)
            item.setData(PARTNER_ROLE, partner.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if partner.id in wanted else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        if self.count():
            # The cursor on the first, without the highlight that looks like a choice.
            self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def chosen(self) -> tuple[int, ...]:
        """The ticked partners, in the order of the list."""
        return tuple(
            int(item.data(PARTNER_ROLE))
            for item in (self.item(row) for row in range(self.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, partner_id: int, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item is not None and item.data(PARTNER_ROLE) == partner_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class CoordinationDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        draft: CoordinationDraft,
        parent: QWidget | None = None,
        record: CoordinationRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.draft = draft
        self.record = record
        self.dirty = False
        self._filling = False
        self.history_dialog: QWidget | None = None
        self.today = ctx.today()
        self.setMinimumSize(1000, 640)
        self.resize(1180, 680)
        self._staff = list_staff(ctx.db)
        self._partners = list_partners(ctx.db, include_retired=True)
        self._agreements = list_agreements(ctx.db, self.today)
        self.errors = FieldErrors()

        form = QFormLayout()
        self.held_edit = date_edit(self.today)
        self.held_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.errors.add_row(form, self.tr("&Date"), "held_on", self.held_edit)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("e.g. Ruang Sekretaris Daerah, Pemda Blora"))
        self.errors.add_row(form, self.tr("&Place"), "place", self.place_edit)
        self.subject_edit = QLineEdit()
        self.subject_edit.setPlaceholderText(self.tr("e.g. Pembangunan gedung PTSP"))
        self.errors.add_row(form, self.tr("S&ubject"), "subject", self.subject_edit)
        self.partners_list = PartnerChecklist()
        self.partners_list.setToolTip(self.tr("Tick every partner met (Space)"))
        rows = min(max(len(self._partners), 3), 6)
        self.partners_list.setFixedHeight(self.fontMetrics().height() * rows + 16)
        partners_row = self.errors.add_row(
            form, self.tr("Pa&rtners"), "partners", self.partners_list
        )
        # The list keeps its height; the outcome below takes the spare room.
        partners_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.agreement_combo = QComboBox()
        self.agreement_combo.setMinimumWidth(300)
        self.errors.add_row(form, self.tr("A&greement"), "agreement", self.agreement_combo)
        self.outcome_edit = long_text(5)
        self.outcome_edit.setPlaceholderText(self.tr("What was discussed and agreed"))
        self.errors.add_row(form, self.tr("&Outcome"), "outcome", self.outcome_edit)

        self.attendees_grid = LineGrid(
            self.tr("Attendees"),
            [
                GridColumn("name", self.tr("Name"), stretch=True),
                GridColumn("position", self.tr("Position")),
            ],
            add_text=self.tr("Add &by name"),
        )
        self.add_staff_button = QPushButton(self.tr("Add from the s&taff…"))
        self.add_staff_button.setToolTip(self.tr("An officer of the Rutan in the staff registry"))
        self.add_staff_button.clicked.connect(self.add_staff)
        self.attendees_grid.buttons.insertWidget(2, self.add_staff_button)
        self.follow_ups_grid = LineGrid(
            self.tr("Follow-up actions"),
            [
                GridColumn("text", self.tr("Action"), stretch=True),
                GridColumn("owner", self.tr("Owner")),
                GridColumn("due_on", self.tr("Due"), DAY),
                GridColumn("done_on", self.tr("Done on"), DAY),
            ],
            add_text=self.tr("Add a&ction"),
        )

        self.status_label = QLabel()
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
        self.delete_button.setToolTip(self.tr("Delete an entry made by mistake"))
        self.delete_button.clicked.connect(self.delete)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every change of this entry"))
        self.history_button.clicked.connect(self.show_history)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.delete_button, self.history_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close_button)

        self.held_edit.dateChanged.connect(lambda _d: self._mark_dirty())
        for edit in (self.place_edit, self.subject_edit):
            edit.textChanged.connect(lambda _t: self._mark_dirty())
        self.partners_list.itemChanged.connect(lambda _i: self._mark_dirty())
        self.agreement_combo.currentIndexChanged.connect(lambda _i: self._mark_dirty())
        self.outcome_edit.textChanged.connect(self._mark_dirty)
        for grid in (self.attendees_grid, self.follow_ups_grid):
            grid.changed.connect(self._mark_dirty)

        # The form on the left, the lines (who came, what follows) on the right.
        lines = QVBoxLayout()
        lines.addWidget(self.attendees_grid, 2)
        lines.addWidget(self.follow_ups_grid, 3)
        body = QHBoxLayout()
        body.addLayout(form, 5)
        body.addLayout(lines, 6)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        # Enter in a field must not press a button (the first would be "Add by name").
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._fill()

    # -- showing --------------------------------------------------------------------------
    def _fill(self) -> None:
        draft = self.draft
        self._filling = True
        self.held_edit.setDate(to_qdate(draft.held_on or self.today))
        self.place_edit.setText(draft.place)
        self.subject_edit.setText(draft.subject)
        self.partners_list.fill(self._partners, draft.partner_ids)
        self.agreement_combo.clear()
        self.agreement_combo.addItem(self.tr("(none)"), None)
        for agreement in self._agreements:
            self.agreement_combo.addItem(self._agreement_text(agreement), agreement.id)
        self.agreement_combo.setCurrentIndex(
            max(self.agreement_combo.findData(draft.agreement_id), 0)
        )
        self.outcome_edit.setPlainText(draft.outcome)
        self.attendees_grid.fill([self._attendee_line(a) for a in draft.attendees])
        self.follow_ups_grid.fill([self._follow_up_line(f) for f in draft.follow_ups])
        self._filling = False
        self._show_state()
        self.dirty = False

    @staticmethod
    def _agreement_text(agreement: AgreementSummary) -> str:
        partners = ", ".join(agreement.partners)
        title = f"{agreement.kind_label} {agreement.title}"
        return f"{title} ({partners})" if partners else title

    @staticmethod
    def _attendee_line(attendee: AttendeeLine) -> dict[str, Any]:
        return {
            "staff_id": attendee.staff_id,
            "name": attendee.name,
            "position": attendee.position,
            READ_ONLY_KEYS: REGISTRY_KEYS if attendee.staff_id is not None else frozenset(),
        }

    @staticmethod
    def _follow_up_line(follow_up: FollowUpLine) -> dict[str, Any]:
        return {
            "id": follow_up.id,
            "text": follow_up.text,
            "owner": follow_up.owner,
            "due_on": follow_up.due_on,
            "done_on": follow_up.done_on,
        }

    def _show_state(self) -> None:
        record = self.record
        self.delete_button.setEnabled(record is not None)
        self.history_button.setEnabled(record is not None)
        if record is None or record.draft.held_on is None:
            self.setWindowTitle(self.tr("New coordination entry"))
            self.status_label.setText(self.tr("New entry: not yet saved."))
            return
        self.setWindowTitle(
            self.tr("Coordination of {day} — {partners}").format(
                day=short_date(record.draft.held_on), partners=", ".join(record.partners)
            )
        )
        open_count = sum(1 for f in record.draft.follow_ups if f.done_on is None)
        self.status_label.setText(
            self.tr("Saved. Open follow-ups: {count}.").format(count=open_count)
        )

    def _mark_dirty(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self.general_error.clear()

    @staticmethod
    def staff_text(person: StaffRecord) -> str:
        return f"{person.name} — {person.position}" if person.position else person.name

    def add_staff(self) -> None:
        """An officer of the Rutan from the staff registry (the Karutan, a Kasubsi, ...)."""
        taken = {line.get("staff_id") for line in self.attendees_grid.lines()}
        people = [s for s in self._staff if not s.is_external and s.active and s.id not in taken]
        names = [self.staff_text(s) for s in people]
        chosen, accepted = QInputDialog.getItem(
            self, self.tr("Add an attendee"), self.tr("&Officer"), names, 0, False
        )
        if not accepted or chosen not in names:
            return
        person = people[names.index(chosen)]
        self.attendees_grid.add_line(
            self._attendee_line(AttendeeLine(person.id, person.name, person.position))
        )

    # -- saving ---------------------------------------------------------------------------
    def current_draft(self) -> CoordinationDraft:
        return replace(
            self.draft,
            held_on=to_date(self.held_edit.date()),
            place=self.place_edit.text(),
            subject=self.subject_edit.text(),
            partner_ids=self.partners_list.chosen(),
            agreement_id=self.agreement_combo.currentData(),
            outcome=self.outcome_edit.toPlainText(),
            attendees=tuple(
                AttendeeLine(int(line["staff_id"]), "", line["position"])
                if line.get("staff_id") is not None
                else AttendeeLine(None, line["name"], line["position"])
                for line in self.attendees_grid.lines()
            ),
            follow_ups=tuple(
                FollowUpLine(
                    line["text"], line["owner"], line["due_on"], line["done_on"], line.get("id")
                )
                for line in self.follow_ups_grid.lines()
            ),
        )

    def save(self) -> bool:
        """Save the form; on refusal show why beside the field concerned. True when saved."""
        self._show_errors([])
        draft = self.current_draft()
        return (
            Operation(
                self,
                self._ctx,
                lambda action: save_coordination(action, draft),
                title=self.tr("Save coordination entry"),
            )
            .on_invalid(lambda error: self._show_errors(error.errors))
            .on_success(self._reload)
            .run()
        )

    def _reload(self, coordination_id: int) -> None:
        self.record = load_coordination(self._ctx.db, coordination_id)
        self.draft = self.record.draft
        self._fill()

    def _show_errors(self, errors: list[FieldError]) -> None:
        grids = {"attendees": self.attendees_grid, "follow_ups": self.follow_ups_grid}
        for field, grid in grids.items():
            grid.show_errors(sorted({message_for(e) for e in errors if e.field == field}))
        on_form = [e for e in errors if e.field not in grids]
        self.errors.show(on_form)
        self.general_error.setText("\n".join(message_for(e) for e in self.errors.unplaced(on_form)))

    def delete(self) -> None:
        if self.record is None:
            return
        if not confirm_delete(self):
            return
        record_id, version = self.record.id, self.record.draft.version

        def deleted(_none: object) -> None:
            self.dirty = False
            self.accept()

        Operation(
            self,
            self._ctx,
            lambda action: delete_coordination(action, record_id, expected_version=version),
            title=self.tr("Delete coordination entry"),
        ).on_success(deleted).run()

    def show_history(self) -> None:
        if self.record is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, "coordination", self.record.id)

    def done(self, result: int) -> None:
        """Closing asks before unsaved changes are lost."""
        if self.dirty and not may_close(
            self, self.tr("Save the changes to this coordination entry?"), self.save
        ):
            return
        super().done(result)


def confirm_delete(parent: QWidget) -> bool:
    """Asks before an entry is deleted with its attendees and follow-ups."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CoordinationDialog", "Delete coordination entry"),
        QCoreApplication.translate(
            "CoordinationDialog",
            "Delete this coordination entry with its attendees and follow-ups?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def new_draft(today: date, partner_id: int | None = None) -> CoordinationDraft:
    """A new entry's form: held today, with the partner the list is filtered on."""
    return CoordinationDraft(
        held_on=today, subject="", partner_ids=(partner_id,) if partner_id is not None else ()
    )
