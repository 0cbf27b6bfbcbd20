"""Every tab of a new office says what is missing where its list would be, and offers the button
that fixes it; a filter that hides every row says so, and "Clear filter" shows the rows again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from rutan_desk.domain.staff import StaffDraft, StaffKind
from rutan_desk.services.roster import generation
from rutan_desk.services.roster import setup as roster_setup
from rutan_desk.services.staff.registry import create_staff
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.widgets.empty_state import Emptiness, EmptyState, Fix

DAY = date(2026, 12, 1)


class Opened:
    """Stands in for ``exec`` of a dialog class: records the dialog instead of showing it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog]) -> None:
        self.dialogs: list[QDialog] = []

        def exec_(dialog: QDialog) -> int:
            self.dialogs.append(dialog)
            return 0

        monkeypatch.setattr(dialog_class, "exec", exec_)

    @property
    def one(self) -> QDialog:
        assert len(self.dialogs) == 1, self.dialogs
        return self.dialogs[0]


def shown(widget: QWidget, qtbot: QtBot) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.reload()  # type: ignore[attr-defined]
    return widget


def guard(ctx: AppContext, serial: int) -> int:
    draft = StaffDraft(
        kind=StaffKind.INTERNAL,
        name=f"Penjaga {serial}",
        nip=f"1985010120100310{serial:02d}",
        golongan="II/c",
        position="Petugas Pengamanan",
        unit="Regu A" if serial % 2 else "Regu B",
        status_since=date(2020, 1, 1),
    )
    return create_staff(ctx.action(), draft).id


# -- the widget ---------------------------------------------------------------------------


