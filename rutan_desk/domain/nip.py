"""The civil-servant number (NIP) and the police number (NRP).

A NIP has 18 digits: birth date YYYYMMDD, month of appointment YYYYMM, a gender digit (1 man,
2 woman) and a serial NNN. It is printed grouped: ``19680411 199303 1 009``. A NIP whose dates are
impossible is a typing error, so it is refused with the reason. Digits of other scripts
(full-width, Arabic-Indic) are read as the ASCII digits they are, so the same NIP is one NIP
however it was typed; a character with no ASCII form (a superscript ``¹``) is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rutan_desk.domain.identifiers import (
    FOREIGN_CHARACTER,
    character_name,
    fold_identifier,
    foreign_character,
)

NIP_LENGTH = 18
NRP_LENGTH = 8
EARLIEST_BIRTH_YEAR = 1940
MIN_AGE_AT_APPOINTMENT = 18

_SEPARATORS = re.compile(r"[\s.\-]+")


class Gender(StrEnum):
    MALE = "L"  # laki-laki
    FEMALE = "P"  # perempuan


class NipError(ValueError):
    """A NIP that cannot be right; ``code`` says why (see rutan_desk.ui.messages)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Nip:
    digits: str
    birth_date: date
    appointed_year: int
    appointed_month: int
    gender: Gender
    serial: int

    def grouped(self) -> str:
        return format_nip(self.digits)

    def __str__(self) -> str:
        return self.digits


def clean_number(text: str) -> str:
    """Drop the spaces, dots and dashes a clerk may type or paste between digit groups, and
    write the digits of any script in ASCII (``fold_identifier``)."""
    return _SEPARATORS.sub("", fold_identifier(text))


def _only_digits(digits: str, code: str) -> None:
    """NipError naming the first character that is no ASCII digit (a cleaned number)."""
    found = foreign_character(digits)
    if found is not None:
        raise NipError(FOREIGN_CHARACTER, char=character_name(found))
    if not (digits.isascii() and digits.isdigit()):
        raise NipError(code)


def format_nip(digits: str) -> str:
    """``196804111993031009`` → ``19680411 199303 1 009``; anything else is returned as given."""
    if len(digits) != NIP_LENGTH or not (digits.isascii() and digits.isdigit()):
        return digits
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def parse_nip(text: str, *, today: date | None = None) -> Nip:
    """Read a NIP typed in any grouping; raise NipError with the first thing that is wrong."""
    today = today or date.today()
    digits = clean_number(text)
    if not digits:
        raise NipError("nip_required")
    _only_digits(digits, "nip_not_digits")
    if len(digits) != NIP_LENGTH:
        raise NipError("nip_length", length=len(digits))

    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    try:
        birth = date(year, month, day)
    except ValueError:
        raise NipError("nip_birth_date_invalid", text=digits[0:8]) from None
    if birth.year < EARLIEST_BIRTH_YEAR or birth > today:
        raise NipError("nip_birth_date_implausible", date=birth)

    appointed_year, appointed_month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= appointed_month <= 12:
        raise NipError("nip_appointment_invalid", text=digits[8:14])
    if (appointed_year, appointed_month) > (today.year, today.month):
        raise NipError("nip_appointment_future", year=appointed_year, month=appointed_month)
    adult = (birth.year + MIN_AGE_AT_APPOINTMENT, birth.month)
    if (appointed_year, appointed_month) < adult:
        raise NipError(
            "nip_appointment_too_early",
            year=appointed_year,
            month=appointed_month,
            min_age=MIN_AGE_AT_APPOINTMENT,
        )

    gender_digit = digits[14]
    if gender_digit not in "12":
        raise NipError("nip_gender_digit", digit=gender_digit)
    serial = int(digits[15:])
    if serial == 0:
        raise NipError("nip_serial_zero")

    gender = Gender.MALE if gender_digit == "1" else Gender.FEMALE
    return Nip(digits, birth, appointed_year, appointed_month, gender, serial)


def check_nrp(text: str) -> str:
    """A Polri NRP: 8 digits (the first four are the birth year and month, not checked)."""
    digits = clean_number(text)
    if not digits:
        raise NipError("nrp_required")
    _only_digits(digits, "nrp_not_digits")
    if len(digits) != NRP_LENGTH:
        raise NipError("nrp_length", length=len(digits))
    return digits
