"""Saving what a list shows as a file for Excel (.xlsx or .csv). Not a database write: the UI
hands over the rows it shows (its filter, search and sort applied) and names the file.

The UI does not import reports, so the typed model of a table is offered from here."""

from __future__ import annotations

from pathlib import Path

from rutan_desk.reports.table_export import (
    ColumnKind,
    ExportColumn,
    ExportTable,
    csv_delimiter,
    write_table,
)

__all__ = ["ColumnKind", "ExportColumn", "ExportTable", "csv_delimiter", "export_table"]


def export_table(path: Path, table: ExportTable, *, decimal_point: str = ".") -> None:
    """Write ``table`` to ``path`` (.csv for a name ending so, .xlsx otherwise), replacing the
    file only once the new one is whole. A CSV file is separated for the PC's regional format,
    which writes numbers with ``decimal_point``."""
    write_table(path, table, csv_delimiter=csv_delimiter(decimal_point))
