"""Tab "Kamtib": the security records of the Rutan, a page each (incidents first, then the
searches with their findings, the patrol visits, and the recap with its charts). A page is read
when it is first shown and again when a change touches it while it is shown; a hidden page is
read again when it is next shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from rutan_desk.domain.changes import ChangeSet
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.documents_bar import DocumentsBar
from rutan_desk.ui.kamtib.incidents_page import IncidentsPage
from rutan_desk.ui.kamtib.patrols_page import PatrolsPage
from rutan_desk.ui.kamtib.recap_page import RecapPage
from rutan_desk.ui.kamtib.searches_page import SearchesPage


class KamtibTab(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.incidents = IncidentsPage(ctx, self, today)
        self.searches = SearchesPage(ctx, self, today)
        self.patrols = PatrolsPage(ctx, self, today)
        self.recap = RecapPage(ctx, self, today)
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.incidents, self.tr("Incidents"))
        self.pages.addTab(self.searches, self.tr("Searches"))
        self.pages.addTab(self.patrols, self.tr("Patrol visits"))
        self.pages.addTab(self.recap, self.tr("Recap and charts"))
        self._all: set[QWidget] = {self.incidents, self.searches, self.patrols, self.recap}
        self._stale: set[QWidget] = set(self._all)
        self.pages.currentChanged.connect(lambda _index: self._read_if_stale())
        # The documents of a day and of a month, whichever page is shown.
        self.documents = DocumentsBar(ctx, self, today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.documents)

    def _read_if_stale(self) -> None:
        page = self.pages.currentWidget()
        if page in self._stale:
            self._stale.discard(page)
            page.reload()  # type: ignore[attr-defined]

    def reload(self) -> None:
        self._stale = set(self._all)
        self._read_if_stale()

    def apply_changes(self, changes: ChangeSet) -> None:
        shown = self.pages.currentWidget()
        self._stale = self._all - {shown}
        shown.apply_changes(changes)  # type: ignore[attr-defined]
