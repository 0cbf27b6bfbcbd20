"""Identifiers typed in other scripts: one stored form, or a refusal with a code."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.identifiers import (
    FOREIGN_CHARACTER,
    IdentifierError,
    fold_identifier,
    normalise_identifier,
)
from rutan_desk.domain.inmates import (
    RegisterNumberError,
    parse_register_number,
    register_search_key,
)
from rutan_desk.domain.nip import NipError, check_nrp, parse_nip

TODAY = date(2026, 12, 1)
NIP = "196804111993031009"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


@pytest.mark.parametrize("table", [FULL_WIDTH, ARABIC_INDIC, DEVANAGARI])
def test_digits_of_other_scripts_are_the_same_nip(table: dict[int, str]) -> None:
    assert parse_nip(NIP.translate(table), today=TODAY).digits == NIP
    mixed = NIP[:9] + NIP[9:].translate(table)  # a paste in the middle of typing
    assert parse_nip(mixed, today=TODAY).digits == NIP
    grouped = "19680411 199303 1 009".translate(table).replace(" ", "\u3000")
    assert parse_nip(grouped, today=TODAY).digits == NIP  # ideographic spaces too


@pytest.mark.parametrize(
    ("typed", "char"),
    [
        ("19680411 199303 1 00\u00b9", "\u00b9"),  # superscript one: a footnote mark
        ("19680411 199303 1 0\u2460\u2461", "\u2460"),  # circled digits
        ("19680411\x00199303 1 009", "U+0000"),
        ("19680411 199303 1 00é", "é"),
    ],
)
def test_a_character_with_no_ascii_form_is_refused_by_name(typed: str, char: str) -> None:
    with pytest.raises(NipError) as raised:
        parse_nip(typed, today=TODAY)
    assert (raised.value.code, raised.value.params) == (FOREIGN_CHARACTER, {"char": char})
    with pytest.raises(NipError) as raised:
        check_nrp("8705328\u00b3")
    assert raised.value.code == FOREIGN_CHARACTER


def test_an_nrp_in_full_width_or_arabic_digits_is_the_ascii_nrp() -> None:
    assert check_nrp("87053286".translate(FULL_WIDTH)) == "87053286"
    assert check_nrp("8705 3286".translate(ARABIC_INDIC)) == "87053286"


def test_a_register_number_in_full_width_is_the_one_written_form() -> None:
    typed = "Ａ．ＩＩ／０１２３／２０２６"
    assert parse_register_number(typed, today=TODAY).text == "A.II/123/2026"
    assert parse_register_number("a.ii/١٢٣/٢٠٢٦", today=TODAY).text == "A.II/123/2026"
    assert register_search_key("１２３/2026") == "123/2026"
    with pytest.raises(RegisterNumberError) as raised:
        parse_register_number("A.II/12\u00b3/2026", today=TODAY)
    assert (raised.value.code, raised.value.params) == (FOREIGN_CHARACTER, {"char": "\u00b3"})


def test_full_width_letters_and_signs_fold_to_ascii() -> None:
    assert normalise_identifier("ＳＳ２-Ｖ１ No. ００７") == "SS2-V1 No. 007"
    assert fold_identifier("P1\u00a00001") == "P1 0001"  # a no-break space from a document
    with pytest.raises(IdentifierError) as raised:
        normalise_identifier("P1-0001\u00b2")
    assert raised.value.params == {"char": "\u00b2"}


@given(st.text(max_size=40))
def test_any_text_is_an_ascii_identifier_or_refused_with_the_code(text: str) -> None:
    try:
        normalised = normalise_identifier(text)
    except IdentifierError as error:
        assert error.code == FOREIGN_CHARACTER
        assert isinstance(error.params["char"], str) and error.params["char"]
    else:
        assert normalised.isascii() and normalised.isprintable()
        assert normalise_identifier(normalised) == normalised  # one stored form


@given(st.text(max_size=30))
def test_any_typing_of_a_nip_parses_or_is_refused_with_a_code(text: str) -> None:
    try:
        nip = parse_nip(text, today=TODAY)
    except NipError as error:
        assert error.code.startswith("nip_") or error.code == FOREIGN_CHARACTER
    else:
        assert nip.digits.isascii() and len(nip.digits) == 18


@given(
    st.lists(st.sampled_from([FULL_WIDTH, ARABIC_INDIC, DEVANAGARI, {}]), min_size=18, max_size=18)
)
def test_a_nip_typed_digit_by_digit_in_any_script_is_one_nip(tables: list[dict[int, str]]) -> None:
    typed = "".join(digit.translate(table) for digit, table in zip(NIP, tables, strict=True))
    assert parse_nip(typed, today=TODAY).digits == NIP


@given(st.text(max_size=30))
def test_any_typing_of_an_nrp_or_register_number_never_crashes(text: str) -> None:
    try:
        assert check_nrp(text).isascii()
    except NipError as error:
        assert error.code.startswith("nrp_") or error.code == FOREIGN_CHARACTER
    try:
        assert parse_register_number(text, today=TODAY).text.isascii()
    except RegisterNumberError as error:
        assert error.code.startswith("register_") or error.code == FOREIGN_CHARACTER
