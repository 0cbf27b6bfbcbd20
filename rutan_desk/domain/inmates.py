"""An inmate as the security office knows them: a short record, not the national file.

The national system (SDP) keeps the inmate files; here an inmate is a name, a register number,
a block and the dates in and out, entered when first needed and reused by incidents, searches
and handovers. The register number is what tells two people of the same name apart, so it is
read strictly and written one way only: ``a.ii / 007 / 2026`` is stored as ``A.II/7/2026``,
and the same person typed twice is found as a duplicate.

The number also shows the legal status: **A** for tahanan, by the authority holding them (A.I
penyidik … A.V Mahkamah Agung), **B** for narapidana, by the length of the sentence (B.I, B.IIa,
B.IIb, B.III). Local usage varies, so the sub-category is shown, never relied on by a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.identifiers import (
    FOREIGN_CHARACTER,
    character_name,
    fold_identifier,
    foreign_character,
)
from rutan_desk.domain.staff import tidy

EARLIEST_REGISTER_YEAR = 1950
MAX_SERIAL = 999_999  # six digits


class LegalStatus(StrEnum):
    TAHANAN = "A"  # detained pending investigation, prosecution or trial
    NARAPIDANA = "B"  # sentenced


# The sub-categories each status letter has, in the order they are written.
CATEGORIES: dict[LegalStatus, tuple[str, ...]] = {
    LegalStatus.TAHANAN: ("I", "II", "III", "IV", "V"),
    LegalStatus.NARAPIDANA: ("I", "IIa", "IIb", "III"),
}

_LABELS: dict[tuple[LegalStatus, str], str] = {
    (LegalStatus.TAHANAN, "I"): "Tahanan Penyidik",
    (LegalStatus.TAHANAN, "II"): "Tahanan Kejaksaan",
    (LegalStatus.TAHANAN, "III"): "Tahanan Pengadilan Negeri",
    (LegalStatus.TAHANAN, "IV"): "Tahanan Pengadilan Tinggi",
    (LegalStatus.TAHANAN, "V"): "Tahanan Mahkamah Agung",
    **{
        (LegalStatus.NARAPIDANA, category): f"Narapidana B.{category}"
        for category in CATEGORIES[LegalStatus.NARAPIDANA]
    },
}

# Letter, an optional dot, the roman sub-category (with a/b for B.II), then /serial/year; the
# spacing and the case are a clerk's and do not count.
_SHAPE = re.compile(
    r"^(?P<status>[A-Za-z])\s*\.?\s*(?P<category>[IVXivx]+[ABab]?)"
    r"\s*/\s*(?P<serial>\d+)\s*/\s*(?P<year>\d+)$"
)
_SPACES = re.compile(r"\s+")


class RegisterNumberError(ValueError):
    """A register number that cannot be right; ``code`` says why (see rutan_desk.ui.messages)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class RegisterNumber:
    """A register number read into its parts: ``A.II/123/2026`` is a tahanan of the
    prosecutor (sub-category ``II``), serial 123 of 2026."""

    status: LegalStatus
    category: str
    serial: int
    year: int

    @property
    def text(self) -> str:
        """The one way it is written and stored."""
        return f"{self.status.value}.{self.category}/{self.serial}/{self.year}"

    @property
    def label(self) -> str:
        """The legal status in the office's words: "Tahanan Kejaksaan", "Narapidana B.I"."""
        return _LABELS[(self.status, self.category)]

    @property
    def is_tahanan(self) -> bool:
        return self.status is LegalStatus.TAHANAN

    def __str__(self) -> str:
        return self.text


def _category(text: str) -> str:
    """``iia`` → ``IIa``: the numeral in capitals, the letter of B.II small."""
    upper = text.upper()
    return upper[:-1] + upper[-1].lower() if upper[-1] in "AB" else upper


