"""The preview of a document: exactly the bytes that are printed and saved.

The pages shown, printed and written to a file all come from one ``bytes`` object, so what the
clerk reads on screen is what goes into the file. A numbered document (a Surat Perintah) is
previewed as a draft; issuing it takes the next number, and the preview then shows the issued
file from the register.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import IssuedDocument
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.background import BackgroundTask

# Pages are rasterised for the printer at no more than this: sharp on paper, and an A4 page
# stays under 30 MB in memory even when the driver reports 1200 dpi.
PRINT_DPI_LIMIT = 300

# Issue the document in the action's transaction; give back its register entry and the bytes
# kept for it.
IssueJob = Callable[[ActionContext], tuple[IssuedDocument, bytes]]


def file_name_for(title: str) -> str:
    """A file name a clerk recognises, without the slashes that letter numbers contain."""
    cleaned = re.sub(r'[\\/:*?"<>|]+', "-", title).strip(" .-")
    return f"{cleaned or 'dokumen'}.pdf"


def page_setup_from(document: QPdfDocument, printer: QPrinter) -> None:
    """Paper and orientation from the document's first page (A4, F4, portrait or landscape;
    F4 is not snapped to the US Folio 8.5 × 13 in, which is 3 mm wider and longer);
    the document carries its own margins, so the printer adds none."""
    size = document.pagePointSize(0)
    landscape = size.width() > size.height()
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    page_size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageSize(page_size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setFullPage(True)


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the chosen pages onto ``printer``; returns how many pages were printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, min(last, count)) if first > 0 and last > 0 else range(count)
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for position, index in enumerate(pages):
            if position:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, pixels)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
    return len(pages)


class DocumentPreview(QDialog):
    """``issue`` is given for a numbered document that is still a draft, with the ``ctx`` to
    run it in (through the operation runner, off the GUI thread)."""

    issued = QtSignal(object)  # the IssuedDocument

    def __init__(
        self,
        pdf: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        ctx: AppContext | None = None,
        issue: IssueJob | None = None,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        if issue is not None and ctx is None:
            raise ValueError("issuing a document needs the app context")
        self.setWindowTitle(title)
        self.pdf = b""
        self._title = title
        self._ctx = ctx
        self._issue = issue
        self._task: BackgroundTask | None = None
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page())
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._follow_scroll())
        self.note_label = QLabel(note)
        self.note_label.setWordWrap(True)
        self.pages_label = QLabel()

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_with_dialog)
        self.issue_button = QPushButton(self.tr("&Issue with the next number…"))
        self.issue_button.setVisible(issue is not None)
        self.issue_button.clicked.connect(self.confirm_and_issue)
        close_button = QPushButton(self.tr("&Close"))
        close_button.clicked.connect(self.reject)

        self.fit_width_button = QPushButton(self.tr("Fit &width"))
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.fit_page_button = QPushButton(self.tr("Whole pa&ge"))
        self.fit_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        )
        self.zoom_in_button = QPushButton("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1.25))
        self.zoom_out_button = QPushButton("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(0.8))
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous_button.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.next_button.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        for button in (self.zoom_in_button, self.zoom_out_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("MM") + 16)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("MM") + 16)
        viewing = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.pages_label,
            self.next_button,
            self.fit_width_button,
            self.fit_page_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            viewing.addWidget(widget)
        viewing.addStretch()
        buttons = QHBoxLayout()
        buttons.addLayout(viewing)
        buttons.addStretch()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.show_pdf(pdf)
        self._fit_screen()

    def show_pdf(self, pdf: bytes) -> None:
        """Show ``pdf``; from now on it is what is printed and saved."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError(f"the document could not be read: {self.document.error()}")
        self.pdf = pdf
        self._show_page()

    # -- viewing --------------------------------------------------------------------------------
    def _fit_screen(self) -> None:
        """As tall as the screen's free area allows (an office screen is 1366 × 768): the
        buttons stay on screen, and the page is about as wide as A4 at a readable size."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else QRect(0, 0, 1366, 728)
        height = min(1000, available.height() - 60)  # the window's frame and title
        width = min(900, available.width() - 40)
        self.resize(width, height)

    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        """Show page ``page`` (0-based) at its top; beyond the ends, the first or last."""
        last = max(self.document.pageCount() - 1, 0)
        page = min(max(page, 0), last)
        self.view.pageNavigator().jump(page, QPointF(0, 0), self.view.pageNavigator().currentZoom())
        self._show_page()

    def zoom_by(self, factor: float) -> None:
        zoom = min(max(self.view.zoomFactor() * factor, 0.25), 4.0)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def _follow_scroll(self) -> None:
        """The page shown at the top of the view is the current one, as the clerk scrolls."""
        count = self.document.pageCount()
        bar = self.view.verticalScrollBar()
        if count <= 1 or bar.maximum() <= 0:
            return
        span = bar.maximum() + bar.pageStep()
        page = min(int(bar.value() / span * count + 0.25), count - 1)
        if page != self.current_page():
            self.view.pageNavigator().update(page, QPointF(0, 0), self.view.zoomFactor())
        self._show_page()

    def _show_page(self) -> None:
        count = self.document.pageCount()
        page = self.current_page()
        self.pages_label.setText(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count)
        )
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    # -- saving and printing ------------------------------------------------------------------
    def save_to(self, path: Path) -> None:
        path.write_bytes(self.pdf)

    def save_with_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / file_name_for(self._title))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self.save_to(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save as PDF"),
                self.tr("The file could not be written:\n{reason}").format(reason=error.strerror),
            )

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        page_setup_from(self.document, printer)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_document(self.document, printer)
        except OSError:
            QMessageBox.warning(
                self,
                self.tr("Print"),
                self.tr("The printer could not be opened. Check that it is on and connected."),
            )

    # -- issuing ------------------------------------------------------------------------------
    def confirm_and_issue(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Issue the document"),
            self.tr(
                "Give this document the next number of the register? An issued number is never "
                "used again; a mistake is corrected by cancelling it with a reason."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.issue_now()

    def issue_now(self) -> None:
        if self._issue is None or self._ctx is None:
            return
        self.issue_button.setEnabled(False)
        self._task = (
            Operation(self, self._ctx, self._issue, title=self.tr("Issue the document"))
            .on_success(self._on_issued)
            .after_failure(lambda _error: self.issue_button.setEnabled(True))
            .run_in_background(self.tr("Issuing…"))
        )

    def _on_issued(self, result: tuple[IssuedDocument, bytes]) -> None:
        document, pdf = result
        self._issue = None
        self.issue_button.hide()
        self._title = f"{self._title} {document.number}"
        self.setWindowTitle(self._title)
        self.note_label.setText(
            self.tr("Issued as number {number}. This is the file kept in the register.").format(
                number=document.number
            )
        )
        self.show_pdf(pdf)
        self.issued.emit(document)
