"""One obligation of an agreement: what was promised, by which side and who carries it out, by
when or how often, its status; its evidence (a note, a scan or photo, a day); and, for one that
recurs, each month (quarter, year) with what shows it was done — the patrol visits of the named
agency count — and the months without any marked as gaps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.agreements import (
    OBLIGATION_STATUS_LABELS,
    RECURRENCE_LABELS,
    RESPONSIBLE_LABELS,
    ObligationStatus,
    PeriodState,
    Recurrence,
    Responsible,
)
from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import short_date
from rutan_desk.services.agreements.forms import EvidenceDraft, ObligationDraft, ObligationRecord
from rutan_desk.services.agreements.obligations import (
    add_evidence,
    load_obligation,
    patrol_agencies,
    remove_evidence,
    save_obligation,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import OptionalDateEdit, date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.file_viewer import read_chosen_file, show_kept_file
from rutan_desk.ui.widgets.labels import bold_label
from rutan_desk.ui.widgets.unsaved import may_close

GAP = QColor("#b00020")
DONE = QColor("#1b5e20")


def _side_key(responsible: Responsible, partner_id: int | None) -> str:
    return f"{responsible.value}:{partner_id or ''}"


def _side_of(key: str) -> tuple[Responsible, int | None]:
    responsible, _, partner = key.partition(":")
    return Responsible(responsible or Responsible.OWN), int(partner) if partner else None


class ObligationDialog(QDialog):
    """A new obligation (``draft``) or a saved one (``obligation_id``) of ``agreement_id``;
    ``partners``: the partner parties of the agreement, (id, name)."""

    def __init__(
        self,
        ctx: AppContext,
        agreement_id: int,
        partners: list[tuple[int | None, str]],
        parent: QWidget | None = None,
        *,
        draft: ObligationDraft | None = None,
        obligation_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.record: ObligationRecord | None = None
        self.draft = draft or ObligationDraft(agreement_id, "")
        if obligation_id is not None:
            self.record = load_obligation(ctx.db, obligation_id, self.today)
            self.draft = self.record.draft
        self.dirty = False
        self._filling = False
        self.errors = FieldErrors()
        self.setMinimumSize(820, 600)
        form = QFormLayout()
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(
            self.tr("e.g. CCTV of the outer wall linked to the monitor at the Polres")
        )
        self.errors.add_row(form, self.tr("&Obligation"), "text", self.text_edit)
        self.responsible_combo = QComboBox()
        # Keyed by text: a combo finds a Python tuple by identity, not by value.
        for responsible in Responsible:
            if responsible is Responsible.PARTNER:
                for partner_id, name in partners:
                    self.responsible_combo.addItem(name, _side_key(responsible, partner_id))
            else:
                self.responsible_combo.addItem(
                    RESPONSIBLE_LABELS[responsible], _side_key(responsible, None)
                )
        self.errors.add_row(
            form, self.tr("&Responsible side"), "responsible", self.responsible_combo
        )
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Who carries it out: Ka KPR, Kasat Samapta …"))
        self.errors.add_row(form, self.tr("O&wner"), "owner", self.owner_edit)
        self.recurrence_combo = QComboBox()
        for recurrence in Recurrence:
            self.recurrence_combo.addItem(RECURRENCE_LABELS[recurrence], recurrence)
        self.errors.add_row(form, self.tr("&How often"), "recurrence", self.recurrence_combo)
        self.due_edit = OptionalDateEdit(self.tr("set"), None, self.today)
        self.errors.add_row(form, self.tr("&Due by"), "due_on", self.due_edit)
        self.starts_edit = OptionalDateEdit(self.tr("set"), None, self.today)
        self.starts_edit.setToolTip(self.tr("The first period it is due in (else the agreement's)"))
        self.errors.add_row(form, self.tr("Due &from"), "starts_on", self.starts_edit)
        self.status_combo = QComboBox()
        for status in ObligationStatus:
            self.status_combo.addItem(OBLIGATION_STATUS_LABELS[status], status)
        self.errors.add_row(form, self.tr("&Status"), "status", self.status_combo)
        self.agency_combo = QComboBox()
        self.agency_combo.setEditable(True)
        self.agency_combo.addItem("")
        self.agency_combo.addItems(patrol_agencies(ctx.db))
        self.agency_combo.setToolTip(
            self.tr("The patrol visits of this agency in the Kamtib tab count as evidence")
        )
        self.errors.add_row(
            form, self.tr("Patrol &visits of"), "evidence_agency", self.agency_combo
        )
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.errors.add_row(form, self.tr("&Note"), "note", self.note_edit)

        self.evidence_list = QListWidget()
        self.evidence_list.itemActivated.connect(lambda _item: self.open_evidence())
        self.add_evidence_button = QPushButton(self.tr("Add &evidence…"))
        self.add_evidence_button.clicked.connect(lambda: self.add_evidence())
        self.remove_evidence_button = QPushButton(self.tr("Remove"))
        self.remove_evidence_button.clicked.connect(self.remove_chosen_evidence)
        self.periods_list = QListWidget()
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addWidget(bold_label(self.tr("Evidence")))
        evidence_buttons.addStretch()
        evidence_buttons.addWidget(self.add_evidence_button)
        evidence_buttons.addWidget(self.remove_evidence_button)
        self.periods_label = bold_label(self.tr("Periods"))

        self.general_error = error_label()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(lambda: self.save())
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save_action.triggered.connect(lambda: self.save())
        self.addAction(save_action)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch()
        buttons.addWidget(close_button)
        lists = QHBoxLayout()
        evidence_column = QVBoxLayout()
        evidence_column.addLayout(evidence_buttons)
        evidence_column.addWidget(self.evidence_list)
        periods_column = QVBoxLayout()
        periods_column.addWidget(self.periods_label)
        periods_column.addWidget(self.periods_list)
        lists.addLayout(evidence_column, 3)
        lists.addLayout(periods_column, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        for edit in (self.text_edit, self.owner_edit):
            edit.textEdited.connect(lambda _text: self._mark_dirty())
        for combo in (self.responsible_combo, self.recurrence_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _index: self._mark_dirty())
        self.agency_combo.editTextChanged.connect(lambda _text: self._mark_dirty())
        self.note_edit.textChanged.connect(self._mark_dirty)
        for dated in (self.due_edit, self.starts_edit):
            dated.check.toggled.connect(lambda _on: self._mark_dirty())
            dated.edit.dateChanged.connect(lambda _day: self._mark_dirty())
        self._fill()

    def _fill(self) -> None:
        draft = self.draft
        self._filling = True
        self.text_edit.setText(draft.text)
        wanted = _side_key(Responsible(draft.responsible), draft.partner_id)
        self.responsible_combo.setCurrentIndex(max(self.responsible_combo.findData(wanted), 0))
        self.owner_edit.setText(draft.owner)
        self.recurrence_combo.setCurrentIndex(
            max(self.recurrence_combo.findData(draft.recurrence), 0)
        )
        self.due_edit.set_value(draft.due_on)
        self.starts_edit.set_value(draft.starts_on)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(draft.status), 0))
        self.agency_combo.setEditText(draft.evidence_agency)
        self.note_edit.setPlainText(draft.note)
        self.evidence_list.clear()
        self.periods_list.clear()
        record = self.record
        if record is not None:
            for line in record.evidence:
                parts = [short_date(line.done_on), line.note, line.file_name, line.patrol_visit]
                item = QListWidgetItem(" · ".join(part for part in parts if part))
                item.setData(Qt.ItemDataRole.UserRole, (line.id, line.attachment_id))
                self.evidence_list.addItem(item)
            for period in reversed(record.periods):
                text = period.period.label
                if period.state is PeriodState.DONE:
                    text += " — " + ", ".join(short_date(day) for day in period.evidence)
                    colour = DONE
                elif period.state is PeriodState.GAP:
                    text += " — " + self.tr("no evidence")
                    colour = GAP
                else:
                    text += " — " + self.tr("running")
                    colour = None
                item = QListWidgetItem(text)
                if colour is not None:
                    item.setForeground(colour)
                self.periods_list.addItem(item)
        self.periods_label.setText(
            "<b>"
            + self.tr("Periods")
            + "</b>"
            + (
                " — " + self.tr("{count} without evidence").format(count=len(record.gaps))
                if record is not None and record.gaps
                else ""
            )
        )
        saved = record is not None
        self.add_evidence_button.setEnabled(saved)
        self.remove_evidence_button.setEnabled(saved)
        self.setWindowTitle(
            self.tr("Obligation — {text}").format(text=draft.text)
            if saved
            else self.tr("New obligation")
        )
        self._filling = False
        self.dirty = False

    def _mark_dirty(self) -> None:
        if not self._filling:
            self.dirty = True

    def current_draft(self) -> ObligationDraft:
        responsible, partner_id = _side_of(self.responsible_combo.currentData() or "")
        return replace(
            self.draft,
            text=self.text_edit.text(),
            responsible=responsible,
            partner_id=partner_id,
            owner=self.owner_edit.text(),
            recurrence=Recurrence(self.recurrence_combo.currentData()),
            due_on=self.due_edit.value(),
            starts_on=self.starts_edit.value(),
            status=ObligationStatus(self.status_combo.currentData()),
            evidence_agency=self.agency_combo.currentText(),
            note=self.note_edit.toPlainText(),
        )

    def save(self) -> bool:
        self.errors.clear()
        self.general_error.hide()
        draft = self.current_draft()
        return (
            Operation(
                self,
                self._ctx,
                lambda action: save_obligation(action, draft),
                title=self.tr("Save obligation"),
            )
            .on_invalid(self._show_errors)
            .on_success(self._reload)
            .run()
        )

    def _show_errors(self, error: object) -> None:
        errors: list[FieldError] = getattr(error, "errors", [])
        self.errors.show(errors)
        general = self.errors.unplaced(errors)
        self.general_error.setText("\n".join(message_for(e) for e in general))
        self.general_error.setVisible(bool(general))

    def _reload(self, obligation_id: int | None = None) -> None:
        wanted = obligation_id if obligation_id is not None else self.draft.id
        if wanted is not None:
            self.record = load_obligation(self._ctx.db, wanted, self.today)
            self.draft = self.record.draft
        self._fill()

    # -- evidence -------------------------------------------------------------------------
    def add_evidence(self, evidence: EvidenceDraft | None = None) -> None:
        """Record evidence (``evidence``: asked of the clerk when None)."""
        if self.record is None:
            return
        if evidence is None:
            dialog = EvidenceDialog(self.today, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            evidence = dialog.evidence()
            if evidence is None:
                return
        record, given = self.record, evidence
        Operation(
            self,
            self._ctx,
            lambda action: add_evidence(action, record.id, given),
            title=self.tr("Add evidence"),
        ).on_invalid(self._show_errors).on_success(lambda _id: self._reload()).run()

    def _chosen_evidence(self) -> tuple[int, int | None] | None:
        item = self.evidence_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def open_evidence(self) -> None:
        chosen = self._chosen_evidence()
        if chosen is not None and chosen[1] is not None:
            show_kept_file(self, self._ctx, chosen[1])

    def remove_chosen_evidence(self) -> None:
        chosen = self._chosen_evidence()
        if chosen is None or self.record is None:
            return
        record = self.record
        Operation(
            self,
            self._ctx,
            lambda action: remove_evidence(action, record.id, chosen[0]),
            title=self.tr("Remove evidence"),
        ).on_success(lambda _none: self._reload()).run()

    def done(self, result: int) -> None:
        if (
            result != QDialog.DialogCode.Accepted
            and self.dirty
            and not may_close(self, self.tr("Save the changes to this obligation?"), self.save)
        ):
            return
        super().done(result)


class EvidenceDialog(QDialog):
    """Evidence that an obligation was carried out: the day, a note, a scan or photo."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Evidence"))
        self.setMinimumWidth(520)
        self.path: Path | None = None
        form = QFormLayout()
        self.day_edit = date_edit(today)
        self.day_edit.setMaximumDate(self.day_edit.date())
        form.addRow(self.tr("&Done on"), self.day_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What shows it was done"))
        form.addRow(self.tr("&Note"), self.note_edit)
        self.file_label = QLabel(self.tr("(no file)"))
        choose = QPushButton(self.tr("&File…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Scan or photo"), row)
        self.error = error_label()
        ok = QPushButton(self.tr("Add"))
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Scan or photo"), "", self.tr("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if name:
            self.path = Path(name)
            self.file_label.setText(self.path.name)

    def evidence(self) -> EvidenceDraft | None:
        """What was entered; None (with the reason shown) when the chosen file is unreadable."""
        data = b""
        name = ""
        if self.path is not None:
            read, refusal = read_chosen_file(self.path)
            if read is None:
                self.error.setText(refusal)
                self.error.show()
                return None
            data, name = read, self.path.name
        return EvidenceDraft(to_date(self.day_edit.date()), self.note_edit.text(), name, data)
