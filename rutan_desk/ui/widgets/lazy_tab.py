"""A tab whose content is built the first time it is shown.

Each area's tab imports its services and widgets; building them all at start-up would make the
app slower to open with every area added. The tab itself is real from the start (its title is in
the tab bar); what it shows is created on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

ContentT = TypeVar("ContentT", bound=QWidget)


class LazyTab(QWidget, Generic[ContentT]):
    def __init__(self, build: Callable[[], ContentT], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: ContentT | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def loaded(self) -> bool:
        return self._content is not None

    def content(self) -> ContentT:
        """The real tab content, built now if it was not yet."""
        if self._content is None:
            self._content = self._build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._content)
        return self._content
