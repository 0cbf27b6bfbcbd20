"""What an empty list says instead of nothing: what is missing and the buttons that fix it.

An empty list is either one where nothing was recorded yet (a new office: the clerk is told
what to record or set up first, and given the button that does it) or one whose filter or
search hides every row (the clerk is told so, and "Clear filter" shows the rows again). The
state is laid over the list's viewport, so the headings stay and no layout changes; it hides
itself as soon as there are rows to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

# The message is read at a glance: a short line, not the whole width of an office screen.
MESSAGE_WIDTH_IN_CHARACTERS = 64


class Emptiness(Enum):
    NOTHING_YET = "nothing_yet"  # nothing recorded (or set up) yet
    FILTERED = "filtered"  # there are records, the filter or search hides them all


@dataclass(frozen=True)
class Fix:
    """A button of the empty state: ``text`` (translated) runs ``run``, which is what the tab
    already does from its own button or menu."""

    text: str
    run: Callable[[], object]


def filtered_text() -> str:
    return QCoreApplication.translate(
        "EmptyState", "Nothing matches the search or the filters chosen."
    )


def clear_filter_text() -> str:
    return QCoreApplication.translate("EmptyState", "Clear filter")


class EmptyState(QFrame):
    """Laid over ``view`` (a table or list) while it has nothing to show; hidden otherwise."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.setObjectName("emptyState")
        self._viewport = view.viewport()  # kept: asked of the view, it may be going away
        self.emptiness: Emptiness | None = None
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)  # the grid lines do not show through
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self._buttons_row = QHBoxLayout()
        self._buttons_row.addStretch()
        self._buttons_row.addStretch()
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.message_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(self._buttons_row)
        layout.addStretch(2)  # a little above the middle, where the eye looks first
        # The viewport is resized after the view: measured then, its size is the new one.
        self._viewport.installEventFilter(self)
        self.hide()

    # -- what is shown --------------------------------------------------------------------
    def show_missing(self, message: str, fixes: Sequence[Fix] = ()) -> None:
        """Nothing recorded yet: ``message`` says what is missing, ``fixes`` the buttons."""
        self._show(Emptiness.NOTHING_YET, message, fixes)

    def show_filtered(self, clear: Callable[[], object], message: str | None = None) -> None:
        """Every row is hidden by the filter or search; "Clear filter" runs ``clear``."""
        self._show(
            Emptiness.FILTERED, message or filtered_text(), [Fix(clear_filter_text(), clear)]
        )

    def show_when_empty(
        self,
        *,
        shown: int,
        filtered: bool,
        clear: Callable[[], object],
        missing: str,
        fixes: Sequence[Fix] = (),
        filtered_message: str | None = None,
    ) -> None:
        """The common case in one call: hidden when ``shown`` rows are listed, else filtered
        (when a filter or search is set) or missing."""
        if shown:
            self.clear()
        elif filtered:
            self.show_filtered(clear, filtered_message)
        else:
            self.show_missing(missing, fixes)

    def clear(self) -> None:
        """There are rows: the list is shown as it is."""
        self.emptiness = None
        self.hide()

    def button(self, text: str) -> QPushButton:
        """The button whose text (without its mnemonic) is ``text``."""
        for button in self.buttons:
            if button.text().replace("&", "") == text.replace("&", ""):
                return button
        raise KeyError(text)

    def _show(self, emptiness: Emptiness, message: str, fixes: Sequence[Fix]) -> None:
        self.emptiness = emptiness
        self.message_label.setText(message)
        # One paragraph is centred; a list of what is missing reads better from the left.
        self.message_label.setAlignment(
            Qt.AlignmentFlag.AlignLeft if "\n" in message else Qt.AlignmentFlag.AlignHCenter
        )
        for button in self.buttons:
            self._buttons_row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.buttons = []
        for position, fix in enumerate(fixes, start=1):
            button = QPushButton(fix.text, self)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, run=fix.run: run())
            self._buttons_row.insertWidget(position, button)
            self.buttons.append(button)
        self._fit()
        self.show()
        self.raise_()

    # -- placing --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Cover the viewport (the rows' place), leaving the headings visible; the message
        is as wide as a short line (or the viewport), and as tall as its wrapped lines."""
        area = self._viewport.geometry()
        self.setGeometry(area)
        margins = self.layout().contentsMargins()
        width = min(
            self.fontMetrics().averageCharWidth() * MESSAGE_WIDTH_IN_CHARACTERS,
            area.width() - margins.left() - margins.right(),
        )
        width = max(width, 1)
        self.message_label.setFixedWidth(width)
        self.message_label.setFixedHeight(max(self.message_label.heightForWidth(width), 0))
