"""Importing the staff list an office keeps in Excel: a preview that says what each row would
do, then the import of the good rows in one transaction.

Each row is read into a draft and checked by the registry's own rules (``draft_errors``), then
matched by NIP against the registry read once: a person not there is NEW, one whose fields
differ is an UPDATE (the preview names the fields), one that matches is UNCHANGED, and a row
that cannot be stored is an ERROR with its reasons. Importing the same file twice finds every
row UNCHANGED and writes nothing.

Only own staff (with a NIP) are imported; external personnel have no number in common use in
such lists. On an update, an empty phone or note cell keeps what the registry has (a list
without phone numbers does not erase them); the other fields are required anyway.

The import plans the rows again inside its transaction and refuses everything when the plan
differs from the preview the clerk saw (a row that became invalid, a person changed by someone
else meanwhile): the clerk previews again and sees what changed, instead of an import that does
something other than what was shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.nip import clean_number
from rutan_desk.domain.ranks import CIVIL_SERVICE_RANKS
from rutan_desk.domain.staff import StaffDraft, StaffKind, tidy
from rutan_desk.services.context import ActionContext
from rutan_desk.services.imports import planning
from rutan_desk.services.imports.planning import (
    RowStatus,
    header_of,
    repeated_lines,
    status_counts,
    text_cell,
)
from rutan_desk.services.imports.sheet import (
    CellKind,
    CellValue,
    HeaderGuess,
    RawRow,
    RawTable,
    cell_kind,
    shown_value,
)
from rutan_desk.services.imports.template import TEXT_FORMAT, TemplateColumn, write_template
from rutan_desk.services.imports.writing import ImportResult, write_plan
from rutan_desk.services.incidents.search import reindex_incidents_naming
from rutan_desk.services.staff.records import StaffRecord, staff_record
from rutan_desk.services.staff.registry import apply_draft, draft_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.staff import StaffRow


class StaffField(StrEnum):
    """A field of the registry a column can be mapped to (the draft's attribute names)."""

    NIP = "nip"
    NAME = "name"
    GOLONGAN = "golongan"
    POSITION = "position"
    UNIT = "unit"
    PHONE = "phone"
    NOTE = "note"


REQUIRED_FIELDS = (StaffField.NIP, StaffField.NAME)
KEPT_WHEN_EMPTY = (StaffField.PHONE, StaffField.NOTE)  # an empty cell keeps the registry's

# The headers each field goes by in the lists offices keep (spelling and spacing do not count).
STAFF_HEADERS = HeaderGuess(
    {
        StaffField.NIP: ("NIP", "NIP Baru", "No NIP", "Nomor Induk Pegawai"),
        StaffField.NAME: ("Nama", "Nama Pegawai", "Nama Lengkap", "Nama Petugas", "Name"),
        StaffField.GOLONGAN: (
            "Pangkat/Gol",
            "Pangkat/Golongan",
            "Pangkat/Gol. Ruang",
            "Pangkat",
            "Golongan",
            "Gol",
            "Gol. Ruang",
            "Rank",
        ),
        StaffField.POSITION: ("Jabatan", "Nama Jabatan", "Position"),
        StaffField.UNIT: ("Unit", "Unit Kerja", "Regu", "Bagian", "Seksi", "Satuan Kerja"),
        StaffField.PHONE: ("Telepon", "Telp", "No Telp", "HP", "No HP", "Nomor HP", "Telp/HP"),
        StaffField.NOTE: ("Keterangan", "Ket", "Catatan", "Note"),
    }
)

TEMPLATE_HEADERS: dict[StaffField, str] = {
    StaffField.NIP: "NIP",
    StaffField.NAME: "Nama",
    StaffField.GOLONGAN: "Pangkat/Gol",
    StaffField.POSITION: "Jabatan",
    StaffField.UNIT: "Unit",
    StaffField.PHONE: "Telepon",
    StaffField.NOTE: "Keterangan",
}


@dataclass(frozen=True)
class PlannedRow:
    """What importing one row of the file would do."""

    line: int  # the spreadsheet's row number
    status: RowStatus
    name: str  # as read, for the preview (also for a row in error)
    nip: str
    draft: StaffDraft | None = None  # as it would be stored (NEW, UPDATE, UNCHANGED)
    staff_id: int | None = None  # the person it matches (UPDATE, UNCHANGED)
    version: int | None = None
    changed: tuple[StaffField, ...] = ()  # the fields an UPDATE changes
    errors: tuple[FieldError, ...] = ()


class ImportPreview(planning.Preview[StaffField, PlannedRow]):
    """What importing a list of people would do, row by row."""


# -- reading a row --------------------------------------------------------------------------

_GOLONGAN = re.compile(r"\b(IV|III|II|I)\s*[/\-.]?\s*([A-Ea-e])\b")
_TINGKAT = re.compile(r"\s+(tk\.?|tingkat)\s*(i|1)$")
_RANK_BY_NAME = {rank.name.casefold(): rank.golongan for rank in CIVIL_SERVICE_RANKS}
_SCIENTIFIC = re.compile(r"^\s*\d+([.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")


def read_golongan(text: str) -> str:
    """The golongan in the ways lists write it: ``III/a``, ``III-a``, ``iii a``,
    ``Penata Muda (III/a)``, or the pangkat alone (``Penata Muda Tk. I``). Anything else is
    returned tidied, for the registry's check to name it as an unknown rank."""
    tidied = tidy(text)
    match = _GOLONGAN.search(tidied.upper())
    if match is not None:
        return f"{match[1]}/{match[2].lower()}"
    name = _TINGKAT.sub(" tingkat i", tidied.casefold().rstrip("."))
    return _RANK_BY_NAME.get(name, tidied)


def _nip_cell(value: CellValue) -> tuple[str, FieldError | None]:
    """A NIP must come as text: Excel keeps only 15 significant digits of a number, so an
    18-digit NIP typed into a number cell has lost its last digits (and a .csv saved from
    such a sheet says 1.96804E+17). Refused with the way to fix it, never guessed back."""
    kind = cell_kind(value)
    if kind is CellKind.NUMBER or (kind is CellKind.TEXT and _SCIENTIFIC.match(str(value))):
        return "", FieldError("nip", "import_nip_number", {"value": shown_value(value)})
    if kind is CellKind.TEXT:
        return str(value), None
    if kind is CellKind.EMPTY:
        return "", None
    return "", FieldError(
        "nip", "import_cell_not_text", {"column": "NIP", "value": shown_value(value)}
    )


def _phone_cell(value: CellValue) -> tuple[str, FieldError | None]:
    if cell_kind(value) is CellKind.NUMBER:  # 081234567890 became 81234567890
        return "", FieldError("phone", "import_phone_number", {"value": shown_value(value)})
    return text_cell(StaffField.PHONE, value, "")


def _read_row(
    row: RawRow, mapping: Mapping[StaffField, int], headers: tuple[str, ...]
) -> tuple[dict[StaffField, str], list[FieldError]]:
    values: dict[StaffField, str] = {}
    errors: list[FieldError] = []
    for name, column in mapping.items():
        value = row.cell(column)
        header = header_of(headers, column)
        if name is StaffField.NIP:
            text, error = _nip_cell(value)
        elif name is StaffField.PHONE:
            text, error = _phone_cell(value)
        else:
            integers = name in (StaffField.UNIT, StaffField.NOTE)
            text, error = text_cell(name, value, header, integers=integers)
        if name is StaffField.GOLONGAN and text:
            text = read_golongan(text)
        values[name] = text
        if error is not None:
            errors.append(error)
    return values, errors


# -- planning -------------------------------------------------------------------------------


def check_mapping(mapping: Mapping[StaffField, int]) -> None:
    """ValidationError when a required field has no column, or two fields share one."""
    planning.check_mapping(mapping, REQUIRED_FIELDS)


def _internal_staff(session: Session) -> dict[str, StaffRecord]:
    """Own staff by NIP, read in one query (a plan never queries per row)."""
    table = StaffRow.__table__.c
    rows = session.connection().execute(select(*table).where(table.kind == StaffKind.INTERNAL))
    return {row.nip: staff_record(row) for row in rows}


def _plan_row(
    row: RawRow,
    mapping: Mapping[StaffField, int],
    headers: tuple[str, ...],
    existing: Mapping[str, StaffRecord],
    today: date,
) -> PlannedRow:
    values, errors = _read_row(row, mapping, headers)
    nip = clean_number(values.get(StaffField.NIP, ""))
    name = tidy(values.get(StaffField.NAME, ""))
    known = existing.get(nip) if nip else None
    given: dict[str, object] = {
        name_.value: text
        for name_, text in values.items()
        if not (known is not None and name_ in KEPT_WHEN_EMPTY and not text)
    }
    base = known.to_draft() if known is not None else StaffDraft(StaffKind.INTERNAL, name="")
    draft, problems = draft_errors(replace(base, **given), today=today)  # type: ignore[arg-type]
    reported = {error.field for error in errors}
    errors += [problem for problem in problems if problem.field not in reported]
    if errors:
        return PlannedRow(row.line, RowStatus.ERROR, name, nip, errors=tuple(errors))
    if known is None:
        return PlannedRow(row.line, RowStatus.NEW, draft.name, nip, draft)
    changed = tuple(f for f in StaffField if getattr(draft, f.value) != getattr(known, f.value))
    status = RowStatus.UPDATE if changed else RowStatus.UNCHANGED
    return PlannedRow(row.line, status, draft.name, nip, draft, known.id, known.version, changed)


def _twice_in_file(rows: list[PlannedRow]) -> list[PlannedRow]:
    """Both (all) rows of a NIP the file holds more than once become errors naming the
    others: the importer cannot know which one is right."""
    repeats = repeated_lines((planned.line, planned.nip) for planned in rows)
    result: list[PlannedRow] = []
    for planned in rows:
        others = repeats.get(planned.line)
        if others is None:
            result.append(planned)
            continue
        error = FieldError("nip", "import_nip_twice", {"lines": others})
        result.append(
            PlannedRow(
                planned.line,
                RowStatus.ERROR,
                planned.name,
                planned.nip,
                errors=(error, *(e for e in planned.errors if e.field != "nip")),
            )
        )
    return result


def _plan(
    session: Session, table: RawTable, mapping: Mapping[StaffField, int], today: date
) -> ImportPreview:
    existing = _internal_staff(session)
    planned = [_plan_row(row, mapping, table.headers, existing, today) for row in table.rows]
    rows = tuple(_twice_in_file(planned))
    counts = status_counts(row.status for row in rows)
    return ImportPreview(table, dict(mapping), today, rows, counts)


def guess_staff_mapping(table: RawTable) -> dict[StaffField, int]:
    """Field → column, guessed from the header names."""
    return {
        StaffField(name): column for name, column in STAFF_HEADERS.mapping(table.headers).items()
    }


def preview_staff_import(
    db: Database, table: RawTable, mapping: Mapping[StaffField, int], *, today: date
) -> ImportPreview:
    """What importing ``table`` with ``mapping`` (field → column) would do, row by row.
    Reads the registry once and writes nothing."""
    check_mapping(mapping)
    with db.read() as session:
        return _plan(session, table, mapping, today)


# -- importing ------------------------------------------------------------------------------


def _reindex_naming(session: Session, staff_id: int) -> None:
    reindex_incidents_naming(session, staff_id=staff_id)


def import_staff(ctx: ActionContext, preview: ImportPreview) -> ImportResult:
    """Create and change the people of the NEW and UPDATE rows of ``preview``, all in one
    transaction (audited by the store like any change); rows in error are left out. Refused
    as a whole (ValidationError ``import_plan_changed``) when the file planned again now
    would not do what the preview showed."""
    return write_plan(
        ctx,
        preview,
        plan_again=lambda session: _plan(session, preview.table, preview.mapping, preview.today),
        permission=Permission.STAFF_EDIT,
        plan_changed=FieldError("file", "import_plan_changed"),
        model=StaffRow,
        record_id=lambda planned: planned.staff_id,
        apply=apply_draft,
        name_field=StaffField.NAME,
        reindex_naming=_reindex_naming,
    )


# -- the template ---------------------------------------------------------------------------

TEMPLATE_EXAMPLES: tuple[dict[StaffField, str], ...] = (
    {
        StaffField.NIP: "19680411 199303 1 009",
        StaffField.NAME: "Budi Santoso, S.H.",
        StaffField.GOLONGAN: "III/c",
        StaffField.POSITION: "Kepala Regu Pengamanan",
        StaffField.UNIT: "Regu I",
        StaffField.PHONE: "081234567890",
        StaffField.NOTE: "",
    },
    {
        StaffField.NIP: "199001152015032001",
        StaffField.NAME: "Siti Rahayu",
        StaffField.GOLONGAN: "II/c",
        StaffField.POSITION: "Petugas Pengamanan",
        StaffField.UNIT: "Regu II",
        StaffField.PHONE: "",
        StaffField.NOTE: "contoh",
    },
)


def staff_template(path: Path) -> Path:
    """Write a sample list: the headers the import recognises, two example people, and the NIP
    and phone columns formatted as Text ("@") so that Excel keeps every digit."""
    columns = [
        TemplateColumn(
            TEMPLATE_HEADERS[name],
            [example[name] for example in TEMPLATE_EXAMPLES],
            width=24 if name is StaffField.NAME else 18,
            number_format=TEXT_FORMAT if name in (StaffField.NIP, StaffField.PHONE) else "",
        )
        for name in TEMPLATE_HEADERS
    ]
    return write_template(path, "Pegawai", columns)


__all__ = [
    "ImportPreview",
    "ImportResult",
    "PlannedRow",
    "RowStatus",
    "StaffField",
    "check_mapping",
    "guess_staff_mapping",
    "import_staff",
    "preview_staff_import",
    "read_golongan",
    "staff_template",
]
