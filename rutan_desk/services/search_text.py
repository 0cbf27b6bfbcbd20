"""What a user types into a search box is text to look for, never a pattern.

``%`` and ``_`` are LIKE's wildcards and would match every row; they are escaped, so a search
for ``50%`` finds the rows holding ``50%``. A control character (NUL above all: SQLite's LIKE
reads a pattern only up to its NUL, so ``%\\0%`` matched every row, and PostgreSQL refuses NUL
in text) can be in no stored text the user could mean, so a search holding one finds nothing,
without an error.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, false, or_
from sqlalchemy.orm import InstrumentedAttribute

# Cc: control characters (NUL, escape…); Cs: lone surrogates, which no database can store.
_NEVER_STORED = frozenset({"Cc", "Cs"})


def search_text(typed: str | None) -> str | None:
    """The text to look for, its white space collapsed ("" when nothing was typed: the
    search narrows nothing); None when it holds a character no stored text holds (the
    search finds nothing)."""
    text = " ".join((typed or "").split())
    if any(unicodedata.category(character) in _NEVER_STORED for character in text):
        return None
    return text


def contains_text(column: InstrumentedAttribute[Any], text: str) -> ColumnElement[bool]:
    """``column`` holds ``text`` in any case, ``%`` and ``_`` taken as themselves."""
    return column.icontains(text, autoescape=True)


def any_contains(
    columns: list[InstrumentedAttribute[Any]], typed: str | None
) -> ColumnElement[bool] | None:
    """One of ``columns`` holds what was typed (``search_text``); None when nothing was typed,
    a condition no row meets when it holds a control character."""
    text = search_text(typed)
    if text is None:
        return false()
    if not text:
        return None
    return or_(*(contains_text(column, text) for column in columns))
