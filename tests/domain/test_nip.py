from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rutan_desk.domain.nip import Gender, NipError, check_nrp, format_nip, parse_nip

TODAY = date(2026, 11, 25)


def test_the_example_nip_is_read_and_grouped() -> None:
    nip = parse_nip("196804111993031009", today=TODAY)
    assert nip.birth_date == date(1968, 4, 11)
    assert (nip.appointed_year, nip.appointed_month) == (1993, 3)
    assert nip.gender is Gender.MALE
    assert nip.serial == 9
    assert nip.grouped() == "19680411 199303 1 009"


@pytest.mark.parametrize(
    "typed", ["19680411 199303 1 009", " 19680411.199303.1.009 ", "19680411-199303-1-009"]
)
def test_grouping_a_clerk_types_is_accepted(typed: str) -> None:
    assert parse_nip(typed, today=TODAY).digits == "196804111993031009"


def test_gender_digit_two_is_a_woman() -> None:
    assert parse_nip("199001152015032001", today=TODAY).gender is Gender.FEMALE


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "nip_required"),
        ("19680411 199303 1 00O", "nip_not_digits"),
        ("19680411199303100", "nip_length"),
        ("1968041119930310091", "nip_length"),
        ("196802301993031009", "nip_birth_date_invalid"),  # 30 February
        ("196813011993031009", "nip_birth_date_invalid"),  # month 13
        ("193001011960031009", "nip_birth_date_implausible"),
        ("196804111993131009", "nip_appointment_invalid"),  # appointment month 13
        ("196804111993001009", "nip_appointment_invalid"),
        ("199001152027012001", "nip_appointment_future"),
        ("199001152007012001", "nip_appointment_too_early"),  # aged 16
        ("196804111993033009", "nip_gender_digit"),
        ("196804111993031000", "nip_serial_zero"),
    ],
)
def test_impossible_nips_are_refused_with_the_reason(typed: str, code: str) -> None:
    with pytest.raises(NipError) as raised:
        parse_nip(typed, today=TODAY)
    assert raised.value.code == code


def test_leap_day_birth_is_real_only_in_leap_years() -> None:
    assert parse_nip("200002292020011001", today=TODAY).birth_date == date(2000, 2, 29)
    with pytest.raises(NipError, match="nip_birth_date_invalid"):
        parse_nip("199902292020011001", today=TODAY)


def test_appointment_in_the_current_month_is_allowed() -> None:
    assert parse_nip("200001012026111001", today=TODAY).appointed_month == 11


@st.composite
def valid_nips(draw: st.DrawFn) -> tuple[str, date, Gender]:
    birth = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2006, 12, 31)))
    earliest = birth.year + 18
    year = draw(st.integers(min_value=earliest, max_value=2026))
    month = draw(st.integers(min_value=birth.month if year == earliest else 1, max_value=12))
    if year == 2026:
        month = min(month, 11)
        if (year, month) < (earliest, birth.month):
            month = birth.month
    gender = draw(st.sampled_from([Gender.MALE, Gender.FEMALE]))
    serial = draw(st.integers(min_value=1, max_value=999))
    digit = "1" if gender is Gender.MALE else "2"
    return f"{birth:%Y%m%d}{year}{month:02d}{digit}{serial:03d}", birth, gender


@given(valid_nips())
def test_every_real_nip_parses_and_round_trips_through_its_grouping(
    case: tuple[str, date, Gender],
) -> None:
    digits, birth, gender = case
    nip = parse_nip(digits, today=TODAY)
    assert nip.birth_date == birth
    assert nip.gender is gender
    assert parse_nip(nip.grouped(), today=TODAY) == nip
    assert nip.grouped().replace(" ", "") == digits


@given(st.text(alphabet="0123456789 ", max_size=24))
def test_any_typing_either_parses_or_is_refused_with_a_code(text: str) -> None:
    try:
        nip = parse_nip(text, today=TODAY)
    except NipError as error:
        assert error.code.startswith("nip_")
    else:
        assert len(nip.digits) == 18
        assert nip.birth_date <= TODAY


def test_format_leaves_anything_but_eighteen_digits_alone() -> None:
    assert format_nip("12345") == "12345"
    assert format_nip("196804111993031009") == "19680411 199303 1 009"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("", "nrp_required"), ("8712A456", "nrp_not_digits"), ("8712345", "nrp_length")],
)
def test_polri_nrp_has_eight_digits(typed: str, code: str) -> None:
    with pytest.raises(NipError) as raised:
        check_nrp(typed)
    assert raised.value.code == code
    assert check_nrp("8712 3456") == "87123456"
