"""The printed handover report in the preview: the issued file once it has a number, otherwise
a draft print, which can be issued once the handover is received."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.services import documents
from rutan_desk.services import handover_documents as reports
from rutan_desk.services.handover import HandoverRecord
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.widgets.background import BackgroundTask

AREAS = ("handover", "documents")


def _raise(error: object) -> None:
    """A report that cannot be made is a bug: the crash handler shows and logs it."""
    raise error if isinstance(error, BaseException) else RuntimeError(str(error))


def open_report_preview(
    ctx: AppContext,
    record: HandoverRecord,
    parent: QWidget,
    opened: Callable[[DocumentPreview], None],
) -> BackgroundTask | None:
    """Show the report; ``opened`` receives the preview window. A draft is rendered off the GUI
    thread: the task is returned so the caller can keep it alive."""
    title = QCoreApplication.translate("HandoverReportPreview", "Handover report")
    issued = reports.issued_report(ctx.db, record.id)
    if issued is not None:
        document, pdf = issued
        note = QCoreApplication.translate(
            "HandoverReportPreview",
            "Issued as number {number}; this is the file kept in the register.",
        )
        preview = DocumentPreview(
            pdf, f"{title} {document.number}", parent, note=note.format(number=document.number)
        )
        preview.show()
        opened(preview)
        return None

    db, actor, handover_id = ctx.db, ctx.actor, record.id

    def issue() -> tuple[documents.IssuedDocument, bytes]:
        document = reports.issue_handover_report(db, actor, handover_id)
        return document, documents.document_pdf(db, document.id)

    def show(pdf: object) -> None:
        assert isinstance(pdf, bytes)
        if record.locked:
            note = QCoreApplication.translate(
                "HandoverReportPreview",
                "Draft print. Issue it to give the report its number in the register.",
            )
        else:
            note = QCoreApplication.translate(
                "HandoverReportPreview",
                "Draft print: the handover is not yet received, so it has no number.",
            )
        preview = DocumentPreview(
            pdf, title, parent, issue=issue if record.locked else None, note=note
        )
        preview.issued.connect(lambda _document: [ctx.events.data_changed.emit(a) for a in AREAS])
        preview.show()
        opened(preview)

    task = BackgroundTask(
        parent,
        QCoreApplication.translate("HandoverReportPreview", "Preparing the report…"),
        lambda: reports.handover_report_pdf(db, handover_id),
    )
    task.done.connect(show)
    task.error.connect(_raise)
    task.start()
    return task
