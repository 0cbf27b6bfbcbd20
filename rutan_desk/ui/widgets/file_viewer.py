"""Files kept with records, shown in the app: a photo scaled to the window, a scanned PDF page by
page (QtPdf); the clerk can save a copy. One viewer for an incident's files, a finding's photo,
the scan of a signature or approval given on paper, and an agreement's signed scan.

A file is read through ``file_bytes``, which checks it against the SHA-256 it was kept with; the
viewer shows that hash so the copy in a case file can be compared with the one kept here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.errors import FieldError
from rutan_desk.services.attachments import MAX_FILE_BYTES, file_bytes
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation

PDF = "application/pdf"


class FileViewer(QDialog):
    """One kept file: ``media_type`` says how it is shown (a PDF, else a picture)."""

    def __init__(
        self, name: str, media_type: str, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.name = name
        self.data = data
        self.pixmap = QPixmap()
        self.document: QPdfDocument | None = None
        body = self._pdf_view(data) if media_type == PDF else self._picture(data)
        hash_label = QLabel(
            self.tr("SHA-256: {hash}").format(hash=hashlib.sha256(data).hexdigest())
        )
        hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save_button = QPushButton(self.tr("&Save a copy…"))
        save_button.clicked.connect(self.save_with_dialog)
        close_button = QPushButton(self.tr("&Close"))
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(hash_label, 1)
        buttons.addWidget(save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addLayout(buttons)
        self.resize(900, 700)

    def _pdf_view(self, data: bytes) -> QWidget:
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            return self._unreadable()
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        return view

    def _picture(self, data: bytes) -> QWidget:
        self.pixmap.loadFromData(data)
        if self.pixmap.isNull():
            return self._unreadable()
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(self.pixmap)
        scroll = QScrollArea()
        scroll.setWidget(picture)
        scroll.setWidgetResizable(True)
        return scroll

    def _unreadable(self) -> QWidget:
        label = QLabel(
            self.tr("This file cannot be shown here; save a copy to open it with another program.")
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def save_with_dialog(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path(folder) / self.name)
        )
        if not chosen:
            return
        try:
            Path(chosen).write_bytes(self.data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Save a copy"),
                self.tr("The file could not be written:\n{reason}").format(reason=error.strerror),
            )


def show_kept_file(parent: QWidget, ctx: AppContext, attachment_id: int) -> None:
    """Read a kept file (checked against its hash) and show it."""

    def show(found: tuple[str, str, bytes]) -> None:
        name, media_type, data = found
        FileViewer(name, media_type, data, parent).exec()

    Operation(
        parent,
        ctx,
        lambda action: file_bytes(action.db, attachment_id),
        title=QCoreApplication.translate("FileViewer", "Open file"),
    ).on_success(show).run()


def read_chosen_file(path: Path) -> tuple[bytes | None, str]:
    """The bytes of a file the clerk chose, or None and why it cannot be kept (in Indonesian
    when the app is): unreadable or too large to be worth reading."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            error = FieldError("file", "file_too_large", {"max_mb": MAX_FILE_BYTES // 2**20})
            return None, message_for(error)
        return path.read_bytes(), ""
    except OSError:
        return None, message_for(FieldError("file", "file_unreadable"))
