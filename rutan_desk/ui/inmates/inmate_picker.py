"""Choose an inmate for a form (an incident, a search's finding): the clerk types part of the
name or the register number and the matching inmates show as they type. One not yet recorded
is entered on the spot ("New inmate…", prefilled with what was typed) and becomes the chosen
one; the registry refuses a second record with the same register number, so an inmate is
entered once and reused.

    picker = InmatePickerDialog(ctx, self, prompt=self.tr("Who was involved?"))
    if picker.exec() == QDialog.DialogCode.Accepted:
        inmate = picker.chosen()
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import Area, ChangeSet
from rutan_desk.domain.formatting import short_date
from rutan_desk.domain.inmates import read_register_number
from rutan_desk.services.inmates.records import SEARCH_LIMIT, InmateRecord, find_inmates
from rutan_desk.services.inmates.registry import merge_inmates
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.inmates.inmate_form import InmateDialog
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.record_table import (
    RECORD_ROLE,
    Column,
    RecordSortProxy,
    RecordTableModel,
    sortable_proxy,
)
from rutan_desk.ui.widgets.tables import open_on_enter, record_view

TYPING_PAUSE_MS = 150  # the list follows the typing once the clerk pauses this long
GONE = QColor("#808080")  # an inmate no longer here (released, transferred)

NAME, NUMBER, STATUS, BLOCK, ADMITTED, RELEASED = range(6)


def looks_like_register_number(text: str) -> bool:
    """Whether what was typed in the search is (part of) a register number rather than a name:
    names have no digits or slashes, numbers always do."""
    return read_register_number(text) is not None or any(ch.isdigit() or ch == "/" for ch in text)


def _day(value: date | None) -> str:
    return short_date(value) if value is not None else ""


class InmatePickerDialog(QDialog):
    """A modal dialog to choose one inmate; ``chosen()`` is the inmate after it was accepted.

    Keys: typing searches; Down (or Enter) goes from the search into the list; Enter or a
    double click chooses; Alt+N enters a new inmate (Enter in the search does when nothing
    matches); Alt+E corrects the selected one; Alt+M merges it, typed twice, into another;
    Esc cancels."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, prompt: str = "") -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._today = ctx.today()
        self._chosen: InmateRecord | None = None
        self.form: InmateDialog | None = None  # the new/correct form while it is open
        self._listening = False  # to the app's change sets (while shown)
        self.setWindowTitle(self.tr("Choose an inmate"))
        self.setModal(True)
        self.model: RecordTableModel[InmateRecord] = RecordTableModel(self._columns(), self)
        self.proxy: RecordSortProxy = sortable_proxy(self.model, self)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.reload)
        self._build(prompt)
        self.resize(860, 500)
        self.reload()
        self.search_edit.setFocus()

    # -- building -------------------------------------------------------------------------
    def _columns(self) -> list[Column[InmateRecord]]:
        def gone(record: InmateRecord) -> QColor | None:
            return None if record.in_custody_on(self._today) else GONE

        return [
            Column(self.tr("Name"), lambda r: r.name, tooltip=lambda r: r.note, colour=gone),
            Column(self.tr("Register number"), lambda r: r.register_number, colour=gone),
            Column(self.tr("Legal status"), lambda r: r.status_label, colour=gone),
            Column(self.tr("Block"), lambda r: r.block_name, colour=gone),
            Column(
                self.tr("In"),
                lambda r: _day(r.admitted_on),
                sort=lambda r: r.admitted_on or date.min,
                colour=gone,
            ),
            Column(
                self.tr("Out"),
                lambda r: _day(r.released_on),
                sort=lambda r: r.released_on or date.max,
                colour=gone,
            ),
        ]

    def _build(self, prompt: str) -> None:
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        font = self.prompt_label.font()
        font.setBold(True)
        self.prompt_label.setFont(font)
        self.prompt_label.setVisible(bool(prompt))

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Part of the name, or the register number (e.g. A.II/123/2026)")
        )
        self.search_edit.textChanged.connect(lambda _text: self._typing.start())
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search_edit)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        # Down or Enter from the search goes into the list, as in a search field anywhere; the
        # actions take the keys before the dialog, whose Enter would press a button.
        self._key_action(
            self.search_edit, [Qt.Key.Key_Down], lambda: self._into_list(new_if_none=False)
        )
        self._key_action(
            self.search_edit,
            [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            lambda: self._into_list(new_if_none=True),
        )

        self.table = record_view(self.proxy, self.fontMetrics().height())
        # No column sorted at first: the list keeps the registry's order (by name, or the
        # newest first before anything is typed).
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self._set_column_widths()
        open_on_enter(self.table, self.choose_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        search_label_for_list = QLabel(self.tr("&Matching inmates"))
        search_label_for_list.setBuddy(self.table)

        self.count_label = QLabel()
        self.count_label.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New inmate…"))
        self.new_button.setToolTip(self.tr("Enter an inmate not recorded yet (Alt+N)"))
        self.new_button.clicked.connect(self.new_inmate)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Correct the selected inmate (Alt+E)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(
            self.tr("The selected inmate was entered twice: merge them into the right record")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox()
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.choose_button = buttons.addButton(
            self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.choose_selected)
        buttons.rejected.connect(self.reject)
        for button in (self.new_button, self.edit_button, self.merge_button, self.choose_button):
            button.setAutoDefault(False)  # Enter belongs to the search and the list

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addLayout(search_row)
        layout.addWidget(search_label_for_list)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self._selection_changed()

    def _key_action(self, widget: QWidget, keys: list[Qt.Key], slot: Callable[[], None]) -> None:
        action = QAction(widget)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)

    def _set_column_widths(self) -> None:
        metrics = self.table.fontMetrics()
        samples = {
            NUMBER: "B.IIb/12345/2026",
            STATUS: "Tahanan Pengadilan Negeri",
            BLOCK: "Blok B (Narapidana)",
            ADMITTED: "00-00-0000",
            RELEASED: "00-00-0000",
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            self.table.setColumnWidth(column, width + 24)

    # -- the list -------------------------------------------------------------------------
    def search_text(self) -> str:
        return self.search_edit.text()

    def reload(self) -> None:
        """Find the inmates the search names (the newest entered when it is empty), keeping
        the selected one selected while it still matches."""
        self._typing.stop()
        text = self.search_text()
        kept = self.selected()
        rows = find_inmates(self._ctx.db, text, newest_first=not text.strip())
        self.model.set_rows(rows)
        self._show_count(text, len(rows))
        self.select_inmate(kept.id if kept is not None else None)

    def _show_count(self, text: str, count: int) -> None:
        if count == 0 and not text.strip():
            message = self.tr("No inmate is recorded yet: Alt+N enters the first one.")
        elif count == 0:
            message = self.tr(
                "No inmate matches “{text}”. Check the spelling, or press Enter or Alt+N to "
                "enter them."
            ).format(text=text.strip())
        elif count >= SEARCH_LIMIT and not text.strip():
            message = self.tr("The {count} inmates entered last; type to find the others.")
        elif not text.strip():
            message = self.tr("{count} inmates, the last entered first; type to find one.")
        elif count >= SEARCH_LIMIT:
            message = self.tr("The first {count} found; type more of the name or number.")
        elif count == 1:
            message = self.tr("1 inmate")
        else:
            message = self.tr("{count} inmates")
        self.count_label.setText(message.format(count=count))

    def _changed_elsewhere(self, changes: ChangeSet) -> None:
        if changes.touches({Area.INMATES, Area.HANDOVER_SETUP}):
            self.reload()

    # The list follows the changes only while it is shown: the caller may keep the closed
    # picker (to read ``chosen``) as long as its own form is open.
    def showEvent(self, event: QShowEvent) -> None:
        if not self._listening:
            self._ctx.events.changed.connect(self._changed_elsewhere)
            self._listening = True
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._typing.stop()
        if self._listening:
            self._ctx.events.changed.disconnect(self._changed_elsewhere)
            self._listening = False
        super().hideEvent(event)

    def selected(self) -> InmateRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record = rows[0].data(RECORD_ROLE)
        return record if isinstance(record, InmateRecord) else None

    def select_inmate(self, inmate_id: int | None) -> None:
        """Select the row of ``inmate_id``; none when it is not in the list."""
        row = self.model.row_where(lambda r: r.id == inmate_id)
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.proxy.index(-1, -1))
            self._selection_changed()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        chosen = self.selected() is not None
        self.choose_button.setEnabled(chosen)
        self.edit_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen)

    def _into_list(self, *, new_if_none: bool) -> None:
        if self._typing.isActive():  # typed faster than the pause: find what is typed now
            self.reload()
        if self.proxy.rowCount() == 0:
            if new_if_none and self.search_text().strip():
                self.new_inmate()
            return
        self.table.setFocus()
        if self.selected() is None:
            first = self.proxy.index(0, 0)
            self.table.setCurrentIndex(first)
            self.table.selectRow(0)

    # -- choosing -------------------------------------------------------------------------
    def chosen(self) -> InmateRecord | None:
        """The inmate chosen (None until the dialog was accepted)."""
        return self._chosen if self.result() == QDialog.DialogCode.Accepted else None

    def choose_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self._choose(record)

    def _choose(self, record: InmateRecord) -> None:
        self._chosen = record
        self.accept()

    # -- entering and correcting ----------------------------------------------------------
    def new_inmate(self) -> None:
        """The form of a new inmate, prefilled with what was typed in the search: a register
        number in its field, a name in the name's. Saved, they are the chosen inmate."""
        typed = self.search_text().strip()
        as_number = looks_like_register_number(typed)
        self._open_form(
            InmateDialog(
                self._ctx,
                self,
                name="" if as_number else typed,
                register_number=typed if as_number else "",
            )
        )

    def edit_selected(self) -> None:
        """Correct the selected inmate (saved against the version shown); the picker stays
        open with them selected."""
        record = self.selected()
        if record is not None:
            self._open_form(InmateDialog(self._ctx, self, record))

    def merge_selected(self) -> None:
        """The selected inmate is a record typed twice: the clerk picks the record to keep,
        confirms, and every incident, search and handover that named the duplicate names the
        kept one; the duplicate is removed (one action, in the audit trail)."""
        duplicate = self.selected()
        if duplicate is None:
            return
        picker = InmatePickerDialog(
            self._ctx,
            self,
            prompt=self.tr(
                "{name} ({number}) was entered twice. Choose the record to keep: "
                "{name} ({number}) is merged into it."
            ).format(name=duplicate.name, number=duplicate.register_number),
        )
        picker.merge_button.hide()  # one merge at a time
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        keep = picker.chosen()
        if keep is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Merge inmates"),
            self.tr(
                "Merge {duplicate} ({duplicate_number}) into {keep} ({keep_number})?\n\n"
                "Every record that names {duplicate} will name {keep}, and the record "
                "{duplicate_number} is removed. The merge is kept in the audit trail."
            ).format(
                duplicate=duplicate.name,
                duplicate_number=duplicate.register_number,
                keep=keep.name,
                keep_number=keep.register_number,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def merged(kept: InmateRecord) -> None:
            self.search_edit.setText(kept.register_number)
            self.reload()
            self.select_inmate(kept.id)

        Operation(
            self,
            self._ctx,
            lambda action: merge_inmates(
                action, keep.id, duplicate.id, expected_versions=(keep.version, duplicate.version)
            ),
            title=self.tr("Merge inmates"),
        ).on_success(merged).run()

    def _open_form(self, form: InmateDialog) -> None:
        self.form = form
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()

    def _form_closed(self, form: InmateDialog) -> None:
        self.form = None
        form.deleteLater()
        saved = form.saved
        if form.result() != QDialog.DialogCode.Accepted or saved is None:
            if form.gone:
                self.reload()
            self.search_edit.setFocus()
            return
        if form.record is None:  # a new inmate is entered to be chosen
            self._choose(saved)
            return
        self.reload()
        self.select_inmate(saved.id)
        if self.selected() is None:  # corrected out of the search's reach: show them alone
            self.search_edit.setText(saved.register_number)
            self.reload()
            self.select_inmate(saved.id)
        self.table.setFocus()
