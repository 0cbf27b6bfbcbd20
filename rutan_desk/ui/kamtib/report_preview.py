"""The printed incident report (Laporan Kejadian) in the preview: the issued file once it has a
number, with a fresh print beside it when supplements came after; otherwise a print marked
KONSEP, which can be issued once the report is approved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import IssuedDocument, document_pdf
from rutan_desk.services.incidents import report as reports
from rutan_desk.services.incidents.forms import IncidentRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.operations import Operation

# What the preview shows: the issued report (None while there is none) and the file to show.
Prepared = tuple[IssuedDocument | None, bytes]


def open_incident_report(
    ctx: AppContext,
    record: IncidentRecord,
    parent: QWidget,
    opened: Callable[[DocumentPreview], None],
) -> Operation[Prepared]:
    """Show the report of ``record``; ``opened`` receives the preview window. Prepared off the
    GUI thread through the operation runner; the operation is returned to be kept alive."""
    title = QCoreApplication.translate("IncidentReportPreview", "Incident report")
    incident_id, approved = record.id, record.locked
    later = bool(record.supplements)

    def prepare(action: ActionContext) -> Prepared:
        issued = reports.issued_incident_report(action.db, incident_id)
        if issued is not None and not later:
            return issued
        document = issued[0] if issued is not None else None
        return document, reports.incident_report_pdf(action.db, incident_id)

    def issue(action: ActionContext) -> tuple[IssuedDocument, bytes]:
        document = reports.issue_incident_report(action, incident_id)
        return document, document_pdf(action.db, document.id)

    def show(prepared: Prepared) -> None:
        document, pdf = prepared
        if document is not None:
            note = QCoreApplication.translate(
                "IncidentReportPreview",
                "Issued as number {number}. This print also shows what was added since.",
            )
            preview = DocumentPreview(
                pdf, f"{title} {document.number}", parent, note=note.format(number=document.number)
            )
        elif approved:
            note = QCoreApplication.translate(
                "IncidentReportPreview",
                "Approved. Issue it to give the report its number in the register.",
            )
            preview = DocumentPreview(pdf, title, parent, ctx=ctx, issue=issue, note=note)
        else:
            note = QCoreApplication.translate(
                "IncidentReportPreview",
                "Draft print (KONSEP): the report is numbered once it is approved.",
            )
            preview = DocumentPreview(pdf, title, parent, note=note)
        preview.show()
        opened(preview)

    operation = Operation(parent, ctx, prepare, title=title).on_success(show)
    operation.run_in_background(
        QCoreApplication.translate("IncidentReportPreview", "Preparing the report…")
    )
    return operation
