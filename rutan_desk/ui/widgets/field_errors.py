"""Error messages shown directly under the field they are about."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from rutan_desk.domain.errors import FieldError
from rutan_desk.ui.messages import message_for

ERROR_STYLE = "color: #b00020;"
_INVALID_STYLE = "border: 1px solid #b00020;"


def error_label(*, wrap: bool = True) -> QLabel:
    """An empty label in the error colour, for what is wrong with the input above it."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(wrap)
    return label


class FieldErrors:
    """Keeps, for each field name, its input widget and the label that explains what is wrong."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel, QWidget]] = {}
        self._order: list[str] = []

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        widget: QWidget,
        focus: QWidget | None = None,
    ) -> QWidget:
        """Add ``widget`` to ``form`` with an (initially hidden) error label beneath it.
        ``focus`` is the input inside a composite ``widget`` that gets the cursor on error."""
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = error_label()
        error.setObjectName(f"error_{name}")
        error.hide()
        layout.addWidget(error)
        caption = QLabel(label)
        # Alt+letter of the label must reach the input itself, not its container.
        caption.setBuddy(focus or widget)
        form.addRow(caption, container)
        self._fields[name] = (focus or widget, error, container)
        self._order.append(name)
        return container

    def container(self, name: str) -> QWidget:
        return self._fields[name][2]

    def clear(self) -> None:
        for widget, error, _ in self._fields.values():
            error.clear()
            error.hide()
            widget.setStyleSheet("")

    def show(self, errors: Iterable[FieldError]) -> str | None:
        """Show each error beside its field and focus the first field in form order.
        Returns the name of that field (or None when no error matched a field)."""
        self.clear()
        shown: set[str] = set()
        for error in errors:
            if error.field in shown or error.field not in self._fields:
                continue
            widget, label, _ = self._fields[error.field]
            label.setText(message_for(error))
            label.show()
            widget.setStyleSheet(_INVALID_STYLE)
            shown.add(error.field)
        for name in self._order:
            if name in shown and self._fields[name][2].isVisibleTo(self._fields[name][2].window()):
                self._fields[name][0].setFocus()
                return name
        return next(iter(shown), None)

    def text(self, name: str) -> str:
        """The message now shown for a field ('' when none)."""
        label = self._fields[name][1]
        return label.text() if not label.isHidden() else ""

    def unplaced(self, errors: Iterable[FieldError]) -> list[FieldError]:
        """Errors about fields this form does not show, to be reported another way."""
        return [error for error in errors if error.field not in self._fields]
