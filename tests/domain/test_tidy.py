"""``tidy`` makes one-line text as a clerk meant it (one space between words, none at the
edges) without hiding a control character: Python counts the separators U+001C–U+001F, NEL
U+0085, VT and FF as white space, and a tidy that turned them into spaces would store a
hostile value silently instead of letting the checks refuse it (issue 14)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.staff import tidy
from rutan_desk.domain.stored_values import has_forbidden_character

# Every character Python's str.isspace() accepts, and a few ordinary ones.
WHITE = [chr(c) for c in range(0x110000) if chr(c).isspace()]
HIDDEN_CONTROLS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85"]


def test_ordinary_white_space_becomes_one_space() -> None:
    assert tidy("  Regu\t I \n") == "Regu I"
    assert tidy("Blok\r\nA") == "Blok A"  # a Windows line break in a paste
    assert tidy("Blok\u00a0\u3000A") == "Blok A"  # no-break and ideographic spaces
    assert tidy(None) == ""


def test_the_control_characters_python_calls_space_are_kept_for_the_checks() -> None:
    for control in HIDDEN_CONTROLS:
        assert tidy(f" a{control}b ") == f"a{control}b"
        assert tidy(control) == control
        assert has_forbidden_character(tidy(control))


@given(st.text(st.sampled_from([*WHITE, "a", "Z", "7", "\x00", "\x1b"]), max_size=30))
def test_tidy_keeps_every_forbidden_character_and_leaves_no_run_of_spaces(text: str) -> None:
    tidied = tidy(text)
    forbidden = [c for c in text if has_forbidden_character(c) and c not in "\r"]
    assert [c for c in tidied if has_forbidden_character(c)] == forbidden
    assert "  " not in tidied and tidied == tidied.strip(" ")
    ordinary_space = [c for c in tidied if c.isspace() and c not in HIDDEN_CONTROLS]
    assert set(ordinary_space) <= {" "}
    assert tidy(tidied) == tidied
