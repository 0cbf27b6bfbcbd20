"""A row of the Kamtib tab for the documents of a period: a day → "Daily report…" (and its
text copied for the message to the Kanwil), a month → "Monthly recap…"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from rutan_desk.services.kamtib_reports.daily import daily_kamtib_text
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.kamtib.kamtib_previews import open_daily_report, open_monthly_recap
from rutan_desk.ui.operations import Operation


class DocumentsBar(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        today = today or ctx.today()
        self.preview: DocumentPreview | None = None
        self._operation: Operation[object] | None = None
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd-MM-yyyy")
        self.day_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.daily_button = QPushButton(self.tr("Daily report…"))
        self.daily_button.setToolTip(self.tr("The Laporan Harian Kamtib of the day"))
        self.daily_button.clicked.connect(self.open_daily)
        self.copy_button = QPushButton(self.tr("Copy as message"))
        self.copy_button.setToolTip(
            self.tr("Copy the daily report as plain text, for the message to the Kanwil")
        )
        self.copy_button.clicked.connect(self.copy_daily_text)
        self.month_edit = QDateEdit(QDate(today.year, today.month, 1))
        self.month_edit.setDisplayFormat("MM-yyyy")
        self.month_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.monthly_button = QPushButton(self.tr("Monthly recap…"))
        self.monthly_button.setToolTip(self.tr("The Rekapitulasi Gangguan Kamtib of the month"))
        self.monthly_button.clicked.connect(self.open_monthly)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Day:")))
        layout.addWidget(self.day_edit)
        layout.addWidget(self.daily_button)
        layout.addWidget(self.copy_button)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("Month:")))
        layout.addWidget(self.month_edit)
        layout.addWidget(self.monthly_button)
        layout.addStretch()

    def day(self) -> date:
        chosen = self.day_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def month(self) -> tuple[int, int]:
        chosen = self.month_edit.date()
        return chosen.year(), chosen.month()

    def _opened(self, preview: DocumentPreview) -> None:
        self.preview = preview

    def open_daily(self) -> None:
        self._operation = open_daily_report(self._ctx, self.day(), self, self._opened)  # type: ignore[assignment]

    def open_monthly(self) -> None:
        year, month = self.month()
        self._operation = open_monthly_recap(self._ctx, year, month, self, self._opened)  # type: ignore[assignment]

    def copy_daily_text(self) -> None:
        day = self.day()

        def copy(text: str) -> None:
            QGuiApplication.clipboard().setText(text)

        operation: Operation[str] = Operation(
            self, self._ctx, lambda action: daily_kamtib_text(action.db, day)
        ).on_success(copy)
        operation.run_in_background(self.tr("Preparing the text…"))
        self._operation = operation  # type: ignore[assignment]
