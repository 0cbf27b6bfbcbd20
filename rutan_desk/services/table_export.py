"""Saving what a list shows as a file for Excel (.xlsx or .csv). Not a database write: the UI
hands over the rows it shows (its filter, search and sort applied) and names the file.

The UI does not import reports, so the typed model of a table is offered from here."""

from __future__ import annotations

from pathlib import Path

from rutan_desk.reports.table_export import ColumnKind, ExportColumn, ExportTable, write_table

__all__ = ["ColumnKind", "ExportColumn", "ExportTable", "export_table"]


def export_table(path: Path, table: ExportTable) -> None:
    """Write ``table`` to ``path`` (.csv for a name ending so, .xlsx otherwise), replacing the
    file only once the new one is whole."""
    write_table(path, table)
