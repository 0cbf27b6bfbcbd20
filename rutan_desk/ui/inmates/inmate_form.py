"""Add an inmate or correct one: name, register number, block, dates in and out, a note.

Saved through the operation runner; what the registry refuses (a malformed number, a number
already recorded for someone else, a date after today) is shown beside its field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.inmates import InmateDraft, read_register_number
from rutan_desk.services.context import ActionContext
from rutan_desk.services.handover.setup import list_blocks
from rutan_desk.services.inmates.records import TEXT_LIMITS, InmateRecord
from rutan_desk.services.inmates.registry import create_inmate, update_inmate
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.dates import OptionalDateEdit
from rutan_desk.ui.widgets.record_lists import FormDialog

HINT_STYLE = "color: #555555;"


class InmateDialog(FormDialog):
    """The form of one inmate: a new one (``record`` None, prefilled with ``name`` or
    ``register_number`` as the clerk typed them in the picker) or a correction of ``record``,
    saved against the version it was read at. ``saved`` holds the record after Save."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        record: InmateRecord | None = None,
        *,
        name: str = "",
        register_number: str = "",
    ) -> None:
        super().__init__(ctx, parent)
        self.record = record  # None for a new inmate
        self.saved: InmateRecord | None = None
        self.setWindowTitle(self.tr("Correct an inmate") if record else self.tr("New inmate"))
        self.setMinimumWidth(520)
        today = ctx.today()
        draft = record.to_draft() if record else InmateDraft(name, register_number)
        errors, form = self.errors, self.form

        self.name_edit = QLineEdit(draft.name)
        self.name_edit.setMaxLength(TEXT_LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("Full name, as in the inmate's file"))
        errors.add_row(form, self.tr("&Name"), "name", self.name_edit)

        self.register_edit = QLineEdit(draft.register_number)
        self.register_edit.setMaxLength(TEXT_LIMITS["register_number"])
        self.register_edit.setPlaceholderText("A.II/123/2026")
        self.register_hint = QLabel()
        self.register_hint.setObjectName("register_hint")
        self.register_hint.setStyleSheet(HINT_STYLE)
        self.register_edit.textChanged.connect(self._explain_number)
        register_box = QWidget()
        register_layout = QVBoxLayout(register_box)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.setSpacing(2)
        register_layout.addWidget(self.register_edit)
        register_layout.addWidget(self.register_hint)
        errors.add_row(
            form,
            self.tr("&Register number"),
            "register_number",
            register_box,
            focus=self.register_edit,
        )

        self.block_combo = QComboBox()
        self.block_combo.addItem(self.tr("— not known —"), None)
        for block in list_blocks(ctx.db):
            if block.active:
                self.block_combo.addItem(block.name, block.id)
            elif block.id == draft.block_id:  # kept, so that a correction does not move them
                self.block_combo.addItem(
                    self.tr("{name} (retired)").format(name=block.name), block.id
                )
        self.block_combo.setCurrentIndex(max(self.block_combo.findData(draft.block_id), 0))
        errors.add_row(form, self.tr("&Block"), "block_id", self.block_combo)

        self.admitted_edit = OptionalDateEdit(self.tr("known"), draft.admitted_on, today)
        errors.add_row(form, self.tr("Date &in"), "admitted_on", self.admitted_edit)
        self.released_edit = OptionalDateEdit(
            self.tr("released or transferred"), draft.released_on, today
        )
        errors.add_row(form, self.tr("Date &out"), "released_on", self.released_edit)

        self.note_edit = QPlainTextEdit(draft.note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(56)
        self.note_edit.setPlaceholderText(self.tr("e.g. moved from Rutan Rembang"))
        errors.add_row(form, self.tr("No&te"), "note", self.note_edit)

        self._finish(self.tr("Save"), self.tr("Cancel"))
        self._explain_number(self.register_edit.text())
        # The cursor starts where the clerk still has to type; a correction starts on the name.
        first = self.register_edit if draft.name and not draft.register_number else self.name_edit
        first.selectAll()
        first.setFocus()

    def _explain_number(self, text: str) -> None:
        """The legal status a complete number shows, and how it will be written."""
        number = read_register_number(text)
        if number is None:
            self.register_hint.setText(self.tr("e.g. A.II/123/2026 (tahanan) or B.I/45/2025"))
            return
        self.register_hint.setText(
            self.tr("{status} · kept as {number}").format(status=number.label, number=number.text)
        )

    def draft(self) -> InmateDraft:
        return InmateDraft(
            name=self.name_edit.text(),
            register_number=self.register_edit.text(),
            block_id=self.block_combo.currentData(),
            admitted_on=self.admitted_edit.value(),
            released_on=self.released_edit.value(),
            note=self.note_edit.toPlainText(),
        )

    def submit(self, action: ActionContext) -> InmateRecord:
        draft, record = self.draft(), self.record
        if record is None:
            self.saved = create_inmate(action, draft)
        else:
            self.saved = update_inmate(action, record.id, draft, expected_version=record.version)
        return self.saved

    def gone_text(self) -> str:
        return self.tr(
            "This inmate's record is no longer there: it was merged into another one or "
            "removed on another computer. Find the inmate again."
        )
