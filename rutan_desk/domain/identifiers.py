"""Identifiers typed or pasted from other scripts: NIP, NRP, register numbers, serials.

A clerk's keyboard, a PDF or a phone can hand over the same number in several scripts:
full-width digits (``１２３``), Arabic-Indic digits (``١٢٣``), or ASCII. An identifier is
compared and stored in one form, so every digit of any script becomes its ASCII digit and
every compatibility character whose NFKC form is plain ASCII (full-width letters, a
no-break space) becomes that form. Whatever else remains is refused, not guessed at: a
superscript ``¹`` or a circled ``①`` is a digit only in NFKC's eyes and, in a NIP, is more
likely a footnote mark pasted with it than a digit the clerk meant.
"""

from __future__ import annotations

import unicodedata

FOREIGN_CHARACTER = "identifier_character"  # error code, see rutan_desk.ui.messages


class IdentifierError(ValueError):
    """An identifier holding a character it cannot hold; ``code`` and ``params`` for the
    message (rutan_desk.ui.messages)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def _folded(character: str) -> str:
    if character.isascii():
        return character
    digit = unicodedata.decimal(character, None)
    if digit is not None:  # a decimal digit of any script (category Nd)
        return str(digit)
    compatible = unicodedata.normalize("NFKC", character)
    if compatible.isascii() and not any(c.isdigit() for c in compatible):
        return compatible
    return character  # left for ``foreign_character`` to name


def fold_identifier(text: str | None) -> str:
    """``text`` with every digit in ASCII and full-width letters and signs in ASCII; never
    raises. Characters with no ASCII form (``é``, ``¹``) are left as they are."""
    return "".join(_folded(character) for character in text or "")


def foreign_character(text: str) -> str | None:
    """The first character of a folded identifier that is not printable ASCII (None if all
    are): an accented letter, a superscript, a control character."""
    return next((c for c in text if not (c.isascii() and c.isprintable())), None)


def character_name(character: str) -> str:
    """How the refusal names a character: itself when it can be seen, else its code point."""
    if character.isprintable() and not character.isspace():
        return character
    return f"U+{ord(character):04X}"


def normalise_identifier(text: str | None) -> str:
    """The one stored form of an identifier (see ``fold_identifier``), or IdentifierError
    naming the first character it cannot hold."""
    folded = fold_identifier(text)
    found = foreign_character(folded)
    if found is not None:
        raise IdentifierError(FOREIGN_CHARACTER, char=character_name(found))
    return folded
