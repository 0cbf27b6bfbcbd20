"""The logo of the letterhead as a small picture beside its field, and the file dialog that
picks a new one (the institution profile and the first-day assistant)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

PREVIEW_SIZE = 72


class LogoPreview(QLabel):
    """The logo scaled into a framed square, or "(none)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("border: 1px solid #cccccc;")

    def show_logo(self, data: bytes | None) -> bool:
        """Show ``data``; False (and "(none)") when there is none or Qt cannot read it."""
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self.setPixmap(QPixmap())
            self.setText(QCoreApplication.translate("LogoPreview", "(none)"))
            return False
        inner = PREVIEW_SIZE - 4  # inside the frame
        self.setPixmap(
            QPixmap.fromImage(image).scaled(
                inner,
                inner,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        return True


def choose_logo_path(parent: QWidget) -> Path | None:
    """The picture file the clerk picks for the logo (None when cancelled)."""
    file_name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("LogoPreview", "Choose logo"),
        "",
        QCoreApplication.translate("LogoPreview", "Images (*.png *.jpg *.jpeg)"),
    )
    return Path(file_name) if file_name else None
