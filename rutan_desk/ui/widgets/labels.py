"""Small labels the forms share."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel


def bold_label(text: str) -> QLabel:
    """The title over a list or a grid, in bold (``text`` is plain, already translated: a
    ``self.tr()`` inside an f-string is not seen by lupdate)."""
    return QLabel(f"<b>{escape(text)}</b>")
