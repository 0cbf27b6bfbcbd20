"""The form for a Surat Perintah: the period and shifts whose people it names, the wording
(Menimbang, Untuk from a template, Tembusan), and who signs. It opens the draft in the preview,
from which the clerk issues it with the next number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.formatting import long_date
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents import duty_orders, register
from rutan_desk.services.documents.duty_orders import (
    TASK_TEMPLATES,
    DutyOrder,
    DutyOrderRequest,
    Signing,
)
from rutan_desk.services.documents.register import DOCUMENT_LIMITS, IssuedDocument
from rutan_desk.services.errors import ValidationError
from rutan_desk.services.institution import get_profile
from rutan_desk.services.roster.queries import shift_types
from rutan_desk.services.staff.records import head_of_security, list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.background import BackgroundTask
from rutan_desk.ui.widgets.dates import date_edit, to_date
from rutan_desk.ui.widgets.field_errors import FieldErrors
from rutan_desk.ui.widgets.record_lists import warn_refused


@dataclass(frozen=True)
class _Draft:
    order: DutyOrder
    pdf: bytes


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line for line in edit.toPlainText().splitlines() if line.strip())


class DutyOrderDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        first: date,
        parent: QWidget | None = None,
        *,
        shifts: set[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Duty order (Surat Perintah)"))
        self.setMinimumWidth(720)
        self.errors = FieldErrors()
        self.preview: DocumentPreview | None = None
        self.issued_document: IssuedDocument | None = None
        self._task: BackgroundTask | None = None
        self._title_edited = False
        self._build(first, shifts)

    # -- building -------------------------------------------------------------------------
    def _build(self, first: date, shifts: set[str] | None) -> None:
        form = QFormLayout()
        self.first_edit = date_edit(first)
        self.last_edit = date_edit(first)
        period = QWidget()
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(0, 0, 0, 0)
        period_row.addWidget(self.first_edit)
        period_row.addWidget(self.last_edit)
        period_row.addStretch()
        self.errors.add_row(form, self.tr("&Period"), "last", period, self.first_edit)
        self.first_edit.dateChanged.connect(self._first_changed)
        self.last_edit.dateChanged.connect(lambda _d: self._suggest_title())

        self.shift_boxes: dict[str, QCheckBox] = {}
        shift_row = QWidget()
        shift_layout = QHBoxLayout(shift_row)
        shift_layout.setContentsMargins(0, 0, 0, 0)
        for shift in shift_types(self._ctx.db):
            if not shift.working:
                continue
            box = QCheckBox(f"{shift.name} ({shift.code})")
            box.setChecked(shifts is None or shift.code in shifts)
            self.shift_boxes[shift.code] = box
            shift_layout.addWidget(box)
        shift_layout.addStretch()
        first_box = next(iter(self.shift_boxes.values()), None)
        self.errors.add_row(form, self.tr("S&hifts"), "shifts", shift_row, first_box)

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(DOCUMENT_LIMITS["title"])
        self.title_edit.textEdited.connect(self._title_typed)
        self.errors.add_row(form, self.tr("&Subject (for the register)"), "title", self.title_edit)
        self.issued_on_edit = date_edit(self._ctx.today())
        self.errors.add_row(form, self.tr("&Date of the order"), "issued_on", self.issued_on_edit)

        self.considering_edit = QPlainTextEdit()
        self.considering_edit.setPlaceholderText(
            self.tr("One point per line; leave empty when the order needs no Menimbang.")
        )
        self.considering_edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.considering_edit.setTabChangesFocus(True)
        self.errors.add_row(form, self.tr("&Menimbang"), "considering", self.considering_edit)

        self.template_combo = QComboBox()
        self.template_combo.addItems(list(TASK_TEMPLATES))
        self.template_combo.activated.connect(lambda _i: self.use_template())
        self.errors.add_row(form, self.tr("Task &template"), "template", self.template_combo)
        self.tasks_edit = QPlainTextEdit()
        self.tasks_edit.setTabChangesFocus(True)
        self.tasks_edit.setMinimumHeight(self.fontMetrics().height() * 6)
        self.errors.add_row(form, self.tr("&Untuk (one task per line)"), "tasks", self.tasks_edit)
        # The Tembusan names the office's own Kanwil, from the letterhead of the order's date.
        profile = get_profile(self._ctx.db, to_date(self.issued_on_edit.date()))
        copies = duty_orders.default_copies(profile)
        self._default_copies = "\n".join(copies)
        # Signed by the head: the form shows the head, not the official chosen for Plh./a.n.
        self._head_text = " — ".join(
            part for part in (profile.head_name, profile.head_title.title()) if part
        )
        self.copies_edit = QPlainTextEdit(self._default_copies)
        self.issued_on_edit.dateChanged.connect(lambda _day: self._follow_letterhead())
        self.copies_edit.setTabChangesFocus(True)
        self.copies_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.errors.add_row(form, self.tr("Te&mbusan (one per line)"), "copies", self.copies_edit)

        self.signing_combo = QComboBox()
        self.signing_combo.addItem(self.tr("The head of the unit"), Signing.HEAD)
        self.signing_combo.addItem(self.tr("Plh. (stands in for the head)"), Signing.STAND_IN)
        self.signing_combo.addItem(self.tr("a.n. (on behalf of the head)"), Signing.ON_BEHALF)
        self.signing_combo.currentIndexChanged.connect(lambda _i: self._signing_changed())
        self.errors.add_row(form, self.tr("Si&gned by"), "signing", self.signing_combo)
        self.signer_combo = QComboBox()
        self.signer_combo.setEditable(True)
        self.signer_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        own_staff = [s for s in list_staff(self._ctx.db) if s.active and not s.is_external]
        for person in own_staff:
            self.signer_combo.addItem(f"{person.name} — {person.position}", person.id)
        completer = self.signer_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ka_kpr = head_of_security(own_staff)
        if ka_kpr is not None:
            self.signer_combo.setCurrentIndex(self.signer_combo.findData(ka_kpr.id))
        self._official_index = self.signer_combo.currentIndex()  # for Plh. and a.n.
        self.errors.add_row(form, self.tr("Signe&r"), "signer", self.signer_combo)

        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(
            self.tr("P&review…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.preview_button.setDefault(True)
        buttons.accepted.connect(self.make_preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.use_template()
        self._signing_changed()
        self._suggest_title()

    def _follow_letterhead(self) -> None:
        """A Tembusan the clerk left as proposed follows the order's date: a letter dated
        before a renaming names the Kanwil as it was then."""
        profile = get_profile(self._ctx.db, to_date(self.issued_on_edit.date()))
        proposed = "\n".join(duty_orders.default_copies(profile))
        if self.copies_edit.toPlainText() == self._default_copies:
            self.copies_edit.setPlainText(proposed)
        self._default_copies = proposed

    def _first_changed(self) -> None:
        # A one-day order is the common case: the end follows the start until it is changed.
        if to_date(self.last_edit.date()) < to_date(self.first_edit.date()):
            self.last_edit.setDate(self.first_edit.date())
        self._suggest_title()

    def _title_typed(self, _text: str) -> None:
        self._title_edited = True

    def _suggest_title(self) -> None:
        if self._title_edited:
            return
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        when = long_date(first) if first == last else f"{long_date(first)} – {long_date(last)}"
        self.title_edit.setText(self.tr("Guard duty {period}").format(period=when))

    def _signing_changed(self) -> None:
        by_head = self.signing_combo.currentData() == Signing.HEAD
        if by_head and self.signer_combo.isEnabled():
            self._official_index = self.signer_combo.currentIndex()
            self.signer_combo.setEditText(self._head_text)
        elif not by_head and not self.signer_combo.isEnabled():
            self.signer_combo.setCurrentIndex(self._official_index)
        self.signer_combo.setEnabled(not by_head)

    def use_template(self) -> None:
        """Replace the tasks by the chosen template; Ctrl+Z in the field brings back the text."""
        tasks = TASK_TEMPLATES[self.template_combo.currentText()]
        cursor = self.tasks_edit.textCursor()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText("\n".join(tasks))

    # -- the request ----------------------------------------------------------------------
    def request(self) -> DutyOrderRequest:
        signing = Signing(self.signing_combo.currentData())
        signer_index = self.signer_combo.findText(self.signer_combo.currentText())
        signer = self.signer_combo.itemData(signer_index) if signer_index >= 0 else None
        return DutyOrderRequest(
            first=to_date(self.first_edit.date()),
            last=to_date(self.last_edit.date()),
            shifts=frozenset(code for code, box in self.shift_boxes.items() if box.isChecked()),
            issued_on=to_date(self.issued_on_edit.date()),
            title=self.title_edit.text(),
            considering=_lines(self.considering_edit),
            tasks=_lines(self.tasks_edit),
            copies=_lines(self.copies_edit),
            signing=signing,
            signer_id=None if signing is Signing.HEAD else signer,
        )

    def make_preview(self) -> None:
        """Check and draft the order off the GUI thread, then open it in the preview."""
        self.errors.clear()
        request = self.request()

        def draft(action: ActionContext) -> _Draft:
            order = duty_orders.prepare_duty_order(action.db, request)
            return _Draft(order, duty_orders.duty_order_draft_pdf(action.db, order))

        self.preview_button.setEnabled(False)
        self._task = (
            Operation(self, self._ctx, draft, title=self.windowTitle())
            .on_invalid(self._refused)
            .on_success(lambda result: self._open_preview(request, result))
            .after_failure(lambda _error: self.preview_button.setEnabled(True))
            .run_in_background(self.tr("Preparing the order…"))
        )

    def _refused(self, error: ValidationError) -> None:
        self.preview_button.setEnabled(True)
        self.errors.show(error.errors)
        leftover = self.errors.unplaced(error.errors)
        if leftover:
            warn_refused(self, self.windowTitle(), leftover)

    def _open_preview(self, request: DutyOrderRequest, draft: _Draft) -> None:
        self.preview_button.setEnabled(True)

        def issue(action: ActionContext) -> tuple[IssuedDocument, bytes]:
            issued = duty_orders.issue_duty_order(action, draft.order, request.title)
            return issued, register.document_pdf(action.db, issued.id)

        self.preview = DocumentPreview(
            draft.pdf,
            self.tr("Surat Perintah"),
            self,
            ctx=self._ctx,
            issue=issue,
            note=self.tr(
                "Draft: read it through, then issue it to give it its number. "
                "It is printed and kept exactly as issued."
            ),
        )
        self.preview.issued.connect(self._on_issued)
        self.preview.finished.connect(self._preview_closed)
        self.preview.open()

    def _on_issued(self, document: IssuedDocument) -> None:
        self.issued_document = document

    def _preview_closed(self) -> None:
        # Once issued, the order is done: closing its preview closes the form too.
        if self.issued_document is not None:
            self.accept()
