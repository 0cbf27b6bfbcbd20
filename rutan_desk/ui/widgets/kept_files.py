"""The files of a record in its form: photos and scans added from disk (kept at once, checked and
hashed, by the service the form gives), each with a caption, opened in the app's viewer. They
belong to the record when the form is saved; removing a line takes the file off the record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from rutan_desk.services.context import ActionContext
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.messages import message_for
from rutan_desk.ui.operations import Operation
from rutan_desk.ui.widgets.file_viewer import PDF, read_chosen_file, show_kept_file
from rutan_desk.ui.widgets.line_grid import GridColumn, LineGrid

KeepFile = Callable[[ActionContext, str, bytes], int]  # (name, bytes) → attachment id


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class KeptFiles(QWidget):
    """Lines of ``{"attachment_id", "file_name", "caption", "media_type", "size"}``."""

    changed = Signal()

    def __init__(
        self, ctx: AppContext, title: str, keep: KeepFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._keep = keep
        self._locked = False
        self.grid = LineGrid(
            title,
            [
                GridColumn("file_name", self.tr("File"), read_only=True),
                GridColumn("caption", self.tr("Caption"), stretch=True),
                GridColumn("kind_text", self.tr("Kind"), read_only=True),
                GridColumn("size_text", self.tr("Size"), read_only=True),
            ],
            add_text=self.tr("Add &file…"),
            on_add=self.add_file,
        )
        self.grid.add_button.setToolTip(self.tr("Add a photo or a scan: PDF, PNG or JPG (Insert)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Show the chosen file"))
        self.open_button.clicked.connect(self.open_file)
        self.grid.buttons.insertWidget(self.grid.buttons.count() - 1, self.open_button)
        self.grid.table.doubleClicked.connect(lambda _index: self.open_file())
        self.grid.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)

    def _line(self, line: dict[str, Any]) -> dict[str, Any]:
        return {
            **line,
            "kind_text": self.tr("PDF") if line.get("media_type") == PDF else self.tr("Picture"),
            "size_text": size_text(int(line.get("size") or 0)),
        }

    def fill(self, lines: Sequence[dict[str, Any]]) -> None:
        self.grid.fill([self._line(line) for line in lines])

    def lines(self) -> list[dict[str, Any]]:
        return self.grid.lines()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.grid.set_locked(locked)

    def add_file(self, path: Path | None = None) -> None:
        """Keep a file from disk (``path``: chosen by the clerk when None) and add its line."""
        if self._locked:
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Add a file"),
                "",
                self.tr("Photos and scans (*.pdf *.png *.jpg *.jpeg)"),
            )
            if not name:
                return
            path = Path(name)
        data, refusal = read_chosen_file(path)
        if data is None:
            self.grid.show_errors([refusal])
            return
        chosen = path

        def added(attachment_id: int) -> None:
            self.grid.show_errors([])
            media_type = PDF if data.startswith(b"%PDF-") else "image"
            self.grid.add_line(
                self._line(
                    {
                        "attachment_id": attachment_id,
                        "file_name": chosen.name,
                        "caption": "",
                        "media_type": media_type,
                        "size": len(data),
                    }
                )
            )

        Operation(
            self,
            self._ctx,
            lambda action: self._keep(action, chosen.name, data),
            title=self.tr("Add a file"),
        ).on_invalid(
            lambda error: self.grid.show_errors([message_for(e) for e in error.errors])
        ).on_success(added).run()

    def open_file(self) -> None:
        row = self.grid.table.currentRow()
        if row < 0:
            return
        show_kept_file(self, self._ctx, int(self.grid.lines()[row]["attachment_id"]))
