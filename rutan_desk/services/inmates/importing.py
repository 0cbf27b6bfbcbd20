"""Importing the inmate list exported from the national database (SDP, Sistem Database
Pemasyarakatan): a preview that says what each row would do, then the import of the good rows
in one transaction.

Each row is read into a draft and checked by the registry's own rules, then matched against
the registry (read once) by the register number in its one written form: ``a.ii / 0123 / 2026``
in the file is the inmate stored as ``A.II/123/2026``. An inmate not there is NEW, one whose
fields differ is an UPDATE (the preview names the fields), one that matches is UNCHANGED, and
a row that cannot be stored is an ERROR with its reasons. Importing the same file twice finds
every row UNCHANGED and writes nothing.

The block must be one the office already keeps (Serah Terima → Pengaturan): an import never
invents blocks, and a row naming another is refused with the blocks there are. SDP writes the
block in several ways ("Blok A", "A", "Blok A / Kamar 3"), so the name is matched without its
"Blok", its room or a note in brackets when that leaves one block only.

On an update, an empty block, date or note cell keeps what the registry has (a list without
dates does not erase them), and a name that differs only in case keeps the registry's spelling
(SDP exports names in capitals).

As for the staff, the import plans the rows again inside its transaction and refuses everything
when the plan differs from the preview the clerk saw.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rutan_desk.domain.accounts import Permission
from rutan_desk.domain.errors import FieldError
from rutan_desk.domain.inmates import (
    InmateDraft,
    normalise_register_number,
    read_register_number,
    validate_inmate,
)
from rutan_desk.domain.staff import tidy
from rutan_desk.services.context import ActionContext
from rutan_desk.services.imports import planning
from rutan_desk.services.imports.planning import (
    RowStatus,
    date_cell,
    header_of,
    repeated_lines,
    status_counts,
    text_cell,
)
from rutan_desk.services.imports.sheet import HeaderGuess, RawRow, RawTable, normalise_header
from rutan_desk.services.imports.template import (
    DATE_FORMAT,
    TEXT_FORMAT,
    TemplateColumn,
    write_template,
)
from rutan_desk.services.imports.writing import ImportResult as InmateImportResult
from rutan_desk.services.imports.writing import write_plan
from rutan_desk.services.incidents.search import reindex_incidents_naming
from rutan_desk.services.inmates.records import InmateRecord, inmate_record
from rutan_desk.services.inmates.registry import apply_draft
from rutan_desk.services.validation import length_errors
from rutan_desk.store.engine import Database
from rutan_desk.store.models.handover import CellBlockRow
from rutan_desk.store.models.inmates import InmateRow


class InmateField(StrEnum):
    """A field of the registry a column can be mapped to (the draft's attribute names, the
    block by its name)."""

    REGISTER_NUMBER = "register_number"
    NAME = "name"
    BLOCK = "block"
    ADMITTED_ON = "admitted_on"
    NOTE = "note"


REQUIRED_FIELDS = (InmateField.REGISTER_NUMBER, InmateField.NAME)

# The headers each field goes by in SDP's exports and the lists made from them.
INMATE_HEADERS = HeaderGuess(
    {
        InmateField.REGISTER_NUMBER: (
            "No. Registrasi",
            "No Reg",
            "Nomor Registrasi",
            "No Registrasi",
            "No. Register",
            "Nomor Register",
            "Registrasi",
            "Register Number",
        ),
        InmateField.NAME: (
            "Nama",
            "Nama WBP",
            "Nama Tahanan",
            "Nama Narapidana",
            "Nama Tahanan/Narapidana",
            "Nama Lengkap",
            "Name",
        ),
        InmateField.BLOCK: (
            "Blok",
            "Blok/Kamar",
            "Blok Kamar",
            "Blok Hunian",
            "Kamar",
            "Kamar Hunian",
            "Lokasi Blok",
            "Block",
        ),
        InmateField.ADMITTED_ON: (
            "Tanggal Masuk",
            "Tgl Masuk",
            "Tgl. Masuk",
            "Tanggal Registrasi",
            "Tgl Registrasi",
            "Masuk",
        ),
        InmateField.NOTE: ("Keterangan", "Ket", "Catatan", "Note"),
    }
)


@dataclass(frozen=True)
class PlannedInmate:
    """What importing one row of the file would do."""

    line: int  # the spreadsheet's row number
    status: RowStatus
    name: str  # as read, for the preview (also for a row in error)
    register_number: str  # in its written form when valid, as typed (tidied) otherwise
    draft: InmateDraft | None = None  # as it would be stored (NEW, UPDATE, UNCHANGED)
    inmate_id: int | None = None  # the inmate it matches (UPDATE, UNCHANGED)
    version: int | None = None
    changed: tuple[InmateField, ...] = ()  # the fields an UPDATE changes
    errors: tuple[FieldError, ...] = ()


class InmateImportPreview(planning.Preview[InmateField, PlannedInmate]):
    """What importing a list of inmates would do, row by row."""


# -- blocks ---------------------------------------------------------------------------------

_BRACKETS = re.compile(r"\([^)]*\)")
_ROOM = re.compile(r"\s*(?:/|\bkamar\b|\bkmr\b|\bkm\b|\broom\b).*$", re.IGNORECASE)


def _block_keys(text: str) -> list[str]:
    """The ways a block's name may be written, from the closest: as is, without a note in
    brackets, without the room after it, each with and without the word "Blok"."""
    forms = [text, _BRACKETS.sub(" ", text), _ROOM.sub("", text)]
    keys: list[str] = []
    for form in forms:
        key = normalise_header(form)
        for candidate in (key, key.removeprefix("blok")):
            if candidate and candidate not in keys:
                keys.append(candidate)
    return keys


class BlockNames:
    """The office's blocks found by the name a list writes: exactly (whatever the case and
    spacing), or by a shorter form ("A" for "Blok A (Tahanan)") that names one block only."""

    def __init__(self, blocks: Iterable[tuple[int, str]]) -> None:
        self.names: tuple[str, ...] = ()
        self._exact: dict[str, int] = {}
        loose: dict[str, set[int]] = defaultdict(set)
        names = []
        for block_id, name in blocks:
            names.append(name)
            self._exact.setdefault(normalise_header(name), block_id)
            for key in _block_keys(name):
                loose[key].add(block_id)
        self.names = tuple(names)
        self._loose = {key: next(iter(ids)) for key, ids in loose.items() if len(ids) == 1}

    def find(self, text: str) -> int | None:
        exact = self._exact.get(normalise_header(text))
        if exact is not None:
            return exact
        return next(
            (self._loose[key] for key in _block_keys(text) if key in self._loose),
            None,
        )


# -- reading a row --------------------------------------------------------------------------


def _read_row(
    row: RawRow, mapping: Mapping[InmateField, int], headers: tuple[str, ...]
) -> tuple[dict[InmateField, object], list[FieldError]]:
    values: dict[InmateField, object] = {}
    errors: list[FieldError] = []
    for name, column in mapping.items():
        value = row.cell(column)
        header = header_of(headers, column)
        error: FieldError | None
        if name is InmateField.ADMITTED_ON:
            values[name], error = date_cell(name, value, header)
        else:
            # A register number typed as a number is a wrong column, not a number to read.
            integers = name in (InmateField.BLOCK, InmateField.NOTE)
            values[name], error = text_cell(name, value, header, integers=integers)
        if error is not None:
            errors.append(error)
    return values, errors


def _text(values: Mapping[InmateField, object], name: InmateField) -> str:
    return tidy(str(values.get(name) or ""))


def _block_errors(
    values: Mapping[InmateField, object], blocks: BlockNames
) -> tuple[int | None, list[FieldError]]:
    text = _text(values, InmateField.BLOCK)
    if not text:
        return None, []
    block_id = blocks.find(text)
    if block_id is not None:
        return block_id, []
    known = ", ".join(blocks.names) if blocks.names else "—"
    return None, [FieldError("block", "import_block_unknown", {"block": text, "blocks": known})]


# -- planning -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Registry:
    """What a plan matches rows against, read in two queries (never per row)."""

    inmates: Mapping[str, InmateRecord]  # by register number in its written form
    blocks: BlockNames


def _registry(session: Session) -> _Registry:
    connection = session.connection()
    block_rows = connection.execute(
        select(CellBlockRow.id, CellBlockRow.name)
        .where(CellBlockRow.active)
        .order_by(CellBlockRow.sort_order, CellBlockRow.id)
    ).all()
    all_blocks = {
        row.id: row.name for row in connection.execute(select(CellBlockRow.id, CellBlockRow.name))
    }
    table = InmateRow.__table__.c
    inmates: dict[str, InmateRecord] = {}
    for row in connection.execute(select(*table)):
        number = read_register_number(row.register_number)
        key = number.text if number is not None else row.register_number
        inmates[key] = inmate_record(row, all_blocks.get(row.block_id))
    return _Registry(inmates, BlockNames((row.id, row.name) for row in block_rows))


def _draft(
    values: Mapping[InmateField, object],
    number: str,
    block_id: int | None,
    known: InmateRecord | None,
) -> InmateDraft:
    """The row as it would be stored; for a known inmate, what the row leaves empty is kept
    (see the module's docstring)."""
    name = _text(values, InmateField.NAME)
    given_on = values.get(InmateField.ADMITTED_ON)
    admitted_on = given_on if isinstance(given_on, date) else None
    note = str(values.get(InmateField.NOTE) or "").strip()
    if known is None:
        return InmateDraft(name, number, block_id, admitted_on, note=note)
    return InmateDraft(
        name=known.name if name.casefold() == known.name.casefold() else name,
        register_number=number,
        block_id=block_id if block_id is not None else known.block_id,
        admitted_on=admitted_on or known.admitted_on,
        released_on=known.released_on,
        note=note or known.note,
    )


def _changed(draft: InmateDraft, known: InmateRecord) -> tuple[InmateField, ...]:
    attributes = {
        InmateField.NAME: "name",
        InmateField.BLOCK: "block_id",
        InmateField.ADMITTED_ON: "admitted_on",
        InmateField.NOTE: "note",
    }
    return tuple(
        name
        for name, attribute in attributes.items()
        if getattr(draft, attribute) != getattr(known, attribute)
    )


def _plan_row(
    row: RawRow,
    mapping: Mapping[InmateField, int],
    headers: tuple[str, ...],
    registry: _Registry,
    today: date,
) -> PlannedInmate:
    values, errors = _read_row(row, mapping, headers)
    number, number_errors = normalise_register_number(
        str(values.get(InmateField.REGISTER_NUMBER) or ""), today=today
    )
    valid_number = not number_errors and not any(e.field == "register_number" for e in errors)
    known = registry.inmates.get(number) if valid_number else None
    block_id, problems = _block_errors(values, registry.blocks)
    draft = _draft(values, number, block_id, known)
    problems += validate_inmate(draft, today=today)
    problems += length_errors(InmateRow, {"name": draft.name, "note": draft.note})
    reported = {error.field for error in errors}
    errors += [problem for problem in problems if problem.field not in reported]
    name = _text(values, InmateField.NAME)
    if errors:
        return PlannedInmate(row.line, RowStatus.ERROR, name, number, errors=tuple(errors))
    if known is None:
        return PlannedInmate(row.line, RowStatus.NEW, draft.name, number, draft)
    changed = _changed(draft, known)
    status = RowStatus.UPDATE if changed else RowStatus.UNCHANGED
    return PlannedInmate(
        row.line, status, draft.name, number, draft, known.id, known.version, changed
    )


def _twice_in_file(rows: list[PlannedInmate]) -> list[PlannedInmate]:
    """Every row of a register number the file holds more than once (however it is spaced)
    becomes an error naming the others: the importer cannot know which one is right."""
    repeats = repeated_lines(
        (planned.line, planned.register_number)
        for planned in rows
        if not any(error.field == "register_number" for error in planned.errors)
    )
    result: list[PlannedInmate] = []
    for planned in rows:
        others = repeats.get(planned.line)
        if others is None:
            result.append(planned)
            continue
        error = FieldError("register_number", "import_register_number_twice", {"lines": others})
        result.append(
            PlannedInmate(
                planned.line,
                RowStatus.ERROR,
                planned.name,
                planned.register_number,
                errors=(error, *planned.errors),
            )
        )
    return result


def _plan(
    session: Session, table: RawTable, mapping: Mapping[InmateField, int], today: date
) -> InmateImportPreview:
    registry = _registry(session)
    planned = [_plan_row(row, mapping, table.headers, registry, today) for row in table.rows]
    rows = tuple(_twice_in_file(planned))
    return InmateImportPreview(
        table, dict(mapping), today, rows, status_counts(row.status for row in rows)
    )


def check_inmate_mapping(mapping: Mapping[InmateField, int]) -> None:
    """ValidationError when the register number or the name has no column, or two fields
    share one."""
    planning.check_mapping(mapping, REQUIRED_FIELDS)


def guess_inmate_mapping(table: RawTable) -> dict[InmateField, int]:
    """Field → column, guessed from the header names."""
    return {
        InmateField(name): column for name, column in INMATE_HEADERS.mapping(table.headers).items()
    }


def preview_inmate_import(
    db: Database, table: RawTable, mapping: Mapping[InmateField, int], *, today: date
) -> InmateImportPreview:
    """What importing ``table`` with ``mapping`` (field → column) would do, row by row.
    Reads the registry and the blocks once and writes nothing."""
    check_inmate_mapping(mapping)
    with db.read() as session:
        return _plan(session, table, mapping, today)


# -- importing ------------------------------------------------------------------------------


def _reindex_naming(session: Session, inmate_id: int) -> None:
    reindex_incidents_naming(session, inmate_id=inmate_id)


def import_inmates(ctx: ActionContext, preview: InmateImportPreview) -> InmateImportResult:
    """Add and correct the inmates of the NEW and UPDATE rows of ``preview``, all in one
    transaction (audited by the store like any change); rows in error are left out. Refused
    as a whole (ValidationError ``import_inmate_plan_changed``) when the file planned again
    now would not do what the preview showed."""
    return write_plan(
        ctx,
        preview,
        plan_again=lambda session: _plan(session, preview.table, preview.mapping, preview.today),
        permission=Permission.INMATES_EDIT,
        plan_changed=FieldError("file", "import_inmate_plan_changed"),
        model=InmateRow,
        record_id=lambda planned: planned.inmate_id,
        apply=apply_draft,
        name_field=InmateField.NAME,
        reindex_naming=_reindex_naming,
    )


# -- the template ---------------------------------------------------------------------------

TEMPLATE_HEADERS: dict[InmateField, str] = {
    InmateField.REGISTER_NUMBER: "No. Registrasi",
    InmateField.NAME: "Nama",
    InmateField.BLOCK: "Blok",
    InmateField.ADMITTED_ON: "Tanggal Masuk",
    InmateField.NOTE: "Keterangan",
}
TEMPLATE_EXAMPLES: dict[InmateField, tuple[str | date | None, ...]] = {
    InmateField.REGISTER_NUMBER: ("A.II/123/2026", "B.I/45/2025"),
    InmateField.NAME: ("Ahmad Fauzi bin Salim", "Budi Hartono"),
    InmateField.BLOCK: ("Blok A", "Blok B"),
    InmateField.ADMITTED_ON: (date(2026, 3, 14), None),
    InmateField.NOTE: ("", "contoh"),
}


def inmate_template(path: Path) -> Path:
    """Write a sample list: the headers the import recognises, two example inmates (their
    blocks must be the office's own to import), the register numbers formatted as Text and
    the dates as dates."""
    formats = {InmateField.REGISTER_NUMBER: TEXT_FORMAT, InmateField.ADMITTED_ON: DATE_FORMAT}
    columns = [
        TemplateColumn(
            header,
            TEMPLATE_EXAMPLES[name],
            width=30 if name is InmateField.NAME else 18,
            number_format=formats.get(name, ""),
        )
        for name, header in TEMPLATE_HEADERS.items()
    ]
    return write_template(path, "WBP", columns)


__all__ = [
    "INMATE_HEADERS",
    "BlockNames",
    "InmateField",
    "InmateImportPreview",
    "InmateImportResult",
    "PlannedInmate",
    "RowStatus",
    "check_inmate_mapping",
    "guess_inmate_mapping",
    "import_inmates",
    "inmate_template",
    "preview_inmate_import",
]
