"""A signature on a handover: who signs and at what time (WIB), in the app or on paper.

In the app a person signs as themselves. A signature given on paper (the Ka KPR signs the
printed report) is recorded by the clerk with the scan of the signed page; the record then
shows it as signed on paper, never as if that person had signed in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.services.attachments import MAX_FILE_BYTES, PaperSignature
from rutan_desk.ui.widgets.field_errors import FieldErrors


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(moment.year, moment.month, moment.day, moment.hour, moment.minute, 0)


def to_datetime(value: QDateTime) -> datetime:
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


class SignDialog(QDialog):
    def __init__(
        self,
        title: str,
        explanation: str,
        people: Sequence[tuple[int, str]],
        default_id: int | None,
        at: datetime,
        parent: QWidget | None = None,
        *,
        own_staff_id: int | None = None,
    ) -> None:
        """``own_staff_id``: the person the signed-in account stands for; signing for anyone
        else is recording a signature on paper."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.errors = FieldErrors()
        text = QLabel(explanation)
        text.setWordWrap(True)
        form = QFormLayout()
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person_id, name in people:
            self.person_combo.addItem(name, person_id)
        completer = self.person_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if default_id is not None:
            self.person_combo.setCurrentIndex(max(self.person_combo.findData(default_id), 0))
        self.errors.add_row(form, self.tr("&Signed by"), "staff", self.person_combo)
        self.time_edit = QDateTimeEdit(to_qdatetime(at))
        self.time_edit.setDisplayFormat("dd-MM-yyyy HH.mm")
        self.time_edit.setCalendarPopup(True)
        self.errors.add_row(form, self.tr("&Time (WIB)"), "at", self.time_edit)
        self._own_staff_id = own_staff_id
        self.paper_check = QCheckBox(self.tr("Signed on &paper: I record it with the scan"))
        self.errors.add_row(form, "", "paper", self.paper_check)
        self.scan_edit = QLineEdit()
        self.scan_edit.setReadOnly(True)
        self.scan_edit.setPlaceholderText(self.tr("PDF, PNG or JPG of the signed page"))
        self.scan_button = QPushButton(self.tr("C&hoose…"))
        self.scan_button.clicked.connect(self.choose_scan)
        scan_row = QWidget()
        scan_layout = QHBoxLayout(scan_row)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        scan_layout.addWidget(self.scan_edit, 1)
        scan_layout.addWidget(self.scan_button)
        self._form = form
        self.scan_row = self.errors.add_row(
            form, self.tr("S&can"), "scan", scan_row, focus=self.scan_button
        )
        self.paper_check.toggled.connect(self._show_paper)
        self.person_combo.currentIndexChanged.connect(lambda _index: self._paper_for_others())
        buttons = QDialogButtonBox()
        self.sign_button = buttons.addButton(
            self.tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_if_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._paper_for_others()
        self._show_paper(self.paper_check.isChecked())

    def person_id(self) -> int | None:
        index = self.person_combo.findText(self.person_combo.currentText())
        return None if index < 0 else int(self.person_combo.itemData(index))

    def moment(self) -> datetime:
        return to_datetime(self.time_edit.dateTime())

    def paper(self) -> PaperSignature | None:
        """The signature on paper to record (with the scan read), or None for one in the app."""
        if not self.paper_check.isChecked():
            return None
        path = Path(self.scan_edit.text())
        return PaperSignature(self.moment().date(), path.read_bytes(), path.name)

    def choose_scan(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Scan of the signed page"),
            self.scan_edit.text(),
            self.tr("Scans (*.pdf *.png *.jpg *.jpeg)"),
        )
        if name:
            self.scan_edit.setText(name)

    def _paper_for_others(self) -> None:
        """Someone else's signature can only be one given on paper."""
        if self._own_staff_id is not None:
            chosen = self.person_id()
            self.paper_check.setChecked(chosen is not None and chosen != self._own_staff_id)

    def _show_paper(self, on_paper: bool) -> None:
        self._form.setRowVisible(self.scan_row, on_paper)
        self.sign_button.setText(self.tr("Record") if on_paper else self.tr("Sign"))

    def _accept_if_chosen(self) -> None:
        errors = []
        if self.person_id() is None:
            errors.append(FieldError("staff", "staff_not_chosen"))
        if self.paper_check.isChecked():
            path = Path(self.scan_edit.text())
            if not self.scan_edit.text():
                errors.append(FieldError("scan", "scan_required"))
            elif not path.is_file():
                errors.append(FieldError("scan", "file_unreadable"))
            elif path.stat().st_size > MAX_FILE_BYTES:
                errors.append(
                    FieldError("scan", "file_too_large", {"max_mb": MAX_FILE_BYTES // 2**20})
                )
        if errors:
            self.errors.show(errors)
            return
        self.accept()
