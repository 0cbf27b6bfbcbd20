"""The printed handover report in the preview: the issued file once it has a number, otherwise
a draft print, which can be issued once the handover is received."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import IssuedDocument, document_pdf
from rutan_desk.services.handover import report as reports
from rutan_desk.services.handover.forms import HandoverRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.operations import Operation

# What the preview shows: the issued report and its kept file, or None and a draft print.
Prepared = tuple[IssuedDocument | None, bytes]


def open_report_preview(
    ctx: AppContext,
    record: HandoverRecord,
    parent: QWidget,
    opened: Callable[[DocumentPreview], None],
) -> Operation[Prepared]:
    """Show the report; ``opened`` receives the preview window. The report is read (or
    rendered, while it has no number) off the GUI thread through the operation runner, which
    also shows why it could not be; the operation is returned so the caller keeps it alive."""
    title = QCoreApplication.translate("HandoverReportPreview", "Handover report")
    handover_id, locked = record.id, record.locked

    def prepare(action: ActionContext) -> Prepared:
        issued = reports.issued_report(action.db, handover_id)
        if issued is not None:
            return issued
        return None, reports.handover_report_pdf(action.db, handover_id)

    def issue(action: ActionContext) -> tuple[IssuedDocument, bytes]:
        document = reports.issue_handover_report(action, handover_id)
        return document, document_pdf(action.db, document.id)

    def show(prepared: Prepared) -> None:
        document, pdf = prepared
        if document is not None:
            note = QCoreApplication.translate(
                "HandoverReportPreview",
                "Issued as number {number}; this is the file kept in the register.",
            )
            preview = DocumentPreview(
                pdf, f"{title} {document.number}", parent, note=note.format(number=document.number)
            )
        elif locked:
            note = QCoreApplication.translate(
                "HandoverReportPreview",
                "Draft print. Issue it to give the report its number in the register.",
            )
            preview = DocumentPreview(pdf, title, parent, ctx=ctx, issue=issue, note=note)
        else:
            note = QCoreApplication.translate(
                "HandoverReportPreview",
                "Draft print: the handover is not yet received, so it has no number.",
            )
            preview = DocumentPreview(pdf, title, parent, note=note)
        preview.show()
        opened(preview)

    operation = Operation(parent, ctx, prepare, title=title).on_success(show)
    operation.run_in_background(
        QCoreApplication.translate("HandoverReportPreview", "Preparing the report…")
    )
    return operation
