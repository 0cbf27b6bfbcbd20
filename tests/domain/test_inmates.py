"""Register numbers are read however a clerk types them and written one way; the inmate's
name and dates in and out are checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.inmates import (
    CATEGORIES,
    EARLIEST_REGISTER_YEAR,
    MAX_SERIAL,
    InmateDraft,
    LegalStatus,
    RegisterNumber,
    RegisterNumberError,
    normalise_inmate,
    normalise_register_number,
    parse_register_number,
    read_register_number,
    register_search_key,
    stay_errors,
    validate_inmate,
)

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("A.II/123/2026", "A.II/123/2026"),
        ("a.ii / 123 / 2026", "A.II/123/2026"),
        ("  A.II/123/2026  ", "A.II/123/2026"),
        ("A II/123/2026", "A.II/123/2026"),
        ("aii/123/2026", "A.II/123/2026"),
        ("A.II/007/2026", "A.II/7/2026"),
        ("b.iia/7/2025", "B.IIa/7/2025"),
        ("B.IIA/7/2025", "B.IIa/7/2025"),
        ("B. IIb /12/ 2024", "B.IIb/12/2024"),
        ("b.i/45/2025", "B.I/45/2025"),
        ("B.III/999999/2027", "B.III/999999/2027"),  # next year's numbers are given in December
        ("A.V/1/1950", "A.V/1/1950"),
    ],
)
def test_a_register_number_is_written_one_way(typed: str, written: str) -> None:
    assert normalise_register_number(typed, today=TODAY) == (written, [])


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("A.I/1/2026", "Tahanan Penyidik"),
        ("A.II/1/2026", "Tahanan Kejaksaan"),
        ("A.III/1/2026", "Tahanan Pengadilan Negeri"),
        ("A.IV/1/2026", "Tahanan Pengadilan Tinggi"),
        ("A.V/1/2026", "Tahanan Mahkamah Agung"),
        ("B.I/1/2026", "Narapidana B.I"),
        ("B.IIa/1/2026", "Narapidana B.IIa"),
        ("B.IIb/1/2026", "Narapidana B.IIb"),
        ("B.III/1/2026", "Narapidana B.III"),
    ],
)
def test_the_number_shows_the_legal_status(typed: str, label: str) -> None:
    number = parse_register_number(typed, today=TODAY)
    assert number.label == label
    assert number.is_tahanan == typed.startswith("A")


def test_the_parts_of_a_number() -> None:
    number = parse_register_number("b.iib / 0045 / 2025", today=TODAY)
    assert number == RegisterNumber(LegalStatus.NARAPIDANA, "IIb", 45, 2025)
    assert str(number) == "B.IIb/45/2025"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "register_number_required"),
        ("   ", "register_number_required"),
        ("123/2026", "register_number_invalid"),
        ("A.II-123-2026", "register_number_invalid"),
        ("A.II/123", "register_number_invalid"),
        ("A.II/12a/2026", "register_number_invalid"),
        ("C.I/1/2026", "register_category_unknown"),
        ("A.VI/1/2026", "register_category_unknown"),
        ("A.IIa/1/2026", "register_category_unknown"),  # the a/b is for narapidana only
        ("B.II/1/2026", "register_category_unknown"),
        ("B.IV/1/2026", "register_category_unknown"),
        ("A.II/0/2026", "register_serial_invalid"),
        ("A.II/1000000/2026", "register_serial_invalid"),
        ("A.II/1/26", "register_year_invalid"),
        ("A.II/1/1949", "register_year_invalid"),
        ("A.II/1/2028", "register_year_invalid"),
        ("A.II/1/02026", "register_year_invalid"),
    ],
)
def test_impossible_numbers_are_refused_with_the_reason(typed: str, code: str) -> None:
    with pytest.raises(RegisterNumberError) as raised:
        parse_register_number(typed, today=TODAY)
    assert raised.value.code == code
    written, errors = normalise_register_number(typed, today=TODAY)
    assert [(e.field, e.code) for e in errors] == [("register_number", code)]
    assert written == " ".join(typed.split())  # kept as typed, spacing tidied


def test_the_refusals_carry_what_the_message_needs() -> None:
    _, errors = normalise_register_number("A.II/1/2030", today=TODAY)
    assert errors[0].params == {"low": EARLIEST_REGISTER_YEAR, "high": 2027}
    _, errors = normalise_register_number("b.iv/1/2026", today=TODAY)
    assert errors[0].params == {"text": "B.IV"}


def test_a_stored_number_is_read_without_the_calendar() -> None:
    number = read_register_number("A.II/123/2026")
    assert number is not None and number.label == "Tahanan Kejaksaan"
    assert read_register_number("bukan nomor") is None


def test_what_a_search_looks_for() -> None:
    assert register_search_key(" a.ii / 007 / 2026 ") == "A.II/7/2026"
    assert register_search_key("123 / 2026") == "123/2026"


# -- every valid number, however typed --------------------------------------------------------


@st.composite
def _numbers(draw: st.DrawFn) -> RegisterNumber:
    status = draw(st.sampled_from(list(LegalStatus)))
    return RegisterNumber(
        status,
        draw(st.sampled_from(CATEGORIES[status])),
        draw(st.integers(1, MAX_SERIAL)),
        draw(st.integers(EARLIEST_REGISTER_YEAR, TODAY.year + 1)),
    )


_GAP = st.sampled_from(["", " ", "  ", "\t"])


@st.composite
def _typed(draw: st.DrawFn, number: RegisterNumber) -> str:
    """The number as a clerk might type it: any case, spacing, leading zeros."""

    def case(text: str) -> str:
        return "".join(draw(st.sampled_from([ch.lower(), ch.upper()])) for ch in text)

    zeros = "0" * draw(st.integers(0, 6 - len(str(number.serial))))
    dot = draw(st.sampled_from(["", ".", ". ", " .", " "]))
    parts = [
        draw(_GAP),
        case(number.status.value),
        dot,
        case(number.category),
        draw(_GAP),
        "/",
        draw(_GAP),
        zeros + str(number.serial),
        draw(_GAP),
        "/",
        draw(_GAP),
        str(number.year),
        draw(_GAP),
    ]
    return "".join(parts)


@given(st.data(), _numbers())
def test_every_valid_number_parses_back_to_its_parts(
    data: st.DataObject, number: RegisterNumber
) -> None:
    typed = data.draw(_typed(number))
    assert parse_register_number(typed, today=TODAY) == number
    assert normalise_register_number(typed, today=TODAY) == (number.text, [])


@given(st.text(alphabet="AaBbIiVv./ 0123456789x", max_size=24))
def test_normalising_is_idempotent(text: str) -> None:
    once, errors = normalise_register_number(text, today=TODAY)
    twice, errors_again = normalise_register_number(once, today=TODAY)
    assert twice == once
    assert errors_again == errors


# -- the record -------------------------------------------------------------------------------


BASE = InmateDraft(name="Ahmad Fauzi", register_number="A.II/123/2026")


def test_a_draft_is_tidied_before_it_is_checked() -> None:
    draft = normalise_inmate(
        replace(
            BASE, name="  Ahmad   Fauzi bin  Salim ", register_number="a.ii/0123/2026", note=" x "
        ),
        today=TODAY,
    )
    assert (draft.name, draft.register_number, draft.note) == (
        "Ahmad Fauzi bin Salim",
        "A.II/123/2026",
        "x",
    )
    assert validate_inmate(draft, today=TODAY) == []


@pytest.mark.parametrize(
    ("name", "code"), [("", "name_required"), ("-", "name_no_letters"), ("A.", "name_no_letters")]
)
def test_a_name_needs_letters(name: str, code: str) -> None:
    errors = validate_inmate(replace(BASE, name=name), today=TODAY)
    assert [(e.field, e.code) for e in errors] == [("name", code)]


def test_every_field_is_reported_at_once() -> None:
    errors = validate_inmate(
        replace(BASE, name="", register_number="X", released_on=TODAY + timedelta(days=1)),
        today=TODAY,
    )
    assert [(e.field, e.code) for e in errors] == [
        ("name", "name_required"),
        ("register_number", "register_number_invalid"),
        ("released_on", "date_in_future"),
    ]


@pytest.mark.parametrize(
    ("admitted", "released", "expected"),
    [
        (None, None, []),
        (date(2026, 1, 5), None, []),
        (None, date(2026, 1, 5), []),  # the date in is not always known
        (date(2026, 1, 5), date(2026, 1, 5), []),  # in and out on one day
        (date(2026, 1, 5), TODAY, []),
        (TODAY, None, []),
        (date(2026, 1, 5), date(2026, 1, 4), [("released_on", "released_before_admitted")]),
        (TODAY + timedelta(days=1), None, [("admitted_on", "date_in_future")]),
        (None, TODAY + timedelta(days=1), [("released_on", "date_in_future")]),
        (
            TODAY + timedelta(days=2),
            TODAY + timedelta(days=1),
            [("admitted_on", "date_in_future"), ("released_on", "date_in_future")],
        ),
    ],
)
def test_the_dates_in_and_out(
    admitted: date | None, released: date | None, expected: list[tuple[str, str]]
) -> None:
    errors = stay_errors(admitted, released, today=TODAY)
    assert [(e.field, e.code) for e in errors] == expected


def test_a_date_out_before_the_date_in_names_the_date_in() -> None:
    (error,) = stay_errors(date(2026, 3, 1), date(2026, 2, 1), today=TODAY)
    assert error.params == {"admitted_on": date(2026, 3, 1)}