def test_the_state_covers_the_rows_and_hides_when_there_are_some(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QTableWidget

    table = QTableWidget(0, 3)
    qtbot.addWidget(table)
    table.resize(600, 400)
    table.show()
    state = EmptyState(table)
    pressed: list[str] = []

    state.show_missing("Nothing yet.", [Fix("Add…", lambda: pressed.append("add"))])
    assert state.isVisible() and state.emptiness is Emptiness.NOTHING_YET
    assert state.geometry() == table.viewport().geometry()  # the headings stay visible
    state.button("Add…").click()
    assert pressed == ["add"]

    state.show_filtered(lambda: pressed.append("clear"))
    assert state.emptiness is Emptiness.FILTERED
    assert [b.text() for b in state.buttons] == ["Clear filter"]  # the old buttons are gone
    state.button("Clear filter").click()
    assert pressed == ["add", "clear"]

    state.show_when_empty(shown=2, filtered=False, clear=lambda: None, missing="x")
    assert not state.isVisible() and state.emptiness is None


# -- staff --------------------------------------------------------------------------------


def test_staff_without_anyone_offers_the_import_and_the_form(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.ui.staff.import_dialog import StaffImportDialog
    from rutan_desk.ui.staff.staff_dialog import StaffDialog
    from rutan_desk.ui.staff.staff_tab import StaffTab

    tab = shown(StaffTab(ctx), qtbot)
    state = tab.empty_state
    assert state.emptiness is Emptiness.NOTHING_YET
    assert "No staff recorded yet" in state.message_label.text()

    imports = Opened(monkeypatch, StaffImportDialog)
    state.button("Import from Excel…").click()
    assert imports.one.parent() is tab
    forms = Opened(monkeypatch, StaffDialog)
    state.button("Add a person…").click()
    assert isinstance(forms.one, StaffDialog)


def test_staff_a_search_that_finds_no_one_says_so_and_clear_filter_shows_everyone(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from rutan_desk.ui.staff.staff_tab import StaffTab

    guard(ctx, 1)
    guard(ctx, 2)
    tab = shown(StaffTab(ctx), qtbot)
    assert not tab.empty_state.isVisible()

    tab.search_edit.setText("nobody of that name")
    assert tab.proxy.rowCount() == 0
    assert tab.empty_state.emptiness is Emptiness.FILTERED
    assert "Nothing matches" in tab.empty_state.message_label.text()

    tab.empty_state.button("Clear filter").click()
    assert tab.search_edit.text() == ""
    assert tab.proxy.rowCount() == 2
    assert not tab.empty_state.isVisible()


# -- roster -------------------------------------------------------------------------------


def test_roster_names_each_missing_piece_in_turn_as_the_set_up_grows(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.ui.roster.roster_tab import RosterTab
    from rutan_desk.ui.roster.setup_dialog import RosterSetupDialog
    from rutan_desk.ui.staff.import_dialog import StaffImportDialog

    tab = shown(RosterTab(ctx, today=DAY), qtbot)
    setups = Opened(monkeypatch, RosterSetupDialog)
    imports = Opened(monkeypatch, StaffImportDialog)

    def message() -> str:
        tab.reload()
        return tab.empty_state.message_label.text()

    assert "No staff recorded yet" in message()
    assert "No regu yet" in message() and "No post is manned yet" in message()
    tab.empty_state.button("Import staff from Excel…").click()
    assert isinstance(imports.one, StaffImportDialog)

    first, second = guard(ctx, 1), guard(ctx, 2)
    assert "No staff" not in message() and "No regu yet" in message()
    tab.empty_state.button("Set up the regu…").click()
    assert setups.dialogs[-1].tabs.currentWidget() is setups.dialogs[-1].regu_page

    action = ctx.action()
    regu_a = roster_setup.create_regu(action, "Regu A")
    regu_b = roster_setup.create_regu(action, "Regu B", second)
    assert "Regu without members: Regu A, Regu B." in message()
    tab.empty_state.button("Add members…").click()
    assert setups.dialogs[-1].selected_regu().name == "Regu A"

    roster_setup.add_regu_member(action, regu_a, first, date(2026, 11, 1))
    roster_setup.add_regu_member(action, regu_b, second, date(2026, 11, 1))
    roster_setup.set_rotation(action, regu_a, "P S M L", anchor=DAY, valid_from=DAY)
    assert "without members" not in message()
    assert "Regu without a shift pattern: Regu B." in message()
    tab.empty_state.button("Set the shift pattern…").click()
    assert setups.dialogs[-1].selected_regu().name == "Regu B"

    roster_setup.set_rotation(action, regu_b, "S M L P", anchor=DAY, valid_from=DAY)
    assert "No post is manned yet" in message()
    tab.empty_state.button("Set up the posts…").click()
    assert setups.dialogs[-1].tabs.currentWidget() is setups.dialogs[-1].posts_page

    roster_setup.create_post(action, "Pos Utama", {"P": 1, "S": 1, "M": 1})
    assert "December 2026 is not planned yet" in message() or "Desember" in message()
    assert tab.conflicts_label.text() != "No conflicts this month."
    planned: list[bool] = []
    monkeypatch.setattr(tab, "generate_month", lambda: planned.append(True))
    tab.reload()
    tab.empty_state.button("Plan the month…").click()
    assert planned == [True]


def test_roster_a_planned_month_shows_its_grid_and_a_filter_hiding_everyone_says_so(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from rutan_desk.ui.roster.roster_tab import RosterTab

    action = ctx.action()
    first = guard(ctx, 1)
    regu = roster_setup.create_regu(action, "Regu A", first)
    roster_setup.add_regu_member(action, regu, first, date(2026, 11, 1))
    roster_setup.set_rotation(action, regu, "P S M L", anchor=DAY, valid_from=DAY)
    roster_setup.create_post(action, "Pos Utama", {"P": 1, "S": 1, "M": 1})
    generation.generate_period(action, DAY, date(2026, 12, 31))

    tab = shown(RosterTab(ctx, today=DAY), qtbot)
    qtbot.waitUntil(lambda: tab.conflicts_label.text() != "Checking the rules…")
    assert not tab.empty_state.isVisible()
    assert tab.conflicts_label.text() != "This month is not planned yet."

    tab.model.set_group_filter("no such group")  # as a group gone from the list would
    tab._show_emptiness()
    assert tab.empty_state.emptiness is Emptiness.FILTERED
    tab.empty_state.button("Clear filter").click()
    assert tab.model.rowCount() > 0
    assert not tab.empty_state.isVisible()


# -- handover -----------------------------------------------------------------------------


def test_handover_without_a_roster_says_the_roster_comes_first(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.ui.handover.handover_tab import HandoverTab
    from rutan_desk.ui.staff.import_dialog import StaffImportDialog

    tab = shown(HandoverTab(ctx, today=DAY), qtbot)
    text = tab.empty_state.message_label.text()
    assert "the roster comes first" in text and "No staff recorded yet" in text
    imports = Opened(monkeypatch, StaffImportDialog)
    tab.empty_state.button("Import staff from Excel…").click()
    assert isinstance(imports.one, StaffImportDialog)


def test_handover_with_a_roster_explains_the_first_handover(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.ui.handover.handover_tab import HandoverTab, NewHandoverDialog

    action = ctx.action()
    first = guard(ctx, 1)
    regu = roster_setup.create_regu(action, "Regu A", first)
    roster_setup.add_regu_member(action, regu, first, date(2026, 11, 1))
    roster_setup.set_rotation(action, regu, "P S M L", anchor=DAY, valid_from=DAY)
    roster_setup.create_post(action, "Pos Utama", {"P": 1, "S": 1, "M": 1})

    tab = shown(HandoverTab(ctx, today=DAY), qtbot)
    assert tab.empty_state.emptiness is Emptiness.NOTHING_YET
    assert "No handover yet. At each change of shift" in tab.empty_state.message_label.text()
    choosers = Opened(monkeypatch, NewHandoverDialog)
    tab.empty_state.button("New handover…").click()
    assert isinstance(choosers.one, NewHandoverDialog)


# -- kamtib -------------------------------------------------------------------------------


def test_kamtib_pages_offer_their_record_button_and_name_the_missing_blocks(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.services.handover import setup as handover_setup
    from rutan_desk.ui.handover.settings_dialog import HandoverSettingsDialog
    from rutan_desk.ui.kamtib.incidents_page import IncidentsPage
    from rutan_desk.ui.kamtib.patrols_page import PatrolsPage
    from rutan_desk.ui.kamtib.searches_page import SearchesPage

    incidents = shown(IncidentsPage(ctx, None, ctx.today()), qtbot)
    searches = shown(SearchesPage(ctx, None, ctx.today()), qtbot)
    patrols = shown(PatrolsPage(ctx, None, ctx.today()), qtbot)
    assert "No incident recorded yet" in incidents.empty_state.message_label.text()
    assert "No search recorded yet" in searches.empty_state.message_label.text()
    assert "No visit recorded yet" in patrols.empty_state.message_label.text()
    for page in (incidents, searches):
        assert "No blocks are set up yet" in page.empty_state.message_label.text()
    for page in (searches, patrols):
        assert "No staff recorded yet" in page.empty_state.message_label.text()
        page.empty_state.button("Import staff from Excel…")  # offered

    opened: list[object] = []
    for page in (incidents, searches, patrols):
        monkeypatch.setattr(page, "_show_dialog", lambda draft, *_a, **_k: opened.append(draft))
    incidents.empty_state.button("New incident…").click()
    searches.empty_state.button("New search…").click()
    patrols.empty_state.button("New visit…").click()
    assert [type(draft).__name__ for draft in opened] == [
        "IncidentDraft",
        "SearchDraft",
        "PatrolVisitDraft",
    ]

    settings = Opened(monkeypatch, HandoverSettingsDialog)
    incidents.empty_state.button("Set up the blocks…").click()
    assert settings.one.tabs.currentWidget() is settings.one.blocks_page

    handover_setup.save_block(ctx.action(), "Blok A", 60)
    incidents.reload()
    assert "No blocks" not in incidents.empty_state.message_label.text()
    with pytest.raises(KeyError):
        incidents.empty_state.button("Set up the blocks…")


def test_kamtib_a_period_without_visits_says_so_and_clear_filter_shows_every_date(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from datetime import timedelta

    from rutan_desk.services.patrols.forms import PatrolVisitDraft
    from rutan_desk.services.patrols.saving import save_patrol_visit
    from rutan_desk.ui.kamtib.patrols_page import PatrolsPage

    action = ctx.action()
    long_ago = action.wib_now().replace(second=0, microsecond=0) - timedelta(days=400)
    save_patrol_visit(
        action,
        PatrolVisitDraft(arrived_at=long_ago, agency="Polres Blora", received_by_id=guard(ctx, 1)),
    )
    page = shown(PatrolsPage(ctx, None, ctx.today()), qtbot)
    assert page.model.rowCount() == 0
    assert page.empty_state.emptiness is Emptiness.FILTERED
    assert page.empty_state.message_label.text() == "No visit in this period."

    page.empty_state.button("Clear filter").click()
    assert page.period_bar.all_dates_box.isChecked()
    assert page.model.rowCount() == 1
    assert not page.empty_state.isVisible()


# -- agreements ---------------------------------------------------------------------------


def test_agreements_pages_offer_to_add_and_the_partners_say_when_all_are_retired(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.services.agreements.forms import PartnerDraft
    from rutan_desk.services.agreements.partners import (
        list_partners,
        save_partner,
        set_partner_retired,
    )
    from rutan_desk.ui.agreements.agreements_tab import AgreementsTab

    tab = shown(AgreementsTab(ctx, today=ctx.today()), qtbot)
    pages = (tab.agreements, tab.coordination, tab.partners)
    for page in pages:
        tab.pages.setCurrentWidget(page)
    texts = [page.empty_state.message_label.text() for page in pages]
    assert "No agreement entered yet" in texts[0]
    assert "No meeting or visit recorded yet" in texts[1]
    assert "No partner yet" in texts[2]

    opened: list[object] = []
    for page in pages:
        monkeypatch.setattr(page, "_show_dialog", lambda draft, *_a, **_k: opened.append(draft))
    tab.agreements.empty_state.button("New agreement…").click()
    tab.coordination.empty_state.button("New entry…").click()
    tab.partners.empty_state.button("New partner…").click()
    assert len(opened) == 3

    save_partner(ctx.action(), PartnerDraft(name="Polres Blora"))
    partner = list_partners(ctx.db)[0]
    set_partner_retired(ctx.action(), partner.id, retired=True, expected_version=partner.version)
    tab.partners.reload()
    assert tab.partners.empty_state.emptiness is Emptiness.FILTERED
    tab.partners.empty_state.button("Clear filter").click()
    assert tab.partners.model.rowCount() == 1
    assert not tab.partners.empty_state.isVisible()


def test_agreements_a_search_finding_nothing_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    from rutan_desk.ui.agreements.agreements_page import AgreementsPage

    page = shown(AgreementsPage(ctx, None, ctx.today()), qtbot)
    page.search_edit.setText("PKS")
    page.reload()
    assert page.empty_state.emptiness is Emptiness.FILTERED
    page.empty_state.button("Clear filter").click()
    assert page.search_edit.text() == ""
    assert page.empty_state.emptiness is Emptiness.NOTHING_YET  # there is none at all


# -- register -----------------------------------------------------------------------------


def test_register_without_letters_says_where_they_come_from(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rutan_desk.ui.documents.duty_order_dialog import DutyOrderDialog
    from rutan_desk.ui.documents.register_tab import RegisterTab

    tab = shown(RegisterTab(ctx), qtbot)
    text = tab.empty_state.message_label.text()
    assert "No letter issued yet" in text and "Duty roster tab" in text
    orders = Opened(monkeypatch, DutyOrderDialog)
    tab.empty_state.button("New duty order…").click()
    assert isinstance(orders.one, DutyOrderDialog)

    tab.search_edit.setText("800")
    tab.reload()
    assert tab.empty_state.emptiness is Emptiness.FILTERED
    tab.empty_state.button("Clear filter").click()
    assert tab.search_edit.text() == ""
    assert tab.empty_state.emptiness is Emptiness.NOTHING_YET


def test_kamtib_recap_of_a_period_without_records_says_there_is_nothing_to_chart(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from rutan_desk.ui.kamtib.recap_page import RecapPage

    page = shown(RecapPage(ctx, None, ctx.today()), qtbot)
    assert page.empty_state.emptiness is Emptiness.NOTHING_YET
    assert "Nothing to chart in this period" in page.empty_state.message_label.text()
