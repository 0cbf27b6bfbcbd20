"""Bantuan → Panduan: the user guide (docs/panduan.md) in a window of its own, offline.

The guide is Markdown written for GitHub as much as for the app. Qt's Markdown reader gives
headings no anchors, so each heading gets the one GitHub would give it (``heading_anchor``),
and the table of contents' ``#links`` jump to it here too. Links out of the guide are never
followed: the office PC has no network, and the guide must not leave the app.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from rutan_desk.paths import docs_dir

GUIDE_FILE = "panduan.md"
IMAGE_WIDTH = 960  # pixels: the screenshots (1366 wide) are shown smaller, sharp enough to read

_NOT_IN_ANCHOR = re.compile(r"[^\w\- ]", re.UNICODE)


def guide_path() -> Path:
    return docs_dir() / GUIDE_FILE


def heading_anchor(title: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens
    ("Server bersama (PostgreSQL)" → "server-bersama-postgresql")."""
    return _NOT_IN_ANCHOR.sub("", title.strip().lower()).replace(" ", "-")


class GuideWindow(QWidget):
    """The guide, with its table of contents working as links; non-modal, so the clerk can
    read it beside the main window."""

    def __init__(self, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(1080, 760)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)  # every click is ours: anchors jump, nothing goes out
        self.browser.anchorClicked.connect(self.follow)
        self.note = QLabel()
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.note)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.anchors: list[str] = []
        self.load(path or guide_path())

    def load(self, path: Path) -> None:
        if not path.is_file():
            self.browser.setPlainText(
                self.tr("The user guide was not found: {path}").format(path=path)
            )
            return
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        self.anchors = _anchor_headings(self.browser.document())
        _fit_images(self.browser.document(), IMAGE_WIDTH)

    def first_heading(self) -> str:
        block = self.browser.document().begin()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.next()
        return block.text() if block.isValid() else ""

    def follow(self, url: QUrl) -> None:
        """A link to a section of the guide scrolls to it; any other is not followed."""
        within_guide = not url.path() or url.path() == self.browser.source().path()
        if url.hasFragment() and within_guide and url.scheme() in ("", "file"):
            self.note.setVisible(False)
            self.browser.scrollToAnchor(url.fragment())
            return
        self.note.setText(
            self.tr("Links outside the guide are not opened: {link}").format(
                link=url.toDisplayString()
            )
        )
        self.note.setVisible(True)


def _anchor_headings(document: QTextDocument) -> list[str]:
    """Give every heading its GitHub anchor; return them in order."""
    anchors: list[str] = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip():
            anchor = heading_anchor(block.text())
            cursor = QTextCursor(block)
            cursor.setPosition(
                block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
            )
            named = cursor.charFormat()
            named.setAnchor(True)
            named.setAnchorNames([anchor])
            cursor.mergeCharFormat(named)
            anchors.append(anchor)
        block = block.next()
    return anchors


def _fit_images(document: QTextDocument, width: int) -> None:
    """Show the screenshots at most ``width`` pixels wide, in proportion."""
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            if not fragment.charFormat().isImageFormat():
                continue
            image = fragment.charFormat().toImageFormat()
            picture = document.resource(
                QTextDocument.ResourceType.ImageResource, QUrl(image.name())
            )
            if not isinstance(picture, QImage | QPixmap) or picture.width() <= width:
                continue
            fitted = QTextImageFormat(image)
            fitted.setWidth(width)
            fitted.setHeight(picture.height() * width / picture.width())
            cursor = QTextCursor(document)
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(fitted)
        block = block.next()
