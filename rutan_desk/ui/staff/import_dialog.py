"""Import the staff list from Excel (.xlsx) or .csv: the import dialog (ui/widgets/import_dialog)
with the staff's fields, matched by NIP."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.domain.nip import format_nip
from rutan_desk.services.staff.importing import (
    STAFF_HEADERS,
    PlannedRow,
    StaffField,
    guess_staff_mapping,
    import_staff,
    preview_staff_import,
    staff_template,
)
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.import_dialog import ImportDialog, ImportKind


def field_label(field: StrEnum) -> str:
    labels = {
        StaffField.NIP: QCoreApplication.translate("StaffImportDialog", "NIP"),
        StaffField.NAME: QCoreApplication.translate("StaffImportDialog", "Name"),
        StaffField.GOLONGAN: QCoreApplication.translate(
            "StaffImportDialog", "Rank (pangkat/golongan)"
        ),
        StaffField.POSITION: QCoreApplication.translate("StaffImportDialog", "Position (jabatan)"),
        StaffField.UNIT: QCoreApplication.translate("StaffImportDialog", "Unit"),
        StaffField.PHONE: QCoreApplication.translate("StaffImportDialog", "Phone"),
        StaffField.NOTE: QCoreApplication.translate("StaffImportDialog", "Note"),
    }
    return labels[StaffField(field)]


def _nip(row: PlannedRow) -> str:
    return format_nip(row.nip)


def staff_import_kind() -> ImportKind:
    # Each text written out with its context: lupdate reads only literal ones.
    return ImportKind(
        fields=tuple(StaffField),
        field_label=field_label,
        headers=STAFF_HEADERS,
        guess=guess_staff_mapping,
        preview=lambda action, table, mapping: preview_staff_import(
            action.db, table, mapping, today=action.today()
        ),
        import_rows=import_staff,
        template=staff_template,
        key_header=QCoreApplication.translate("StaffImportDialog", "NIP"),
        key_text=_nip,
        title=QCoreApplication.translate("StaffImportDialog", "Import staff from Excel"),
        placeholder=QCoreApplication.translate(
            "StaffImportDialog", "An .xlsx or .csv file with one person a row"
        ),
        file_title=QCoreApplication.translate("StaffImportDialog", "Staff list"),
        template_name="templat-pegawai.xlsx",
        template_tooltip=QCoreApplication.translate(
            "StaffImportDialog",
            "A sample list with the expected columns, its NIP column formatted as text",
        ),
        imported_text=QCoreApplication.translate(
            "StaffImportDialog", "{created} people added, {updated} changed."
        ),
    )


class StaffImportDialog(ImportDialog):
    """Choose the staff list, map its columns, preview, import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, staff_import_kind(), parent)
