"""The Kamtib documents in the preview: the daily report, the monthly recap, and the berita
acara of a search and of a destruction. Each shows the issued file once it has a number;
otherwise a fresh print that can be issued from the preview. Prepared off the GUI thread;
the operation is returned to be kept alive."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from rutan_desk.domain.formatting import full_date, month_year
from rutan_desk.services.context import ActionContext
from rutan_desk.services.documents.register import IssuedDocument, document_pdf
from rutan_desk.services.kamtib_reports import berita_acara, daily, monthly
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.documents.preview import DocumentPreview
from rutan_desk.ui.operations import Operation

Opened = Callable[[DocumentPreview], None]
# The issued document (None while there is none) and the file to show.
Prepared = tuple[IssuedDocument | None, bytes]
Found = Callable[[ActionContext], tuple[IssuedDocument, bytes] | None]
Printed = Callable[[ActionContext], bytes]
Issued = Callable[[ActionContext], IssuedDocument]


def _open(
    ctx: AppContext,
    parent: QWidget,
    title: str,
    opened: Opened,
    *,
    find: Found | None,
    printed: Printed,
    issue: Issued,
) -> Operation[Prepared]:
    def prepare(action: ActionContext) -> Prepared:
        found = find(action) if find is not None else None
        return found if found is not None else (None, printed(action))

    def issued(action: ActionContext) -> tuple[IssuedDocument, bytes]:
        document = issue(action)
        return document, document_pdf(action.db, document.id)

    def show(prepared: Prepared) -> None:
        document, pdf = prepared
        if document is not None:
            note = QCoreApplication.translate("KamtibPreview", "Issued as number {number}.").format(
                number=document.number
            )
            preview = DocumentPreview(pdf, f"{title} {document.number}", parent, note=note)
        else:
            note = QCoreApplication.translate(
                "KamtibPreview",
                "Print without a number. Issue it to give it its number in the register.",
            )
            preview = DocumentPreview(pdf, title, parent, ctx=ctx, issue=issued, note=note)
        preview.show()
        opened(preview)

    operation = Operation(parent, ctx, prepare, title=title).on_success(show)
    operation.run_in_background(
        QCoreApplication.translate("KamtibPreview", "Preparing the document…")
    )
    return operation


def open_daily_report(
    ctx: AppContext, day: date, parent: QWidget, opened: Opened
) -> Operation[Prepared]:
    """The Laporan Harian Kamtib of ``day``."""
    return _open(
        ctx,
        parent,
        QCoreApplication.translate("KamtibPreview", "Daily report {day}").format(
            day=full_date(day)
        ),
        opened,
        find=lambda action: daily.issued_daily_kamtib(action.db, day),
        printed=lambda action: daily.daily_kamtib_pdf(action.db, day),
        issue=lambda action: daily.issue_daily_kamtib(action, day),
    )


def open_monthly_recap(
    ctx: AppContext, year: int, month: int, parent: QWidget, opened: Opened
) -> Operation[Prepared]:
    """The Rekapitulasi Gangguan Kamtib of the month."""
    return _open(
        ctx,
        parent,
        QCoreApplication.translate("KamtibPreview", "Monthly recap {month}").format(
            month=month_year(year, month)
        ),
        opened,
        find=lambda action: monthly.issued_kamtib_recap(action.db, year, month),
        printed=lambda action: monthly.kamtib_recap_pdf(action.db, year, month),
        issue=lambda action: monthly.issue_kamtib_recap(action, year, month),
    )


def open_search_record(
    ctx: AppContext, search_id: int, parent: QWidget, opened: Opened
) -> Operation[Prepared]:
    """The Berita Acara Penggeledahan of a saved search."""
    return _open(
        ctx,
        parent,
        QCoreApplication.translate("KamtibPreview", "Berita acara of the search"),
        opened,
        find=lambda action: berita_acara.issued_search_record(action.db, search_id),
        printed=lambda action: berita_acara.search_record_pdf(action.db, search_id),
        issue=lambda action: berita_acara.issue_search_record(action, search_id),
    )


def open_destruction_record(
    ctx: AppContext,
    findings: dict[int, int],
    on: date,
    parent: QWidget,
    opened: Opened,
    witnesses: Sequence[berita_acara.Witness] = (),
) -> Operation[Prepared]:
    """The Berita Acara Pemusnahan of ``findings`` (finding → its search's version) destroyed
    together on ``on``: issuing it records them destroyed under its number."""
    ids = list(findings)
    return _open(
        ctx,
        parent,
        QCoreApplication.translate("KamtibPreview", "Berita acara of the destruction"),
        opened,
        find=None,
        printed=lambda action: berita_acara.destruction_record_pdf(action.db, ids, on, witnesses),
        issue=lambda action: berita_acara.issue_destruction_record(action, findings, on, witnesses),
    )