def _read(text: str, *, today: date | None) -> RegisterNumber:
    """The parts of a number; with ``today``, the year is checked against the calendar too."""
    compact = tidy(fold_identifier(text))  # full-width or Arabic-Indic digits read as ASCII
    if not compact:
        raise RegisterNumberError("register_number_required")
    match = _SHAPE.match(compact)
    if match is None:
        found = foreign_character(compact)
        if found is not None:
            raise RegisterNumberError(FOREIGN_CHARACTER, char=character_name(found))
        raise RegisterNumberError("register_number_invalid")
    letter = match["status"].upper()
    category = _category(match["category"])
    status = next((s for s in LegalStatus if s.value == letter), None)
    if status is None or category not in CATEGORIES[status]:
        raise RegisterNumberError("register_category_unknown", text=f"{letter}.{category}")
    serial = int(match["serial"])
    if not 1 <= serial <= MAX_SERIAL:
        raise RegisterNumberError("register_serial_invalid", max=MAX_SERIAL)
    year = int(match["year"])
    if today is not None and (
        len(match["year"]) != 4 or not EARLIEST_REGISTER_YEAR <= year <= today.year + 1
    ):
        raise RegisterNumberError(
            "register_year_invalid", low=EARLIEST_REGISTER_YEAR, high=today.year + 1
        )
    return RegisterNumber(status, category, serial, year)


def parse_register_number(text: str, *, today: date) -> RegisterNumber:
    """Read a register number as typed (any case, any spacing, leading zeros in the serial);
    raise RegisterNumberError with the reason it cannot be one. The year has four digits and
    may be next year's (a number given in the last days of December), not later, nor before
    1950."""
    return _read(text, today=today)


def read_register_number(text: str) -> RegisterNumber | None:
    """The parts of a stored number, for showing its legal status (None if it has none)."""
    try:
        return _read(text, today=None)
    except RegisterNumberError:
        return None


def normalise_register_number(text: str, *, today: date) -> tuple[str, list[FieldError]]:
    """The number as it is stored and the reasons it cannot be stored (none when valid). An
    invalid number comes back with its spacing tidied, so that the form keeps what was typed."""
    try:
        return parse_register_number(text, today=today).text, []
    except RegisterNumberError as error:
        return tidy(text), [FieldError("register_number", error.code, dict(error.params))]


def register_search_key(text: str) -> str:
    """What a typed (part of a) number is looked for as: no spaces, the serial without leading
    zeros when the whole number is given."""
    number = read_register_number(text)
    return number.text if number is not None else _SPACES.sub("", fold_identifier(text))


# -- the record ---------------------------------------------------------------------------


@dataclass(frozen=True)
class InmateDraft:
    """What the form sends: raw text, made storable by ``normalise_inmate`` and checked by
    ``validate_inmate``."""

    name: str
    register_number: str
    block_id: int | None = None
    admitted_on: date | None = None  # in this Rutan since
    released_on: date | None = None  # left it (released, transferred) on
    note: str = ""


def normalise_inmate(draft: InmateDraft, *, today: date) -> InmateDraft:
    """Tidy the name and note; write a valid register number the one stored way."""
    number, _ = normalise_register_number(draft.register_number, today=today)
    return replace(
        draft,
        name=tidy(draft.name),
        register_number=number,
        note=(draft.note or "").strip(),
    )


def name_errors(name: str) -> list[FieldError]:
    if not name:
        return [FieldError("name", "name_required")]
    if sum(ch.isalpha() for ch in name) < 2:
        return [FieldError("name", "name_no_letters")]
    return []


def stay_errors(
    admitted_on: date | None, released_on: date | None, *, today: date
) -> list[FieldError]:
    """The dates in and out: what happened, so neither after today, and out not before in."""
    errors: list[FieldError] = []
    if admitted_on is not None and admitted_on > today:
        errors.append(FieldError("admitted_on", "date_in_future", {"today": today}))
    if released_on is not None and released_on > today:
        errors.append(FieldError("released_on", "date_in_future", {"today": today}))
    elif admitted_on is not None and released_on is not None and released_on < admitted_on:
        errors.append(
            FieldError("released_on", "released_before_admitted", {"admitted_on": admitted_on})
        )
    return errors


def validate_inmate(draft: InmateDraft, *, today: date) -> list[FieldError]:
    """Every reason the (normalised) draft cannot be saved, one per field at most."""
    errors = name_errors(draft.name)
    errors += normalise_register_number(draft.register_number, today=today)[1]
    errors += stay_errors(draft.admitted_on, draft.released_on, today=today)
    return errors
