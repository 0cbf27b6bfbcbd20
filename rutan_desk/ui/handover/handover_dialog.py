"""One handover (serah terima jaga): the form, its signatures, addenda and printed report.

A new handover is prefilled from the roster and the previous handover. Saving keeps it as a draft;
the outgoing Karupam hands it over, the incoming Karupam receives it (from then on it is locked
and only numbered addenda can be added), the Ka KPR or the duty officer acknowledges.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
from rutan_desk.domain.formatting import clock, moment_text, short_date
from rutan_desk.domain.handover import (
    HandoverStatus,
    SignRole,
    shift_span_short,
    shift_span_text,
)
from rutan_desk.domain.shifts import ShiftType
from rutan_desk.services.context import ActionContext, ActorKind
from rutan_desk.services.handover import saving
from rutan_desk.services.handover.forms import HandoverDraft, HandoverRecord, Signature
from rutan_desk.services.handover.queries import load_handover
from rutan_desk.services.handover.setup import list_blocks, list_categories
from rutan_desk.services.incidents.forms import IncidentDraft
from rutan_desk.services.incidents.from_handover import (
    incident_draft_for_handover,
    incidents_of_handover,
)
from rutan_desk.services.roster.queries import shift_types
from rutan_desk.services.roster.setup import list_regu
from rutan_desk.services.staff.records import head_of_security, list_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.handover.counts_page import CountsPage
from rutan_desk.ui.handover.equipment_page import EquipmentPage
from rutan_desk.ui.handover.events_page import EventsPage
from rutan_desk.ui.handover.people_page import PeoplePage
from rutan_desk.ui.handover.sign_dialog import SignDialog
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.field_errors import FieldErrors, error_label
from rutan_desk.ui.widgets.file_viewer import show_kept_file
from rutan_desk.ui.widgets.unsaved import may_close
from rutan_desk.ui.widgets.until_saved import run_until_saved


def shift_text(shift: ShiftType) -> str:
    if shift.start is None or shift.end is None:
        return shift.name
    return f"{shift.name} {clock(shift.start, zone=False)}–{clock(shift.end, zone=False)}"


SCAN_LINK = "scan:"  # the status line's link to the scan of a signature on paper


class HandoverDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        draft: HandoverDraft,
        parent: QWidget | None = None,
        record: HandoverRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.draft = draft
        self.record = record
        self.dirty = False
        self.preview: QWidget | None = None
        self.history_dialog: QWidget | None = None
        self._task: object = None
        self.setMinimumSize(980, 700)
        self.shifts = {s.code: s for s in shift_types(ctx.db)}
        blocks = {b.id: b.name for b in list_blocks(ctx.db)}
        categories = {c.id: c.name for c in list_categories(ctx.db)}

        self.tabs = QTabWidget()
        self.people_page = PeoplePage()
        self.counts_page = CountsPage(blocks, categories, now=self._wib_now)
        self.equipment_page = EquipmentPage()
        self.events_page = EventsPage(now=self._wib_now)
        self.tabs.addTab(self.people_page, self.tr("&1 Officers"))
        self.tabs.addTab(self.counts_page, self.tr("&2 Inmate count"))
        self.tabs.addTab(self.equipment_page, self.tr("&3 Equipment"))
        self.tabs.addTab(self.events_page, self.tr("&4 Events and instructions"))
        for page in (self.people_page, self.counts_page, self.equipment_page, self.events_page):
            page.changed.connect(self._mark_dirty)
        self.equipment_page.incident_proposed.connect(self._note_incident)
        self.equipment_page.incident_requested.connect(self.file_incident)
        self.incident_dialog: QWidget | None = None

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status_label.linkActivated.connect(self._open_link)
        self.general_error = error_label()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.hand_over_button = QPushButton(self.tr("&Hand over…"))
        self.hand_over_button.clicked.connect(lambda: self.sign(SignRole.HAND_OVER))
        self.receive_button = QPushButton(self.tr("&Receive…"))
        self.receive_button.clicked.connect(lambda: self.sign(SignRole.RECEIVE))
        self.acknowledge_button = QPushButton(self.tr("Ac&knowledge…"))
        self.acknowledge_button.clicked.connect(lambda: self.sign(SignRole.ACKNOWLEDGE))
        self.addendum_button = QPushButton(self.tr("A&ddendum…"))
        self.addendum_button.clicked.connect(self.add_addendum)
        self.print_button = QPushButton(self.tr("&Print report…"))
        self.print_button.clicked.connect(self.print_report)
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.history_button.setToolTip(self.tr("Every change of this handover"))
        self.history_button.clicked.connect(self.show_history)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.save_button,
            self.hand_over_button,
            self.receive_button,
            self.acknowledge_button,
            self.addendum_button,
            self.print_button,
            self.history_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self._fill()

    def _wib_now(self) -> datetime:
        """The office's wall clock (Asia/Jakarta), from the app's clock."""
        return self._ctx.action().wib_now()

    # -- showing --------------------------------------------------------------------------
    def _names(self) -> dict[int, str]:
        names = {line.staff_id: line.name for line in self.draft.officers}
        if self.record is not None:
            names.update(self.record.names)
        return names

    def _side(self, regu_id: int | None, shift: ShiftType, karupam_id: int | None) -> str:
        regu = {r.id: r.name for r in self._regu}.get(regu_id or 0, self.tr("(no regu)"))
        karupam = self._names().get(karupam_id or 0, "")
        parts = [regu, shift_text(shift), self.tr("Karupam {name}").format(name=karupam)]
        return " · ".join(parts if karupam else parts[:2])

    def _fill(self) -> None:
        draft = self.draft
        self._regu = list_regu(self._ctx.db, on=draft.day)
        outgoing = self.shifts[draft.outgoing_shift]
        incoming = self.shifts[draft.incoming_shift]
        # The outgoing shift's span, both dates for a night, as in the history and the report.
        self.setWindowTitle(
            self.tr("Handover: {outgoing} {span} → {incoming}").format(
                outgoing=outgoing.name,
                span=shift_span_short(draft.day, outgoing),
                incoming=incoming.name,
            )
        )
        self.people_page.fill(
            shift_span_text(draft.day, outgoing),
            self._side(draft.outgoing_regu_id, outgoing, draft.outgoing_karupam_id),
            self._side(draft.incoming_regu_id, incoming, draft.incoming_karupam_id),
            draft.officers,
            previous_unsigned=draft.previous_unsigned,
            unsigned_reason=draft.unsigned_previous_reason,
        )
        self.counts_page.fill(
            draft.counts,
            draft.movements,
            draft.difference_explanation,
            opening_balance=draft.opening_balance,
            shift_start=outgoing.start,
        )
        self.equipment_page.fill(draft.equipment)
        self.events_page.fill(
            draft.events,
            draft.instructions,
            outgoing.start,
            shift_day=draft.day if outgoing.crosses_midnight else None,
        )
        self._show_state()
        self.dirty = False

    def _signature_text(self, label: str, signed: Signature | None) -> str:
        """The signature as rich text: one given on paper links to its scan."""
        if signed is None:
            return escape(self.tr("{label}: not yet").format(label=label))
        text = escape(f"{label}: {signed.name}, {short_date(signed.at.date())} {clock(signed.at)}")
        if signed.on_paper is not None:
            on_paper = escape(self.tr("on paper {day}").format(day=short_date(signed.on_paper)))
            if signed.scan_id is not None:
                on_paper = f'<a href="{SCAN_LINK}{signed.scan_id}">{on_paper}</a>'
            text = escape(f"{label}: {signed.name}, ") + on_paper
        if signed.stand_in:
            text += " " + escape(self.tr("(standing in)"))
        if signed.role:
            text += escape(f" ({signed.role})")
        return text

    def _open_link(self, link: str) -> None:
        if link.startswith(SCAN_LINK):
            show_kept_file(self, self._ctx, int(link.removeprefix(SCAN_LINK)))

    def _show_state(self) -> None:
        status = self.record.status if self.record else HandoverStatus.DRAFT
        locked = status.locked
        for page in (self.people_page, self.counts_page, self.equipment_page, self.events_page):
            page.set_locked(locked)
        saved = self.record is not None
        self.save_button.setEnabled(not locked)
        self.hand_over_button.setEnabled(status == HandoverStatus.DRAFT)
        self.receive_button.setEnabled(status == HandoverStatus.HANDED_OVER)
        self.acknowledge_button.setEnabled(status == HandoverStatus.RECEIVED)
        self.addendum_button.setEnabled(locked)
        self.print_button.setEnabled(saved)
        self.history_button.setEnabled(saved)
        lines = [
            escape(
                {
                    HandoverStatus.DRAFT: self.tr("Draft: not yet handed over."),
                    HandoverStatus.HANDED_OVER: self.tr("Handed over; waiting to be received."),
                    HandoverStatus.RECEIVED: self.tr(
                        "Received and locked: corrections are made by an addendum."
                    ),
                    HandoverStatus.ACKNOWLEDGED: self.tr(
                        "Received, acknowledged and locked: corrections are made by an addendum."
                    ),
                }[status]
            )
        ]
        if self.record is not None:
            lines.append(
                " · ".join(
                    (
                        self._signature_text(self.tr("Handed over"), self.record.handed),
                        self._signature_text(self.tr("Received"), self.record.received),
                        self._signature_text(self.tr("Acknowledged"), self.record.acknowledged),
                    )
                )
            )
            for _incident_id, number in incidents_of_handover(self._ctx.db, self.record.id):
                lines.append(
                    escape(
                        self.tr("Security incident {number} was filed from this handover.").format(
                            number=number
                        )
                    )
                )
            for addendum in self.record.addenda:
                lines.append(
                    escape(
                        self.tr("Addendum {number} ({moment}, {author}): {reason} — {text}").format(
                            number=addendum.number,
                            moment=moment_text(addendum.written_at),
                            author=addendum.author,
                            reason=addendum.reason,
                            text=addendum.text,
                        )
                    )
                )
        self.status_label.setText("<br>".join(lines))

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.general_error.clear()

    def _note_incident(self, text: str) -> None:
        self.events_page.add_event(text)
        self.tabs.setCurrentWidget(self.events_page)

    # -- the incident a missing firearm calls for ---------------------------------------
    def file_incident(self) -> None:
        """Open a security incident prefilled from this handover's hard warnings (saved first:
        the incident links to the saved handover)."""
        if (self.dirty or self.record is None) and not self.save():
            return
        assert self.record is not None
        handover_id = self.record.id
        title = self.tr("File as incident")
        filed = incidents_of_handover(self._ctx.db, handover_id)
        if filed:
            answer = QMessageBox.question(
                self,
                title,
                self.tr(
                    "Incident {numbers} was already filed from this handover. File another one?"
                ).format(numbers=", ".join(number for _id, number in filed)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        Operation(
            self,
            self._ctx,
            lambda action: incident_draft_for_handover(
                action.db, handover_id, now=action.wib_now()
            ),
            title=title,
        ).on_success(self._open_incident_form).run()

    def _open_incident_form(self, draft: IncidentDraft) -> None:
        from rutan_desk.ui.kamtib.incident_dialog import IncidentDialog

        dialog = IncidentDialog(self._ctx, draft, self)
        dialog.finished.connect(lambda _result: self._show_state())
        self.incident_dialog = dialog
        dialog.open()

    # -- saving ---------------------------------------------------------------------------
    def current_draft(self) -> HandoverDraft:
        return replace(
            self.draft,
            officers=self.people_page.officers(),
            unsigned_previous_reason=self.people_page.unsigned_reason(),
            counts=self.counts_page.counts(),
            movements=self.counts_page.movements(),
            difference_explanation=self.counts_page.explanation(),
            equipment=self.equipment_page.values(),
            events=self.events_page.events(),
        )

    def save(self) -> bool:
        """Save the form; on refusal show why beside the table concerned. True when saved.

        The draft carries the version the form was opened on: when someone else saved the
        handover meanwhile, nothing is saved, the runner says who changed it, and the form
        keeps what was typed."""
        if self.record is not None and self.record.locked:
            return True
        self._show_errors([])
        draft = self.current_draft()
        return (
            Operation(
                self,
                self._ctx,
                lambda action: saving.save_handover(action, draft),
                title=self.tr("Save handover"),
            )
            .on_invalid(lambda error: self._show_errors(error.errors))
            .on_success(self._reload)
            .run()
        )

    def _reload(self, handover_id: int) -> None:
        self.record = load_handover(self._ctx.db, handover_id)
        self.draft = self.record.draft
        self._fill()

    def _show_errors(self, errors: list[FieldError]) -> None:
        pages = (self.people_page, self.counts_page, self.equipment_page, self.events_page)
        for page in pages:
            page.show_errors(errors)
        fields = {
            self.people_page: {"officers", "unsigned_previous_reason"},
            self.counts_page: {"counts", "movements", "difference_explanation"},
            self.equipment_page: {"equipment"},
            self.events_page: {"events"},
        }
        placed = set().union(*fields.values())
        general = [message_for(e) for e in errors if e.field not in placed]
        self.general_error.setText("\n".join(general))
        for page in pages:
            if any(e.field in fields[page] for e in errors):
                self.tabs.setCurrentWidget(page)
                break

    # -- signing --------------------------------------------------------------------------
    def sign(self, role: SignRole) -> None:
        if (self.dirty or self.record is None) and not self.save():
            return
        assert self.record is not None
        draft = self.record.draft
        staff = [s for s in list_staff(self._ctx.db) if s.active and not s.is_external]
        people = [(s.id, f"{s.name} — {s.position}") for s in staff]
        if role == SignRole.HAND_OVER:
            default, title = draft.outgoing_karupam_id, self.tr("Hand over")
            text = self.tr("The outgoing Karupam (or who stands in) hands over the shift.")
        elif role == SignRole.RECEIVE:
            default, title = draft.incoming_karupam_id, self.tr("Receive")
            text = self.tr(
                "The incoming Karupam receives the shift. After this the handover is locked; "
                "a later correction is an addendum."
            )
        else:
            ka_kpr = head_of_security(staff)
            default, title = (ka_kpr.id if ka_kpr else None), self.tr("Acknowledge")
            text = self.tr(
                "The Ka KPR acknowledges in office hours, the duty officer (perwira piket) "
                "outside them."
            )
        actor = self._ctx.actor
        own = actor.staff_id if actor.kind == ActorKind.ACCOUNT else None
        dialog = SignDialog(title, text, people, default, self._wib_now(), self, own_staff_id=own)
        record_id = self.record.id

        def sign(action: ActionContext) -> object:
            person = dialog.person_id()
            assert person is not None
            return saving.sign_handover(
                action, record_id, role, person, dialog.moment(), paper=dialog.paper()
            )

        self._run_until_saved(dialog, sign, title)

    # -- after the lock -------------------------------------------------------------------
    def add_addendum(self) -> None:
        if self.record is None:
            return
        dialog = AddendumDialog(self)
        record_id = self.record.id
        self._run_until_saved(
            dialog,
            lambda action: saving.add_addendum(
                action,
                record_id,
                dialog.reason_edit.text(),
                dialog.text_edit.toPlainText(),
            ),
            self.tr("Addendum"),
        )

    def _run_until_saved(
        self,
        dialog: SignDialog | AddendumDialog,
        save: Callable[[ActionContext], object],
        title: str,
    ) -> None:
        """The step's dialog until saved; once saved, the handover is read again (when it is
        out of date, the clerk opens it again)."""
        assert self.record is not None
        record_id = self.record.id
        run_until_saved(self._ctx, dialog, save, title, saved=lambda: self._reload(record_id))

    def print_report(self) -> None:
        from rutan_desk.ui.handover.report_preview import open_report_preview

        if self.dirty and not self.save():
            return
        if self.record is not None:
            self._task = open_report_preview(self._ctx, self.record, self, self._set_preview)

    def show_history(self) -> None:
        """Riwayat perubahan of this handover, its lines included."""
        if self.record is None:
            return
        from rutan_desk.ui.audit.record_history import open_record_history

        self.history_dialog = open_record_history(self, self._ctx, "handover", self.record.id)

    def _set_preview(self, preview: QWidget) -> None:
        self.preview = preview

    def done(self, result: int) -> None:
        """Closing (Escape, Close, the window's cross) asks before unsaved changes are lost."""
        if (
            self.dirty
            and not (self.record is not None and self.record.locked)
            and not may_close(self, self.tr("Save the changes to this handover?"), self.save)
        ):
            return
        super().done(result)


class AddendumDialog(QDialog):
    """A numbered correction to a locked handover: why, and what is added or corrected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Addendum"))
        self.setMinimumWidth(520)
        self.errors = FieldErrors()
        note = QLabel(
            self.tr(
                "The handover is locked. An addendum is numbered, keeps your name and the time, "
                "and cannot be changed afterwards."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.errors.add_row(form, self.tr("&Reason"), "reason", self.reason_edit)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.errors.add_row(form, self.tr("&Addition or correction"), "text", self.text_edit)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Add addendum"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
