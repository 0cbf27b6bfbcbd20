"""The documents row of the Kamtib tab: a day's report and a month's recap in the preview,
issued from there, and the day's report copied as a message for the Kanwil."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from rutan_desk.services.documents import register as documents
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.kamtib.documents_bar import DocumentsBar

DAY = date(2024, 1, 31)


def words(preview: DocumentPreview) -> str:
    pages = PdfReader(io.BytesIO(preview.pdf)).pages  # type: ignore[attr-defined]
    return " ".join(" ".join((p.extract_text() or "").split()) for p in pages)


def a_bar(qtbot: QtBot, ctx: AppContext) -> DocumentsBar:
    bar = DocumentsBar(ctx, today=date(2024, 2, 1))
    qtbot.addWidget(bar)
    bar.show()
    bar.day_edit.setDate(QDate(2024, 1, 31))
    bar.month_edit.setDate(QDate(2024, 1, 1))
    return bar


def test_the_daily_report_of_the_chosen_day_is_previewed_and_issued(
    qtbot: QtBot, ctx: AppContext
) -> None:
    bar = a_bar(qtbot, ctx)
    assert bar.day() == DAY
    qtbot.mouseClick(bar.daily_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.preview is not None, timeout=15000)
    preview = bar.preview
    assert preview is not None
    qtbot.addWidget(preview)
    text = words(preview)
    assert "LAPORAN HARIAN KAMTIB" in text and "Rabu, 31 Januari 2024" in text
    assert "II. GANGGUAN KAMTIB NIHIL" in text
    preview.issue_now()
    qtbot.waitUntil(lambda: not preview.issue_button.isVisible(), timeout=15000)
    (issued,) = documents.register(ctx.db)
    assert issued.kind == "laporan_harian_kamtib"

    bar.preview = None  # opened again: the issued file, with its number
    qtbot.mouseClick(bar.daily_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.preview is not None, timeout=15000)
    assert bar.preview is not None
    qtbot.addWidget(bar.preview)
    assert f"NOMOR {issued.number}" in words(bar.preview)


def test_the_monthly_recap_of_the_chosen_month(qtbot: QtBot, ctx: AppContext) -> None:
    bar = a_bar(qtbot, ctx)
    assert bar.month() == (2024, 1)
    qtbot.mouseClick(bar.monthly_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.preview is not None, timeout=15000)
    assert bar.preview is not None
    qtbot.addWidget(bar.preview)
    text = words(bar.preview)
    assert "REKAPITULASI GANGGUAN KAMTIB" in text and "Bulan Januari 2024" in text


def test_the_daily_report_is_copied_as_a_message(qtbot: QtBot, ctx: AppContext) -> None:
    bar = a_bar(qtbot, ctx)
    QGuiApplication.clipboard().setText("")
    qtbot.mouseClick(bar.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "", timeout=15000)
    message = QGuiApplication.clipboard().text()
    assert message.startswith("*LAPORAN HARIAN KAMTIB*")
    assert "Rabu, 31 Januari 2024" in message and message.count("NIHIL") == 4
