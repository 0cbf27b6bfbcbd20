"""One agreement (PKS, MoU or addendum): the form and what is done with it.

1 the agreement: kind, title, the MoU or agreement above it, where and when signed, validity
(to a day, or until revoked), note. 2 the parties, each with the number it gave the document and
its signatory, and the scope (ruang lingkup) field by field. 3 the obligations with their status
(a form of their own, with their evidence). 4 the signed scans, kept with their SHA-256, and the
agreement's history: its renewals, the MoU above it, its addenda.

A draft may lack what is not known yet; "Finalise" checks it whole. A finalised agreement is
renewed (a new draft carrying over parties, scope and open obligations), amended by an addendum
or revoked with a reason — never deleted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.agreements import (
    KIND_LABELS,
    OBLIGATION_STATUS_LABELS,
    RECURRENCE_LABELS,
    STATUS_LABELS,
    AgreementKind,
    AgreementStatus,
)
from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.formatting import short_date
from rutan_desk.services.agreements.coordination import load_coordination
from rutan_desk.services.agreements.documents import agreement_sheet_pdf
from rutan_desk.services.agreements.forms import (
    AgreementDraft,
    AgreementLink,
    AgreementRecord,
    ObligationDraft,
    PartyLine,
)
from rutan_desk.services.agreements.partners import list_partners
from rutan_desk.services.agreements.queries import (
    agreement_chain,
    list_agreements,
    load_agreement,
)
from rutan_desk.services.agreements.renewal import renew_agreement, start_addendum
from rutan_desk.services.agreements.saving import (
    attach_agreement_scan,
    remove_agreement_scan,
    revoke_agreement,
    save_agreement,
)
from rutan_desk.services.institution import get_profile
from rutan_desk.ui.agreements.coordination_dialog import CoordinationDialog
from rutan_desk.ui.agreements.obligation_dialog import ObligationDialog
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.dates import OptionalDateEdit, date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.file_viewer import read_chosen_file, show_kept_file
from rutan_desk.ui.widgets.labels import bold_label
from rutan_desk.ui.widgets.line_grid import CHOICE, GridColumn, LineGrid
from rutan_desk.ui.widgets.unsaved import may_close

OVERDUE = QColor("#b00020")
OWN_UNIT = 0  # the parties grid's key for our unit (a grid shows no choice keyed None)


class AgreementDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        draft: AgreementDraft,
        parent: QWidget | None = None,
        record: AgreementRecord | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.draft = draft
        self.record = record
        self.dirty = False
        self._filling = False
        self.preview: DocumentPreview | None = None
        self.child: QDialog | None = None  # an obligation or another agreement opened from here
        self.errors = FieldErrors()
        self.setMinimumSize(980, 640)
        self._unit_name = get_profile(ctx.db).unit_name or self.tr("Our unit")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._agreement_page(), self.tr("&1 Agreement"))
        self.tabs.addTab(self._parties_page(), self.tr("&2 Parties and scope"))
        self.tabs.addTab(self._obligations_page(), self.tr("&3 Obligations"))
        self.tabs.addTab(self._scans_page(), self.tr("&4 Scans and history"))

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.general_error = error_label()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save as it is; a draft may be incomplete (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        save_action.triggered.connect(lambda: self.save())
        self.addAction(save_action)
        self.finalise_button = QPushButton(self.tr("&Finalise"))
        self.finalise_button.setToolTip(self.tr("The agreement is signed: check it whole"))
        self.finalise_button.clicked.connect(lambda: self.save(finalise=True))
        self.renew_button = QPushButton(self.tr("Re&new…"))
        self.renew_button.clicked.connect(self.renew)
        self.addendum_button = QPushButton(self.tr("A&ddendum…"))
        self.addendum_button.clicked.connect(self.addendum)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.clicked.connect(self.revoke)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("The summary of this agreement"))
        self.print_button.clicked.connect(self.print_summary)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.finalise_button,
            self.renew_button,
            self.addendum_button,
            self.revoke_button,
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
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field or a grid presses no button
        self._fill()

    # -- the pages ------------------------------------------------------------------------
    def _agreement_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        outer = QVBoxLayout(page)
        outer.addLayout(form)
        outer.addStretch()
        errors = self.errors
        self.kind_combo = QComboBox()
        for kind in AgreementKind:
            self.kind_combo.addItem(KIND_LABELS[kind], kind)
        errors.add_row(form, self.tr("&Kind"), "kind", self.kind_combo)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            self.tr("As on the document: Perjanjian Kerja Sama tentang …")
        )
        errors.add_row(form, self.tr("&Title"), "title", self.title_edit)
        self.parent_combo = QComboBox()
        errors.add_row(form, self.tr("Under / a&mends"), "parent", self.parent_combo)
        self.place_edit = QLineEdit()
        errors.add_row(form, self.tr("Signed &at"), "place_signed", self.place_edit)
        self.signed_edit = OptionalDateEdit(self.tr("signed"), None, self.today)
        errors.add_row(form, self.tr("Signed &on"), "signed_on", self.signed_edit)
        self.from_edit = OptionalDateEdit(self.tr("known"), None, self.today)
        errors.add_row(form, self.tr("Valid &from"), "valid_from", self.from_edit)
        self.to_edit = OptionalDateEdit(self.tr("known"), None, self.today)
        self.until_revoked_check = QCheckBox(self.tr("until &revoked (no end date)"))
        self.until_revoked_check.toggled.connect(lambda on: self.to_edit.setEnabled(not on))
        until = QWidget()
        until_layout = QHBoxLayout(until)
        until_layout.setContentsMargins(0, 0, 0, 0)
        until_layout.addWidget(self.to_edit)
        until_layout.addWidget(self.until_revoked_check)
        until_layout.addStretch()
        errors.add_row(form, self.tr("Valid &until"), "valid_to", until, focus=self.to_edit)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        errors.add_row(form, self.tr("&Note"), "note", self.note_edit)
        for edit in (self.title_edit, self.place_edit):
            edit.textEdited.connect(lambda _text: self._mark_dirty())
        self.note_edit.textChanged.connect(self._mark_dirty)
        for combo in (self.kind_combo, self.parent_combo):
            combo.currentIndexChanged.connect(lambda _index: self._mark_dirty())
        for dated in (self.signed_edit, self.from_edit, self.to_edit):
            dated.check.toggled.connect(lambda _on: self._mark_dirty())
            dated.edit.dateChanged.connect(lambda _day: self._mark_dirty())
        self.until_revoked_check.toggled.connect(lambda _on: self._mark_dirty())
        return page

    def _parties_page(self) -> QWidget:
        page = QWidget()
        partners: list[tuple[int, str]] = [(OWN_UNIT, self._unit_name)] + [
            (p.id, p.name) for p in list_partners(self._ctx.db)
        ]
        self.parties_grid = LineGrid(
            self.tr("Parties"),
            [
                GridColumn("partner_id", self.tr("Party"), CHOICE, partners),
                GridColumn("document_number", self.tr("Its document number"), stretch=True),
                GridColumn("signatory_name", self.tr("Signed by")),
                GridColumn("signatory_position", self.tr("Position")),
                GridColumn("signatory_id_number", self.tr("NIP/NRP")),
            ],
            add_text=self.tr("Add a &party"),
            defaults=lambda: {"partner_id": partners[1][0] if len(partners) > 1 else OWN_UNIT},
        )
        self.scope_grid = LineGrid(
            self.tr("Scope (ruang lingkup)"),
            [GridColumn("text", self.tr("Field"), stretch=True)],
            add_text=self.tr("Add a &field"),
        )
        for grid in (self.parties_grid, self.scope_grid):
            grid.changed.connect(self._mark_dirty)
        layout = QVBoxLayout(page)
        layout.addWidget(self.parties_grid, 3)
        layout.addWidget(self.scope_grid, 2)
        return page

    def _obligations_page(self) -> QWidget:
        page = QWidget()
        self.obligations_list = QListWidget()
        self.obligations_list.itemActivated.connect(lambda _item: self.open_obligation())
        self.add_obligation_button = QPushButton(self.tr("Add an o&bligation…"))
        self.add_obligation_button.clicked.connect(self.add_obligation)
        self.open_obligation_button = QPushButton(self.tr("Open"))
        self.open_obligation_button.clicked.connect(self.open_obligation)
        self.obligations_hint = QLabel(self.tr("Save the agreement first."))
        buttons = QHBoxLayout()
        buttons.addWidget(bold_label(self.tr("Obligations")))
        buttons.addWidget(self.obligations_hint)
        buttons.addStretch()
        buttons.addWidget(self.add_obligation_button)
        buttons.addWidget(self.open_obligation_button)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.obligations_list, 1)
        return page

    def _scans_page(self) -> QWidget:
        page = QWidget()
        self.scans_list = QListWidget()
        self.scans_list.itemActivated.connect(lambda _item: self.open_scan())
        self.add_scan_button = QPushButton(self.tr("Add a &scan…"))
        self.add_scan_button.setToolTip(self.tr("The signed agreement: PDF, PNG or JPG"))
        self.add_scan_button.clicked.connect(lambda: self.add_scan())
        self.open_scan_button = QPushButton(self.tr("Open"))
        self.open_scan_button.clicked.connect(self.open_scan)
        self.remove_scan_button = QPushButton(self.tr("Remove…"))
        self.remove_scan_button.clicked.connect(self.remove_scan)
        self.scan_error = error_label()
        scan_buttons = QHBoxLayout()
        scan_buttons.addWidget(bold_label(self.tr("Signed scans")))
        scan_buttons.addStretch()
        for button in (self.add_scan_button, self.open_scan_button, self.remove_scan_button):
            scan_buttons.addWidget(button)
        self.chain_list = QListWidget()
        self.chain_list.itemActivated.connect(self.open_linked)
        self.meetings_list = QListWidget()
        self.meetings_list.itemActivated.connect(self.open_meeting)
        layout = QVBoxLayout(page)
        layout.addLayout(scan_buttons)
        layout.addWidget(self.scans_list, 1)
        layout.addWidget(self.scan_error)
        layout.addWidget(bold_label(self.tr("History of the agreement")))
        layout.addWidget(self.chain_list, 1)
        layout.addWidget(bold_label(self.tr("Meetings and visits about it")))
        layout.addWidget(self.meetings_list, 1)
        return page

    # -- filling --------------------------------------------------------------------------
    def _fill(self) -> None:
        draft = self.draft
        self._filling = True
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(draft.kind), 0))
        self.title_edit.setText(draft.title)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(none)"), None)
        for summary in list_agreements(self._ctx.db, self.today):
            if summary.id != draft.id and summary.kind is not AgreementKind.ADDENDUM:
                self.parent_combo.addItem(summary.title, summary.id)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(draft.parent_id), 0))
        self.place_edit.setText(draft.place_signed)
        self.signed_edit.set_value(draft.signed_on)
        self.from_edit.set_value(draft.valid_from)
        self.to_edit.set_value(draft.valid_to)
        self.until_revoked_check.setChecked(draft.until_revoked)
        self.note_edit.setPlainText(draft.note)
        self.parties_grid.fill(
            [
                {
                    "partner_id": p.partner_id or OWN_UNIT,
                    "document_number": p.document_number,
                    "signatory_name": p.signatory_name,
                    "signatory_position": p.signatory_position,
                    "signatory_id_number": p.signatory_id_number,
                }
                for p in draft.parties
            ]
        )
        self.scope_grid.fill([{"text": text} for text in draft.scope])
        self._fill_record_lists()
        self._filling = False
        self._show_state()
        self.dirty = False

    def _fill_record_lists(self) -> None:
        self.obligations_list.clear()
        self.scans_list.clear()
        self.chain_list.clear()
        self.meetings_list.clear()
        record = self.record
        if record is None:
            return
        for obligation in record.obligations:
            due = short_date(obligation.due_on) if obligation.due_on else ""
            schedule = RECURRENCE_LABELS[obligation.recurrence] + (f" {due}" if due else "")
            text = (
                f"{obligation.text} — {obligation.responsible_name}"
                f"{' (' + obligation.owner + ')' if obligation.owner else ''} · {schedule} · "
                f"{OBLIGATION_STATUS_LABELS[obligation.status]}"
            )
            if obligation.overdue:
                text += " · " + self.tr("OVERDUE")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, obligation.id)
            if obligation.overdue:
                item.setForeground(OVERDUE)
            self.obligations_list.addItem(item)
        for scan in record.scans:
            label = scan.file_name + (f" — {scan.caption}" if scan.caption else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (scan.id, scan.attachment_id))
            self.scans_list.addItem(item)
        links: list[tuple[str, AgreementLink]] = []
        if record.parent is not None:
            links.append((self.tr("Under"), record.parent))
        chain = agreement_chain(self._ctx.db, record.id, self.today)
        if len(chain) > 1:
            for number, link in enumerate(chain, start=1):
                role = self.tr("Agreement {number} of the chain").format(number=number)
                links.append((role + (" ←" if link.id == record.id else ""), link))
        for number, link in enumerate(record.addenda, start=1):
            links.append((self.tr("Addendum {number}").format(number=number), link))
        for link in record.implementing:
            links.append((self.tr("Implemented by"), link))
        for meeting in record.coordination:
            text = f"{short_date(meeting.held_on)} · {meeting.subject}"
            if meeting.open_follow_ups:
                text += " · " + self.tr("{count} follow-ups open").format(
                    count=meeting.open_follow_ups
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings_list.addItem(item)
        if not links:
            self.chain_list.addItem(self.tr("No renewal, parent agreement or addendum yet."))
        for role, link in links:
            ends = (
                self.tr("until revoked")
                if link.until_revoked
                else (short_date(link.ends_on) if link.ends_on else "-")
            )
            item = QListWidgetItem(f"{role}: {link.title} ({ends}; {STATUS_LABELS[link.status]})")
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.chain_list.addItem(item)

    def _show_state(self) -> None:
        record = self.record
        saved = record is not None
        status = record.status if record else AgreementStatus.DRAFT
        final = saved and status is not AgreementStatus.DRAFT
        closed = status in (AgreementStatus.DICABUT, AgreementStatus.DIPERPANJANG)
        self.finalise_button.setVisible(not final)
        self.renew_button.setEnabled(final and not closed and status is not AgreementStatus.DRAFT)
        self.addendum_button.setEnabled(final and not closed)
        self.revoke_button.setEnabled(final and status is not AgreementStatus.DICABUT)
        self.print_button.setEnabled(saved)
        for button in (self.add_obligation_button, self.open_obligation_button):
            button.setEnabled(saved)
        self.obligations_hint.setVisible(not saved)
        for button in (self.add_scan_button, self.open_scan_button, self.remove_scan_button):
            button.setEnabled(saved)
        if record is None:
            self.setWindowTitle(self.tr("New agreement"))
            self.status_label.setText(self.tr("Draft: not yet saved."))
            return
        self.setWindowTitle(f"{record.kind_label} — {record.draft.title}")
        lines = [self.tr("Status: {status}").format(status=record.status_label)]
        if record.days_left is not None and record.days_left >= 0 and final:
            lines.append(self.tr("{days} days left").format(days=record.days_left))
        if record.revoked_on is not None:
            lines.append(
                self.tr("Revoked from {day}: {reason}").format(
                    day=short_date(record.revoked_on), reason=record.revoked_reason
                )
            )
        self.status_label.setText(" · ".join(lines))

    def _mark_dirty(self) -> None:
        if not self._filling:
            self.dirty = True
            self.general_error.clear()

    # -- the form -------------------------------------------------------------------------
    def current_draft(self) -> AgreementDraft:
        return replace(
            self.draft,
            kind=AgreementKind(self.kind_combo.currentData()),
            title=self.title_edit.text(),
            parent_id=self.parent_combo.currentData(),
            place_signed=self.place_edit.text(),
            signed_on=self.signed_edit.value(),
            valid_from=self.from_edit.value(),
            valid_to=None if self.until_revoked_check.isChecked() else self.to_edit.value(),
            until_revoked=self.until_revoked_check.isChecked(),
            note=self.note_edit.toPlainText(),
            parties=tuple(
                PartyLine(
                    line.get("partner_id") or None,
                    line.get("document_number") or "",
                    line.get("signatory_name") or "",
                    line.get("signatory_position") or "",
                    line.get("signatory_id_number") or "",
                )
                for line in self.parties_grid.lines()
            ),
            scope=tuple(line["text"] for line in self.scope_grid.lines() if line["text"].strip()),
        )

    def save(self, *, finalise: bool = False) -> bool:
        """Save the form (``finalise``: as signed, checked whole); on refusal show why beside
        the field. True when saved."""
        self._show_errors([])
        draft = self.current_draft()
        return (
            Operation(
                self,
                self._ctx,
                lambda action: save_agreement(action, draft, finalise=finalise),
                title=self.tr("Save agreement"),
            )
            .on_invalid(lambda error: self._show_errors(error.errors))
            .on_success(self.reload)
            .run()
        )

    def reload(self, agreement_id: int | None = None) -> None:
        """Read the agreement again (after a save, or a change made from this form)."""
        wanted = agreement_id if agreement_id is not None else (self.record and self.record.id)
        if not wanted:
            return
        self.record = load_agreement(self._ctx.db, int(wanted), self.today)
        self.draft = self.record.draft
        self._fill()

    def _show_errors(self, errors: list[FieldError]) -> None:
        grids = {"parties": self.parties_grid, "scope": self.scope_grid}
        for name, grid in grids.items():
            grid.show_errors(sorted({message_for(e) for e in errors if e.field == name}))
        on_form = [e for e in errors if e.field not in grids]
        first = self.errors.show(on_form)
        general = self.errors.unplaced(on_form)
        self.general_error.setText("\n".join(message_for(e) for e in general))
        self.general_error.setVisible(bool(general))
        if first is not None:
            self.tabs.setCurrentIndex(0)
        elif any(e.field in grids for e in errors):
            self.tabs.setCurrentIndex(1)

    def _saved_first(self) -> bool:
        return self.record is not None and (not self.dirty or self.save())

    # -- renewal, addendum, revocation ----------------------------------------------------
    def _open_other(self, agreement_id: int) -> None:
        record = load_agreement(self._ctx.db, agreement_id, self.today)
        self.child = AgreementDialog(self._ctx, record.draft, self, record, today=self.today)
        self.child.open()

    def renew(self) -> None:
        if not self._saved_first() or self.record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Renew"),
            self.tr(
                "Begin the renewal of this agreement? A new draft is made with its parties, "
                "scope and open obligations, for you to check, date and number."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record = self.record
        Operation(
            self,
            self._ctx,
            lambda action: renew_agreement(
                action, record.id, expected_version=record.draft.version
            ),
            title=self.tr("Renew"),
        ).on_success(self._renewed).run()

    def _renewed(self, new_id: int) -> None:
        self.reload()
        self._open_other(new_id)

    def addendum(self) -> None:
        if not self._saved_first() or self.record is None:
            return
        record = self.record
        Operation(
            self,
            self._ctx,
            lambda action: start_addendum(action, record.id, expected_version=record.draft.version),
            title=self.tr("Addendum"),
        ).on_success(self._renewed).run()

    def revoke(self) -> None:
        if not self._saved_first() or self.record is None:
            return
        record = self.record
        dialog = RevokeDialog(self.today, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            operation = Operation(
                dialog,
                self._ctx,
                lambda action: revoke_agreement(
                    action,
                    record.id,
                    revoked_on=dialog.day(),
                    reason=dialog.reason_edit.text(),
                    expected_version=record.draft.version,
                ),
                title=self.tr("Revoke"),
            ).on_invalid(lambda error: dialog.errors.show(error.errors))
            if operation.run():
                self.reload()
                return

    # -- obligations ----------------------------------------------------------------------
    def add_obligation(self) -> None:
        if not self._saved_first() or self.record is None:
            return
        self._show_obligation(ObligationDraft(self.record.id, ""))

    def open_obligation(self) -> None:
        item = self.obligations_list.currentItem()
        if item is None or self.record is None:
            return
        self._show_obligation(None, int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_obligation(
        self, draft: ObligationDraft | None, obligation_id: int | None = None
    ) -> None:
        assert self.record is not None
        partners = [(p.partner_id, p.name) for p in self.record.draft.parties if p.partner_id]
        dialog = ObligationDialog(
            self._ctx,
            self.record.id,
            partners,
            self,
            draft=draft,
            obligation_id=obligation_id,
            today=self.today,
        )
        self.child = dialog
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()

    # -- scans and history ----------------------------------------------------------------
    def add_scan(self, path: Path | None = None) -> None:
        """Keep the signed scan (``path``: chosen by the clerk when None) with the agreement."""
        if self.record is None:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Add a scan"),
                "",
                self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"),
            )
            if not name:
                return
            path = Path(name)
        data, refusal = read_chosen_file(path)
        self.scan_error.setText(refusal)
        self.scan_error.setVisible(bool(refusal))
        if data is None:
            return
        record, chosen = self.record, path
        Operation(
            self,
            self._ctx,
            lambda action: attach_agreement_scan(action, record.id, chosen.name, data),
            title=self.tr("Add a scan"),
        ).on_invalid(self._show_scan_refusal).on_success(lambda _id: self.reload()).run()

    def _show_scan_refusal(self, error: Any) -> None:
        self.scan_error.setText("\n".join(message_for(e) for e in error.errors))
        self.scan_error.setVisible(True)

    def _chosen_scan(self) -> tuple[int, int] | None:
        item = self.scans_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def open_scan(self) -> None:
        chosen = self._chosen_scan()
        if chosen is not None:
            show_kept_file(self, self._ctx, chosen[1])

    def remove_scan(self) -> None:
        chosen = self._chosen_scan()
        if chosen is None or self.record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove scan"),
            self.tr("Take this scan off the agreement? (Only for a wrong file.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        record = self.record
        Operation(
            self,
            self._ctx,
            lambda action: remove_agreement_scan(action, record.id, chosen[0]),
            title=self.tr("Remove scan"),
        ).on_success(lambda _none: self.reload()).run()

    def open_linked(self, item: QListWidgetItem) -> None:
        linked = item.data(Qt.ItemDataRole.UserRole)
        if self.record is not None and linked is not None and linked != self.record.id:
            self._open_other(linked)

    def open_meeting(self, item: QListWidgetItem) -> None:
        record = load_coordination(self._ctx.db, int(item.data(Qt.ItemDataRole.UserRole)))
        self.child = CoordinationDialog(self._ctx, record.draft, self, record)
        self.child.finished.connect(lambda _result: self.reload())
        self.child.open()

    def print_summary(self) -> None:
        if not self._saved_first() or self.record is None:
            return
        record = self.record

        def show(pdf: bytes) -> None:
            self.preview = DocumentPreview(
                pdf, self.tr("Summary of {title}").format(title=record.draft.title), self
            )
            self.preview.open()

        Operation(
            self,
            self._ctx,
            lambda action: agreement_sheet_pdf(action.db, record.id, self.today),
            title=self.tr("Print"),
        ).on_success(show).run()

    def done(self, result: int) -> None:
        if (
            result != QDialog.DialogCode.Accepted
            and self.dirty
            and not may_close(self, self.tr("Save the changes to this agreement?"), self.save)
        ):
            return
        super().done(result)


class RevokeDialog(QDialog):
    """From which day the agreement no longer holds, and why (the letter that revoked it)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke the agreement"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.day_edit = date_edit(today)
        self.errors.add_row(form, self.tr("Revoked &from"), "revoked_on", self.day_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why, and by which letter"))
        self.errors.add_row(form, self.tr("&Reason"), "reason", self.reason_edit)
        ok = QPushButton(self.tr("Revoke"))
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def day(self) -> date:
        return to_date(self.day_edit.date())
