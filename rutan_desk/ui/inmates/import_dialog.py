"""Import the inmate list exported from SDP (.xlsx or .csv): the import dialog
(ui/widgets/import_dialog) with the inmates' fields, matched by register number."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.services.inmates.importing import (
    INMATE_HEADERS,
    InmateField,
    PlannedInmate,
    guess_inmate_mapping,
    import_inmates,
    inmate_template,
    preview_inmate_import,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.import_dialog import ImportDialog, ImportKind


def field_label(field: StrEnum) -> str:
    labels = {
        InmateField.REGISTER_NUMBER: QCoreApplication.translate(
            "InmateImportDialog", "Register number"
        ),
        InmateField.NAME: QCoreApplication.translate("InmateImportDialog", "Name"),
        InmateField.BLOCK: QCoreApplication.translate("InmateImportDialog", "Block"),
        InmateField.ADMITTED_ON: QCoreApplication.translate("InmateImportDialog", "Date in"),
        InmateField.NOTE: QCoreApplication.translate("InmateImportDialog", "Note"),
    }
    return labels[InmateField(field)]


def _register_number(row: PlannedInmate) -> str:
    return row.register_number


def inmate_import_kind() -> ImportKind:
    # Each text written out with its context: lupdate reads only literal ones.
    return ImportKind(
        fields=tuple(InmateField),
        field_label=field_label,
        headers=INMATE_HEADERS,
        guess=guess_inmate_mapping,
        preview=lambda action, table, mapping: preview_inmate_import(
            action.db, table, mapping, today=action.today()
        ),
        import_rows=import_inmates,
        template=inmate_template,
        key_header=QCoreApplication.translate("InmateImportDialog", "Register number"),
        key_text=_register_number,
        title=QCoreApplication.translate("InmateImportDialog", "Import the inmate list"),
        placeholder=QCoreApplication.translate(
            "InmateImportDialog",
            "The inmate list exported from SDP (.xlsx or .csv): register number, name, block",
        ),
        file_title=QCoreApplication.translate("InmateImportDialog", "Inmate list"),
        template_name="templat-wbp.xlsx",
        template_tooltip=QCoreApplication.translate(
            "InmateImportDialog",
            "A sample list with the expected columns; its blocks must be the office's own",
        ),
        imported_text=QCoreApplication.translate(
            "InmateImportDialog", "{created} inmates added, {updated} changed."
        ),
    )


class InmateImportDialog(ImportDialog):
    """Choose the inmate list, map its columns, preview, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, inmate_import_kind(), parent)
