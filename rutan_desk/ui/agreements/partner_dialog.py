"""One partner institution (Polres Blora, Kodim 0721/Blora, Pemda Kabupaten Blora, ...): its
name and short name, address, phone, e-mail, a note, and the persons to contact there (name,
position, rank, phone)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.services.agreements.forms import ContactLine, PartnerDraft, PartnerRecord
from rutan_desk.services.agreements.partners import load_partner, save_partner
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.incident_dialog import long_text
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.line_grid import GridColumn, LineGrid
from rutan_desk.ui.widgets.unsaved import may_close


class PartnerDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        draft: PartnerDraft,
        parent: QWidget | None = None,
        record: PartnerRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.draft = draft
        self.record = record
        self.dirty = False
        self._filling = False
        self.history_dialog: QWidget | None = None
        self.setMinimumSize(760, 600)
        self.errors = FieldErrors()

        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Kepolisian Resor Blora"))
        self.errors.add_row(form, self.tr("&Name"), "name", self.name_edit)
        self.short_name_edit = QLineEdit()
        self.short_name_edit.setPlaceholderText(self.tr("e.g. Polres Blora (shown in lists)"))
        self.errors.add_row(form, self.tr("S&hort name"), "short_name", self.short_name_edit)
        self.address_edit = long_text(2, grows=False)
        self.errors.add_row(form, self.tr("&Address"), "address", self.address_edit)
        self.phone_edit = QLineEdit()
        self.errors.add_row(form, self.tr("&Phone"), "phone", self.phone_edit)
        self.email_edit = QLineEdit()
        self.errors.add_row(form, self.tr("&E-mail"), "email", self.email_edit)
        self.note_edit = long_text(2, grows=False)
        self.errors.add_row(form, self.tr("N&ote"), "note", self.note_edit)

        self.contacts_grid = LineGrid(
            self.tr("Contact persons"),
            [
                GridColumn("name", self.tr("Name"), stretch=True),
                GridColumn("position", self.tr("Position")),
                GridColumn("rank", self.tr("Rank")),
                GridColumn("phone", self.tr("Phone")),
            ],
            add_text=self.tr("Add a &contact"),
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
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every change of this partner"))
        self.history_button.clicked.connect(self.show_history)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch()
        buttons.addWidget(close_button)

        for edit in (self.name_edit, self.short_name_edit, self.phone_edit, self.email_edit):
            edit.textChanged.connect(lambda _t: self._mark_dirty())
        for text in (self.address_edit, self.note_edit):
            text.textChanged.connect(self._mark_dirty)
        self.contacts_grid.changed.connect(self._mark_dirty)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.contacts_grid, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        # Enter in a field must not press a button (the first would be "Add a contact").
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._fill()

    # -- showing --------------------------------------------------------------------------
    def _fill(self) -> None:
        draft = self.draft
        self._filling = True
        self.name_edit.setText(draft.name)
        self.short_name_edit.setText(draft.short_name)
        self.address_edit.setPlainText(draft.address)
        self.phone_edit.setText(draft.phone)
        self.email_edit.setText(draft.email)
        self.note_edit.setPlainText(draft.note)
        self.contacts_grid.fill([self._contact_line(c) for c in draft.contacts])
        self._filling = False
        self._show_state()
        self.dirty = False

    @staticmethod
    def _contact_line(contact: ContactLine) -> dict[str, Any]:
        return {
            "name": contact.name,
            "position": contact.position,
            "rank": contact.rank,
            "phone": contact.phone,
        }

    def _show_state(self) -> None:
        record = self.record
        self.history_button.setEnabled(record is not None)
        if record is None:
            self.setWindowTitle(self.tr("New partner"))
            self.status_label.setText(self.tr("New partner: not yet saved."))
            return
        self.setWindowTitle(self.tr("Partner — {name}").format(name=record.draft.name))
        self.status_label.setText(
            self.tr("Saved. Retired: no longer offered for new agreements and meetings.")
            if record.retired
            else self.tr("Saved.")
        )

    def _mark_dirty(self) -> None:
        if self._filling:
            return
        self.dirty = True
        self.general_error.clear()

    # -- saving ---------------------------------------------------------------------------
    def current_draft(self) -> PartnerDraft:
        return replace(
            self.draft,
            name=self.name_edit.text(),
            short_name=self.short_name_edit.text(),
            address=self.address_edit.toPlainText(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            note=self.note_edit.toPlainText(),
            contacts=tuple(
                ContactLine(line["name"], line["position"], line["rank"], line["phone"])
                for line in self.contacts_grid.lines()
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
                lambda action: save_partner(action, draft),
                title=self.tr("Save partner"),
            )
            .on_invalid(lambda error: self._show_errors(error.errors))
            .on_success(self._reload)
            .run()
        )

    def _reload(self, partner_id: int) -> None:
        self.record = load_partner(self._ctx.db, partner_id)
        self.draft = self.record.draft
        self._fill()

    def _show_errors(self, errors: list[FieldError]) -> None:
        self.contacts_grid.show_errors(
            sorted({message_for(e) for e in errors if e.field == "contacts"})
        )
        on_form = [e for e in errors if e.field != "contacts"]
        self.errors.show(on_form)
        self.general_error.setText("\n".join(message_for(e) for e in self.errors.unplaced(on_form)))

    def show_history(self) -> None:
        if self.record is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, "partner", self.record.id)

    def done(self, result: int) -> None:
        """Closing asks before unsaved changes are lost."""
        if self.dirty and not may_close(
            self, self.tr("Save the changes to this partner?"), self.save
        ):
            return
        super().done(result)
