"""The tab registry: every tab of the main window is one entry here.

An entry names the tab, builds its content (imported on first use, so start-up reads and
imports only what the first visible tab needs) and says which areas of the app it shows: the
main window hands it each change set that touches one of them. Adding a tab is adding an entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

from rutan_desk.domain.changes import Area, ChangeSet

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from rutan_desk.ui.context import AppContext


class TabContent(Protocol):
    """What the main window asks of a tab's content widget."""

    def reload(self) -> None:
        """Read everything the tab shows."""

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh what ``changes`` touched (reading everything again is always correct)."""


@dataclass(frozen=True)
class TabSpec:
    key: str  # stable name: settings, tests
    title: str  # English with its mnemonic; translated in the context "Tabs"
    build: Callable[[AppContext], QWidget]
    listens_to: frozenset[Area]


def _staff(ctx: AppContext) -> QWidget:
    from rutan_desk.ui.staff.staff_tab import StaffTab

    return StaffTab(ctx)


def _roster(ctx: AppContext) -> QWidget:
    from rutan_desk.ui.roster.roster_tab import RosterTab

    return RosterTab(ctx)


def _handover(ctx: AppContext) -> QWidget:
    from rutan_desk.ui.handover.handover_tab import HandoverTab

    return HandoverTab(ctx)


def _kamtib(ctx: AppContext) -> QWidget:
    from rutan_desk.ui.kamtib.kamtib_tab import KamtibTab

    return KamtibTab(ctx)


def _agreements(ctx: AppContext) -> QWidget:
    from rutan_desk.ui.agreements.agreements_tab import AgreementsTab

    return AgreementsTab(ctx)


def _register(ctx: AppContext) -> QWidget:
    from rutan_desk.ui.documents.register_tab import RegisterTab

    return RegisterTab(ctx)


TABS: tuple[TabSpec, ...] = (
    TabSpec("staff", QT_TRANSLATE_NOOP("Tabs", "&Staff"), _staff, frozenset({Area.STAFF})),
    TabSpec(
        "roster",
        QT_TRANSLATE_NOOP("Tabs", "&Duty roster"),
        _roster,
        frozenset({Area.ROSTER, Area.ABSENCES, Area.ROSTER_SETUP, Area.CALENDAR, Area.STAFF}),
    ),
    TabSpec(
        "handover",
        QT_TRANSLATE_NOOP("Tabs", "&Handover"),
        _handover,
        frozenset({Area.HANDOVER, Area.HANDOVER_SETUP, Area.ROSTER_SETUP, Area.STAFF}),
    ),
    TabSpec(
        "kamtib",
        QT_TRANSLATE_NOOP("Tabs", "&Kamtib"),
        _kamtib,
        frozenset(
            {
                Area.INCIDENTS,
                Area.INCIDENT_SETUP,
                Area.SEARCHES,
                Area.PATROLS,
                Area.INMATES,
                Area.STAFF,
                Area.HANDOVER_SETUP,
                Area.ROSTER_SETUP,
            }
        ),
    ),
    TabSpec(
        "agreements",
        QT_TRANSLATE_NOOP("Tabs", "&Agreements"),
        _agreements,
        frozenset({Area.AGREEMENTS, Area.PATROLS}),
    ),
    TabSpec(
        "register",
        QT_TRANSLATE_NOOP("Tabs", "Letter &register"),
        _register,
        frozenset({Area.DOCUMENTS}),
    ),
)
